/// Everything a report shows, gathered from the store in a fixed order so that the same store
/// always gives the same report.
public struct ReportData: Sendable {
    public struct ClaimItem: Sendable {
        public var claim: ClaimRecord
        public var evidence: [EvidenceRecord]
        /// Oldest first; the last is the current verdict.
        public var verdicts: [VerdictRecord]
        public var current: VerdictRecord? { verdicts.last }
        /// The earlier fact-check this claim repeats (a prior check, or another claim's verdict), if any.
        public var earlierCheck: MatchResult? = nil
    }

    public struct DocumentItem: Sendable {
        public var document: DocumentRecord?
        public var claims: [ClaimItem]
    }

    public var documents: [DocumentItem]
    public var speakers: [SpeakerRecord]
    public var scale: RatingScale
    public var journalEntries: Int
    public var journalHead: String

    public var allClaims: [ClaimItem] { documents.flatMap(\.claims) }

    public struct Selection: Sendable {
        public var documentID: Int64?
        public var claimIDs: Set<Int64>?
        public var status: String?

        public init(documentID: Int64? = nil, claimIDs: Set<Int64>? = nil, status: String? = nil) {
            self.documentID = documentID
            self.claimIDs = claimIDs
            self.status = status
        }
    }

    public static func gather(from store: any ClaimStore, _ selection: Selection = Selection()) throws -> ReportData {
        var filter = ClaimFilter()
        filter.documentID = selection.documentID
        filter.status = selection.status
        var claims = try store.claims(filter).filter { !$0.retracted || selection.status == "retracted" }
        if let ids = selection.claimIDs { claims = claims.filter { ids.contains($0.id) } }
        var evidenceByClaim: [Int64: [EvidenceRecord]] = [:]
        for e in try store.evidence(claimID: nil) { evidenceByClaim[e.claimID, default: []].append(e) }
        var verdictsByClaim: [Int64: [VerdictRecord]] = [:]
        for v in try store.verdicts(claimID: nil) { verdictsByClaim[v.claimID, default: []].append(v) }
        let docs = try store.documents()
        var items: [DocumentItem] = []
        for doc in docs where selection.documentID == nil || doc.id == selection.documentID {
            let mine = claims.filter { $0.documentID == doc.id }
            if mine.isEmpty && (selection.claimIDs != nil || selection.status != nil) { continue }
            items.append(DocumentItem(document: doc, claims: mine.map {
                ClaimItem(claim: $0, evidence: evidenceByClaim[$0.id] ?? [], verdicts: verdictsByClaim[$0.id] ?? [])
            }))
        }
        let loose = claims.filter { $0.documentID == nil }
        if !loose.isEmpty && selection.documentID == nil {
            items.append(DocumentItem(document: nil, claims: loose.map {
                ClaimItem(claim: $0, evidence: evidenceByClaim[$0.id] ?? [], verdicts: verdictsByClaim[$0.id] ?? [])
            }))
        }
        // Claims that repeat an earlier check say so (matched against prior checks and verdicts).
        let matcher = ClaimMatcher(candidates: try StoreMatching.candidates(store))
        if matcher.count > 0 {
            for d in items.indices {
                for c in items[d].claims.indices { items[d].claims[c].earlierCheck = matcher.earlierCheck(of: items[d].claims[c].claim) }
            }
        }
        let head = try store.journal(JournalFilter(limit: 1)).last
        return ReportData(documents: items, speakers: try store.speakers(), scale: try store.scale(),
                          journalEntries: Int(head?.seq ?? 0), journalHead: head?.hash ?? JournalEntry.genesis)
    }

    /// Claims per current rating (or status), in the scale's order, then unchecked and in-progress.
    public func summary(_ claims: [ClaimItem]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for c in claims { counts[c.claim.status, default: 0] += 1 }
        let order = scale.ratings.map(\.name) + ["in-progress", "unchecked"]
        var out = order.compactMap { name in counts.removeValue(forKey: name).map { (name, $0) } }
        out += counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return out
    }

    /// The short date label of a claim: 2025-04-12, 2025-04, 2025, or a range.
    public static func dateLabel(_ w: TimeResolution?) -> String? {
        guard let w else { return nil }
        switch w.grain {
        case .day where w.start == w.end: return w.start.description
        case .month where w.start.day == 1 && w.end == w.start.adding(months: 1).adding(days: -1):
            return String(w.start.description.prefix(7))
        case .year where w.start.month == 1 && w.start.day == 1 && w.end.month == 12 && w.end.day == 31 && w.start.year == w.end.year:
            return String(w.start.year)
        default: return "\(w.start) – \(w.end)"
        }
    }

    /// "Abbas Araqchi (Iranian Foreign Minister)"; with `members`, a group also names who is in it.
    public static func speakerLabel(_ c: ClaimRecord, unknown: String = "unknown", members: Bool = false) -> String {
        var label = c.speakerName ?? unknown
        if let role = c.speakerRole, !role.isEmpty { label += " (\(role))" }
        if members && !c.members.isEmpty { label += " (\(c.members.joined(separator: ", ")))" }
        return label
    }
}
