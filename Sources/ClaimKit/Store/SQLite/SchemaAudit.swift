import Foundation
import GRDB

/// The first step of `log verify` on an SQLite store: the store's schema (tables, columns, indexes,
/// triggers, views) must be exactly the one claimcheck's migrations create. A trigger planted with
/// the sqlite3 shell could rewrite every new row behind claimcheck's back (and the journal would
/// record the rewritten value), so anything extra, missing or changed is named as a failure.
enum SchemaAudit {
    /// The first difference between the store's schema and claimcheck's, or nil when they are the same.
    static func difference(_ db: Database) throws -> String? {
        SchemaComparison.difference(store: try objects(db), reference: try reference.get())
    }

    /// The schema of a new store, made once a process by running the migrations in memory.
    private static let reference = Result<[SchemaComparison.Object], any Error> {
        let queue = try DatabaseQueue()
        try queue.write { db in try StoreMigrations.apply(SQLiteSession(db: db), location: ":memory:") }
        return try queue.read(objects)
    }

    /// Each object of `sqlite_master`, its `CREATE` statement's blanks folded (none for automatic indexes).
    private static func objects(_ db: Database) throws -> [SchemaComparison.Object] {
        // sqlite_stat* tables appear after ANALYZE and hold statistics, not schema.
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'").map { row in
            let type: String = row["type"], table: String = row["tbl_name"], sql: String? = row["sql"]
            let folded = sql.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ") }
            let name: String = row["name"]
            return SchemaComparison.Object(name: "\(type) \(name)", definition: "\(table) \(folded ?? "-")",
                                           place: type == "table" || type == "view" ? "" : " on \(table)")
        }
    }
}
