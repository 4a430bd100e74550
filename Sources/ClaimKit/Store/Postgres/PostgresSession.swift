import Foundation

/// A ``StoreSession`` over the store's connection inside a transaction: the shared statements'
/// `?` placeholders become `$1`, `$2`, ... (translated once per statement and kept), and a batch
/// of reads goes to the server in one round trip.
struct PostgresSession: StoreSession {
    let link: PostgresLink
    var dialect: SQLDialect { .postgres }

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [StoreRow] {
        try link.query(Self.numbered(sql), arguments)
    }

    /// The whole answer, then read row by row (postgres-nio answers a query whole).
    func cursor(_ sql: String) throws -> any RowCursor {
        LoadedRowCursor(try link.query(sql), columns: [])
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int {
        try link.execute(Self.numbered(sql), arguments)
    }

    func rows(batch: [(sql: String, arguments: [any SQLBindable])]) throws -> [[StoreRow]] {
        try link.pipeline(batch.map { (Self.numbered($0.sql), $0.arguments) })
    }

    /// Translated statements, shared by every session of the process (guarded by `cacheLock`).
    nonisolated(unsafe) private static var cache: [String: String] = [:]
    private static let cacheLock = NSLock()

    /// `sql` with its `?` placeholders numbered (none inside quoted text or names).
    static func numbered(_ sql: String) -> String {
        if let known = cacheLock.withLock({ cache[sql] }) { return known }
        var out = ""
        out.reserveCapacity(sql.utf8.count + 8)
        var n = 0
        var quote: Character?
        for c in sql {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "?" {
                n += 1
                out += "$\(n)"
                continue
            }
            out.append(c)
        }
        cacheLock.withLock {
            // Statements with a number written in (LIMIT n) vary; the cache stays small anyway.
            if cache.count >= 4096 { cache.removeAll() }
            cache[sql] = out
        }
        return out
    }
}
