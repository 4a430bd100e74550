/// A ``ClaimStore`` whose operations are written once, over a ``StoreSession``: an engine (the
/// SQLite file, the PostgreSQL server) supplies only its transactions and what SQL cannot say
/// the same way on both (full-text search, moving a whole store, the journal check).
package protocol SessionStore: ClaimStore {
    /// Runs `body` in one write transaction, by the engine's rules (SQLite: `BEGIN IMMEDIATE`
    /// and the busy timeout; PostgreSQL: the advisory lock, the command token and reruns).
    func write<T>(_ body: (any StoreSession) throws -> T) throws -> T
    /// Runs `body` on one consistent snapshot.
    func read<T>(_ body: (any StoreSession) throws -> T) throws -> T
    /// As ``read(_:)``, never run twice (its output is already written): PostgreSQL reruns a read
    /// after a lost connection, unless it is this one.
    func readOnce<T>(_ body: (any StoreSession) throws -> T) throws -> T
    /// The first difference between the store's schema and the one claimcheck creates (a planted
    /// trigger, a changed table), or nil.
    func schemaDifference() throws -> String?
}
