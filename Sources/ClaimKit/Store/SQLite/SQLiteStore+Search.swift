import GRDB

/// Full-text search with FTS5, ranked by bm25.
extension SQLiteStore {
    /// How many of the newest matches `find` ranks by relevance.
    static let searchWindow = 1000

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        guard let pattern = FTS5Pattern(matchingAllPrefixesIn: text)?.rawPattern else { return [] }
        return try read { s in
            // Ranking scores every match, so a common word in a big archive would be scored
            // hundreds of thousands of times: only the newest `searchWindow` matches are ranked
            // (the whole set when there are fewer), found by walking the index backwards.
            func cutoff(_ table: String) throws -> Int64 {
                try s.int("SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                          [pattern, Self.searchWindow - 1]) ?? 0
            }
            let claims = try s.rows("""
                SELECT c.id, snippet(claim_fts, 0, '[', ']', '…', 12) AS snip
                FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid
                WHERE claim_fts MATCH ? AND claim_fts.rowid >= ? ORDER BY rank LIMIT ?
                """, [pattern, try cutoff("claim_fts"), limit])
                .map { SearchHit(source: .claim, id: try $0.int("id"), claimID: try $0.int("id"), snippet: try $0.optText("snip") ?? "") }
            let evidence = try s.rows("""
                SELECT e.id, e.claim_id, snippet(evidence_fts, -1, '[', ']', '…', 12) AS snip
                FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
                WHERE evidence_fts MATCH ? AND evidence_fts.rowid >= ? ORDER BY rank LIMIT ?
                """, [pattern, try cutoff("evidence_fts"), limit])
                .map { SearchHit(source: .evidence, id: try $0.int("id"), claimID: try $0.int("claim_id"), snippet: try $0.optText("snip") ?? "") }
            return claims + evidence
        }
    }
}
