import Foundation
import Testing

/// `export html` and `export markdown` as a fact-check to publish: header, rulings, checked claims
/// in full, corrections, legend, embedded ClaimReview; the options that narrow and override it; the
/// rating scale's labels and meanings; and a look at the page in a real browser.
@Suite(.serialized) struct PublishedReportTests {
    private func goldenStore() throws -> String {
        let store = try CLI.temporaryDirectory().appendingPathComponent("report.db").path
        let r = try CLI.run(["--store", store, "--bail", "-f", CLI.fixture("batch/report.cc")], in: CLI.packageRoot,
                            environment: ExportGoldenTests.environment)
        #expect(r.status == 0, "building the report store: \(r.stderr)")
        return store
    }

    private func export(_ store: String, _ args: [String]) throws -> CLI.Result {
        try CLI.run(["--store", store, "export"] + args, in: CLI.packageRoot, environment: ExportGoldenTests.environment)
    }

    @Test func htmlIsAFactCheckWithItsCorrectionsLegendAndClaimReview() throws {
        let store = try goldenStore()
        let r = try export(store, ["html"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = r.stdout
        #expect(html.contains("<p class=\"org\">Example Checks</p>"), "the organisation set with `set org`")
        #expect(html.contains("Checked by checker · 2025-04-20 · 1 document covered"))
        #expect(html.contains("<h2>Our rulings</h2>"))
        #expect(html.contains("id=\"C2\"") && html.contains("id=\"C7\""))
        #expect(!html.contains("id=\"C4\""), "unchecked claims only with --all")
        #expect(html.contains("<mark>The currency had reached new historic lows"), "the claim highlighted in its paragraph")
        #expect(html.contains("The statement is accurate but needs clarification or additional information."), "the rating's meaning")
        #expect(html.contains("Partly accurate: the statement leaves out context"), "a meaning set with `scale set`")
        #expect(html.contains("C11 (Mohammad Baqer Qalibaf (Parliament Speaker)") && html.contains("was withdrawn: Qalibaf was paraphrased"),
                "a retracted claim is listed as a correction")
        #expect(html.contains("the rating of <a href=\"#C2\">C2</a> changed from"), "a superseded verdict is a correction")
        #expect(html.contains("(superseded)"), "the verdict history stays")
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("12 entries, head "), "the journal head, for log verify --report")

        // The JSON-LD is the document `export claimreview` writes, and the only script.
        let scripts = html.ranges(of: "<script").count
        #expect(scripts == 1)
        let open = try #require(html.range(of: "<script type=\"application/ld+json\">\n"))
        let close = try #require(html.range(of: "</script>", range: open.upperBound..<html.endIndex))
        let embedded = try JSONSerialization.jsonObject(with: Data(html[open.upperBound..<close.lowerBound].utf8)) as? NSArray
        let reviews = try export(store, ["claimreview"])
        #expect(reviews.status == 0, "\(reviews.stderr)")
        let exported = try JSONSerialization.jsonObject(with: Data(reviews.stdout.utf8)) as? NSArray
        #expect(embedded != nil && embedded == exported)
    }

