import Foundation
import GRDB

/// The first step of `log verify` on an SQLite store: the store's schema (tables, columns, indexes,
/// triggers, views) must be exactly the one claimcheck's migrations create. A trigger planted with
/// the sqlite3 shell could rewrite every new row behind claimcheck's back (and the journal would
/// record the rewritten value), so anything extra, missing or changed is named as a failure.
enum SchemaAudit {
    /// One object of `sqlite_master`.
    struct Object: Hashable {
        let type: String
        let name: String
        let table: String
        /// The `CREATE` statement, blanks folded (nil for automatic indexes).
        let sql: String?
    }

    /// The first difference between the store's schema and claimcheck's, or nil when they are the same.
    static func difference(_ db: Database) throws -> String? {
        let actual = try objects(db)
        let reference = try referenceObjects()
        let wanted = Dictionary(reference.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let found = Dictionary(actual.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for object in actual.sorted(by: order) where wanted[key(object)] == nil {
            let on = object.type == "table" || object.type == "view" ? "" : " on \(object.table)"
            return "the store's schema has a \(object.type) \(object.name)\(on) that claimcheck did not create (added outside claimcheck?)"
        }
        for object in reference.sorted(by: order) {
            guard let there = found[key(object)] else {
                return "the store's schema lacks the \(object.type) \(object.name) (dropped outside claimcheck?)"
            }
            if there.sql != object.sql || there.table != object.table {
                return "the \(object.type) \(object.name) differs from claimcheck's schema (changed outside claimcheck?)"
            }
        }
        return nil
    }

    private static func key(_ object: Object) -> String { object.type + " " + object.name.lowercased() }
    private static func order(_ a: Object, _ b: Object) -> Bool { (a.type, a.name) < (b.type, b.name) }

    /// The schema of a new store, made once a process by running the migrations in memory.
    private static func referenceObjects() throws -> [Object] { try reference.get() }

    private static let reference = Result<[Object], any Error> {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.read(objects)
    }

    private static func objects(_ db: Database) throws -> [Object] {
        // sqlite_stat* tables appear after ANALYZE and hold statistics, not schema.
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'").map { row in
            let sql: String? = row["sql"]
            return Object(type: row["type"], name: row["name"], table: row["tbl_name"],
                          sql: sql.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ") })
        }
    }
}

/// The result of ``SchemaAudit`` for one open store, found once, when it is first needed.
final class SchemaGuard: @unchecked Sendable {
    private let lock = NSLock()
    private var found: String??

    /// The store's schema problem (nil when there is none), audited on the first call.
    func problem(in db: any DatabaseReader) throws -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let found { return found }
        let problem = try db.read { try SchemaAudit.difference($0) }
        found = .some(problem)
        return problem
    }
}
