/// Stores on a PostgreSQL server, named by a `postgres://` URL.
extension StoreLocation {
    static func isServerURL(_ location: String) -> Bool { PostgresURL.isPostgres(location) }

    static func openServer(_ url: String) throws -> any ClaimStore { try PostgresStore.open(url: url) }
}
