import ClaimKit
import Foundation

/// `export FORMAT [PATH]` writes a verdict report: Markdown, HTML, JSON (the whole store),
/// CSV or schema.org ClaimReview. The same store always gives byte-identical output.
struct ExportCommand: ShellCommand {
    let name = "export"
    let summary = "write a report: markdown, html, json, csv or claimreview"
    let usage = "export FORMAT [PATH] [--doc ID] [--claims ID,...] [--status S] [--url BASE] [--org NAME]"
    let details = """
        No PATH, or -, writes to stdout. A file is written whole or not at all (a temporary file
        renamed into place). json is the whole store in the claimcheck/1 schema (see `import`);
        claimreview gives one schema.org ClaimReview per claim with a verdict (others are counted on
        stderr) and takes --url BASE (each review's url is BASE#C3) and --org NAME (or `set org`).

        Examples:
          export html report.html
          export markdown --doc D1
          export claimreview reviews.jsonld --url https://checks.example.org/iran --org "Example Checks"
          export csv --status false
        """
    static let formats = ["markdown", "html", "json", "csv", "claimreview"]
    var options: [OptionSpec] {
        [
            OptionSpec("--doc", value: "ID", completion: .documentID, help: "only this document"),
            OptionSpec("--claims", value: "C1,C2", completion: .claimID, help: "only these claims"),
            OptionSpec("--status", value: "STATUS", help: "only claims with this status or rating"),
            OptionSpec("--url", value: "BASE", help: "base URL of the published check (claimreview)"),
            OptionSpec("--org", value: "NAME", help: "the checking organisation (claimreview)"),
        ]
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
            if args.has("--doc") || args.has("--claims") || args.has("--status") {
                throw ShellError("export json writes the whole store; --doc, --claims and --status do not apply")
            }
            try store.exportJSON { try output.write($0) }
            try output.commit()
            if let path { session.console.line("wrote \(path) (the whole store, schema \(StoreSQL.exportSchema))") }
            return
        }
        var selection = ReportData.Selection()
        if let d = args.value("--doc") { selection.documentID = try Identifier.parse(d, prefix: "D") }
        if let list = args.value("--claims") {
            var ids = Set<Int64>()
            for part in list.split(separator: ",") { ids.insert(try Identifier.parse(part.trimmingCharacters(in: .whitespaces), prefix: "C")) }
            selection.claimIDs = ids
        }
        selection.status = args.value("--status")?.lowercased()
        let data = try ReportData.gather(from: store, selection)
        switch format {
        case "markdown": try output.write(MarkdownReport.render(data))
        case "html": try output.write(HTMLReport.render(data))
        case "csv": try output.write(CSVReport.render(data))
        default:
            let storedOrg = try store.setting("org")
            guard let org = (args.value("--org") ?? session.settings.org ?? storedOrg)?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !org.isEmpty else {
                throw ShellError("claimreview needs the checking organisation (the review's author): --org NAME or `set org NAME`")
            }
            // Google requires each review's url: the page the check is published on.
            guard let base = try args.value("--url") ?? store.setting("url") else {
                throw ShellError("claimreview needs the published check's address: --url https://... (each review's url is URL#C3)")
            }
            guard WebLink.isSafe(base) else {
                throw ShellError("--url must be an http:// or https:// address without blanks or quotes, not \(Tokenizer.quoteIfNeeded(base))")
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
            let claims = data.allClaims
            let verdicts = claims.filter { $0.current != nil }.count
            let evidence = claims.reduce(0) { $0 + $1.evidence.filter { !$0.withdrawn }.count }
            session.console.line("wrote \(path) (\(claims.count) claim\(claims.count == 1 ? "" : "s"), \(verdicts) verdict\(verdicts == 1 ? "" : "s"), \(evidence) piece\(evidence == 1 ? "" : "s") of evidence)")
        }
    }
}