    @Test func optionsNarrowAndOverrideTheReport() throws {
        let store = try goldenStore()
        var r = try export(store, ["html", "--all", "--title", "Did Iran give way?", "--org", "Other Desk"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("id=\"C4\"") && r.stdout.contains("Claims not checked yet (14)"))
        #expect(r.stdout.contains("<h1>Did Iran give way?</h1>") && r.stdout.contains("<p class=\"org\">Other Desk</p>"))
        r = try export(store, ["html", "--claims", "C7"])
        #expect(r.stdout.contains("id=\"C7\"") && !r.stdout.contains("id=\"C2\""))
        let file = try CLI.temporaryDirectory().appendingPathComponent("r.md").path
        r = try export(store, ["markdown", file])
        #expect(r.stdout == "wrote \(file) (2 claims, 2 verdicts, 2 pieces of evidence); 14 unchecked claims not shown (--all adds them)\n", "\(r.stdout)")
        r = try export(store, ["csv", "--all"])
        #expect(r.status == 1 && r.stderr.contains("--all and --title apply to html and markdown"), "\(r.stderr)")
        r = try export(store, ["html", "--org", " "])
        #expect(r.status == 1 && r.stderr.contains("--org cannot be blank"))
    }

    @Test func htmlWithoutAnAddressSaysNoClaimReviewWasEmbedded() throws {
        let store = try CLI.temporaryDirectory().appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store], stdin: "load \(CLI.seed)\nverdict C7 false --because x\n").status == 0)
        let r = try CLI.run(["--store", store, "export", "html"])
        #expect(r.status == 0 && !r.stdout.contains("<script"))
        #expect(r.stderr.contains("no ClaimReview markup embedded"), "\(r.stderr)")
    }

    @Test func markdownKeepsAPassageWithLineBreaksInsideItsQuote() throws {
        let store = try goldenStore()
        // C5's paragraph holds a line break ("judiciary head\nGholam ...").
        #expect(try CLI.run(["--store", store, "verdict", "C5", "true", "--because", "the three branch heads met"]).status == 0)
        let r = try export(store, ["markdown", "--claims", "C5"])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0 == "Context:" })
        let quote = lines[(start + 2)...].prefix { !$0.isEmpty }
        #expect(quote.count >= 2, "the passage spans two lines: \(quote)")
        #expect(quote.allSatisfy { $0.hasPrefix(">") }, "every line stays in the blockquote: \(quote)")
    }

    @Test func ratingsCarryALabelAndAMeaning() throws {
        let store = try goldenStore()
        var r = try CLI.run(["--store", store, "scale", "set", "mostly-true", "--label", "Mostly accurate", "--meaning", "Accurate, but needs context."])
        #expect(r.status == 0 && r.stdout == "mostly-true: Mostly accurate · Accurate, but needs context.\n", "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "scale", "--format", "json"])
        let scale = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(scale.first { $0["rating"] as? String == "mostly-true" }?["meaning"] as? String == "Accurate, but needs context.")
        #expect(scale.first { $0["rating"] as? String == "false" }?["meaning"] as? String == "The statement is not accurate.", "a default meaning")
        r = try export(store, ["claimreview"])
        #expect(r.stdout.contains("\"alternateName\": \"Mostly accurate\""), "\(r.stdout)")
        r = try CLI.run(["--store", store, "scale", "set", "mostly-tru", "--meaning", "x"])
        #expect(r.status == 1 && r.stderr.contains("did you mean mostly-true?"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func setURLTakesOnlyAWebAddress() throws {
        let store = try CLI.temporaryDirectory().appendingPathComponent("s.db").path
        var r = try CLI.run(["--store", store, "set", "url", "javascript:alert(1)"])
        #expect(r.status == 1 && r.stderr.contains("url must be an http"), "\(r.stderr)")
        #expect(try CLI.run(["--store", store], stdin: "load \(CLI.seed)\nverdict C7 false --because x\nset org Desk\nset url https://d.example.org/c\n").status == 0)
        r = try CLI.run(["--store", store, "export", "claimreview"])
        #expect(r.status == 0 && r.stdout.contains("\"url\": \"https://d.example.org/c#C7\""), "\(r.stdout)\(r.stderr)")
    }

    /// The golden report in headless Chromium at desktop and phone widths and in print: no console
    /// message, no blank screenshot (scripts/screenshot-report.sh). Runs where Chromium is installed
    /// (.ci/run installs it).
    @Test func theReportRendersInARealBrowser() throws {
        guard ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains(where: FileManager.default.fileExists) else {
            print("skipped: no Chromium installed")
            return
        }
        let out = try CLI.temporaryDirectory()
        let r = try CLI.run(["bash", CLI.packageRoot.path + "/scripts/screenshot-report.sh", CLI.packageRoot.path + "/Fixtures/expected/report.html", out.path],
                            executable: "/usr/bin/env")
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        for file in ["report-desktop.png", "report-phone.png", "report.pdf"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(file).path)[.size] as? Int) ?? 0
            #expect(size > 2000, "\(file) was written")
        }
    }
}
