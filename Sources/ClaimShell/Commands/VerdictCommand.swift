import ClaimKit

/// `verdict CLAIM RATING --because TEXT` rules on a claim.
struct VerdictCommand: ShellCommand {
    let name = "verdict"
    let summary = "rule on a claim (a later verdict supersedes; both stay)"
    let usage = "verdict CLAIM RATING --because TEXT [--cite E1,E2]"
    let details = """
        RATING is one of the store's scale (see `scale`). Cited evidence must belong to the claim.

        Example:
          verdict C6 mostly-true --because "Market rate fell 34.7% from late Nov to Mar" --cite E1
        """
    static let because = ShellOption.text("--because", "TEXT", help: "the reason for the rating")
    static let cite = ShellOption.text("--cite", "E1,E2", completion: .evidenceID, help: "evidence the verdict rests on (may be repeated)",
                                  repeatable: true)
    var options: [OptionSpec] { [Self.because.spec, Self.cite.spec] }
    var positionalCompletion: [CompletionKind] {
        [.claimID, .values(RatingScale.standard.ratings.map(\.name))]
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let claim = try Identifier.parse(try args.positional(0, "CLAIM", usage: usage), prefix: "C")
        let rating = try args.positional(1, "RATING", usage: usage)
        guard let because = try args[Self.because], !because.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError("missing --because TEXT: a verdict needs its reason", usage: usage)
        }
        var cites: [Int64] = []
        for text in try args.values(Self.cite) {
            for part in text.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
                let id = try Identifier.parse(part.trimmingCharacters(in: .whitespaces), prefix: "E")
                guard !cites.contains(id) else { throw ShellError("E\(id) is cited twice", usage: usage) }
                cites.append(id)
            }
        }
        let (v, entry) = try session.storeForWriting().addVerdict(claimID: claim, rating: rating, reason: because, cites: cites,
                                                                  author: session.settings.author)
        session.console.line("\(session.style.id(v.ref)) · C\(claim) \(v.rating) · journal #\(entry.seq) · head \(String(entry.hash.prefix(4)))…")
    }
}
