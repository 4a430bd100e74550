/// Features of one (query, candidate) pair beyond BM25, for the candidates BM25 ranked best:
/// how much of the query's weight (idf) the candidate covers, and how many of the query's word
/// pairs it has in the same order. Weights tuned on the training queries by coordinate ascent on
/// MAP@5 (the number and name overlaps were tried too and earned no weight there).
struct MatchReranker {
    static let coverageWeight = 2.0
    static let wordOrderWeight = 0.1
    /// Too small to reorder anything else: between two checks that score alike, the one more of whose
    /// words the query covers (the more specific match) comes first, a real difference rather than
    /// the order they were stored in.
    static let specificityWeight = 0.001

    struct Features {
        /// What the reranker adds to the BM25 score.
        var bonus: Double
        /// sqrt(query coverage × candidate coverage), both idf-weighted, in 0...1.
        var confidence: Double
    }

    private let terms: Set<String>
    private let pairs: Set<Pair>
    private let idf: [String: Double]
    private let queryWeight: Double
    private let index: BM25Index

    private struct Pair: Hashable {
        var a: String
        var b: String
    }

    init(query: MatchText, index: BM25Index) {
        self.index = index
        terms = Set(query.terms)
        pairs = Self.pairs(query.terms)
        var idf: [String: Double] = [:]
        var weight = 0.0
        // Summed in the text's order, never a set's: the same query always scores the same.
        for t in Self.distinct(query.terms) {
            let w = Double(index.idf(t))
            idf[t] = w
            weight += w
        }
        self.idf = idf
        queryWeight = weight
    }

    /// Each term once, in the order of first occurrence.
    private static func distinct(_ terms: [String]) -> [String] {
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    private static func pairs(_ terms: [String]) -> Set<Pair> {
        guard terms.count > 1 else { return [] }
        return Set((1..<terms.count).map { Pair(a: terms[$0 - 1], b: terms[$0]) })
    }

    func features(document: MatchText, title: MatchText?) -> Features {
        var common = 0.0
        var docWeight = 0.0
        for t in Self.distinct(document.terms + (title?.terms ?? [])) {
            let w = idf[t] ?? Double(index.idf(t))
            docWeight += w
            if terms.contains(t) { common += w }
        }
        let queryCoverage = queryWeight > 0 ? common / queryWeight : 0
        let documentCoverage = docWeight > 0 ? common / docWeight : 0
        let order = Self.pairs(document.terms).union(Self.pairs(title?.terms ?? [])).intersection(pairs).count
        return Features(bonus: Self.coverageWeight * queryCoverage + Self.wordOrderWeight * Double(order)
                            + Self.specificityWeight * documentCoverage,
                        confidence: (queryCoverage * documentCoverage).squareRoot())
    }
}
