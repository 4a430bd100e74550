/// What each engine checks before it creates or upgrades a store's schema, the same on both: a
/// store a newer claimcheck has upgraded is refused, and so is a database that holds tables
/// claimcheck did not make.
enum SchemaVersion {
    /// Whether migrations remain to be applied; throws when the store must not be touched.
    /// `tables` are the database's tables when no migration was ever applied (else unread).
    static func needsMigrating(_ location: String, engine: String, applied: Set<String>, known: [String],
                               tables: () throws -> [String]) throws -> Bool {
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw StoreError("store \(location) was written by a newer claimcheck (schema \(unknown.sorted().joined(separator: ", "))); upgrade claimcheck to open it")
        }
        let found = applied.isEmpty ? try tables() : []
        if !found.isEmpty {
            throw StoreError("\(location) is \(engine) database but not a claimcheck store (it has tables: \(found.sorted().prefix(5).joined(separator: ", "))); refusing to touch it")
        }
        return !applied.isSuperset(of: known)
    }
}
