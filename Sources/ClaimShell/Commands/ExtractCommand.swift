import ClaimKit
import Foundation

/// `extract FILE` prints the claims of an article without storing anything.
struct ExtractCommand: ShellCommand {
    let name = "extract"
    let summary = "print the claims of an article (no store needed)"
    let usage = "extract FILE|- [--published DATE] [--as plain|markdown|html] [--format table|json]"
    let details = """
        JSON gives the document (title, byline, outlet, published, sha256) and each claim with its
        kind, speaker, cue, recipient, statement, span (Unicode scalar offsets) and date.

        FILE "-" reads the article from standard input when it is piped (HTML when it opens with an
        HTML tag, Markdown with a "# " heading or front matter, else plain text; --as says otherwise).

        Examples:
          extract seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17
          claimcheck extract article.html --format json
          curl -s https://example.org/story | claimcheck extract - --as html
        """
    var options: [OptionSpec] { ExtractOptions.all }
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let path = try args.positional(0, "FILE", usage: usage)
        let overrides = try ExtractOptions.overrides(args), maxBytes = try ExtractOptions.maxBytes(args, session)
        // Ctrl-C stops a long extraction at once.
        let extraction: Extraction
        if path == "-" {
            guard isatty(STDIN_FILENO) == 0 else {
                throw InputError("extract -: standard input is the terminal; pipe an article in (cat story.txt | claimcheck extract -)")
            }
            let raw = try ArticleFile.standardInputBytes(maxBytes: maxBytes)
            extraction = try session.interruptibly {
                try ArticleFile.read(bytes: raw, name: "standard input", format: overrides.format ?? SourceFormat.sniff(raw),
                                     overrides: overrides, maxBytes: maxBytes).extraction
            }
        } else {
            extraction = try session.interruptibly { try ArticleFile.extract(path: path, overrides: overrides, maxBytes: maxBytes) }
        }
        for w in extraction.warnings { session.console.error("warning: \(w)") }
        switch try format(args, session) {
        case .json:
            let json = ExtractionJSON.render(extraction, sha256: SHA256Hex.of(extraction.text))
            session.console.write(json.hasSuffix("\n") ? json : json + "\n")
        case let fmt:
            var table = Table(columns: [
                Table.Column("id"), Table.Column("when"), Table.Column("speaker", maxWidth: 30), Table.Column("kind"),
                Table.Column("cue"), Table.Column("statement", flexible: true),
            ], emptyMessage: "no claims found")
            for (i, c) in extraction.claims.enumerated() {
                var speaker = c.speaker.name
                if let role = c.speaker.role { speaker += " (\(role))" }
                table.append([.string("C\(i + 1)"), .string(ReportData.dateLabel(c.when) ?? c.whenText),
                              .string(speaker), .string(c.kind.rawValue), .string(c.cue), .string(c.statement)])
            }
            session.console.write(session.renderer(format: fmt).render(table))
            if extraction.metadata.published == nil, extraction.claims.contains(where: { $0.whenText != nil && $0.when == nil }) {
                session.note("dates stay unresolved without a publication date: add --published YYYY-MM-DD")
            }
        }
    }
}
