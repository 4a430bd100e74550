/// The rows one command changed, snapshotted into its journal entry. Replaying the snapshots
/// of every entry gives what the tables must hold, which is how `log verify` notices a table
/// edited outside claimcheck.
package struct ChangeSet {
    /// Journaled tables and their key column. Documents are snapshotted without their text
    /// (the SHA-256 stands for it).
    static let tables: [(name: String, key: String)] = [
        ("document", "id"), ("speaker", "id"), ("speaker_alias", "alias"), ("claim", "id"),
        ("evidence", "id"), ("verdict", "id"), ("setting", "key"), ("prior_check", "id"), ("prior_import", "sha256"),
    ]

    private(set) var touched: [(table: String, key: SQLValue)] = []
    /// The rows already touched, so that touching one again is a lookup, not a scan (a load of
    /// one big article touches tens of thousands of rows).
    private var seen = Set<TouchedRow>()

    private struct TouchedRow: Hashable {
        let table: String
        let key: SQLValue
    }

    package init() {}

    package mutating func touch(_ table: String, _ key: some SQLBindable) {
        let value = key.sqlValue
        if seen.insert(TouchedRow(table: table, key: value)).inserted { touched.append((table, value)) }
    }
}

/// One row of a journaled table as canonical JSON.
enum RowSnapshot {
    static func keyColumn(_ table: String) -> String {
        ChangeSet.tables.first { $0.name == table }?.key ?? "id"
    }
}
