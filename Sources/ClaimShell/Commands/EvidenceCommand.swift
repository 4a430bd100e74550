import ClaimKit

/// `evidence add|retract` records the checker's sources; `evidence [CLAIM]` lists them.
struct EvidenceCommand: ShellCommand {
    let name = "evidence"
    let summary = "add, list or retract evidence for a claim"
    let usage = """
        evidence add CLAIM supports|contradicts|context --source SOURCE|--span D2:START-END [--title TEXT] [--quote TEXT] [--note TEXT] [--reliability high|medium|low]
               evidence [CLAIM]
               evidence retract EVIDENCE --because TEXT
        """
    let details = """
        SOURCE is a URL, a free citation ("Central Bank of Iran bulletin, 2025-04-10"), or a span of
        a loaded document: D2:120-340 (or --span D2:120-340; `read D2` shows the offsets), or D2
        with --quote "..." (the quote must occur in D2). A span is widened to whole words and its text
        becomes the quote, on one line. Citing the claim's own article, or the claim itself, is
        warned about as circular evidence. Retracted evidence stays in the history, marked
        withdrawn; nothing is deleted.

        Examples:
          evidence add C6 supports --source https://example.org/rial --quote "the rial fell 34.7%" --reliability high
          evidence add C6 contradicts --span D2:880-1010
          evidence C6
          evidence retract E1 --because "the bulletin was revised"
        """
    static let source = ShellOption.text("--source", "SOURCE", completion: .documentID, help: "URL, citation, or document span (D2:120-340)")
    static let span = ShellOption.text("--span", "D2:START-END", completion: .documentID,
                                  help: "a passage of a loaded document (snapped to whole words)")
    static let title = ShellOption.text("--title", "TEXT", help: "title of the source")
    static let quote = ShellOption.text("--quote", "TEXT", help: "the passage that bears on the claim")
    static let note = ShellOption.text("--note", "TEXT", help: "the checker's note")
    static let reliability = ShellOption.word("--reliability", "LEVEL", among: ["high", "medium", "low"], help: "high, medium or low")
    static let because = ShellOption.text("--because", "TEXT", help: "why evidence is retracted")
    var options: [OptionSpec] {
        [Self.source, Self.span, Self.title, Self.quote, Self.note, Self.reliability, Self.because].map(\.spec)
    }
    var positionalCompletion: [CompletionKind] { [.values(["add", "retract"]), .anyID, .values(Stance.allCases.map(\.rawValue))] }

    func run(_ args: Arguments, in session: Session) throws {
        switch args.positionals.first?.lowercased() {
        case "add": try add(args, session)
        case "retract": try retract(args, session)
        default: try list(args, session)
        }
    }

    private func add(_ args: Arguments, _ session: Session) throws {
        try args.expectPositionals(max: 3, usage: usage)
        let claim = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
        let stanceText = try args.positional(2, "stance (supports, contradicts or context)", usage: usage)
        guard let stance = Stance(rawValue: stanceText.lowercased()) else {
            throw ShellError("stance must be supports, contradicts or context, not \(stanceText)", usage: usage)
        }
        if args.has(Self.span) && args.has(Self.source) { throw ShellError("give --source or --span, not both", usage: usage) }
        guard let source = try args[Self.source] ?? args[Self.span], !source.isEmpty else {
            throw ShellError("missing --source (or --span D2:START-END)", usage: usage)
        }
        let reliability = try args[Self.reliability]
        let store = try session.storeForWriting()
        var quote = try args[Self.quote]
        let cited = try DocumentSource.check(source, quote: quote, store: store)
        if let excerpt = cited?.excerpt { quote = quote ?? Passage.oneLine(excerpt) }
        // One transaction: the claim is checked and read back (its new balance) inside the write.
        let (e, c) = try store.addEvidenceReturningClaim(NewEvidence(claimID: claim, stance: stance, source: cited?.source ?? source,
                                                                     title: try args[Self.title], quote: quote, note: try args[Self.note],
                                                                     reliability: reliability),
                                                         author: session.settings.author)
        for warning in DocumentSource.circularity(of: cited, source: cited?.source ?? source, quote: quote, claim: c,
                                                  claimDocument: try c.documentID.flatMap { try store.document(id: $0, withText: false) }) {
            session.console.error(session.style.warn("warning:") + " " + warning)
        }
        session.console.line("\(session.style.id(e.ref)) added to C\(claim) (\(stance.rawValue)) · C\(claim) now \(c.status): \(c.supports) for, \(c.contradicts) against")
    }

    private func retract(_ args: Arguments, _ session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let id = try Identifier.parse(try args.positional(1, "EVIDENCE", usage: usage), prefix: "E")
        guard let because = try args[Self.because], !because.isEmpty else { throw ShellError("missing --because TEXT", usage: usage) }
        let e = try session.storeForWriting().retractEvidence(id: id, because: because, author: session.settings.author)
        session.console.line("\(e.ref) withdrawn from C\(e.claimID) (kept in history)")
    }

    private func list(_ args: Arguments, _ session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let claim = try args.positionals.first.map { text throws(ShellError) in try Identifier.parse(text, prefix: "C") }
        let items = try session.storeForReading().evidence(claimID: claim)
        var table = Table(columns: [
            Table.Column("id"), Table.Column("claim"), Table.Column("stance"), Table.Column("reliability"),
            Table.Column("status"), Table.Column("source", flexible: true),
        ], emptyMessage: "no evidence")
        for e in items {
            table.append([.string(e.ref), .string("C\(e.claimID)"), .string(e.stance.rawValue), .string(e.reliability),
                          .string(e.withdrawn ? "withdrawn" : "active"), .string(e.source)],
                         extra: EvidenceCommand.extraFields(e))
        }
        try emit(table, args, session)
    }

    static func extraFields(_ e: EvidenceRecord) -> [(String, JSONValue)] {
        [("title", .string(e.title)), ("quote", .string(e.quote)), ("note", .string(e.note)), ("added_at", .string(e.addedAt)),
         ("author", .string(e.author)), ("withdrawn_at", .string(e.withdrawnAt)), ("withdrawn_because", .string(e.withdrawnBecause))]
    }

    static func json(_ e: EvidenceRecord) -> JSONValue {
        .object([("id", .string(e.ref)), ("claim", .string("C\(e.claimID)")), ("stance", .string(e.stance.rawValue)),
                 ("source", .string(e.source)), ("reliability", .string(e.reliability))] + extraFields(e))
    }
}
