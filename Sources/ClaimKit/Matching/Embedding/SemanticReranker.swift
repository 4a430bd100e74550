import Foundation

/// Reorders the lexical matcher's best candidates by meaning: the cosine similarity of the
/// query's embedding with the embedding of each candidate's claim (``SentenceEncoder``), added to
/// half the lexical score scaled by the query's best lexical score. Embeddings are computed when
/// first needed and kept (``EmbeddingCache``), so that the collection is never embedded as a
/// whole: importing stays fast, and a check is embedded the first time it is among a query's
/// best candidates. The model itself is loaded the first time a ranking by meaning asks for it,
/// so that a matcher used by words only (the load-time flag) never loads it.
public final class SemanticReranker: @unchecked Sendable {
    public let cache: EmbeddingCache
    private let lock = NSLock()
    private let load: @Sendable () -> Result<SentenceEncoder, SentenceEncoder.LoadError>
    private var loaded: Result<SentenceEncoder, SentenceEncoder.LoadError>?

    /// How many of the lexical matcher's best candidates are reordered, and the weight of the
    /// lexical score (as a share of the query's best) beside the similarity (weight 1). Set on the
    /// CLEF CheckThat! 2020 training tweets only (MAP@5, copies counted as one: words only 0.878;
    /// depth 10, 15, 20, 30 at weight 0.5: 0.902, 0.908, 0.908, 0.910; weight 0.3, 0.4, 0.5, 0.7
    /// at depth 15: 0.902, 0.906, 0.908, 0.905). The similarity of the check's title as a third
    /// term gained nothing there (0.907 at weight 0.25, 0.905 at 1) and would double the cost.
    public static let depth = 15
    static let lexicalWeight = 0.5

    /// A reranker with its model already loaded.
    public convenience init(encoder: SentenceEncoder, cache: EmbeddingCache = EmbeddingCache()) {
        self.init(model: { .success(encoder) }, cache: cache)
    }

    /// `model`: called once, the first time a ranking by meaning needs the model.
    public init(model: @escaping @Sendable () -> Result<SentenceEncoder, SentenceEncoder.LoadError>, cache: EmbeddingCache = EmbeddingCache()) {
        load = model
        self.cache = cache
    }

    /// The model, loaded on first use; nil when it cannot be loaded (matching is then by words only).
    public var encoder: SentenceEncoder? {
        lock.lock()
        defer { lock.unlock() }
        if loaded == nil { loaded = load() }
        return try? loaded?.get()
    }

    /// Whether the model has been loaded (or tried).
    public var isLoaded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return loaded != nil
    }

    /// The embedding of each text, from the cache or computed (all missing ones in one pass); nil
    /// when the model cannot be loaded.
    public func embeddings(_ texts: [String]) -> [[Float]]? {
        var found = cache.lookup(texts)
        let missing = Array(Set(texts.indices.filter { found[$0] == nil }.map { texts[$0] })).sorted()
        if !missing.isEmpty {
            guard let encoder else { return nil }
            let byText = Dictionary(uniqueKeysWithValues: zip(missing, encoder.embed(missing)))
            cache.store(byText)
            for i in texts.indices where found[i] == nil { found[i] = byText[texts[i]] }
        }
        return found.map { $0 ?? [] }
    }

    /// The combined score of each candidate, lexical share + similarity, and the similarity
    /// (`query`: the text as the matcher reads it, clutter removed); nil when the model cannot be loaded.
    func scores(query: String, candidates: [(claim: String, lexical: Double)]) -> [(score: Double, similarity: Double)]? {
        guard let best = candidates.map(\.lexical).max(), best > 0 else { return candidates.map { ($0.lexical, 0) } }
        guard let vectors = embeddings([query] + candidates.map(\.claim)) else { return nil }
        return zip(candidates, vectors.dropFirst()).map { c, v in
            let similarity = Double(SentenceEncoder.similarity(vectors[0], v))
            return (Self.lexicalWeight * c.lexical / best + similarity, similarity)
        }
    }
}

/// Embeddings by text, kept for the session (and across rebuilds of its matcher), thread-safe.
public final class EmbeddingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var vectors: [String: [Float]] = [:]

    public init() {}

    public var count: Int { lock.lock(); defer { lock.unlock() }; return vectors.count }

    func lookup(_ texts: [String]) -> [[Float]?] {
        lock.lock()
        defer { lock.unlock() }
        return texts.map { vectors[$0] }
    }

    func store(_ new: [String: [Float]]) {
        lock.lock()
        defer { lock.unlock() }
        vectors.merge(new) { a, _ in a }
    }
}
