/// Full-text search with `tsvector` indexes, ranked by `ts_rank`.
extension PostgresStore {
    /// Every word of `text` as a prefix, all required (as SQLite's FTS5 pattern), for `to_tsquery`.
    static func tsQuery(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        return words.map { "\($0):*" }.joined(separator: " & ")
    }

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        guard let query = Self.tsQuery(text) else { return [] }
        let headline = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
        return try transaction(.read) {
            let claims = try link.query("""
                SELECT c.id, ts_headline('simple', c.statement, q, $3) AS snip
                FROM claim c, to_tsquery('simple', $1) AS q
                WHERE \(PostgresSchema.claimDocument.replacingOccurrences(of: "statement", with: "c.statement")) @@ q
                ORDER BY ts_rank(\(PostgresSchema.claimDocument.replacingOccurrences(of: "statement", with: "c.statement")), q) DESC, c.id
                LIMIT $2
                """, [query, limit, headline])
                .map { SearchHit(source: .claim, id: try $0.int("id"), claimID: try $0.int("id"), snippet: try $0.optText("snip") ?? "") }
            let evidence = try link.query("""
                SELECT e.id, e.claim_id,
                       ts_headline('simple', coalesce(e.title, '') || ' ' || coalesce(e.quote, '') || ' ' || coalesce(e.note, '') || ' ' || e.source, q, $3) AS snip
                FROM evidence e, to_tsquery('simple', $1) AS q
                WHERE \(PostgresSchema.evidenceDocument) @@ q
                ORDER BY ts_rank(\(PostgresSchema.evidenceDocument), q) DESC, e.id
                LIMIT $2
                """, [query, limit, headline])
                .map { SearchHit(source: .evidence, id: try $0.int("id"), claimID: try $0.int("claim_id"),
                                 snippet: (try $0.optText("snip") ?? "").trimmingCharacters(in: .whitespaces)) }
            return claims + evidence
        }
    }
}
