import ClaimKit

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
