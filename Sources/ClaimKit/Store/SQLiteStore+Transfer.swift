import Foundation
import GRDB
import GRDBSQLite

/// The whole store as JSON (`"schema": "claimcheck/1"`) and back. Rows are written as they are
/// stored, so an import rebuilds an equivalent store whose journal verifies.
extension SQLiteStore {
    public static let exportSchema = "claimcheck/1"

    /// Tables in the order an import must insert them.
    static let transferTables = ["document", "speaker", "speaker_alias", "claim", "evidence", "verdict", "setting", "prior_check", "prior_import", "journal"]

    public func exportJSON(_ write: (String) throws -> Void) throws {
        try read { db in
            let head = try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            var out = "{\n  \"schema\": \"\(Self.exportSchema)\",\n"
            out += "  \"journal_head\": " + JSONValue.object([
                ("entries", .int(head?["seq"] as Int64? ?? 0)), ("hash", .string(head?["hash"] ?? JournalEntry.genesis)),
            ]).compact + ",\n  \"tables\": {"
            try write(out)
            // Rows are written straight from the statement into a byte buffer (the bytes
            // `JSONValue.compact` gives), handed on every 256 KB: memory stays flat however big
            // the store, and the journal's long payloads are escaped in one tight loop.
            let buffer = ByteBuffer(capacity: 1 << 19)
            func drain() throws {
                guard buffer.count > 0 else { return }
                try write(String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self))
                buffer.reset()
            }
            for (i, table) in Self.transferTables.enumerated() {
                buffer.append(i == 0 ? "\n" : ",\n")
                buffer.append("    ")
                buffer.quote(string: table)
                buffer.append(": [")
                let key = table == "journal" ? "seq" : RowSnapshot.keyColumn(table)
                let statement = try db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY \(key)")
                let stmt = statement.sqliteStatement
                defer { withExtendedLifetime(statement) { _ = sqlite3_reset(stmt) } }
                let prefixes: [[UInt8]] = (0..<sqlite3_column_count(stmt)).map { n in
                    let b = ByteBuffer(capacity: 64)
                    b.append(n == 0 ? "{" : ",")
                    b.quote(string: String(cString: sqlite3_column_name(stmt, n)))
                    b.append(":")
                    return b.bytes
                }
                var first = true
                while try JournalVerifier.step(stmt, db) {
                    buffer.append(first ? "\n      " : ",\n      ")
                    for n in prefixes.indices {
                        buffer.append(prefixes[n])
                        buffer.append(column: stmt, Int32(n))
                    }
                    buffer.append(prefixes.isEmpty ? "{}" : "}")
                    first = false
                    if buffer.count >= 1 << 18 { try drain() }
                }
                buffer.append(first ? "]" : "\n    ]")
            }
            buffer.append("\n  }\n}\n")
            try drain()
        }
    }

    /// Rebuilds a store from an export. Only into an empty store; the journal must verify
    /// afterwards, or nothing is kept.
    public func importJSON(_ data: Data) throws -> (rows: Int, journal: JournalVerification) {
        let header = try ExportHeader(data)
        let tables = header.tables
        return try write { db in
            let used = try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM document) + (SELECT count(*) FROM claim)") ?? 0
            guard used == 0 else { throw StoreError("import needs an empty store; \(location) already holds data") }
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var count = 0
            for table in Self.transferTables {
                guard let rows = tables[table] as? [[String: Any]] else {
                    if tables[table] == nil { continue }
                    throw StoreError("export table \(table) is not a list of rows")
                }
                let known = Set(try db.columns(in: table).map(\.name))
                for row in rows {
                    let columns = row.keys.sorted()
                    if let unknown = columns.first(where: { !known.contains($0) }) {
                        throw StoreError("export table \(table) has an unknown column \(unknown)")
                    }
                    let values = try columns.map { try Self.databaseValue(row[$0]!, table: table, column: $0) }
                    let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
                    try db.execute(sql: sql, arguments: StatementArguments(values))
                    count += 1
                }
            }
            let verification = try verifyJournal(db)
            if let failure = verification.failure {
                throw StoreError("import refused: the imported journal does not verify: \(failure)")
            }
            try header.check(verification)
            return (count, verification)
        }
    }

    private static func databaseValue(_ value: Any, table: String, column: String) throws -> DatabaseValue {
        switch value {
        case is NSNull: return .null
        case let s as String: return s.databaseValue
        case let n as NSNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 9e15, !"\(n)".contains(".") { return n.int64Value.databaseValue }
            return d.databaseValue
        default: throw StoreError("export table \(table), column \(column): unsupported value")
        }
    }
}
