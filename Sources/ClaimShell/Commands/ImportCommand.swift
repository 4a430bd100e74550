import ClaimKit
import Foundation

/// `import FILE` rebuilds a store from `export json`.
struct ImportCommand: ShellCommand {
    let name = "import"
    let summary = "rebuild an empty store from an `export json` file"
    let usage = "import FILE"
    let details = """
        The store must be empty. Every row and journal entry is restored as exported, and the
        journal must verify afterwards, or nothing is kept.

        Example:
          claimcheck --store copy.db import backup.json
        """
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
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
