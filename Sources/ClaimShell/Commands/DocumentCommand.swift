import ClaimKit

/// `document edit D --title T --outlet O --url U --byline B`: corrects what the reader took from a
/// page's metadata (a title with the site name, a missing byline), journaled like every change.
struct DocumentCommand: ShellCommand {
    let name = "document"
    let summary = "correct a document's title, outlet, url or byline"
    let usage = "document edit DOC [--title TEXT] [--outlet NAME] [--url URL] [--byline TEXT]"
    let details = """
        Each given field replaces the stored one ("" clears it); the text and its SHA-256 never
        change. The change is journaled (see `log D1`). The publication date has its own command,
        `set published DATE --doc D1`, because it re-resolves the claims' dates.

        Examples:
          document edit D1 --title "Iran's Economy: The Supreme Leader Retreats" --outlet "EA WorldView"
          document edit D2 --byline ""
        """
    var options: [OptionSpec] {
        [OptionSpec("--title", value: "TEXT", help: "the headline"),
         OptionSpec("--outlet", value: "NAME", help: "the publication"),
         OptionSpec("--url", value: "URL", help: "where it was published"),
         OptionSpec("--byline", value: "TEXT", help: "who wrote it")]
    }
    var positionalCompletion: [CompletionKind] { [.values(["edit"]), .documentID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        guard args.positionals.first?.lowercased() == "edit" else {
            throw ShellError(args.positionals.first.map { "unknown document action \($0) (expected edit)" } ?? "missing action: edit", usage: usage)
        }
        let id = try Identifier.parse(try args.positional(1, "DOC", usage: usage), prefix: "D")
        let edit = DocumentEdit(title: args.value("--title"), outlet: args.value("--outlet"), url: args.value("--url"),
                                byline: args.value("--byline"))
        try session.storeForWriting().editDocument(id: id, edit, author: session.settings.author)
        let fields = edit.columns.map { $0.value == nil ? "\($0.column) cleared" : $0.column }.joined(separator: ", ")
        session.console.line("D\(id) edited: \(fields)")
    }
}
