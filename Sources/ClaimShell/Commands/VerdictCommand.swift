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
    var options: [OptionSpec] {
        [OptionSpec("--because", value: "TEXT", help: "the reason for the rating"),
         OptionSpec("--cite", value: "E1,E2", completion: .evidenceID, help: "evidence the verdict rests on")]
    }
    var positionalCompletion: [CompletionKind] {
        [.claimID, .values(RatingScale.standard.ratings.map(\.name))]
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let claim = try Identifier.parse(try args.positional(0, "CLAIM", usage: usage), prefix: "C")
        let rating = try args.positional(1, "RATING", usage: usage)
        guard let because = args.value("--because"), !because.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ShellError("missing --because TEXT: a verdict needs its reason", usage: usage)
        }
        var cites: [Int64] = []
        for text in args.all("--cite") {
            for part in text.split(separator: ",") where !part.trimmingCharacters(in: .whitespaces).isEmpty {
                cites.append(try Identifier.parse(part.trimmingCharacters(in: .whitespaces), prefix: "E"))
            }
        }
        let (v, entry) = try session.storeForWriting().addVerdict(claimID: claim, rating: rating, reason: because, cites: cites,
                                                                  author: session.settings.author)
        session.console.line("\(session.style.id(v.ref)) · C\(claim) \(v.rating) · journal #\(entry.seq) · head \(String(entry.hash.prefix(4)))…")
    }
}

/// `verdicts [--rating R]` lists current verdicts.
struct VerdictsCommand: ShellCommand {
    let name = "verdicts"
    let summary = "list current verdicts (--all for superseded ones too)"
    let usage = "verdicts [CLAIM] [--rating RATING] [--all]"
    var options: [OptionSpec] {
        [OptionSpec("--rating", value: "RATING", completion: .values(RatingScale.standard.ratings.map(\.name)), help: "only this rating"),
         OptionSpec("--all", help: "include superseded verdicts")]
    }
    var positionalCompletion: [CompletionKind] { [.claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let claim = try args.positionals.first.map { text throws(ShellError) in try Identifier.parse(text, prefix: "C") }
        var items = try session.storeForReading().verdicts(claimID: claim)
        if !args.has("--all") { items = items.filter(\.current) }
        if let r = args.value("--rating")?.lowercased() { items = items.filter { $0.rating == r } }
        var table = Table(columns: [
            Table.Column("id"), Table.Column("claim"), Table.Column("rating"), Table.Column("ruled"), Table.Column("by"),
            Table.Column("reason", flexible: true),
        ], emptyMessage: "no verdicts")
        for v in items {
            // With --all, a verdict that is no longer current (superseded, or its claim retracted) says so.
            let rating = v.current || !args.has("--all") ? v.rating : v.rating + " (not current)"
            table.append([.string(v.ref), .string("C\(v.claimID)"), .string(rating), .string(v.ruledAt), .string(v.author),
                          .string(v.reason)],
                         extra: [("cites", .array(v.cites.map { .string("E\($0)") })), ("current", .bool(v.current))])
        }
        try emit(table, args, session)
    }
}

/// `scale` shows the rating scale; `scale set NAME RATING...` defines the store's own.
struct ScaleCommand: ShellCommand {
    let name = "scale"
    let summary = "show or set the rating scale"
    let usage = "scale [set NAME RATING...]"
    let details = """
        Ratings go from best to worst; each gets a ClaimReview value from the count down to 1
        (unproven stands outside the scale).

        Example:
          scale set pinocchios true mostly-true half-true mostly-false false pants-on-fire unproven
        """
    var positionalCompletion: [CompletionKind] { [.values(["set"])] }

    func run(_ args: Arguments, in session: Session) throws {
        if args.positionals.first?.lowercased() == "set" {
            let name = try args.positional(1, "NAME", usage: usage)
            let ratings = args.positionals.dropFirst(2).map { $0.lowercased() }
            guard ratings.count >= 2 else { throw ShellError("a scale needs at least two ratings", usage: usage) }
            guard Set(ratings).count == ratings.count else { throw ShellError("a rating appears twice in the scale") }
            let scale = RatingScale(name: name, names: ratings)
            try session.storeForWriting().setScale(scale, author: session.settings.author)
            session.console.line("scale \(name): \(ratings.joined(separator: ", "))")
            return
        }
        try args.expectPositionals(max: 0, usage: usage)
        let scale = try session.storeForReading().scale()
        var table = Table(columns: [Table.Column("rating"), Table.Column("value", rightAligned: true)])
        for r in scale.ratings { table.append([.string(r.name), r.value.map { .int($0) } ?? .null]) }
        if try format(args, session) == .table { session.console.line("scale \(scale.name) (best first)") }
        try emit(table, args, session)
    }
}
