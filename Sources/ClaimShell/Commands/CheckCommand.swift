import ClaimKit

/// `check [--strict]`: a pre-publication summary. The journal must verify; claims without a
/// verdict, verdicts that cite no evidence and withdrawn evidence that a current verdict still
/// cites are listed, and with `--strict` any of them fails the check.
struct CheckCommand: ShellCommand {
    let name = "check"
    let summary = "pre-publication summary; --strict fails on unruled claims or weak verdicts"
    let usage = "check [--strict] [--doc ID]"
    static let strict = ShellFlag("--strict", help: "fail when anything is listed")
    static let document = ShellOption.documentID(help: "only this document's claims")
    var options: [OptionSpec] {
        [Self.strict.spec, Self.document.spec]
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let store = try session.storeForReading()
        let verification = try store.verifyJournal()
        if let failure = verification.failure { throw ShellError("check failed: \(failure)") }
        var filter = ClaimFilter()
        filter.documentID = try args[Self.document]
        let claims = try store.claims(filter).filter { !$0.retracted }
        let ids = Set(claims.map(\.id))
        let current = try store.verdicts(claimID: nil).filter { $0.current && ids.contains($0.claimID) }
        let withdrawn = Set(try store.evidence(claimID: nil).filter(\.withdrawn).map(\.id))
        let open = claims.filter { $0.status == "unchecked" || $0.status == "in-progress" }
        let uncited = current.filter { $0.cites.isEmpty }
        let stale = current.filter { !$0.cites.filter(withdrawn.contains).isEmpty }
        func list(_ refs: [String]) -> String { refs.prefix(3).joined(separator: " ") + (refs.count > 3 ? " …" : "") }
        var problems: [String] = []
        if !open.isEmpty { problems.append("\(open.count) claim\(open.count == 1 ? " has" : "s have") no verdict (\(list(open.map(\.ref))))") }
        if !uncited.isEmpty { problems.append("\(uncited.count) verdict\(uncited.count == 1 ? " cites" : "s cite") no evidence (\(list(uncited.map { "\($0.ref) on C\($0.claimID)" })))") }
        if !stale.isEmpty { problems.append("\(stale.count) verdict\(stale.count == 1 ? " cites" : "s cite") withdrawn evidence (\(list(stale.map(\.ref))))") }
        let summary = "journal intact (\(verification.entries) entries), \(claims.count - open.count) of \(claims.count) claims ruled"
        if args[Self.strict] && !problems.isEmpty {
            throw ShellError("check failed: " + problems.joined(separator: "; "))
        }
        session.console.line("check: " + summary)
        for p in problems { session.console.line("  " + p) }
    }
}
