import ClaimKit

/// How an earlier check of a claim is told: in load's summary, `claims --matched` and `show`.
enum EarlierCheck {
    /// "repeats a claim ruled false on 2025-03-02 (C1 of D7)" or "was checked by Org: false (2024-05-01) https://…".
    static func text(_ m: MatchResult) -> String {
        let c = m.candidate
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

    static func json(_ m: MatchResult) -> JSONValue { MatchCommand.json(m) }

    /// The claims among `ids` that repeat an earlier check, each with its best match.
    static func find(_ ids: [Int64], in store: any ClaimStore, _ session: Session) throws -> [(claim: ClaimRecord, match: MatchResult)] {
        guard !ids.isEmpty else { return [] }
        let matcher = try session.matching.matcher(for: store)
        guard matcher.count > 0 else { return [] }
        var out: [(claim: ClaimRecord, match: MatchResult)] = []
        for id in ids {
            guard let claim = try store.claim(id: id), !claim.retracted, let m = matcher.earlierCheck(of: claim) else { continue }
            out.append((claim, m))
        }
        return out
    }
}
