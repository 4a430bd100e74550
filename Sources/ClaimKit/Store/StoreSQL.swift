/// Statements that read the same on every engine, written once.
enum StoreSQL {
    /// The ids (column `id`) of current verdicts: each claim's newest, unless the claim was retracted.
    static let currentVerdicts = """
        SELECT max(v.id) AS id FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.retracted_at IS NULL GROUP BY v.claim_id
        """
}
