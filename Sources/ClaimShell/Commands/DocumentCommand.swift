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
    static let title = ShellOption.text("--title", "TEXT", help: "the headline")
    static let outlet = ShellOption.text("--outlet", "NAME", help: "the publication")
    static let url = ShellOption.text("--url", "URL", help: "where it was published")
    static let byline = ShellOption.text("--byline", "TEXT", help: "who wrote it")
    var options: [OptionSpec] {
        [Self.title.spec, Self.outlet.spec, Self.url.spec, Self.byline.spec]
    }
    var positionalCompletion: [CompletionKind] { [.values(["edit"]), .documentID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        guard args.positionals.first?.lowercased() == "edit" else {
            throw ShellError(args.positionals.first.map { "unknown document action \($0) (expected edit)" } ?? "missing action: edit", usage: usage)
        }
        let id = try Identifier.parse(try args.positional(1, "DOC", usage: usage), prefix: "D")
        let edit = DocumentEdit(title: try args[Self.title], outlet: try args[Self.outlet], url: try args[Self.url],
                                byline: try args[Self.byline])
        try session.storeForWriting().editDocument(id: id, edit, author: session.settings.author)
        let fields = edit.columns.map { $0.value == nil ? "\($0.column) cleared" : $0.column }.joined(separator: ", ")
        session.console.line("D\(id) edited: \(fields)")
    }
}
