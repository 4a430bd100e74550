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
    /// What narrowed lookups keep while the store is unchanged: its people's names and each
    /// claim's earlier check (nil: none); and the words read, whatever the store.
    private var narrowed: (location: String, head: Int64, aliases: NameAliases, found: [Int64: MatchResult?])?
    private var wordsRead = TermScanner.Cache()

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

    /// Up to how many verdicts and how many prior checks the earlier checks of claims are looked for
    /// in the whole matcher (built once and kept while the store is unchanged). Above it, a few
    /// claims (``narrowedClaims``, as `show` and `load` ask) are matched against only the prior
    /// checks and checked claims that the full-text indexes find for their words (``claimsPerWord``
    /// for each word, the newest): building the whole matcher reads and indexes every check, 0.17 s
    /// for 10,000 and 2.4 s for 100,000 in a process of its own. A claim that repeats a check shares
    /// its rarer words, which find it; the word weights are then those of the candidates found, so a
    /// confidence near the threshold may fall the other way than in the whole matcher.
    public let wholeMatcherChecks: Int
    /// How many checked claims, and how many prior checks, a narrowed lookup reads for each word of a claim.
    public static let claimsPerWord = 64
    /// Up to how many claims at once are looked up narrowed; more build the whole matcher.
    public static let narrowedClaims = 50

    /// `model`: the sentence-embedding model, loaded the first time a match by meaning needs it (by
    /// default the installed one, loaded once per process): never by `load`'s flag, which matches by
    /// words only. `wholeMatcherChecks`: see the property (2,000 unless a test says otherwise).
    public init(model: @escaping @Sendable () -> Result<SentenceEncoder, SentenceEncoder.LoadError> = { InstalledModel.shared },
                wholeMatcherChecks: Int = 2_000) {
        self.model = model
        self.wholeMatcherChecks = wholeMatcherChecks
    }

    /// The whole matcher over the store's prior checks and checked claims, kept while the
    /// store's journal head stays where it was.
    public func matcher(for store: any ClaimStore) throws -> ClaimMatcher {
        try matcher(for: store, head: try Self.head(of: store))
    }

    private func matcher(for store: any ClaimStore, head: Int64) throws -> ClaimMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.location == store.location, cached.head == head { return cached.matcher }
        let candidates = try Self.candidates(store)
        let semantic = candidates.isEmpty ? nil : SemanticReranker(model: model, cache: embeddings)
        let matcher = ClaimMatcher(candidates: candidates, aliases: try Self.aliases(store), semantic: semantic)
        cached = (store.location, head, matcher)
        return matcher
    }

    /// The claims that repeat an earlier check, each with its best match (``ClaimMatcher/earlierCheck(of:)``),
    /// from the whole matcher or, for a few claims in a store of many verdicts or prior checks, narrowed (see
    /// ``wholeMatcherChecks``).
    public func earlierChecks(of claims: [ClaimRecord], in store: any ClaimStore) throws -> [(claim: ClaimRecord, match: MatchResult)] {
        let live = claims.filter { !$0.retracted }
        guard !live.isEmpty else { return [] }
        let head = try Self.head(of: store)
        guard let checks = store as? any MatchingStore, live.count <= Self.narrowedClaims, !isCached(store, head: head),
              try checks.verdictCount(exceeds: wholeMatcherChecks) || checks.priorCheckCount(exceeds: wholeMatcherChecks) else {
            let matcher = try self.matcher(for: store, head: head)
            guard matcher.count > 0 else { return [] }
            return live.compactMap { claim in matcher.earlierCheck(of: claim).map { (claim, $0) } }
        }
        return try narrowedEarlierChecks(of: live, in: checks, head: head)
    }

    /// The earlier checks of a few claims among the prior checks and the checked claims that share
    /// their words, each claim's kept while the store is unchanged.
    private func narrowedEarlierChecks(of claims: [ClaimRecord], in store: any MatchingStore, head: Int64) throws
        -> [(claim: ClaimRecord, match: MatchResult)] {
        lock.lock()
        defer { lock.unlock() }
        if narrowed?.location != store.location || narrowed?.head != head {
            narrowed = (store.location, head, try Self.aliases(store), [:])
        }
        if wordsRead.count > 200_000 { wordsRead.removeAll() }
        let unknown = claims.filter { narrowed?.found[$0.id] == nil }
        if !unknown.isEmpty, let aliases = narrowed?.aliases {
            let words = unknown.flatMap { Self.searchWords(MatchText(document: $0.statement, aliases: .none, cache: &wordsRead)) }
            let candidates = try store.priorChecks(withWords: words, perWord: Self.claimsPerWord).map(\.candidate)
                + store.checkedClaims(withWords: words, perWord: Self.claimsPerWord)
            let matcher = ClaimMatcher(candidates: candidates, aliases: aliases, semantic: nil, words: &wordsRead)
            for claim in unknown { narrowed?.found[claim.id] = .some(matcher.count > 0 ? matcher.earlierCheck(of: claim) : nil) }
        }
        return claims.compactMap { claim in (narrowed?.found[claim.id] ?? nil).map { (claim, $0) } }
    }

    /// A text's terms as word beginnings for the full-text indexes: a stem the stemmer ended in
    /// "y" ("studies" -> "study") is cut before it, so that it begins every form ("stud").
    static func searchWords(_ text: MatchText) -> [String] {
        text.terms.map { $0.count > 4 && $0.hasSuffix("y") ? String($0.dropLast()) : $0 }
    }

    /// The sequence number of the store's newest journal entry (0 for none): any change moves it.
    private static func head(of store: any ClaimStore) throws -> Int64 {
        try store.journal(JournalFilter(limit: 1)).last?.seq ?? 0
    }

    /// Whether the whole matcher of the store as it is now is at hand.
    private func isCached(_ store: any ClaimStore, head: Int64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cached.map { $0.location == store.location && $0.head == head } ?? false
    }

    /// The names each of the store's people goes by (a speaker's name and aliases; groups and
    /// anonymous sources are not people one names).
    public static func aliases(_ store: any ClaimStore) throws -> NameAliases {
        guard let people = store as? any MatchingStore else { return .none }
        return NameAliases(groups: try people.peopleWithAliases())
    }

    /// Every prior check, then every claim with a current verdict (not retracted).
    public static func candidates(_ store: any ClaimStore) throws -> [MatchCandidate] {
        guard let checks = store as? any MatchingStore else { return [] }
        return try checks.priorChecks().map(\.candidate) + checks.checkedClaims()
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
