/// Columns added to journaled tables after the first schema, and the rule that keeps old journals
/// valid across them.
///
/// A row's journal snapshot lists every column. A column added by a later migration is left out of
/// the snapshot while it is NULL, so that a row journaled before the column existed still matches its
/// snapshot after the upgrade. Once the column holds a value it is in the snapshot like any other,
/// so giving it a value (or clearing one) behind claimcheck's back is noticed as before.
enum LateColumns {
    /// Migration v3, the same statements on both engines: the charset a page was read in, and where
    /// each claim's date came from (`explicit`, `carried`, `publication`, `edited`) with the paragraph
    /// of the expression that gave it.
    static let v3 = [
        "ALTER TABLE document ADD COLUMN charset TEXT",
        "ALTER TABLE claim ADD COLUMN date_source TEXT",
        "ALTER TABLE claim ADD COLUMN date_paragraph INTEGER",
    ]

    /// The late columns of each journaled table.
    static let byTable: [String: Set<String>] = [
        "document": ["charset"],
        "claim": ["date_source", "date_paragraph"],
    ]

    /// Whether a snapshot leaves this column out: a late column that is NULL.
    static func omitted(table: String, column: String, isNull: Bool) -> Bool {
        isNull && byTable[table]?.contains(column) == true
    }
}
