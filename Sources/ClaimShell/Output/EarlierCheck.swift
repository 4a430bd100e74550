import ClaimKit

/// How an earlier check of a claim is told: in load's summary, `claims --matched` and `show`.
enum EarlierCheck {
    static func text(_ m: MatchResult) -> String { m.earlierCheckText }

    static func json(_ m: MatchResult) -> JSONValue { MatchCommand.json(m) }

    /// The claims among `ids` that repeat an earlier check, each with its best match.
    static func find(_ ids: [Int64], in store: any ClaimStore, _ session: Session) throws -> [(claim: ClaimRecord, match: MatchResult)] {
        guard !ids.isEmpty else { return [] }
        return try session.matching.earlierChecks(of: ids.compactMap { try store.claim(id: $0) }, in: store)
    }
}
