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
    /// The schema audit's finding, made before the first write (nil: not audited yet).
    private var schemaProblem: String??
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
                switch mode {
                case .read:
                    try link.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                case .write:
                    try link.pipeline([("BEGIN ISOLATION LEVEL READ COMMITTED", []),
                                       ("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.writeLock])])
                case .migrate:
                    try link.pipeline([("BEGIN ISOLATION LEVEL READ COMMITTED", []),
                                       ("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.migrationLock])])
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
                _ = try? link.execute("ROLLBACK")
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
        if let problem = try auditedSchema() {
            throw StoreError("store \(location): \(problem); refusing to change it (`log verify` reports it)")
        }
        return try transaction(.write) { try body(PostgresSession(link: link)) }
    }

    package func read<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try transaction(.read) { try body(PostgresSession(link: link)) }
    }

    /// The schema's difference from claimcheck's, audited once per open store.
    private func auditedSchema() throws -> String? {
        flagLock.lock()
        let known = schemaProblem
        flagLock.unlock()
        if let known { return known }
        let found = try schemaDifference()
        flagLock.lock()
        schemaProblem = .some(found)
        flagLock.unlock()
        return found
    }

    private func migrate() throws {
        try transaction(.migrate) {
            let table = PostgresSchema.migrationsTable
            let existing = try link.query("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_name <> $1
                """, [table]).map { try $0.text("table_name") }
            try link.execute("CREATE TABLE IF NOT EXISTS \(table) (identifier TEXT PRIMARY KEY)")
            let applied = Set(try link.query("SELECT identifier FROM \(table)").map { try $0.text("identifier") })
            let known = Set(PostgresSchema.migrations.map(\.identifier))
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty {
                throw StoreError("store \(location) was written by a newer claimcheck (schema \(unknown.sorted().joined(separator: ", "))); upgrade claimcheck to open it")
            }
            if applied.isEmpty && !existing.isEmpty {
                throw StoreError("\(location) is a PostgreSQL database but not a claimcheck store (it has tables: \(existing.sorted().prefix(5).joined(separator: ", "))); refusing to touch it")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try link.execute(statement) }
                try link.execute("INSERT INTO \(table) (identifier) VALUES ($1)", [migration.identifier])
            }
        }
    }
}

extension PostgresStore {
    /// A write transaction around code that uses ``link`` directly (the tests plant rows with it).
    func write<T>(_ body: () throws -> T) throws -> T { try transaction(.write, body) }

    /// Appends a journal entry inside ``write(_:)`` (as every operation does through its session).
    @discardableResult
    func appendJournal(author: String, action: String, ids: [String], payload: JSONValue, changes: ChangeSet = ChangeSet()) throws -> JournalEntry {
        try JournalEntry.append(PostgresSession(link: link), author: author, action: action, ids: ids, payload: payload, changes: changes)
    }
}

extension PostgresStore {
    package func readOnce<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try transaction(.read, retry: false) { try body(PostgresSession(link: link)) }
    }
}
