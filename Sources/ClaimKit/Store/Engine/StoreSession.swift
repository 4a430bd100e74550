/// What a store operation needs from an engine, inside one transaction: statements run and rows
/// returned. Statements are written once, with `?` placeholders; the differences that SQL itself
/// cannot hide are asked of the ``dialect``.
package protocol StoreSession {
    var dialect: SQLDialect { get }
    /// Runs one statement and returns its rows.
    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [StoreRow]
    /// Runs one statement and returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int
    /// Runs a query whose rows are read one at a time (a pass over a whole table).
    func cursor(_ sql: String) throws -> any RowCursor
    /// Reads several rows by key in one go (one round trip on a server): each query's rows, in order.
    func rows(batch: [(sql: String, arguments: [any SQLBindable])]) throws -> [[StoreRow]]
}

/// A statement and its arguments, one of a batch.
package typealias BatchStatement = (sql: String, arguments: [any SQLBindable])

extension StoreSession {
    func row(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> StoreRow? {
        try rows(sql, arguments).first
    }

    func rows(_ sql: String) throws -> [StoreRow] { try rows(sql, []) }

    /// The first column of the first row, as an integer (nil when there is no row or it is NULL).
    package func int(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int64? {
        guard let row = try row(sql, arguments) else { return nil }
        return try row.optInt(row.columns.first ?? "")
    }

    /// The first column of the first row, as text (nil when there is no row or it is NULL).
    func text(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> String? {
        guard let row = try row(sql, arguments) else { return nil }
        return try row.optText(row.columns.first ?? "")
    }

    /// Runs an `INSERT ... RETURNING id` and gives the new row's id.
    package func newID(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int64 {
        guard let id = try int(sql, arguments) else { throw StoreError("a new row has no id") }
        return id
    }

    /// Sequential by default; an engine with round trips overrides it.
    func rows(batch: [(sql: String, arguments: [any SQLBindable])]) throws -> [[StoreRow]] {
        try batch.map { try rows($0.sql, $0.arguments) }
    }

    /// Runs many statements whose answers are not needed (an import's rows), a few hundred to a
    /// round trip on a server.
    func execute(batch: [BatchStatement]) throws {
        var start = batch.startIndex
        while start < batch.endIndex {
            let end = min(start + 500, batch.endIndex)
            _ = try rows(batch: Array(batch[start..<end]))
            start = end
        }
    }
}

/// The SQL that differs between engines.
package struct SQLDialect: Sendable {
    /// `LIKE` matching letters whatever their case (SQLite's LIKE, PostgreSQL's ILIKE).
    let likeIgnoringCase: String
    /// `column = ?` whatever the case of the letters.
    let equalsIgnoringCase: @Sendable (_ column: String) -> String

    /// An ORDER BY term sorting letters whatever their case, ASCII only (SQLite's NOCASE).
    let orderIgnoringCase: @Sendable (_ column: String) -> String

    /// An ORDER BY term sorting text by its bytes.
    let orderBinary: @Sendable (_ column: String) -> String
    /// `column` contains the text bound to `?` (case-sensitive).
    let contains: @Sendable (_ column: String) -> String
    /// Makes the foreign keys checked at the end of the transaction (an import).
    let deferForeignKeys: String
    /// Checks them now, if the engine would not at commit.
    let checkForeignKeys: String?
    /// A table's columns (`name`, `type`), the table bound to `?`.
    let columnsQuery: String
    /// The placeholder for a value going into a column of a type (PostgreSQL casts it).
    let placeholder: @Sendable (_ type: String) -> String
    /// The schema's tables, triggers and indexes in the engine's own words (``StoreMigrations``).
    let schema: SchemaDialect
    /// Full-text search and its ranking.
    let search: FullTextSearch

    static let sqlite = SQLDialect(likeIgnoringCase: "LIKE", equalsIgnoringCase: { "\($0) = ? COLLATE NOCASE" },
                                   orderIgnoringCase: { "\($0) COLLATE NOCASE" },
                                   orderBinary: { $0 }, contains: { "instr(\($0), ?) > 0" },
                                   deferForeignKeys: "PRAGMA defer_foreign_keys = ON", checkForeignKeys: nil,
                                   columnsQuery: "SELECT name, type FROM pragma_table_info(?)", placeholder: { _ in "?" },
                                   schema: .sqlite, search: .fts5)
    static let postgres = SQLDialect(likeIgnoringCase: "ILIKE", equalsIgnoringCase: { "lower(\($0)) = lower(?)" },
                                     orderIgnoringCase: { "lower(\($0)) COLLATE \"C\"" },
                                     orderBinary: { "\($0) COLLATE \"C\"" }, contains: { "strpos(\($0), ?) > 0" },
                                     deferForeignKeys: "SET CONSTRAINTS ALL DEFERRED", checkForeignKeys: "SET CONSTRAINTS ALL IMMEDIATE",
                                     columnsQuery: """
                                         SELECT column_name AS name, data_type AS type FROM information_schema.columns
                                         WHERE table_schema = current_schema() AND table_name = ?
                                         """,
                                     placeholder: { "CAST(? AS \($0))" }, schema: .postgres,
                                     search: .tsvector)

    /// The next id of a table whose ids claimcheck assigns (max + 1, as SQLite's INTEGER PRIMARY
    /// KEY does; the write lock makes it safe), as an expression to put in an INSERT.
    package static func nextID(_ table: String) -> String { "(SELECT COALESCE(max(id), 0) + 1 FROM \(table))" }
}
