/// `find`: the claims and the evidence whose text holds every word of the query, best first,
/// through the engine's full-text index (``FullTextSearch``).
extension SessionStore {
    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        try read { s in
            let search = s.dialect.search
            guard let pattern = search.pattern(text) else { return [] }
            let arguments = Array(repeating: pattern as any SQLBindable, count: search.patternUses) + [limit]
            let claims = try s.rows(search.claims, arguments).map {
                SearchHit(source: .claim, id: try $0.int("id"), claimID: try $0.int("id"), snippet: try $0.optText("snip") ?? "")
            }
            let evidence = try s.rows(search.evidence, arguments).map {
                SearchHit(source: .evidence, id: try $0.int("id"), claimID: try $0.int("claim_id"),
                          snippet: (try $0.optText("snip") ?? "").trimmingCharacters(in: .whitespaces))
            }
            return claims + evidence
        }
    }
}

/// How an engine's full-text index is asked: the query's words as the engine's pattern, and the
/// statements that find and rank claims (`id`, `snip`) and evidence (`id`, `claim_id`, `snip`).
package struct FullTextSearch: Sendable {
    /// Every word of the text as a prefix, all required; nil when the text has no word.
    let pattern: @Sendable (_ text: String) -> String?
    /// How many `?` of each statement take the pattern; the last one takes the limit.
    let patternUses: Int
    let claims: String
    let evidence: String
    /// The ids of the newest claims (not retracted, with a verdict) whose statement holds the
    /// pattern, newest first; its `?` take the pattern, then the limit (matching's
    /// ``SessionStore/checkedClaims(withWords:perWord:)``).
    let newestCheckedClaims: String
    /// The ids of the newest prior checks whose claim or title holds the pattern, newest first
    /// (the same arguments).
    let newestPriorChecks: String
    /// The first problem `log verify` finds in the stored index (with `full`, compared with the
    /// text word by word), or nil.
    let indexDifference: @Sendable (_ session: any StoreSession, _ full: Bool) throws -> String?
    /// Statements that rebuild the index from the tables (`reindex`); none when nothing is stored.
    let rebuild: [String]
}
