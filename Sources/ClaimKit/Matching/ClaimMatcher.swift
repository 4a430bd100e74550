import Foundation

/// Something the matcher ranks: another organisation's fact-check, or a claim of the store's own
/// that has a verdict.
public struct MatchCandidate: Sendable, Equatable {
    public enum Kind: String, Sendable { case prior, claim }
    public var kind: Kind
    /// The prior check's external id, or the claim's id ("C12").
    public var id: String
    /// The claim as the checker worded it.
    public var text: String
    /// The title of the fact-check article, when there is one.
    public var title: String?
    public var rating: String?
    /// Who checked it: the organisation, or the author of the verdict.
    public var checkedBy: String?
    /// When: the review's date, or the verdict's.
    public var checkedAt: String?
    public var url: String?
    /// For a claim of the store's: its document ("D7").
    public var document: String?

    public init(kind: Kind, id: String, text: String, title: String? = nil, rating: String? = nil,
                checkedBy: String? = nil, checkedAt: String? = nil, url: String? = nil, document: String? = nil) {
        self.kind = kind; self.id = id; self.text = text; self.title = title; self.rating = rating
        self.checkedBy = checkedBy; self.checkedAt = checkedAt; self.url = url; self.document = document
    }
}

/// One ranked candidate.
public struct MatchResult: Sendable {
    public var candidate: MatchCandidate
    /// Copies of the same check stored under other ids (see ``CheckCopies``), in the order they were
    /// stored: they rank as one, with the candidate's score.
    public var copies: [MatchCandidate] = []
    /// The ranking score (BM25 plus the reranker's features; with ``SemanticReranker``, half that as a
    /// share of the best plus the similarity; comparable within one query only).
    public var score: Double
    /// How much of the query and of the candidate the other covers, from 0 to 1 (comparable across
    /// queries): what the load-time flag's threshold is set on.
    public var confidence: Double
    /// The cosine similarity of the query's and the check's claim's sentence embeddings, when
    /// ``SemanticReranker`` reordered this candidate.
    public var similarity: Double? = nil
}

/// Ranks fact-checks for a text: BM25 over claim and title on the normalised terms of
/// ``MatchText``, then ``MatchReranker`` over the best candidates. Copies of one check (the same
/// claim and title under different ids) are indexed once and rank as one result. Built once for a
/// set of candidates (a session keeps it while the store is unchanged); searching is read-only and
/// thread-safe.
public final class ClaimMatcher: Sendable {
    public let candidates: [MatchCandidate]
    /// The candidates indexed: the first stored of each set of copies.
    private let records: [Int]
    /// For each index in `records`, the later-stored copies of that record.
    private let copies: [[Int]]
    private let documents: [MatchText]
    private let titles: [MatchText?]
    private let index: BM25Index
    private let aliases: NameAliases
    /// Reorders the best candidates by meaning, when a sentence-embedding model is installed (it is
    /// loaded the first time a ranking by meaning needs it).
    public let semantic: SemanticReranker?

    /// How many BM25 candidates the reranker sees.
    static let rerankDepth = 50
    /// The weight of the words of a tweet's signature (its author's name and date) beside its body.
    static let signatureWeight: Float = 0.7
    /// The weight of the name terms (see ``MatchText/names``) beside the words: tuned on the
    /// training queries (MAP@5 as ranked 0.871 without, 0.874 at 0.2, 0.871 at 0.5).
    static let nameWeight: Float = 0.2

    /// `aliases`: the names each known person goes by (the store's speakers), matched as one.
    /// `semantic`: reorders the best candidates by meaning (nil: words only).
    public convenience init(candidates: [MatchCandidate], aliases: NameAliases = .none, semantic: SemanticReranker? = nil) {
        var cache = TermScanner.Cache()
        self.init(candidates: candidates, aliases: aliases, semantic: semantic, words: &cache)
    }

    /// `words`: the words read before, by earlier matchers of the same session.
    init(candidates: [MatchCandidate], aliases: NameAliases, semantic: SemanticReranker?, words cache: inout TermScanner.Cache) {
        self.candidates = candidates
        self.aliases = aliases
        self.semantic = semantic
        let grouped = CheckCopies.group(candidates)
        records = grouped.records
        copies = grouped.copies
        // Each distinct word is normalised and stemmed once for the whole index.
        documents = records.map { MatchText(document: candidates[$0].text, aliases: aliases, cache: &cache) }
        titles = records.map { r in candidates[r].title.map { MatchText(document: $0, aliases: aliases, cache: &cache) } }
        index = BM25Index(documents: zip(documents, titles).map { $0.terms + ($1?.terms ?? []) },
                          unsized: zip(documents, titles).map { $0.names + ($1?.names ?? []) })
    }

