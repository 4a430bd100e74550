import ClaimKit
import Foundation

/// `backup PATH`: a consistent copy of the whole store in a new SQLite file, verified before it
/// gets its name (as the sqlite3 shell's `.backup`, but checked).
struct BackupCommand: ShellCommand {
    let name = "backup"
    let aliases = [".backup"]
    let summary = "write a verified copy of the whole store to a new SQLite file"
    let usage = "backup PATH [--force]"
    let details = """
        Copies the store, journal included, into the SQLite file PATH while other sessions may go
        on writing: the copy is one consistent snapshot (SQLite's VACUUM INTO; a PostgreSQL store is
        copied through its JSON export). The copy's journal is verified on its own before the file
        is given its name, so a failed backup leaves nothing at PATH. An existing PATH is refused
        unless --force, and --force replaces only a regular file holding an SQLite database.

        The store file itself is also whole whenever claimcheck is not running: every way out of a
        run (quit, Ctrl-D, the end of a batch, an error, SIGTERM) folds the write-ahead log back
        into it.

        Examples:
          backup checks-2025-04-17.db
          claimcheck --store team.db backup /mnt/backups/team.db --force
        """
    static let force = ShellFlag("--force", help: "replace an existing SQLite file at PATH")
    var options: [OptionSpec] {
        [Self.force.spec]
    }
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let path = try args.positional(0, "PATH", usage: usage)
        guard !session.storeExists || path != session.settings.storePath else {
            throw ShellError("cannot back up a store onto itself")
        }
        guard session.storeExists else { throw ShellError("no store at \(session.settings.storePath); nothing to back up") }
        let result = try StoreBackup.run(try session.storeForReading(), to: path, replace: args[Self.force])
        let check = result.journal
        session.console.line("backed up to \(result.path) (\(result.bytes) bytes) · journal intact: \(check.entries) entries, head \(check.headHash)")
    }
}
