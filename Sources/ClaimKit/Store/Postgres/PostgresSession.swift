/// A ``StoreSession`` over the store's connection inside a transaction: the shared statements'
/// `?` placeholders become `$1`, `$2`, ... (``NumberedPlaceholders``), and a batch of reads goes
/// to the server in one round trip.
struct PostgresSession: StoreSession {
    let link: PostgresLink
    var dialect: SQLDialect { .postgres }

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [StoreRow] {
        try link.query(NumberedPlaceholders.sql(sql), arguments)
    }

    /// The whole answer, then read row by row (postgres-nio answers a query whole).
    func cursor(_ sql: String) throws -> any RowCursor {
        LoadedRowCursor(try link.query(sql), columns: [])
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int {
        try link.execute(NumberedPlaceholders.sql(sql), arguments)
    }

    func rows(batch: [(sql: String, arguments: [any SQLBindable])]) throws -> [[StoreRow]] {
        try link.pipeline(batch.map { (NumberedPlaceholders.sql($0.sql), $0.arguments) })
    }
}
