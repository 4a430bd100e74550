import ClaimKit

/// `claim add|edit|retract`: the checker's corrections to extraction.
struct ClaimCommand: ShellCommand {
    let name = "claim"
    let summary = "add a claim by hand, edit or retract one"
    let usage = """
        claim add "STATEMENT" --by SPEAKER [--on DATE] [--doc ID [--span START-END]] [--kind KIND]
               claim edit CLAIM [--speaker NAME] [--statement TEXT] [--on DAY|MONTH|YEAR|none|EXPRESSION]
               claim retract CLAIM --because TEXT
        """
    let details = """
        Every change is journaled; a retracted claim stays in the store, marked retracted.
        With --doc, the statement must occur in the document (blanks and line breaks may differ):
        its span is stored, so `verify` and `show` check it; when it occurs more than once, the
        error lists where, and --span START-END chooses. Without --doc the claim has no span,
        which `show` and `verify` say.

        `claim edit --on` takes a day (2025-04-12), a month (2025-04), a year (2025), none, or an
        expression resolved against the document's publication date ("last Tuesday"). A date set
        by hand wins: `set published` re-resolves the other claims' dates and keeps it.

        Examples:
          claim add "Inflation reached 40% in March" --by "Central Bank of Iran" --on 2025-03-31 --doc D1
          claim edit C4 --speaker "Farnaz Fassihi"
          claim edit C9 --on 2025-04
          claim edit C5 --on "last Tuesday"
          claim edit C6 --on none
          claim retract C9 --because "duplicate of C8"
        """
    static let speaker = ShellOption.text("--by", "SPEAKER", completion: .speaker, help: "who made the claim (add)")
    static let newSpeaker = ShellOption.text("--speaker", "NAME", completion: .speaker, help: "new speaker (edit)")
    static let statement = ShellOption.text("--statement", "TEXT", help: "new statement (edit)")
    static let date = ShellOption.text("--on", "DATE", help: "the claim's date (YYYY-MM-DD)")
    static let document = ShellOption.documentID(help: "the document it appears in")
    static let span = ShellOption.text("--span", "START-END", help: "which occurrence in the document (add)")
    static let kind = ShellOption<ClaimKind>.choice("--kind", "KIND", help: "direct, indirect, mixed or assertion")
    static let because = ShellOption.text("--because", "TEXT", help: "why the claim is retracted")
    var options: [OptionSpec] {
        [Self.speaker.spec, Self.newSpeaker.spec, Self.statement.spec, Self.date.spec, Self.document.spec, Self.span.spec,
         Self.kind.spec, Self.because.spec]
    }
    var positionalCompletion: [CompletionKind] { [.values(["add", "edit", "retract"]), .claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        let store = { () throws -> any ClaimStore in try session.storeForWriting() }
        let author = session.settings.author
        switch args.positionals.first?.lowercased() {
        case "add":
            try args.expectPositionals(max: 2, usage: usage)
            let statement = try args.positional(1, "STATEMENT", usage: usage)
            guard !statement.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError("the statement is empty") }
            guard let by = try args[Self.speaker], !by.isEmpty else { throw ShellError("missing --by SPEAKER", usage: usage) }
            let kind = try args[Self.kind] ?? .indirect
            let date = try args[Self.date].map { d throws(ShellError) in try DateArgument.parse(d, what: Self.date.name) }
            let doc = try args[Self.document]
            if args.has(Self.span) && doc == nil { throw ShellError("--span needs --doc: the document the span is in", usage: usage) }
            var claim = NewClaim(statement: statement, speaker: by, date: date, documentID: doc, kind: kind)
            if let doc {
                // A claim in a document stands on its span, so `verify` and `show` can check it.
                let (span, text) = try ClaimCommand.locate(statement, in: doc, chosen: try args[Self.span], store: try store())
                claim.span = span
                claim.statement = text
            }
            let id = try store().addClaim(claim, author: author)
            let place = claim.span.map { " · D\(doc!) chars \($0.start)-\($0.end)" } ?? " · no span (no --doc)"
            session.console.line("\(session.style.id("C\(id)")) added (\(kind.rawValue), by \(by))\(place)")
        case "edit":
            try args.expectPositionals(max: 2, usage: usage)
            let id = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
            var date: ClaimDateEdit? = nil
            if let text = try args[Self.date] {
                // An expression is resolved against the claim's document's publication date, else today.
                let claim = try store().claim(id: id)
                let published = try claim?.documentID.flatMap { try store().document(id: $0, withText: false)?.published }
                date = try ClaimDateArgument.parse(text, reference: published ?? UTCClock.today())
            }
            try store().editClaim(id: id, speaker: try args[Self.newSpeaker], statement: try args[Self.statement], date: date, author: author)
            var said = "C\(id) edited"
            switch date {
            case .set(let r)?: said += " · date \(ReportData.dateLabel(r) ?? r.start.description) (\(r.grain.rawValue)), set by hand: `set published` keeps it"
            case .none?: said += " · no date, set by hand: `set published` keeps it"
            case nil: break
            }
            session.console.line(said)
        case "retract":
            try args.expectPositionals(max: 2, usage: usage)
            let id = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
            guard let because = try args[Self.because], !because.isEmpty else { throw ShellError("missing --because TEXT", usage: usage) }
            try store().retractClaim(id: id, because: because, author: author)
            session.console.line("C\(id) retracted (kept in history)")
        case let other:
            throw ShellError(other.map { "unknown claim action \($0) (expected add, edit or retract)" } ?? "missing action: add, edit or retract",
                             usage: usage)
        }
    }
}

extension ClaimCommand {
    /// Where `statement` stands in document `doc`: its one occurrence, or the one `--span START-END`
    /// names. Blanks and line breaks may differ; the document's own text at the span is returned.
    static func locate(_ statement: String, in doc: Int64, chosen: String?, store: any ClaimStore) throws -> (Span, String) {
        guard let document = try store.document(id: doc, withText: true), let text = document.text else {
            throw ShellError("no document D\(doc)")
        }
        let found = Passage.occurrences(of: statement, in: text)
        let quoted = "“" + (statement.count > 60 ? String(statement.prefix(59)) + "…" : statement) + "”"
        if let chosen {
            guard let asked = Span(parsing: chosen) else {
                throw ShellError("--span is START-END in characters, e.g. --span 120-340")
            }
            let (a, b) = (asked.start, asked.end)
            guard let span = found.first(where: { $0 == asked }) else {
                let listed = found.isEmpty ? "it does not occur in D\(doc)" : "it occurs at " + found.map { "\($0.start)-\($0.end)" }.joined(separator: ", ")
                throw ShellError("D\(doc) chars \(a)-\(b) do not hold \(quoted): \(listed)")
            }
            return (span, SpanCheck.excerpt(text, span)!)
        }
        switch found.count {
        case 0:
            throw ShellError("\(quoted) does not occur in D\(doc): give the text as the article has it (`read D\(doc)` shows it), or leave out --doc")
        case 1:
            return (found[0], SpanCheck.excerpt(text, found[0])!)
        default:
            let places = found.prefix(8).map { "\($0.start)-\($0.end)" }.joined(separator: ", ") + (found.count > 8 ? ", …" : "")
            throw ShellError("\(quoted) occurs \(found.count) times in D\(doc) (at \(places)): choose one with --span START-END")
        }
    }
}
