import Foundation

/// Stores in SQLite files: the default engine, and the empty store read-only commands see.
extension StoreLocation {
    static func openFile(_ path: String, create: Bool, readOnly: Bool = false) throws -> (any ClaimStore)? {
        try SQLiteStore.open(path: path, create: create, readOnly: readOnly)
    }

    /// Whether the file at `path` is empty or a store file's kind (SQLite's header); nil when it cannot be read.
    static func isStoreFileOrEmpty(_ path: String) -> Bool? { SQLiteStore.isSQLiteOrEmpty(path) }

    /// An empty store in memory: what read-only commands see before a store exists.
    public static func empty() throws -> any ClaimStore { try SQLiteStore.inMemory() }

    /// Deletes the store file at `location` with the journal files beside it (nothing for a
    /// PostgreSQL store): for a store a run created and then could not fill.
    public static func removeFile(_ location: String) {
        guard !isPostgres(location) else { return }
        SQLiteStore.removeFiles(at: location)
    }
}
