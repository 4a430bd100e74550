import Foundation

/// Statements written once with `?` placeholders, for an engine whose placeholders are numbered
/// (`$1`, `$2`, ... as PostgreSQL's are): each statement is translated once and kept.
enum NumberedPlaceholders {
    /// Translated statements, shared by every session of the process (guarded by `cacheLock`).
    nonisolated(unsafe) private static var cache: [String: String] = [:]
    private static let cacheLock = NSLock()

    /// `sql` with its `?` placeholders numbered (none inside quoted text or names).
    static func sql(_ sql: String) -> String {
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
