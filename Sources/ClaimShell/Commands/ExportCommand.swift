import ClaimKit
import Foundation

/// `export FORMAT [PATH]` writes a verdict report: Markdown, HTML, JSON (the whole store),
/// CSV or schema.org ClaimReview. The same store always gives byte-identical output.
struct ExportCommand: ShellCommand {
    let name = "export"
    let summary = "write a report: markdown, html, json, csv or claimreview"
    let usage = "export FORMAT [PATH] [--doc ID] [--claims ID,...] [--status S] [--all] [--title T] [--url BASE] [--org NAME]"
    let details = """
        No PATH, or -, writes to stdout. A file is written whole or not at all (a temporary file
        renamed into place). json is the whole store in the claimcheck/1 schema (see `import`).
        html and markdown are a fact-check to publish: the organisation (--org or `set org`), who
        checked, the rulings, then each claim with a verdict in full (the passage it stands in, the
        rating and its meaning, the reasoning, evidence for and against, verdict history), the
        corrections, the rating legend and the documents covered; --all adds the unchecked claims,
        --title replaces the headline. With an organisation and --url (or `set url`), the HTML page
        embeds the same ClaimReview JSON-LD as `export claimreview`.
        claimreview gives one schema.org ClaimReview per claim with a verdict (others are counted on
        stderr) and needs --url BASE (each review's url is BASE#C3) and --org NAME.

        Examples:
          export html report.html --url https://checks.example.org/iran
          export markdown --doc D1 --all
          export claimreview reviews.jsonld --url https://checks.example.org/iran --org "Example Checks"
          export csv --status false
        """
    static let formats = ["markdown", "html", "json", "csv", "claimreview"]
    static let document = ShellOption.documentID(help: "only this document")
    static let claims = ShellOption.text("--claims", "C1,C2", completion: .claimID, help: "only these claims")
    static let status = ShellOption.text("--status", "STATUS", help: "only claims with this status or rating")
    static let all = ShellFlag("--all", help: "html, markdown: unchecked claims too")
    static let title = ShellOption.text("--title", "TEXT", help: "html, markdown: the headline")
    static let url = ShellOption.text("--url", "BASE", help: "where the check is published (claimreview; html's JSON-LD)")
    static let org = ShellOption.text("--org", "NAME", help: "the checking organisation (or `set org`)")
    var options: [OptionSpec] {
        [Self.document.spec, Self.claims.spec, Self.status.spec, Self.all.spec, Self.title.spec, Self.url.spec, Self.org.spec]
    }
    var positionalCompletion: [CompletionKind] { [.values(ExportCommand.formats), .path] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let format = try args.positional(0, "FORMAT (\(ExportCommand.formats.joined(separator: ", ")))", usage: usage).lowercased()
        guard ExportCommand.formats.contains(format) else {
            let hint = Suggest.closest(to: format, among: ExportCommand.formats).map { "; did you mean \($0)?" } ?? ""
            throw ShellError("unknown export format \(format)\(hint)", usage: usage)
        }
        let path = args.positionals.count > 1 && args.positionals[1] != "-" ? args.positionals[1] : nil
        let store = try session.storeForReading()
        let output = try OutputFile(path: path, console: session.console)
        if format == "json" {
            if args.has(Self.document) || args.has(Self.claims) || args.has(Self.status) || args[Self.all] || args.has(Self.title) {
                throw ShellError("export json writes the whole store; --doc, --claims, --status, --all and --title do not apply")
            }
            try store.exportJSON { try output.write($0) }
            try output.commit()
            if let path { session.console.line("wrote \(path) (the whole store, schema \(StoreSQL.exportSchema))") }
            return
        }
        var selection = ReportData.Selection()
        selection.documentID = try args[Self.document]
        if let list = try args[Self.claims] {
            var ids = Set<Int64>()
            for part in list.split(separator: ",") { ids.insert(try Identifier.parse(part.trimmingCharacters(in: .whitespaces), prefix: "C")) }
            selection.claimIDs = ids
        }
        selection.status = try args[Self.status]?.lowercased()
        let data = try ReportData.gather(from: store, selection)
        let storedOrg = try store.setting("org")
        let org = (try args[Self.org] ?? session.settings.org ?? storedOrg)?.trimmingCharacters(in: .whitespacesAndNewlines)
        let base = try args[Self.url] ?? store.setting("url")
        if let base { try WebAddressArgument.check(base, what: "--url") }
        if args.has(Self.org), org?.isEmpty != false { throw ShellError("--org cannot be blank: it names the checking organisation") }
        let options = ReportOptions(title: try args[Self.title], organization: org?.isEmpty == false ? org : nil, baseURL: base,
                                    includeUnchecked: args[Self.all])
        if format != "html" && format != "markdown" && (args[Self.all] || args.has(Self.title)) {
            throw ShellError("--all and --title apply to html and markdown, not \(format)")
        }
        switch format {
        case "markdown": try output.write(MarkdownReport.render(data, options))
        case "html":
            try output.write(HTMLReport.render(data, options))
            if !data.checkedClaims.isEmpty && (options.organization == nil || base == nil) {
                session.console.error("note: no ClaimReview markup embedded: it needs the organisation (--org or `set org`) "
                                      + "and the page's address (--url or `set url`)")
            }
        case "csv": try output.write(CSVReport.render(data))
        default:
            guard let org = options.organization else {
                throw ShellError("claimreview needs the checking organisation (the review's author): --org NAME or `set org NAME`")
            }
            // Google requires each review's url: the page the check is published on.
            guard let base else {
                throw ShellError("claimreview needs the published check's address: --url https://... or `set url` (each review's url is URL#C3)")
            }
            let (json, written, skipped) = ClaimReviewReport.render(data, .init(baseURL: base, organization: org))
            try output.write(json)
            try output.commit()
            // Exactly what was written, and what was not.
            var summary = "\(written) ClaimReview\(written == 1 ? "" : "s") written"
            if let path { summary += " to \(path)" }
            if skipped > 0 { summary += "; \(skipped) claim\(skipped == 1 ? "" : "s") without a current verdict left out" }
            session.console.error(summary)
            return
        }
        try output.commit()
        if let path {
            // What the file holds: a published report shows the checked claims unless --all.
            let claims = format == "csv" ? data.allClaims : options.shown(data)
            let verdicts = claims.filter { $0.current != nil }.count
            let evidence = claims.reduce(0) { $0 + $1.evidence.filter { !$0.withdrawn }.count }
            var line = "wrote \(path) (\(claims.count) claim\(claims.count == 1 ? "" : "s"), \(verdicts) verdict\(verdicts == 1 ? "" : "s"), \(evidence) piece\(evidence == 1 ? "" : "s") of evidence)"
            let left = data.allClaims.count - claims.count
            if left > 0 { line += "; \(left) unchecked claim\(left == 1 ? "" : "s") not shown (--all adds them)" }
            session.console.line(line)
        }
    }
}
