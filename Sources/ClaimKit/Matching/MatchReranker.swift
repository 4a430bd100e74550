/// Features of one (query, candidate) pair beyond BM25, for the candidates BM25 ranked best:
/// how much of the query's weight (idf) the candidate covers, and how many of the query's word
/// pairs it has in the same order. Weights tuned on the training queries by coordinate ascent on
/// MAP@5 (the number and name overlaps were tried too and earned no weight there).
struct MatchReranker {
    static let coverageWeight = 2.0
    static let wordOrderWeight = 0.1

    struct Features {
        /// What the reranker adds to the BM25 score.
        var bonus: Double
        /// sqrt(query coverage × candidate coverage), both idf-weighted, in 0...1.
        var confidence: Double
    }

    private let terms: Set<String>
    private let pairs: Set<Pair>
    private let idf: [String: Float]
    private let queryWeight: Float
    private let index: BM25Index

    private struct Pair: Hashable {
        var a: String
        var b: String
    }

    init(query: MatchText, index: BM25Index) {
        self.index = index
        terms = Set(query.terms)
        pairs = Self.pairs(query.terms)
        var idf: [String: Float] = [:]
        for t in terms { idf[t] = index.idf(t) }
        self.idf = idf
        queryWeight = idf.values.reduce(0, +)
    }

    private static func pairs(_ terms: [String]) -> Set<Pair> {
        guard terms.count > 1 else { return [] }
        return Set((1..<terms.count).map { Pair(a: terms[$0 - 1], b: terms[$0]) })
    }

    func features(document: MatchText, title: MatchText?) -> Features {
        let docTerms = Set(document.terms + (title?.terms ?? []))
        var common: Float = 0
        var docWeight: Float = 0
        for t in docTerms {
            let w = idf[t] ?? index.idf(t)
            docWeight += w
            if terms.contains(t) { common += w }
        }
        let queryCoverage = queryWeight > 0 ? Double(common / queryWeight) : 0
        let documentCoverage = docWeight > 0 ? Double(common / docWeight) : 0
        let order = Self.pairs(document.terms).union(Self.pairs(title?.terms ?? [])).intersection(pairs).count
        return Features(bonus: Self.coverageWeight * queryCoverage + Self.wordOrderWeight * Double(order),
                        confidence: (queryCoverage * documentCoverage).squareRoot())
    }
}
