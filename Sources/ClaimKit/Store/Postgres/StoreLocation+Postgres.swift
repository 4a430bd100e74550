/// Stores on a PostgreSQL server, named by a `postgres://` URL.
extension StoreLocation {
    /// True when `location` names a PostgreSQL server (`postgres://` or `postgresql://`) rather than a file.
    static func isServerURL(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    static func openServer(_ url: String) throws -> any ClaimStore { try PostgresStore.open(url: url) }
}
