import Foundation
import GRDB
import GRDBSQLite

/// The claim store in one SQLite file: WAL mode, foreign keys on, a busy timeout so that
/// two sessions can share it, the schema created and upgraded by ``StoreMigrations``.
public final class SQLiteStore: SessionStore, MatchingStore {
    public let location: String
    let db: any DatabaseWriter
    /// Whether closing must fold the write-ahead log back and remove it with one last read-write
    /// connection (a pool, and a read-only open of a store this user can write).
    private let foldsLogOnClose: Bool
    /// Whether the file's schema is the one claimcheck creates (a planted trigger, a changed table
    /// make it not): the store can still be read and verified, but nothing is written to it.
    package let schemaGuard = SchemaGuard()

    /// Opens (and creates, when `create` is true) the store at `path`.
    /// Returns nil when the file does not exist and `create` is false. `readOnly` (a command that
    /// only reads) opens an up-to-date store read-only, so that not one byte of it changes.
    public static func open(path: String, create: Bool, readOnly: Bool = false) throws -> SQLiteStore? {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if exists && isDir.boolValue { throw StoreError("\(path) is a folder, not a store file") }
        if !exists && !create { return nil }
        if exists {
            try checkHeader(path: path)
            // Looked at read-only first, so a file that is not a claimcheck store keeps every byte
            // (opening it for writing would switch it to WAL mode).
            switch try inspect(path: path) {
            case .claimcheck: break
            case .empty: if !create { return nil }  // nothing to read; a read-only command writes nothing
            case .foreign: throw StoreError("\(path) is an SQLite database but not a claimcheck store; refusing to touch it")
            }
        } else {
            // A new store is built under a temporary name and linked into place: when several
            // processes create the same store at once, one wins and the others open its store.
            try createAtomically(path: path, configuration: configuration)
        }
        // A store this user cannot write is opened read-only at once: trying it read-write first
        // would leave a write-ahead log and shared-memory file beside it.
        if exists && access(path, W_OK) != 0 { return try openReadOnly(path: path) }
        if exists && readOnly, let store = try openForReading(path: path) { return store }
        let config = configuration
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            let store = SQLiteStore(location: path, db: pool, foldsLogOnClose: true)
            try store.migrate()
            return store
        } catch let error as DatabaseError where exists && [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode) {
            return try openReadOnly(path: path)
        } catch let error as DatabaseError {
            throw StoreError("cannot open store \(path): \(SQLiteStore.describe(error))")
        }
    }

    /// A store this process cannot write (its file or folder read-only for this user, a read-only
    /// mount): opened read-only, so that it can still be read, exported and verified. A change is
    /// refused by SQLite ("the store is read-only") and nothing is created beside the file.
    private static func openReadOnly(path: String) throws -> SQLiteStore {
        try reported("cannot open store \(path)") {
            let store = SQLiteStore(location: path, db: try readOnlyQueue(path: path, configuration: configuration))
            try store.migrate()
            return store
        }
    }

    /// A store this user can write, opened read-only for a command that only reads: a read-write
    /// open sets up WAL mode, and GRDB does that by creating and dropping a table, which bumps the
    /// file's change counter and schema cookie. Nil when the store needs upgrading first (the
    /// read-write open does that, as it does whatever a read-only open cannot). Closing it removes
    /// the log files SQLite made beside it.
    private static func openForReading(path: String) throws -> SQLiteStore? {
        guard let queue = try? readOnlyQueue(path: path, configuration: configuration) else { return nil }
        let store = SQLiteStore(location: path, db: queue, foldsLogOnClose: true)
        let needed: Bool
        do {
            needed = try store.needsMigrating()
        } catch let refusal as StoreError {  // from a newer claimcheck: refused, every byte kept
            try? store.close()
            throw refusal
        } catch {
            needed = true
        }
        if needed { try store.close() }
        return needed ? nil : store
    }

    /// What an existing SQLite file holds, read without changing it.
    private enum Contents { case claimcheck, empty, foreign }

    private static func inspect(path: String) throws -> Contents {
        var config = Configuration()
        config.busyMode = .timeout(10)
        return try reported("cannot open store \(path)") {
            let queue = try readOnlyQueue(path: path, configuration: config)
            let tables = try queue.read { db in try String.fetchAll(db, sql: SchemaDialect.sqlite.tablesQuery) }
            let contents: Contents = tables.isEmpty ? .empty : tables.contains(SchemaDialect.sqlite.migrationsTable) ? .claimcheck : .foreign
            do {
                // A store from a newer claimcheck is refused here, before a read-write open (which
                // sets up WAL mode and so rewrites the header) could change a byte of it.
                if contents == .claimcheck {
                    _ = try queue.read { db in try StoreMigrations.pending(SQLiteSession(db: db), location: path) }
                }
            } catch {
                // Closed as a read-only open of a store is, so that the log files this look made
                // beside a store in WAL mode are gone again.
                try? SQLiteStore(location: path, db: queue, foldsLogOnClose: access(path, W_OK) == 0).close()
                throw error
            }
            try? queue.close()
            return contents
        }
    }

    /// `path` opened read-only, changing nothing. A store this user cannot write (and whose
    /// write-ahead log holds nothing) is opened as immutable, as a file on read-only media is:
    /// SQLite then creates no shared-memory or log file beside it, which it could not in a folder
    /// this user cannot write either.
    private static func readOnlyQueue(path: String, configuration base: Configuration) throws -> DatabaseQueue {
        var config = base
        config.readonly = true
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard access(path, W_OK) != 0, walSize == 0 else {
            return try DatabaseQueue(path: path, configuration: config)
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let uri = "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
        return try DatabaseQueue(path: uri, configuration: config)
    }

    private static func createAtomically(path: String, configuration: Configuration) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        func removeTemporary() { removeFiles(at: temporary) }
        do {
            let pool = try DatabasePool(path: temporary, configuration: configuration)
            let store = SQLiteStore(location: temporary, db: pool, foldsLogOnClose: true)
            try store.migrate()
            try store.close()
        } catch let error as DatabaseError {
            removeTemporary()
            throw StoreError("cannot create store \(path): \(SQLiteStore.describe(error))")
        } catch {
            removeTemporary()
            throw error
        }
        defer { removeTemporary() }
        if link(temporary, path) == 0 || errno == EEXIST { return }
        // A file system without hard links: a rename, when nobody has made the store meanwhile.
        if !FileManager.default.fileExists(atPath: path), rename(temporary, path) == 0 { return }
        if FileManager.default.fileExists(atPath: path) { return }
        throw StoreError("cannot create store \(path): \(String(cString: strerror(errno)))")
    }

    /// How every store connection is set up.
    private static var configuration: Configuration {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.label = "claimcheck"
        // WAL with synchronous=NORMAL: a committed change survives a crash of claimcheck (SIGKILL)
        // and the file is never corrupted; only an OS crash can drop the last commits.
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A batch of small transactions rewrites the same pages (the claim, the journal's
            // tail, the full-text index, the leaves of the journal's hash index): a bigger cache
            // keeps them, and checkpointing every 32,000 pages (128 MB of WAL) rather than 1,000
            // copies each of them back (and syncs) less often.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 32000")
        }
        return config
    }

    /// An empty store in memory: what read-only commands see before a store file exists.
    public static func inMemory() throws -> SQLiteStore {
        let queue = try DatabaseQueue()
        let store = SQLiteStore(location: ":memory:", db: queue)
        try store.migrate()
        return store
    }

    init(location: String, db: any DatabaseWriter, foldsLogOnClose: Bool = false) {
        self.location = location
        self.db = db
        self.foldsLogOnClose = foldsLogOnClose
    }

    public func interrupt() { db.interrupt() }

    public func close() throws {
        try Self.reported("store \(location): could not close cleanly") {
            // The write-ahead log folded into the file and emptied now, while this process is its
            // only user (it gives up at once otherwise): the connection that closes the store last
            // would read the whole log back first.
            if db is DatabasePool {
                _ = try? db.writeWithoutTransaction { db in
                    sqlite3_busy_timeout(db.sqliteConnection, 0)
                    try db.checkpoint(.truncate)
                }
            }
            try db.close()
            guard foldsLogOnClose else { return }
            // SQLite folds the write-ahead log into the file and deletes it when the last connection
            // closes, but only if that connection can write: GRDB closes a pool's writer before its
            // read-only readers (and a read-only open has no writer), which leaves `-wal` and `-shm`
            // behind. One more read-write connection, opened and closed, does it.
            var config = Configuration()
            config.busyMode = .timeout(2)
            let last = try DatabaseQueue(path: location, configuration: config)
            try last.close()
        }
    }

    /// Refuses files that are not SQLite databases before SQLite touches them.
    private static func checkHeader(path: String) throws {
        guard let isDatabase = isSQLiteOrEmpty(path) else { throw StoreError("cannot read store \(path): permission denied") }
        if !isDatabase {
            throw StoreError("\(path) is not a claimcheck store (not an SQLite database); refusing to touch it")
        }
    }

    /// Whether the file at `path` is empty or starts with SQLite's header; nil when it cannot be read.
    static func isSQLiteOrEmpty(_ path: String) -> Bool? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return head.isEmpty || head == Data("SQLite format 3\u{0}".utf8)
    }

    /// Deletes an SQLite file and the journal files beside it.
    public static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    private func migrate() throws {
        if try needsMigrating() { try immediateTransaction { db in try StoreMigrations.apply(SQLiteSession(db: db), location: location) } }
    }

    /// Checked in a read: a store that is up to date (every start-up but the first) opens
    /// without a write transaction.
    private func needsMigrating() throws -> Bool {
        try db.read { db in try !StoreMigrations.pending(SQLiteSession(db: db), location: location).isEmpty }
    }

    static func describe(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: return "not an SQLite database"
        case .SQLITE_READONLY: return "the store is read-only"
        case .SQLITE_CANTOPEN: return "cannot open the file (check the folder exists and is writable)"
        case .SQLITE_FULL: return "the disk is full; nothing from this change was kept"
        case .SQLITE_IOERR: return "disk I/O error (is the disk full, or the file over a size limit?); nothing from this change was kept"
        case .SQLITE_INTERRUPT: return "interrupted; the change was rolled back"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the store is busy (another session holds it); try again"
        default: return error.message ?? "\(error.resultCode)"
        }
    }

    /// A write runs in `BEGIN IMMEDIATE`; a read on the writer's connection (``readDatabase(_:)``).
    /// SQLite errors become messages for the user.
    package func transaction<T>(_ kind: TransactionKind, _ body: (any StoreSession) throws -> T) throws -> T {
        if kind != .write { return try readDatabase { db in try body(SQLiteSession(db: db)) } }
        return try Self.reported("store \(location)") { try immediateTransaction { db in try body(SQLiteSession(db: db)) } }
    }

    /// `BEGIN IMMEDIATE` (waiting out other writers up to the busy timeout), the body, `COMMIT`;
    /// rolled back if anything fails. BEGIN and COMMIT are statements prepared once per connection
    /// (GRDB's `write` parses them again for every transaction, a cost each command of a batch would pay).
    private func immediateTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try db.writeWithoutTransaction { db in
            try db.cachedStatement(sql: "BEGIN IMMEDIATE TRANSACTION").execute()
            do {
                let result = try body(db)
                try db.cachedStatement(sql: "COMMIT TRANSACTION").execute()
                return result
            } catch {
                try? db.rollback()  // nothing to do when SQLite already rolled it back (an interrupt)
                throw error
            }
        }
    }

    /// `body`, its SQLite errors turned into messages for the user that start with `what`.
    private static func reported<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError("\(what()): \(describe(error))")
        }
    }

    /// Runs a read transaction on the writer's connection, whose page cache the last write left
    /// warm (a pool reader's cache is dropped after every write): the reads between a batch's
    /// writes stay cheap. Other processes' writes go on meanwhile, as WAL allows.
    func readDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.reported("store \(location)") {
            try db.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    package func schemaDifference() throws -> String? {
        try readDatabase { db in try SchemaAudit.difference(db) }
    }

    /// `VACUUM INTO`, which copies one read snapshot of the file (other processes may go on
    /// writing meanwhile) into a new, compact database.
    public func backup(to path: String) throws {
        try Self.reported("cannot back up to \(path)") {
            try db.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [path]) }
        }
    }
}
