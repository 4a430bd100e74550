import ClaimKit

/// `stats` counts what the store holds.
struct StatsCommand: ShellCommand {
    let name = "stats"
    let summary = "counts of documents, claims, speakers, evidence and verdicts"
    let usage = "stats"

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let s = try session.storeForReading().stats()
        var pairs: [(String, JSONValue)] = [
            ("store", .string(session.settings.storePath)), ("exists", .bool(session.storeExists)),
            ("documents", .int(s.documents)), ("claims", .int(s.claims)), ("speakers", .int(s.speakers)),
            ("evidence", .int(s.evidence)), ("verdicts", .int(s.verdicts)), ("journal_entries", .int(s.journalEntries)),
            ("schema_version", .int(s.schemaVersion)),
        ]
        pairs.append(("claims_by_kind", .object(s.claimsByKind.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })))
        pairs.append(("claims_by_status", .object(s.claimsByStatus.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })))
        var text = "store      \(session.settings.storePath)\(session.storeExists ? "" : " (not created yet)")\n"
        text += "documents  \(s.documents)\nclaims     \(s.claims)"
        if !s.claimsByKind.isEmpty {
            text += " (" + ClaimKind.allCases.compactMap { k in s.claimsByKind[k.rawValue].map { "\($0) \(k.rawValue)" } }
                .joined(separator: ", ") + ")"
        }
        text += "\nspeakers   \(s.speakers)\nevidence   \(s.evidence)\nverdicts   \(s.verdicts)\njournal    \(s.journalEntries) entries"
        if !s.claimsByStatus.isEmpty {
            text += "\nstatus     " + s.claimsByStatus.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        }
        try emit(record: text, json: .object(pairs), args, session)
    }
}
