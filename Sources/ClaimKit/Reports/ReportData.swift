import Foundation

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

    /// A claim taken back, with the journal's record of why (a correction a report must list).
    public struct Retraction: Sendable {
        public var claim: ClaimRecord
        public var at: String
        public var author: String
        public var because: String
    }

    public var documents: [DocumentItem]
    public var speakers: [SpeakerRecord]
    public var scale: RatingScale
    public var journalEntries: Int
    public var journalHead: String
    /// Retracted claims of the documents covered, oldest first.
    public var retractions: [Retraction] = []
    /// The UTC day of the journal's last entry: the state the report shows (so the same store
    /// always gives the same report).
    public var asOf: String = ""

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
        var all = try store.claims(filter)
        if let ids = selection.claimIDs { all = all.filter { ids.contains($0.id) } }
        let claims = all.filter { !$0.retracted || selection.status == "retracted" }
        var retractions: [Retraction] = []
        for c in all where c.retracted && selection.status != "retracted" {
            guard let (entry, reason) = try retraction(of: c, in: store) else { continue }
            var because = ""
            if case .string(let text)? = reason { because = text }
            retractions.append(Retraction(claim: c, at: entry.at, author: entry.author, because: because))
        }
        var evidenceByClaim: [Int64: [EvidenceRecord]] = [:]
        for e in try store.evidence(claimID: nil) { evidenceByClaim[e.claimID, default: []].append(e) }
        var verdictsByClaim: [Int64: [VerdictRecord]] = [:]
        for v in try store.verdicts(claimID: nil) { verdictsByClaim[v.claimID, default: []].append(v) }
        let docs = try store.documents()
        var items: [DocumentItem] = []
        for listed in docs where selection.documentID == nil || listed.id == selection.documentID {
            let mine = claims.filter { $0.documentID == listed.id }
            // The text, for the passage around each claim.
            let doc = mine.isEmpty ? listed : try store.document(id: listed.id, withText: true) ?? listed
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
        let matcher = ClaimMatcher(candidates: try StoreMatching.candidates(store), aliases: try StoreMatching.aliases(store))
        if matcher.count > 0 {
            for d in items.indices {
                for c in items[d].claims.indices { items[d].claims[c].earlierCheck = matcher.earlierCheck(of: items[d].claims[c].claim) }
            }
        }
        let head = try store.journal(JournalFilter(limit: 1)).last
        return ReportData(documents: items, speakers: try store.speakers(), scale: try store.scale(),
                          journalEntries: Int(head?.seq ?? 0), journalHead: head?.hash ?? JournalEntry.genesis,
                          retractions: retractions, asOf: String((head?.at ?? "").prefix(10)))
    }

    /// The journal entry that retracted `c`, and the reason it gives (the reason lives only there).
    public static func retraction(of c: ClaimRecord, in store: any ClaimStore) throws -> (entry: JournalEntry, reason: JSONValue?)? {
        guard c.retracted, let entry = try store.journal(JournalFilter(id: c.ref)).last(where: { $0.action == "claim.retract" }) else {
            return nil
        }
        return (entry, JSONValue.parse(entry.payload)?["change"]?["because"])
    }

    /// A statement cut to 160 characters, for a one-line listing.
    public static func short(_ s: String) -> String { s.count > 160 ? String(s.prefix(159)) + "…" : s }

    /// How the claim was made: its cue and to whom ("assured", "told Farnaz Fassihi"), or
    /// "as the article's own assertion".
    public static func howSaid(_ c: ClaimRecord) -> String {
        var how = c.kind == .assertion ? "as the article's own assertion" : (c.cue ?? c.kind.rawValue)
        if let r = c.recipient { how += (c.cue?.hasSuffix(" to") == true ? " " : " to ") + r }
        return how
    }

    /// The claims with a verdict, the ones a published fact-check is about.
    public var checkedClaims: [ClaimItem] { allClaims.filter { !$0.verdicts.isEmpty } }

    /// Who checked: the authors of the verdicts and evidence on `claims`, in order of first ruling.
    public func checkers(_ claims: [ClaimItem]) -> [String] {
        var seen: [String] = []
        for item in claims {
            for name in item.verdicts.map(\.author) + item.evidence.filter({ !$0.withdrawn }).map(\.author) where !seen.contains(name) {
                seen.append(name)
            }
        }
        return seen
    }

    /// The line under a report's headline: who checked, as of when, how many documents.
    public func dateline(_ shown: [ClaimItem]) -> String {
        var parts: [String] = []
        let checkers = checkers(shown)
        if !checkers.isEmpty { parts.append("Checked by \(checkers.joined(separator: ", "))") }
        if !asOf.isEmpty { parts.append(asOf) }
        let docs = documents.compactMap(\.document).count
        if docs > 0 { parts.append("\(docs) document\(docs == 1 ? "" : "s") covered") }
        return parts.joined(separator: " · ")
    }

    /// Verdicts a later one replaced, newest claim last: corrections a report lists.
    public func supersededVerdicts(_ claims: [ClaimItem]) -> [(claim: ClaimItem, verdict: VerdictRecord, by: VerdictRecord)] {
        claims.flatMap { item in
            zip(item.verdicts, item.verdicts.dropFirst()).map { (item, $0, $1) }
        }
    }

    /// The paragraph a claim stands in (blank-line separated), split around the claim's span:
    /// text before, the claim, text after. Nil without a span or text.
    public static func passage(_ c: ClaimRecord, in document: DocumentRecord?) -> (before: String, claim: String, after: String)? {
        guard let span = c.span, let text = document?.text else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard span.start >= 0, span.end <= scalars.count, span.start < span.end else { return nil }
        func isBreak(_ i: Int) -> Bool { i + 1 < scalars.count && scalars[i] == "\n" && scalars[i + 1] == "\n" }
        var start = span.start
        while start > 0 && !(start >= 2 && isBreak(start - 2)) { start -= 1 }
        var end = span.end
        while end < scalars.count && !isBreak(end) { end += 1 }
        func string(_ range: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[range])
            return String(s)
        }
        return (string(start..<span.start), string(span.start..<span.end),
                string(span.end..<end).trimmingCharacters(in: .newlines))
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
    /// Where a claim's date came from, in words: `carried from "Five weeks later" in ¶3`,
    /// `from "on Saturday" in ¶2`, `the publication day ("today")`, `set by hand`; the bare
    /// expression in quotes when the store does not know (claims stored before it kept this).
    public static func dateOrigin(_ c: ClaimRecord) -> String? {
        guard let text = c.when?.text ?? c.whenText else { return nil }
        let place = c.dateParagraph.map { " in ¶\($0)" } ?? ""
        switch c.dateSource {
        case .explicit: return "from \"\(text)\"\(place)"
        case .carried: return "carried from \"\(text)\"\(place)"
        case .publication: return "the publication day (\"\(text)\"\(place))"
        case .edited: return "set by hand"
        case nil: return "\"\(text)\""
        }
    }

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
