/// Statements that read the same on every engine, written once.
public enum StoreSQL {
    /// `count` placeholders for an `IN (...)` list: "?, ?, ?".
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// The ids (column `id`) of current verdicts: each claim's newest, unless the claim was retracted.
    static let currentVerdicts = """
        SELECT max(v.id) AS id FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.retracted_at IS NULL GROUP BY v.claim_id
        """

    /// The format of a whole-store export (`export json`, `copy`), the same from every engine.
    public static let exportSchema = "claimcheck/1"

    /// Tables in the order an import must insert them.
    static let transferTables = ["document", "speaker", "speaker_alias", "claim", "evidence", "verdict", "setting", "prior_check", "prior_import", "journal"]
}
