import ClaimKit

/// `verdicts [--rating R]` lists current verdicts.
struct VerdictsCommand: ShellCommand {
    let name = "verdicts"
    let summary = "list current verdicts (--all for superseded ones too)"
    let usage = "verdicts [CLAIM] [--rating RATING] [--all]"
    static let rating = ShellOption.text("--rating", "RATING", completion: .values(RatingScale.standard.ratings.map(\.name)),
                                    help: "only this rating")
    static let all = ShellFlag("--all", help: "include superseded verdicts")
    var options: [OptionSpec] {
        [Self.rating.spec, Self.all.spec]
    }
    var positionalCompletion: [CompletionKind] { [.claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let claim = try args.positionals.first.map { text throws(ShellError) in try Identifier.parse(text, prefix: "C") }
        var items = try session.storeForReading().verdicts(claimID: claim)
        if !args[Self.all] { items = items.filter(\.current) }
        if let r = try args[Self.rating]?.lowercased() { items = items.filter { $0.rating == r } }
        var table = Table(columns: [
            Table.Column("id"), Table.Column("claim"), Table.Column("rating"), Table.Column("ruled"), Table.Column("by"),
            Table.Column("reason", flexible: true),
        ], emptyMessage: "no verdicts")
        for v in items {
            // With --all, a verdict that is no longer current (superseded, or its claim retracted) says so.
            let rating = v.current || !args[Self.all] ? v.rating : v.rating + " (not current)"
            table.append([.string(v.ref), .string("C\(v.claimID)"), .string(rating), .string(v.ruledAt), .string(v.author),
                          .string(v.reason)],
                         extra: [("cites", .array(v.cites.map { .string("E\($0)") })), ("current", .bool(v.current))])
        }
        try emit(table, args, session)
    }
}
