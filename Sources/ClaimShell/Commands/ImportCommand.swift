import ClaimKit
import Foundation

/// `import FILE` rebuilds a store from `export json`; `import factchecks FILE` brings in other
/// organisations' fact-checks (``FactCheckImport``).
struct ImportCommand: ShellCommand {
    let name = "import"
    let summary = "rebuild an empty store from an `export json` file, or import other organisations' fact-checks"
    let usage = "import FILE | import factchecks FILE"
    let details = """
        import FILE: the store must be empty. Every row and journal entry is restored as exported,
        and the journal must verify afterwards, or nothing is kept.

        import factchecks FILE: other organisations' fact-checks, for `match` and load's repeat
        flags. FILE is schema.org ClaimReview JSON-LD (one object, an array, an @graph, or JSON
        Lines of them), a JSON Lines table ({"id", "claim", "title", "rating", "url", "org",
        "date"}; id and claim required), or a TSV table with a header row naming those columns
        (RFC 4180 quoting). Each row is stored under its external id (a row already stored under
        it is updated); the import is one journal entry holding the file's SHA-256, and importing
        the same file again changes nothing. A bad row is named by line and nothing is imported.

        Examples:
          claimcheck --store copy.db import backup.json
          import factchecks reviews.jsonld
        """
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
        if args.positionals.count == 2, args.positionals[0].lowercased() == "factchecks" {
            try FactCheckImport.run(path: args.positionals[1], session: session)
            return
        }
        try args.expectPositionals(max: 1, usage: usage)
        let path = try args.positional(0, "FILE", usage: usage)
        guard let data = FileManager.default.contents(atPath: path) else { throw ShellError("\(path): cannot read the file") }
        // A store this import creates is removed again if the import fails: nothing half-made is left.
        let existed = session.storeExists
        let rows: Int, journal: JournalVerification
        do {
            (rows, journal) = try session.storeForWriting().importJSON(data)
        } catch {
            if !existed { session.removeStoreFile() }
            throw error
        }
        session.console.line("imported \(rows) rows from \(path) · journal intact: \(journal.entries) entries, head \(journal.headHash)")
    }
}
