import ClaimKit

/// `when EXPRESSION --ref DATE` resolves a time expression the way extraction does.
struct WhenCommand: ShellCommand {
    let name = "when"
    let summary = "resolve a date expression against a reference date"
    let usage = "when EXPRESSION... [--ref DATE] [--prefer past|future] [--anchor DATE]"
    let details = """
        News reads "Saturday" as the most recent Saturday on or before the reference (--prefer past,
        the default); --prefer future reads it forward. --anchor is the previous date in the
        discourse, for "five weeks later". Without --ref: the current document's publication date,
        else today. An expression it cannot read is an error, not a guess.

        Examples:
          when "five weeks later" --ref 2025-03-08
          when on Wednesday --ref 2025-04-17
          when "since late November" --ref 2025-04-17 --format json
        """
    static let reference = ShellOption.date("--ref", help: "reference date (YYYY-MM-DD)")
    static let preference = ShellOption<DatePreference>.choice("--prefer", "WAY",
                                                          help: "read underspecified dates backward (past, default) or forward (future)")
    static let anchor = ShellOption.date("--anchor", help: "previous date in the discourse, for relative forms")
    var options: [OptionSpec] { [Self.reference.spec, Self.preference.spec, Self.anchor.spec] }

    func run(_ args: Arguments, in session: Session) throws {
        guard !args.positionals.isEmpty else { throw ShellError("missing EXPRESSION", usage: usage) }
        let expression = args.positionals.joined(separator: " ")
        let ref: CivilDate
        if let r = try args[Self.reference] {
            ref = r
        } else if let doc = session.currentDocument, let published = try session.storeForReading().document(id: doc, withText: false)?.published {
            ref = published
        } else {
            ref = UTCClock.today()
        }
        let prefer = try args[Self.preference] ?? .past
        let anchor = try args[Self.anchor]
        guard let r = TimeNormalizer(reference: ref, prefer: prefer).resolve(expression, anchor: anchor) else {
            throw ShellError("cannot read \"\(expression)\" as a date")
        }
        let json = ClaimJSON.when(r, text: expression)
        var text = r.start.description
        if r.end != r.start { text += " … \(r.end)" }
        text += " (\(r.grain.rawValue))"
        if r.start == r.end { text += " · \(r.start.weekdayName)" }
        let fmt = try format(args, session)
        if fmt == .json {
            session.console.write(json.compact + "\n")  // one line: batch runs print one result a line
        } else {
            try emit(record: text, json: json, args, session)
        }
    }
}
