import Foundation

/// The claim store on a PostgreSQL server (`--store postgres://USER@HOST:PORT/DB`), through
/// postgres-nio. Same schema, migrations, journal and row snapshots as the SQLite file; the
/// commands cannot tell the two apart.
///
/// Every command that changes the store runs as one transaction that first takes a per-database
/// advisory lock (`pg_advisory_xact_lock`), so writers from any number of processes append to one
/// unbroken hash chain; the lock is released at commit or rollback, never held across think-time.
/// A serialization failure or deadlock reruns the whole transaction; a dropped connection
/// reconnects and reruns it only if it did not commit (each command leaves a token), so a command
/// is never applied twice.
public final class PostgresStore: SessionStore, MatchingStore, @unchecked Sendable {
    public let location: String
    let link: PostgresLink
    private let reruns: TransactionReruns
    package let schemaGuard = SchemaGuard()
    /// Tests only: runs after a write's COMMIT, to stand for a connection lost before its answer arrived.
    var afterCommitForTesting: (() throws -> Void)?

    /// Connects to the server, then creates or upgrades the schema.
    public static func open(url text: String) throws -> PostgresStore {
        let link = PostgresLink(url: try PostgresURL(text))
        try link.connect()
        let store = PostgresStore(location: text, link: link)
        try store.migrate()
        return store
    }

    init(location: String, link: PostgresLink) {
        self.location = location
        self.link = link
        reruns = TransactionReruns(location: location, engine: .init(
            isConnectionLoss: PostgresLink.isConnectionLoss, isRetryable: PostgresLink.isRetryable, describe: PostgresLink.describe,
            connect: link.connect, disconnect: link.close, rollback: link.rollback,
            committed: { try link.int("SELECT count(*) FROM claimcheck_command WHERE token = ?", [$0]) == 1 }))
    }

    public func interrupt() {
        reruns.interrupt()
        link.close()
    }

    public func close() throws { link.close() }

    enum Mode { case read, write, migrate }

    /// Runs `body` in one transaction: a consistent snapshot for reads; for writes, under the
    /// store's write lock, leaving the command's token with the commit. Reruns as ``TransactionReruns``
    /// says (not when `retry` is false: a body that has already streamed output cannot be run again).
    func transaction<T>(_ mode: Mode, retry: Bool = true, _ body: () throws -> T) throws -> T {
        try reruns.run(writes: mode == .write, retry: retry) { token in
            // Sent with the body's first statement.
            switch mode {
            case .read: link.begin([("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [])])
            case .write, .migrate:
                link.begin([("BEGIN ISOLATION LEVEL READ COMMITTED", []),
                            ("SELECT pg_advisory_xact_lock(?)", [mode == .write ? PostgresSchema.writeLock : PostgresSchema.migrationLock])])
            }
            let result = try body()
            if mode == .write {
                // The token and the commit in one round trip; a failed insert makes COMMIT a rollback.
                try link.execute(batch: [("INSERT INTO claimcheck_command (token, journal_seq) VALUES (?, (SELECT max(seq) FROM journal))", [token]),
                                         ("COMMIT", [])])
                try afterCommitForTesting?()
            } else {
                try link.execute("COMMIT")
            }
            return result
        }
    }

    package func transaction<T>(_ kind: TransactionKind, _ body: (any StoreSession) throws -> T) throws -> T {
        try transaction(kind == .write ? Mode.write : Mode.read, retry: kind != .readOnce) { try body(link) }
    }

    package func schemaDifference() throws -> String? {
        do {
            return try PostgresSchemaAudit.difference(link)
        } catch {
            throw StoreError("store \(location): cannot check the schema: \(PostgresLink.describe(error))")
        }
    }

    private func migrate() throws {
        try transaction(Mode.migrate) { try StoreMigrations.apply(link, location: location) }
    }
}
