import GRDB

/// The rows one command changed, snapshotted into its journal entry. Replaying the snapshots
/// of every entry gives what the tables must hold, which is how `log verify` notices a table
/// edited outside claimcheck.
struct ChangeSet {
    /// Journaled tables and their key column. Documents are snapshotted without their text
    /// (the SHA-256 stands for it).
    static let tables: [(name: String, key: String)] = [
        ("document", "id"), ("speaker", "id"), ("speaker_alias", "alias"), ("claim", "id"),
        ("evidence", "id"), ("verdict", "id"), ("setting", "key"), ("prior_check", "id"), ("prior_import", "sha256"),
    ]

    private(set) var touched: [(table: String, key: DatabaseValue)] = []
    /// The rows already touched, so that touching one again is a lookup, not a scan (a load of
    /// one big article touches tens of thousands of rows).
    private var seen = Set<TouchedRow>()

    private struct TouchedRow: Hashable {
        let table: String
        let key: DatabaseValue
    }

    mutating func touch(_ table: String, _ key: some DatabaseValueConvertible) {
        let value = key.databaseValue
        if seen.insert(TouchedRow(table: table, key: value)).inserted { touched.append((table, value)) }
    }

    /// Snapshots of the touched rows as they are now, inside the transaction.
    func snapshots(_ db: Database) throws -> [JSONValue] {
        try touched.map { table, key in
            let row = try RowSnapshot.fetch(db, table: table, key: key)
            return .object([
                ("table", .string(table)),
                ("key", RowSnapshot.json(key)),
                ("hash", .string(row.map { SHA256Hex.of($0.canonical) } ?? "absent")),
                ("row", row ?? .null),
            ])
        }
    }
}

/// One row of a journaled table as canonical JSON.
enum RowSnapshot {
    static func keyColumn(_ table: String) -> String {
        ChangeSet.tables.first { $0.name == table }?.key ?? "id"
    }

    static func fetch(_ db: Database, table: String, key: DatabaseValue) throws -> JSONValue? {
        let keyColumn = keyColumn(table)
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(table) WHERE \(keyColumn) = ?"), arguments: [key]) else {
            return nil
        }
        return json(row, table: table)
    }

    static func json(_ row: Row, table: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        // By position: looking a column up by name compares names case-insensitively.
        for (index, column) in row.columnNames.enumerated() where !(table == "document" && column == "text") {
            let value = row[index] as DatabaseValue
            if LateColumns.omitted(table: table, column: column, isNull: value.isNull) { continue }
            pairs.append((column, json(value)))
        }
        return .object(pairs)
    }

    static func json(_ value: DatabaseValue) -> JSONValue {
        switch value.storage {
        case .null: return .null
        case .int64(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        // claimcheck stores no BLOBs: one is written as an object, which no text snapshot equals
        // (a BLOB holding a value's bytes, or its base64, is not that value).
        case .blob(let b): return .object([("blob", .string(b.base64EncodedString()))])
        }
    }

    /// The key as the journal writes it, for matching rows on replay.
    static func keyText(_ value: DatabaseValue) -> String { json(value).compact }
}

import Foundation
