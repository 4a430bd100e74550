import ClaimKit
import Foundation

/// `copy --to STORE` / `copy --from STORE`: moves a whole store between engines (an SQLite file
/// and a `postgres://` URL, either way), journal included, and verifies the copy.
struct CopyCommand: ShellCommand {
    let name = "copy"
    let summary = "copy the whole store to or from another store (SQLite file or postgres:// URL)"
    let usage = "copy --to STORE | copy --from STORE"
    let details = """
        --to STORE writes this store into STORE; --from STORE fills this store from STORE. The
        target must be empty. Every row and journal entry is copied as it is (the same export as
        `export json`), the target's journal must verify and end at the source's head hash, or
        nothing is kept. STORE is an SQLite file or postgres://USER@HOST:PORT/DB (password from
        $PGPASSWORD or ~/.pgpass).

        Examples:
          claimcheck --store claims.db copy --to postgres://checker@db.example.org:5432/claims
          claimcheck --store copy.db copy --from postgres://checker@localhost/claims
        """
    static let target = ShellOption.text("--to", "STORE", completion: .path, help: "copy this store into STORE (must be empty)")
    static let source = ShellOption.text("--from", "STORE", completion: .path, help: "fill this (empty) store from STORE")
    var options: [OptionSpec] { [Self.target.spec, Self.source.spec] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let to = try args[Self.target], from = try args[Self.source]
        guard (to == nil) != (from == nil) else { throw ShellError("give either --to STORE or --from STORE", usage: usage) }
        let source: any ClaimStore
        let target: any ClaimStore
        if let to {
            guard to != session.settings.storePath else { throw ShellError("cannot copy a store onto itself") }
            source = try session.storeForReading()
            guard let store = try StoreLocation.open(to, create: true) else { throw ShellError("cannot create \(to)") }
            target = store
        } else {
            let from = from!
            guard from != session.settings.storePath else { throw ShellError("cannot copy a store onto itself") }
            guard let store = try StoreLocation.open(from, create: false) else { throw ShellError("no store at \(from)") }
            source = store
            target = try session.storeForWriting()
        }
        var json = ""
        try source.exportJSON { json += $0 }
        let sourceHead = try source.journal(JournalFilter(limit: 1)).last?.hash ?? JournalEntry.genesis
        let (rows, _) = try target.importJSON(Data(json.utf8))
        // Read back after the commit: the copy must verify on its own and end where the source ends.
        let check = try target.verifyJournal()
        if let failure = check.failure { throw ShellError("the copy in \(target.location) does not verify: \(failure)") }
        guard check.headHash == sourceHead else {
            throw ShellError("the copy's journal head \(check.headHash) differs from the source's \(sourceHead)")
        }
        session.console.line("copied \(rows) rows from \(source.location) to \(target.location) · journal intact: \(check.entries) entries, head \(check.headHash)")
    }
}
