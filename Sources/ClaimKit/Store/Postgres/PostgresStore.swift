import Foundation

/// The claim store on a PostgreSQL server (`--store postgres://USER@HOST:PORT/DB`), through
/// postgres-nio. Same schema, migrations, journal and row snapshots as ``SQLiteStore``; the
/// commands cannot tell the two apart.
///
/// Every command that changes the store runs as one transaction that first takes a per-database
/// advisory lock (`pg_advisory_xact_lock`), so writers from any number of processes append to one
/// unbroken hash chain; the lock is released at commit or rollback, never held across think-time.
/// A serialization failure or deadlock reruns the whole transaction; a dropped connection
/// reconnects and reruns it only if it did not commit (each command leaves a token), so a command
/// is never applied twice.
public final class PostgresStore: SessionStore, PriorCheckStore, @unchecked Sendable {
    public let location: String
    let link: PostgresLink
    private let flagLock = NSLock()
    private var interrupted = false
    /// The schema audit, made before the first write.
    private let schema = SchemaGuard()
    /// Tests only: runs after a write's COMMIT, to stand for a connection lost before its answer arrived.
    var afterCommitForTesting: (() throws -> Void)?

    /// Connects to the server, then creates or upgrades the schema.
    public static func open(url text: String) throws -> PostgresStore {
        let url = try PostgresURL(text)
        let link = PostgresLink(url: url)
        try link.connect()
        let store = PostgresStore(location: text, link: link)
        try store.migrate()
        return store
    }

    init(location: String, link: PostgresLink) {
        self.location = location
        self.link = link
    }

    public func interrupt() {
        flagLock.lock()
        interrupted = true
        flagLock.unlock()
        link.close()
    }

    public func close() throws { link.close() }

    private func takeInterrupted() -> Bool {
        flagLock.lock()
        defer { flagLock.unlock() }
        let was = interrupted
        interrupted = false
        return was
    }

    enum Mode { case read, write, migrate }

    /// Runs `body` in one transaction: a consistent snapshot for reads; for writes, under the
    /// store's write lock. Retries as the type comment says (not when `retry` is false: a body
    /// that has already streamed output cannot be run again).
    func transaction<T>(_ mode: Mode, retry: Bool = true, _ body: () throws -> T) throws -> T {
        let token = UUID().uuidString
        var attempt = 0
        _ = takeInterrupted()
        while true {
            attempt += 1
            do {
                // Sent with the body's first statement.
                switch mode {
                case .read: link.begin([("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [])])
                case .write, .migrate:
                    link.begin([("BEGIN ISOLATION LEVEL READ COMMITTED", []),
                                ("SELECT pg_advisory_xact_lock($1)", [mode == .write ? PostgresSchema.writeLock : PostgresSchema.migrationLock])])
                }
                let result = try body()
                if mode == .write {
                    // The token and the commit in one round trip; a failed insert makes COMMIT a rollback.
                    try link.pipeline([("INSERT INTO claimcheck_command (token, journal_seq) VALUES ($1, (SELECT max(seq) FROM journal))", [token]),
                                       ("COMMIT", [])])
                    try afterCommitForTesting?()
                } else {
                    try link.execute("COMMIT")
                }
                return result
            } catch {
                if takeInterrupted() {
                    link.close()
                    // The server rolls back a transaction whose connection closes, unless its COMMIT got there first.
                    if mode == .write, (try? link.connect()) != nil,
                       (try? link.int("SELECT count(*) FROM claimcheck_command WHERE token = $1", [token])) == 1 {
                        throw StoreError("store \(location): interrupted just after the change was committed; it was kept (see `log`)")
                    }
                    throw StoreError("store \(location): interrupted; the change was rolled back")
                }
                if PostgresLink.isConnectionLoss(error) {
                    link.close()
                    guard retry else {
                        throw StoreError("store \(location): the connection was lost (\(PostgresLink.describe(error)))")
                    }
                    guard attempt < 4 else {
                        throw StoreError("store \(location): the connection keeps dropping (\(PostgresLink.describe(error))); nothing from this change was kept")
                    }
                    usleep(UInt32(200_000 * attempt))
                    try link.connect()
                    if mode == .write, try link.int("SELECT count(*) FROM claimcheck_command WHERE token = $1", [token]) == 1 {
                        throw StoreError("store \(location): the connection dropped just after the change was committed; it was applied once (see `log`)")
                    }
                    continue
                }
                link.rollback()
                if PostgresLink.isRetryable(error), retry, attempt < 10 {
                    usleep(UInt32.random(in: 1_000...20_000))
                    continue
                }
                if let storeError = error as? StoreError { throw storeError }
                throw StoreError("store \(location): \(PostgresLink.describe(error))")
            }
        }
    }

    /// Audits the schema before the first write, as ``SQLiteStore`` does: a trigger, function or
    /// column planted behind claimcheck's back is refused, not written through.
    package func write<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try schema.checkWritable(location) { try schemaDifference() }
        return try transaction(.write) { try body(PostgresSession(link: link)) }
    }

    package func read<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try transaction(.read) { try body(PostgresSession(link: link)) }
    }

    package func readOnce<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try transaction(.read, retry: false) { try body(PostgresSession(link: link)) }
    }

    package func schemaDifference() throws -> String? {
        do {
            return try PostgresSchemaAudit.difference(link)
        } catch {
            throw StoreError("store \(location): cannot check the schema: \(PostgresLink.describe(error))")
        }
    }

    private func migrate() throws {
        try transaction(.migrate) {
            let table = PostgresSchema.migrationsTable
            try link.execute("CREATE TABLE IF NOT EXISTS \(table) (identifier TEXT PRIMARY KEY)")
            let applied = Set(try link.query("SELECT identifier FROM \(table)").map { try $0.text("identifier") })
            _ = try SchemaVersion.needsMigrating(location, engine: "a PostgreSQL", applied: applied, known: PostgresSchema.migrations.map(\.identifier)) {
                try link.query("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_name <> $1
                    """, [table]).map { try $0.text("table_name") }
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try link.execute(statement) }
                try link.execute("INSERT INTO \(table) (identifier) VALUES ($1)", [migration.identifier])
            }
        }
    }
}
