/// Full-text search with `tsvector` indexes, ranked by `ts_rank`; each word of the query is a
/// prefix and all are required, as with SQLite's FTS5. Nothing of the index is stored in a table:
/// the `tsvector` is computed from the text by the expression GIN indexes, which no SQL statement
/// can edit (their definitions are part of the schema audit), and `ts_headline` reads the text
/// itself; so `log verify` has no index to compare, and `reindex` none to rebuild.
extension FullTextSearch {
    static let tsvector = FullTextSearch(pattern: { text in
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? nil : words.map { "\($0):*" }.joined(separator: " & ")
    }, patternUses: 1, claims: """
        SELECT c.id, ts_headline('simple', c.statement, q, '\(headline)') AS snip
        FROM claim c, to_tsquery('simple', ?) AS q
        WHERE \(PostgresSchema.claimDocument) @@ q ORDER BY ts_rank(\(PostgresSchema.claimDocument), q) DESC, c.id LIMIT ?
        """, evidence: """
        SELECT e.id, e.claim_id, ts_headline('simple', \(PostgresSchema.evidenceText), q, '\(headline)') AS snip
        FROM evidence e, to_tsquery('simple', ?) AS q
        WHERE \(PostgresSchema.evidenceDocument) @@ q ORDER BY ts_rank(\(PostgresSchema.evidenceDocument), q) DESC, e.id LIMIT ?
        """, newestCheckedClaims: """
        SELECT c.id FROM claim c
        WHERE \(PostgresSchema.claimDocument) @@ to_tsquery('simple', ?) AND c.retracted_at IS NULL
          AND EXISTS (SELECT 1 FROM verdict v WHERE v.claim_id = c.id)
        ORDER BY c.id DESC LIMIT ?
        """, newestPriorChecks: """
        SELECT id FROM prior_check WHERE \(PostgresSchema.priorCheckDocument) @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?
        """, indexDifference: { _, _ in nil }, rebuild: [])

    private static let headline = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
}
