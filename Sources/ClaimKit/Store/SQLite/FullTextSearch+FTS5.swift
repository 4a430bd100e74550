import GRDB

/// Full-text search with FTS5, ranked by bm25. Ranking scores every match, so a common word in a
/// big archive would be scored hundreds of thousands of times: only the newest ``window`` matches
/// are ranked (the whole set when there are fewer), found by walking the index backwards.
extension FullTextSearch {
    /// How many of the newest matches `find` ranks by relevance.
    static let window = 1000

    static let fts5 = FullTextSearch(pattern: { FTS5Pattern(matchingAllPrefixesIn: $0)?.rawPattern }, patternUses: 2, claims: """
        SELECT c.id, snippet(claim_fts, 0, '[', ']', '…', 12) AS snip
        FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid
        WHERE claim_fts MATCH ? AND claim_fts.rowid >= \(newest("claim_fts")) ORDER BY rank LIMIT ?
        """, evidence: """
        SELECT e.id, e.claim_id, snippet(evidence_fts, -1, '[', ']', '…', 12) AS snip
        FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
        WHERE evidence_fts MATCH ? AND evidence_fts.rowid >= \(newest("evidence_fts")) ORDER BY rank LIMIT ?
        """, newestCheckedClaims: """
        SELECT claim_fts.rowid AS id FROM claim_fts
        WHERE claim_fts MATCH ? AND EXISTS (SELECT 1 FROM verdict v WHERE v.claim_id = claim_fts.rowid)
          AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_fts.rowid AND c.retracted_at IS NOT NULL)
        ORDER BY claim_fts.rowid DESC LIMIT ?
        """, newestPriorChecks: """
        SELECT rowid AS id FROM prior_check_fts WHERE prior_check_fts MATCH ? ORDER BY rowid DESC LIMIT ?
        """, indexDifference: SearchIndexCheck.difference, rebuild: SearchIndexCheck.rebuildStatements)

    /// The oldest rowid among the newest ``window`` matches of the pattern (0 when there are fewer).
    private static func newest(_ table: String) -> String {
        "COALESCE((SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET \(window - 1)), 0)"
    }
}
