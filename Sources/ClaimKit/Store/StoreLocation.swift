import Foundation

/// Opens the store a location names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL
/// store, anything else an SQLite file. The commands only ever see ``ClaimStore``; each engine's
/// folder supplies its own opening (`StoreLocation+SQLite`, `StoreLocation+Postgres`).
public enum StoreLocation {
    public static func isPostgres(_ location: String) -> Bool { isServerURL(location) }

    /// The store at `location`; nil when it is an SQLite file that does not exist and `create` is
    /// false. A PostgreSQL store always exists once the server accepts the connection (its schema
    /// is created on first open). `readOnly`: for commands that only read (an SQLite file is then
    /// opened read-only when it is up to date, and keeps every byte).
    public static func open(_ location: String, create: Bool, readOnly: Bool = false) throws -> (any ClaimStore)? {
        if isPostgres(location) { return try openServer(location) }
        return try openFile(location, create: create, readOnly: readOnly)
    }
}
