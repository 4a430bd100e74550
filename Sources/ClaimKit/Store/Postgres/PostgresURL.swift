import Foundation

/// Where a PostgreSQL store lives: `postgres://USER@HOST:PORT/DB` (or `postgresql://`).
/// The password never comes from the URL (it would end up in shell history): it is read from
/// `$PGPASSWORD`, else from `~/.pgpass` (or `$PGPASSFILE`), as libpq does.
public struct PostgresURL: Equatable, Sendable {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode

    /// Parses a store URL; the error says what is wrong in one line.
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw StoreError("bad store URL \(text): expected postgres://USER@HOST:PORT/DB")
        }
        if components.password != nil {
            throw StoreError("bad store URL: do not put the password in the URL (it stays in shell history); set $PGPASSWORD or use ~/.pgpass")
        }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError("bad store URL \(text): no host (expected postgres://USER@HOST:PORT/DB)")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let user = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["PGUSER"] ?? "postgres"
        let database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        if database.contains("/") { throw StoreError("bad store URL \(text): the database name cannot contain /") }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                switch item.value ?? "" {
                case "disable": tls = .disable
                case "allow", "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                default: throw StoreError("bad store URL: sslmode must be disable, prefer or require")
                }
            default:
                throw StoreError("bad store URL: unknown parameter \(item.name) (only sslmode is understood)")
            }
        }
        self.user = user
        self.host = host
        self.port = components.port ?? 5432
        self.database = database
        self.tls = tls
    }

    /// The URL as shown to the user (never with a password).
    public var display: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `$PGPASSWORD`, else the first matching line of `~/.pgpass` (`host:port:db:user:password`, `*` matches anything).
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let p = environment["PGPASSWORD"], !p.isEmpty { return p }
        let file = environment["PGPASSFILE"] ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = Self.splitPgpass(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits a ~/.pgpass line on unescaped colons (`\:` and `\\` are escapes).
    static func splitPgpass(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for ch in line {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == ":" { fields.append(current); current = ""; continue }
            current.append(ch)
        }
        fields.append(current)
        return fields
    }
}
