import ClaimKit

/// `expect ...` asserts a fact about the store, for scripted checks: a batch that runs it fails
/// (exit 1) when the fact does not hold.
struct ExpectCommand: ShellCommand {
    let name = "expect"
    let summary = "assert a fact in a batch check (fails the batch when it does not hold)"
    let usage = """
        expect verdict CLAIM RATING
               expect status CLAIM STATUS
               expect claims N [--by SPEAKER] [--doc ID] [--kind KIND] [--status STATUS]
               expect log verified
        """
    let details = """
        Examples:
          expect verdict C6 mostly-true
          expect claims 3 --by Pezeshkian
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
            guard let claim = try store.claim(id: id) else { throw ShellError("expectation failed: no claim C\(id)") }
            let have = claim.retracted ? "retracted" : claim.status
            if have != want {
                throw ShellError("expectation failed: C\(id) is \(have), expected \(want)")
            }
        case "claims":
            try args.expectPositionals(max: 2, usage: usage)
            let text = try args.positional(1, "N", usage: usage)
            guard let want = Int(text) else { throw ShellError("expect claims needs a number, not \(text)") }
            var filter = ClaimFilter()
            filter.speaker = args.value("--by")
            if let doc = args.value("--doc") { filter.documentID = try Identifier.parse(doc, prefix: "D") }
            if let kind = args.value("--kind") { filter.kind = ClaimKind(rawValue: kind.lowercased()) }
            filter.status = args.value("--status")?.lowercased()
            let have = try store.claims(filter).count
            if have != want { throw ShellError("expectation failed: \(have) claims, expected \(want)") }
        case "log":
            try args.expectPositionals(max: 2, usage: usage)
            guard args.positionals.count == 2, args.positionals[1].lowercased() == "verified" else {
                throw ShellError("expect log takes one word: verified", usage: usage)
            }
            if let failure = try store.verifyJournal().failure { throw ShellError("expectation failed: \(failure)") }
        default:
            throw ShellError("cannot expect \(what) (verdict, status, claims or log)", usage: usage)
        }
    }
}

/// `check [--strict]`: is the store ready to publish? The journal must verify; with `--strict`,
/// every claim must also have a verdict.
struct CheckCommand: ShellCommand {
    let name = "check"
    let summary = "check the store before publication (journal intact; --strict: every claim ruled)"
    let usage = "check [--strict] [--doc ID]"
    var options: [OptionSpec] {
        [OptionSpec("--strict", help: "fail when a claim has no verdict"),
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
        let open = claims.filter { $0.status == "unchecked" || $0.status == "in-progress" }
        if args.has("--strict") && !open.isEmpty {
            let ids = open.prefix(3).map(\.ref).joined(separator: " ") + (open.count > 3 ? " …" : "")
            throw ShellError("check failed: \(open.count) claim\(open.count == 1 ? " has" : "s have") no verdict (\(ids))")
        }
        session.console.line("check passed: journal intact (\(verification.entries) entries), \(claims.count - open.count) of \(claims.count) claims ruled")
    }
}
