/// The store's own checks as matching reads them: each claim with a current verdict (not
/// retracted) as a ``MatchCandidate``, written once for every engine. Only the columns matching
/// needs are read, in one statement.
extension SessionStore {
    /// Every claim with a current verdict, in the order the verdicts were given.
    public func checkedClaims() throws -> [MatchCandidate] {
        try read { s in try s.rows(Self.checkedClaimsSQL(idCount: nil)).map(MatchCandidate.init(checkedClaim:)) }
    }

    /// Whether more than `count` verdicts were given.
    public func verdictCount(exceeds count: Int) throws -> Bool { try hasMoreRows("verdict", than: count) }

    /// The claims with a current verdict whose statement has a word beginning with one of `words`:
    /// for each word the newest `perWord` such claims (through the full-text index), all of them in
    /// the order their verdicts were given.
    public func checkedClaims(withWords words: [String], perWord: Int) throws -> [MatchCandidate] {
        try read { s in
            var rows: [(verdict: Int64, candidate: MatchCandidate)] = []
            for chunk in try Self.newestIDs(s.dialect.search.newestCheckedClaims, withWords: words, perWord: perWord, s) {
                for row in try s.rows(Self.checkedClaimsSQL(idCount: chunk.count), chunk) {
                    rows.append((try row.int("verdict_id"), try MatchCandidate(checkedClaim: row)))
                }
            }
            return rows.sorted { $0.verdict < $1.verdict }.map(\.candidate)
        }
    }

    /// The ids `statement` finds for each of `words` (its `?` take a word's full-text pattern and
    /// `perWord`), all together in ascending order, in chunks of at most 500 to bind in an `IN (...)`.
    static func newestIDs(_ statement: String, withWords words: [String], perWord: Int, _ s: any StoreSession) throws -> [[any SQLBindable]] {
        var ids = Set<Int64>()
        for word in Set(words) {
            guard let pattern = s.dialect.search.pattern(word) else { continue }
            for row in try s.rows(statement, [pattern, perWord]) { ids.insert(try row.int("id")) }
        }
        let sorted = ids.sorted()
        return stride(from: 0, to: sorted.count, by: 500).map { start in
            sorted[start..<min(start + 500, sorted.count)].map { $0 as any SQLBindable }
        }
    }

    /// Whether `table` has more than `count` rows (counting at most `count + 1`).
    func hasMoreRows(_ table: String, than count: Int) throws -> Bool {
        try read { s in (try s.int("SELECT count(*) FROM (SELECT 1 FROM \(table) LIMIT ?) AS some_rows", [count + 1]) ?? 0) > count }
    }

    /// Each checked claim (of the `idCount` ids bound, or all) with its current verdict and its
    /// document's link, in verdict order.
    private static func checkedClaimsSQL(idCount: Int?) -> String {
        let only = idCount.map { " WHERE claim_id IN (\(StoreSQL.placeholders($0)))" } ?? ""
        return """
            SELECT c.id, c.statement, c.document_id, d.url, v.id AS verdict_id, v.rating, v.author, v.ruled_at
            FROM (SELECT max(id) AS id FROM verdict\(only) GROUP BY claim_id) AS cur
            JOIN verdict v ON v.id = cur.id
            JOIN claim c ON c.id = v.claim_id
            LEFT JOIN document d ON d.id = c.document_id
            WHERE c.retracted_at IS NULL
            ORDER BY v.id
            """
    }
}

extension MatchCandidate {
    /// A row of ``SessionStore/checkedClaims()``.
    init(checkedClaim row: StoreRow) throws {
        let document = try row.optInt("document_id")
        self.init(kind: .claim, id: "C\(try row.int("id"))", text: try row.text("statement"), rating: try row.text("rating"),
                  checkedBy: try row.text("author"), checkedAt: String(try row.text("ruled_at").prefix(10)),
                  url: document == nil ? nil : try row.optText("url"), document: document.map { "D\($0)" })
    }
}
