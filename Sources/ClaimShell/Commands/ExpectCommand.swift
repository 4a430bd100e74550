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
    var options: [OptionSpec] { ClaimsCommand.filterOptions }
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
            let have = try store.claims(try ClaimsCommand.filter(args)).count
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
