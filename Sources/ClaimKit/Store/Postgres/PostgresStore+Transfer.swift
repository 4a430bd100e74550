import Foundation

/// The whole store as JSON and back, in the same `claimcheck/1` format as ``SQLiteStore``: an export
/// from either engine imports into the other, journal included.
extension PostgresStore {
    /// How each table is ordered in an export (SQLite's order: aliases are NOCASE).
    private static func exportOrder(_ table: String) -> String {
        switch table {
        case "journal": return "seq"
        case "speaker_alias": return "lower(alias) COLLATE \"C\", alias COLLATE \"C\""
        case "setting": return "key COLLATE \"C\""
        default: return RowSnapshot.keyColumn(table)
        }
    }

    public func exportJSON(_ write: (String) throws -> Void) throws {
        // Not retried: the output already written cannot be taken back.
        try transaction(.read, retry: false) {
            let head = try link.one("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            var out = "{\n  \"schema\": \"\(SQLiteStore.exportSchema)\",\n"
            out += "  \"journal_head\": " + JSONValue.object([
                ("entries", .int(head?.optInt("seq") ?? 0)), ("hash", .string(head?.optString("hash") ?? JournalEntry.genesis)),
            ]).compact + ",\n  \"tables\": {"
            try write(out)
            for (i, table) in SQLiteStore.transferTables.enumerated() {
                try write((i == 0 ? "\n" : ",\n") + "    \"\(table)\": [")
                var first = true
                for row in try link.query("SELECT * FROM \(table) ORDER BY \(Self.exportOrder(table))") {
                    try write((first ? "\n      " : ",\n      ") + row.json.compact)
                    first = false
                }
                try write(first ? "]" : "\n    ]")
            }
            try write("\n  }\n}\n")
        }
    }

    public func importJSON(_ data: Data) throws -> (rows: Int, journal: JournalVerification) {
        let header = try ExportHeader(data)
        let tables = header.tables
        return try write {
            let used = try link.int("SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM document) + (SELECT count(*) FROM claim)") ?? 0
            guard used == 0 else { throw StoreError("import needs an empty store; \(location) already holds data") }
            try link.execute("SET CONSTRAINTS ALL DEFERRED")
            var count = 0
            for table in SQLiteStore.transferTables {
                guard let rows = tables[table] as? [[String: Any]] else {
                    if tables[table] == nil { continue }
                    throw StoreError("export table \(table) is not a list of rows")
                }
                var types: [String: String] = [:]
                for row in try link.query("""
                    SELECT column_name, data_type FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = $1
                    """, [table]) {
                    types[row.string("column_name")] = row.string("data_type")
                }
                for row in rows {
                    let columns = row.keys.sorted()
                    if let unknown = columns.first(where: { types[$0] == nil }) {
                        throw StoreError("export table \(table) has an unknown column \(unknown)")
                    }
                    let values = try columns.map { try Self.value(row[$0]!, table: table, column: $0) }
                    let placeholders = columns.enumerated().map { "CAST($\($0.offset + 1) AS \(types[$0.element]!))" }
                    try link.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders.joined(separator: ", ")))", values)
                    count += 1
                }
            }
            try link.execute("SET CONSTRAINTS ALL IMMEDIATE")
            let verification = try verifyJournalInTransaction()
            if let failure = verification.failure {
                throw StoreError("import refused: the imported journal does not verify: \(failure)")
            }
            try header.check(verification)
            return (count, verification)
        }
    }

    private static func value(_ value: Any, table: String, column: String) throws -> PGValue {
        switch value {
        case is NSNull: return .null
        case let s as String: return .text(s)
        case let n as NSNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 9e15, !"\(n)".contains(".") { return .int(n.int64Value) }
            return .double(d)
        default: throw StoreError("export table \(table), column \(column): unsupported value")
        }
    }
}
