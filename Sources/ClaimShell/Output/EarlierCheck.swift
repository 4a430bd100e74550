import ClaimKit

/// How an earlier check of a claim is told: in load's summary, `claims --matched` and `show`.
enum EarlierCheck {
    static func text(_ m: MatchResult) -> String { m.earlierCheckText }

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