    public var count: Int { candidates.count }

    /// The best `limit` candidates for a text, best first (`semantic`: reordered by meaning too,
    /// when the matcher has a ``SemanticReranker``).
    public func rank(_ text: String, limit: Int, semantic useSemantic: Bool = true) -> [MatchResult] {
        let query = MatchText(query: text, aliases: aliases)
        var scores = [Float](repeating: 0, count: records.count)
        var touched: [Int32] = []
        index.accumulate(query.terms, weight: 1, into: &scores, touched: &touched)
        index.accumulate(query.signatureTerms, weight: Self.signatureWeight, into: &scores, touched: &touched)
        index.accumulate(query.names, weight: Self.nameWeight, into: &scores, touched: &touched)
        let depth = max(limit, Self.rerankDepth)
        let top = Self.best(touched, by: scores, count: depth)
        let reranker = MatchReranker(query: query, index: index)
        let ranked = top.map { d -> (record: Int, result: MatchResult) in
            let i = Int(d)
            let features = reranker.features(document: documents[i], title: titles[i])
            return (i, MatchResult(candidate: candidates[records[i]], copies: copies[i].map { candidates[$0] },
                                   score: Double(scores[i]) + features.bonus, confidence: features.confidence))
        }
        // Different checks rarely score exactly alike (the reranker's specificity term tells apart
        // checks with the same words); when they do, the first stored comes first.
        let lexical = ranked.sorted { $0.result.score > $1.result.score || ($0.result.score == $1.result.score && $0.record < $1.record) }
            .map(\.result)
        guard useSemantic, let semantic, !lexical.isEmpty,
              let reranked = rerank(lexical, query: query.readableText, by: semantic) else { return Array(lexical.prefix(limit)) }
        return Array(reranked.prefix(limit))
    }

    /// The best ``SemanticReranker/depth`` of a lexical ranking reordered by their combined scores;
    /// the others after them, in their order, with scores below theirs (nil when the model cannot be loaded).
    private func rerank(_ lexical: [MatchResult], query: String, by semantic: SemanticReranker) -> [MatchResult]? {
        let head = Array(lexical.prefix(SemanticReranker.depth))
        let best = head[0].score
        guard let combined = semantic.scores(query: query, candidates: head.map { ($0.candidate.text, $0.score) }) else { return nil }
        var reordered = zip(head, combined).enumerated().map { i, pair in
            var m = pair.0
            m.score = pair.1.score
            m.similarity = pair.1.similarity
            return (rank: i, result: m)
        }
        reordered.sort { $0.result.score > $1.result.score || ($0.result.score == $1.result.score && $0.rank < $1.rank) }
        // Below every reordered candidate: a similarity takes off at most 1.
        let floor = 1.001
        let rest = lexical.dropFirst(head.count).map { m -> MatchResult in
            var m = m
            m.score = best > 0 ? SemanticReranker.lexicalWeight * m.score / best - floor : -floor
            return m
        }
        return reordered.map(\.result) + rest
    }

    /// The `count` best documents by score, best first (a partial selection, not a full sort).
    private static func best(_ touched: [Int32], by scores: [Float], count: Int) -> [Int32] {
        if touched.count <= count {
            return touched.sorted { scores[Int($0)] > scores[Int($1)] || (scores[Int($0)] == scores[Int($1)] && $0 < $1) }
        }
        // A bounded min-heap of the best so far.
        var heap: [Int32] = []
        heap.reserveCapacity(count)
        func worse(_ a: Int32, _ b: Int32) -> Bool {
            scores[Int(a)] < scores[Int(b)] || (scores[Int(a)] == scores[Int(b)] && a > b)
        }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, worse(heap[l], heap[m]) { m = l }
                if r < heap.count, worse(heap[r], heap[m]) { m = r }
                if m == i { return }
                heap.swapAt(i, m)
                i = m
            }
        }
        for d in touched {
            if heap.count < count {
                heap.append(d)
                var i = heap.count - 1
                while i > 0, worse(heap[i], heap[(i - 1) / 2]) { heap.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
            } else if worse(heap[0], d) {
                heap[0] = d
                siftDown(0)
            }
        }
        return heap.sorted { worse($1, $0) }
    }
}
