/// A ``ClaimStore`` whose operations are written once, over a ``StoreSession``: an engine (the
/// SQLite file, the PostgreSQL server) supplies only its transactions and what SQL cannot say
/// the same way on both (full-text search, moving a whole store, the journal check).
package protocol SessionStore: ClaimStore {
    /// Runs `body` in one transaction of `kind`, by the engine's rules (SQLite: `BEGIN IMMEDIATE`
    /// and the busy timeout; PostgreSQL: the advisory lock, the command token and reruns).
    func transaction<T>(_ kind: TransactionKind, _ body: (any StoreSession) throws -> T) throws -> T
    /// The first difference between the store's schema and the one claimcheck creates (a planted
    /// trigger, a changed table), or nil.
    func schemaDifference() throws -> String?
    /// The store's schema audit, made once before its first write.
    var schemaGuard: SchemaGuard { get }
}

/// What a transaction does, which decides how an engine runs it.
package enum TransactionKind {
    /// A change, under the engine's write lock.
    case write
    /// Reads from one consistent snapshot.
    case read
    /// As ``read``, never run twice (its output is already written): PostgreSQL reruns a read
    /// after a lost connection, unless it is this one.
    case readOnce
}

extension SessionStore {
    /// Runs `body` in one write transaction, once the schema audit has passed: it is made on the
    /// first write, not at open (read-only commands never pay for it), and a store whose schema
    /// was changed behind claimcheck's back is never written through.
    package func write<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try schemaGuard.checkWritable(location) { try schemaDifference() }
        return try transaction(.write, body)
    }

    /// Runs `body` on one consistent snapshot.
    package func read<T>(_ body: (any StoreSession) throws -> T) throws -> T { try transaction(.read, body) }

    package func readOnce<T>(_ body: (any StoreSession) throws -> T) throws -> T { try transaction(.readOnce, body) }
}
