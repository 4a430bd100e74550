import ClaimKit

/// `expect ...` asserts a fact about the store, for scripted checks: a batch that runs it fails
/// (exit 1) when the fact does not hold.
struct ExpectCommand: ShellCommand {
    let name = "expect"
    let summary = "assert a fact in a batch check (fails the batch when it does not hold)"
    let usage = """
        expect verdict CLAIM RATING
               expect status CLAIM STATUS
               expect claims [--by SPEAKER] [--doc ID] [--kind KIND] [--status STATUS] count N
               expect log verified
        """
    let details = """
        Examples:
          expect verdict C6 mostly-true
          expect claims --by Pezeshkian count 3
          expect claims --status unchecked count 0
          expect log verified
        """
    var options: [OptionSpec] { ClaimsCommand().options.filter { $0.name != "--limit" } }
    var positionalCompletion: [CompletionKind] { [.values(["verdict", "status", "claims", "log"]), .claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        let store = try session.storeForReading()
        let what = try args.positional(0, "what to expect: verdict, status, claims or log", usage: usage).lowercased()
        switch what {
        case "verdict", "status":
            try args.expectPositionals(max: 3, usage: usage)
            let id = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
            let want = try args.positional(2, what == "verdict" ? "RATING" : "STATUS", usage: usage).lowercased()
            guard let claim = try store.claim(id: id) else { throw ShellError.expectation("no claim C\(id)") }
            let have = claim.retracted ? "retracted" : claim.status
            if have != want {
                throw ShellError.expectation("C\(id) is \(have), expected \(want)")
            }
        case "claims":
            // `expect claims [filters] count N` (also `expect claims N [filters]`).
            var words = Array(args.positionals.dropFirst())
            if words.first?.lowercased() == "count" { words.removeFirst() }
            guard words.count == 1 else { throw ShellError("expect claims needs one count: expect claims [filters] count N", usage: usage) }
            let text = words[0]
            guard let want = Int(text) else { throw ShellError("expect claims needs a number, not \(text)") }
            var filter = ClaimFilter()
            filter.speaker = args.value("--by")
            if let doc = args.value("--doc") { filter.documentID = try Identifier.parse(doc, prefix: "D") }
            if let kind = args.value("--kind") { filter.kind = ClaimKind(rawValue: kind.lowercased()) }
            filter.status = args.value("--status")?.lowercased()
            let have = try store.claims(filter).count
            if have != want { throw ShellError.expectation("\(have) claims, expected \(want)") }
        case "log":
            try args.expectPositionals(max: 2, usage: usage)
            guard args.positionals.count == 2, args.positionals[1].lowercased() == "verified" else {
                throw ShellError("expect log takes one word: verified", usage: usage)
            }
            if let failure = try store.verifyJournal().failure { throw ShellError.expectation(failure) }
        default:
            throw ShellError("cannot expect \(what) (verdict, status, claims or log)", usage: usage)
        }
    }
}

/// `check [--strict]`: a pre-publication summary. The journal must verify; claims without a
/// verdict, verdicts that cite no evidence and withdrawn evidence that a current verdict still
/// cites are listed, and with `--strict` any of them fails the check.
struct CheckCommand: ShellCommand {
    let name = "check"
    let summary = "pre-publication summary; --strict fails on unruled claims or weak verdicts"
    let usage = "check [--strict] [--doc ID]"
    var options: [OptionSpec] {
        [OptionSpec("--strict", help: "fail when anything is listed"),
         OptionSpec("--doc", value: "ID", completion: .documentID, help: "only this document's claims")]
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let store = try session.storeForReading()
        let verification = try store.verifyJournal()
        if let failure = verification.failure { throw ShellError("check failed: \(failure)") }
        var filter = ClaimFilter()
        if let doc = args.value("--doc") { filter.documentID = try Identifier.parse(doc, prefix: "D") }
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
        if args.has("--strict") && !problems.isEmpty {
            throw ShellError("check failed: " + problems.joined(separator: "; "))
        }
        session.console.line("check: " + summary)
        for p in problems { session.console.line("  " + p) }
    }
}
