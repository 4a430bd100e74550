import Foundation
import ClaimKit

/// `scale` shows the rating scale with each rating's label and meaning; `scale set NAME RATING...`
/// defines the store's own; `scale set RATING --label L --meaning M` says what a rating means.
struct ScaleCommand: ShellCommand {
    let name = "scale"
    let summary = "show or set the rating scale and what each rating means"
    let usage = "scale [set NAME RATING...]\n       scale set RATING [--label LABEL] [--meaning TEXT]"
    let details = """
        Ratings go from best to worst; each gets a ClaimReview value from the count down to 1
        (unproven stands outside the scale). Each rating has a label readers see ("Mostly true",
        ClaimReview's alternateName) and a one-line meaning, printed in the legend of `export html`
        and `export markdown`; the common ratings have default meanings.

        Examples:
          scale set pinocchios true mostly-true half-true mostly-false false pants-on-fire unproven
          scale set mostly-true --label "Mostly accurate" --meaning "Accurate, but needs context."
        """
    static let label = ShellOption.text("--label", "LABEL", help: "set: the label readers see for RATING")
    static let meaning = ShellOption.text("--meaning", "TEXT", help: "set: what RATING means, in one line")
    var options: [OptionSpec] { [Self.label.spec, Self.meaning.spec] }
    var positionalCompletion: [CompletionKind] { [.values(["set"])] }

    func run(_ args: Arguments, in session: Session) throws {
        if args.positionals.first?.lowercased() == "set" {
            if args.has(Self.label) || args.has(Self.meaning) { return try describe(args, session) }
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
        var table = Table(columns: [Table.Column("rating"), Table.Column("value", rightAligned: true), Table.Column("label"),
                                    Table.Column("meaning", flexible: true)])
        for r in scale.ratings {
            table.append([.string(r.name), r.value.map { .int($0) } ?? .null, .string(r.label), .string(r.meaning)])
        }
        if try format(args, session) == .table { session.console.line("scale \(scale.name) (best first)") }
        try emit(table, args, session)
    }

    /// `scale set RATING --label L --meaning M`.
    private func describe(_ args: Arguments, _ session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let rating = try args.positional(1, "RATING", usage: usage).lowercased()
        let label = try args[Self.label]?.trimmingCharacters(in: .whitespacesAndNewlines)
        let meaning = try args[Self.meaning]?.trimmingCharacters(in: .whitespacesAndNewlines)
        if label?.isEmpty == true || meaning?.isEmpty == true { throw ShellError("--label and --meaning cannot be empty") }
        let store = try session.storeForWriting()
        let scale = try store.scale()
        guard let changed = scale.describing(rating, label: label, meaning: meaning) else {
            let hint = Suggest.closest(to: rating, among: scale.ratings.map(\.name)).map { "; did you mean \($0)?" } ?? ""
            throw ShellError("\(rating) is not a rating of the scale \(scale.name)\(hint)")
        }
        try store.setScale(changed, author: session.settings.author)
        let r = changed.rating(named: rating)!
        session.console.line("\(rating): \(r.label) · \(r.meaning ?? "no meaning given")")
    }
}
