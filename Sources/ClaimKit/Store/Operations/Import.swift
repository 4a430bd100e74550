import Foundation

/// An export (`claimcheck/1`, from either engine) read back into an empty store: the rows as they
/// were, then the journal must verify and end at the head the export states, or nothing is kept.
extension SessionStore {
    public func importJSON(_ data: Data) throws -> (rows: Int, journal: JournalVerification) {
        let header = try ExportHeader(data)
        let tables = header.tables
        return try write { s in
            let used = try s.int("SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM document) + (SELECT count(*) FROM claim)") ?? 0
            guard used == 0 else { throw StoreError("import needs an empty store; \(location) already holds data") }
            // Rows refer to rows later in the file (a speaker merged into a later one): the keys
            // are checked at the end.
            try s.execute(s.dialect.deferForeignKeys, [])
            var count = 0
            for table in StoreSQL.transferTables {
                guard let rows = tables[table] as? [[String: Any]] else {
                    if tables[table] == nil { continue }
                    throw StoreError("export table \(table) is not a list of rows")
                }
                var types: [String: String] = [:]
                for row in try s.rows(s.dialect.columnsQuery, [table]) {
                    types[try row.text("name")] = try row.optText("type") ?? ""
                }
                for row in rows {
                    let columns = row.keys.sorted()
                    if let unknown = columns.first(where: { types[$0] == nil }) {
                        throw StoreError("export table \(table) has an unknown column \(unknown)")
                    }
                    let values = try columns.map { try Self.value(row[$0]!, table: table, column: $0) }
                    let placeholders = columns.map { s.dialect.placeholder(types[$0]!) }
                    try s.execute("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders.joined(separator: ", ")))", values)
                    count += 1
                }
            }
            if let check = s.dialect.checkForeignKeys { try s.execute(check, []) }
            let verification = try JournalVerifier(session: s).verify()
            if let failure = verification.failure {
                throw StoreError("import refused: the imported journal does not verify: \(failure)")
            }
            try header.check(verification)
            return (count, verification)
        }
    }

    private static func value(_ value: Any, table: String, column: String) throws -> SQLValue {
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
