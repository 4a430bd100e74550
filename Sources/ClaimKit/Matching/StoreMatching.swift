import Foundation

/// The matcher over a store's prior checks and its own claims that have a current verdict, built
/// once and kept while the store's journal head stays where it was (any change to the store
/// appends to the journal, so a kept matcher is never stale). When the sentence-embedding model is
/// installed (``InstalledModel``), the matcher reorders its best candidates by meaning too, and
/// the embeddings computed are kept across rebuilds.
public final class StoreMatching: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: (location: String, head: Int64, matcher: ClaimMatcher)?
    private let embeddings = EmbeddingCache()
    private let model: @Sendable () -> Result<SentenceEncoder, SentenceEncoder.LoadError>
    private var noticeGiven = false

    /// `model`: the sentence-embedding model, loaded the first time a match by meaning needs it (by
    /// default the installed one, loaded once per process): never by `load`'s flag, which matches by
    /// words only.
    public init(model: @escaping @Sendable () -> Result<SentenceEncoder, SentenceEncoder.LoadError> = { InstalledModel.shared }) {
        self.model = model
    }

    /// Why matching is by words only, the first time it is asked while the model cannot be loaded
    /// (nil after that, and whenever the model is there): to be said once per session. Asking loads
    /// the model, as the match that follows needs it.
    public func wordsOnlyNotice(for matcher: ClaimMatcher) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard matcher.count > 0, !noticeGiven, case .failure(let reason) = model() else { return nil }
        noticeGiven = true
        return "matching by words only: \(reason.description)"
    }

    public func matcher(for store: any ClaimStore) throws -> ClaimMatcher {
        let head = try store.journal(JournalFilter(limit: 1)).last?.seq ?? 0
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.location == store.location, cached.head == head { return cached.matcher }
        let candidates = try Self.candidates(store)
        let semantic = candidates.isEmpty ? nil : SemanticReranker(model: model, cache: embeddings)
        let matcher = ClaimMatcher(candidates: candidates, aliases: try Self.aliases(store), semantic: semantic)
        cached = (store.location, head, matcher)
        return matcher
    }

    /// The names each of the store's people goes by (a speaker's name and aliases; groups and
    /// anonymous sources are not people one names).
    public static func aliases(_ store: any ClaimStore) throws -> NameAliases {
        let people = try store.speakers().filter { $0.mergedInto == nil && !$0.aliases.isEmpty
            && !SpeakerRecord.isDocumentLocal(kind: $0.kind, name: $0.name) }
        return NameAliases(groups: people.map { [$0.name] + $0.aliases })
    }

    /// Every prior check, then every claim with a current verdict (not retracted).
    public static func candidates(_ store: any ClaimStore) throws -> [MatchCandidate] {
        var out = try (store as? any PriorCheckStore)?.priorChecks().map(\.candidate) ?? []
        let current = try store.verdicts(claimID: nil).filter(\.current)
        guard !current.isEmpty else { return out }
        // A few verdicts: their claims one by one; many: every claim at once.
        var claims: [Int64: ClaimRecord] = [:]
        if current.count < 200 {
            for v in current { claims[v.claimID] = try store.claim(id: v.claimID) }
        } else {
            claims = Dictionary(try store.claims(ClaimFilter()).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let documents = Dictionary(try store.documents().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for verdict in current {
            guard let claim = claims[verdict.claimID], !claim.retracted else { continue }
            let document = claim.documentID.flatMap { documents[$0] }
            out.append(MatchCandidate(kind: .claim, id: claim.ref, text: claim.statement, rating: verdict.rating,
                                      checkedBy: verdict.author, checkedAt: String(verdict.ruledAt.prefix(10)),
                                      url: document?.url, document: document?.ref))
        }
        return out
    }
}

extension ClaimMatcher {
    /// The confidence from which a claim's best match is flagged as an earlier check of it.
    /// Calibrated on the CLEF CheckThat! 2020 training tweets (never on dev or test): at 0.40 the
    /// flagged best match is the right fact-check for 98% of flagged tweets and 38% of the tweets
    /// are flagged; with each tweet's own fact-check taken out of the collection, 11% of tweets
    /// still clear it (a related check on the same topic). 0.45 would flag 29% at 99% and 8%.
    public static let repeatThreshold = 0.40

    /// The earlier check a claim repeats: its best match other than itself, when it clears
    /// ``repeatThreshold``. By words only: the threshold is set on the lexical confidence, and
    /// loading an article stays fast.
    public func earlierCheck(of claim: ClaimRecord) -> MatchResult? {
        guard let best = rank(claim.statement, limit: 2, semantic: false).first(where: { $0.candidate.id != claim.ref }),
              best.confidence >= Self.repeatThreshold else { return nil }
        return best
    }
}

extension MatchResult {
    /// The earlier check in words: "repeats a claim ruled false on 2025-03-02 (C1 of D7)", or
    /// "was checked by Org: false (2024-05-01) · https://…".
    public var earlierCheckText: String {
        let c = candidate
        let rating = c.rating ?? "no rating"
        switch c.kind {
        case .claim:
            let whereFrom = c.document.map { "\(c.id) of \($0)" } ?? c.id
            return "repeats a claim ruled \(rating)\(c.checkedAt.map { " on \($0)" } ?? "") (\(whereFrom))"
        case .prior:
            var s = "was checked by \(c.checkedBy ?? "another organisation"): \(rating)"
            if let at = c.checkedAt { s += " (\(at))" }
            s += " · \(c.url ?? "prior check \(c.id)")"
            return s
        }
    }
}
