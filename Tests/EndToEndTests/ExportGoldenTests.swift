import Foundation
import Testing

/// Reports in every format, compared byte for byte with the files in Fixtures/expected.
/// `make update-golden` rewrites them after an intended change (review the diff).
@Suite(.serialized) struct ExportGoldenTests {
    static let environment = ["CLAIMCHECK_NOW": "2025-04-20T12:00:00Z", "CLAIMCHECK_AUTHOR": "checker"]
    static let formats: [(format: String, file: String)] = [
        ("markdown", "report.md"), ("html", "report.html"), ("json", "store.json"), ("csv", "report.csv"),
        ("claimreview", "reviews.jsonld"),
    ]

    /// Builds the report store from the batch script, in a fresh folder.
    private func buildStore() throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("report.db").path
        let r = try CLI.run(["--store", store, "--bail", "-f", CLI.fixture("batch/report.cc")], in: CLI.packageRoot,
                            environment: Self.environment)
        #expect(r.status == 0, "building the report store: \(r.stderr)")
        return store
    }

    @Test func everyFormatMatchesItsGoldenFile() throws {
        let store = try buildStore()
        let out = try CLI.temporaryDirectory()
        for (format, file) in Self.formats {
            let path = out.appendingPathComponent(file).path
            var args = ["--store", store, "export", format, path]
            if format == "claimreview" { args += ["--url", "https://checks.example.org/iran", "--org", "Example Checks"] }
            let r = try CLI.run(args, in: CLI.packageRoot, environment: Self.environment)
            #expect(r.status == 0, "export \(format): \(r.stderr)")
            try Golden.check(try Data(contentsOf: URL(fileURLWithPath: path)), against: file, "export \(format)")
        }
    }

    @Test func exportIsDeterministic() throws {
        let store = try buildStore()
        let a = try CLI.run(["--store", store, "export", "html"], environment: Self.environment)
        let b = try CLI.run(["--store", store, "export", "html"], environment: Self.environment)
        #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func jsonRoundTripsThroughImport() throws {
        let store = try buildStore()
        let dir = try CLI.temporaryDirectory()
        let json = dir.appendingPathComponent("store.json").path
        #expect(try CLI.run(["--store", store, "export", "json", json]).status == 0)
        let copy = dir.appendingPathComponent("copy.db").path
        let imported = try CLI.run(["--store", copy, "import", json])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try CLI.run(["--store", copy, "log", "verify"]).status == 0)
        let again = dir.appendingPathComponent("again.json").path
        #expect(try CLI.run(["--store", copy, "export", "json", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let refused = try CLI.run(["--store", copy, "import", json])
        #expect(refused.status == 1 && refused.stderr.contains("needs an empty store"))
    }

    @Test func htmlEscapesArticleAndUserText() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "html", "--claims", "C7"], environment: Self.environment)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("<script>"))
        #expect(!r.stdout.contains("src=\"http"), "no external resources")
        #expect(r.stdout.contains("Open-market rial rates"))
    }

    @Test func csvNeutralisesFormulas() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("c.db").path
        _ = try CLI.run(["--store", store, "claim", "add", "=cmd|' /C calc'!A0", "--by", "@attacker"])
        let r = try CLI.run(["--store", store, "export", "csv"])
        #expect(r.stdout.contains("\"'=cmd|' /C calc'!A0\"") || r.stdout.contains(",'=cmd|' /C calc'!A0,"))
        #expect(r.stdout.contains(",'@attacker,"))
    }

    @Test func claimReviewSaysExactlyWhatItWroteAndNeedsItsURLAndAuthor() throws {
        let store = try buildStore()
        var r = try CLI.run(["--store", store, "export", "claimreview", "--org", "X", "--url", "https://x.example.org/check"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "2 ClaimReviews written; 14 claims without a current verdict left out\n", "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(json?.count == 2)
        #expect(json?.first?["@type"] as? String == "ClaimReview")
        // A store with no `set url`.
        let bare = try CLI.temporaryDirectory().appendingPathComponent("bare.db").path
        #expect(try CLI.run(["--store", bare], stdin: "load \(CLI.seed)\nverdict C7 true --because x\n").status == 0)
        r = try CLI.run(["--store", bare, "export", "claimreview", "--org", "X"])
        #expect(r.status == 1 && r.stderr.contains("--url"), "no url is an error naming the option: \(r.stderr)")
        r = try CLI.run(["--store", store, "export", "claimreview", "--org", "  ", "--url", "https://x.example.org/check"])
        #expect(r.status == 1 && r.stderr.contains("organisation"), "a blank organisation is an error: \(r.stderr)")
    }

    @Test func unwritablePathLeavesNothingBehind() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "html", "/nonexistent-folder/report.html"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write /nonexistent-folder/report.html"))
    }

    /// Hostile text in every field that reaches a report keeps each format well-formed and inert.
    @Test func hostileTextStaysInertInEveryFormat() throws {
        let dir = try CLI.temporaryDirectory()
        let hostile = "<script>alert(1)</script> \"quotes\" =HYPERLINK(\"http://x\") line\nbreak \u{200F}rtl\u{200F} 🧪 & done"
        let article = dir.appendingPathComponent("hostile.html")
        try Data("""
            <html><head><title>\(hostile.replacingOccurrences(of: "<", with: "&lt;"))</title>
            <meta name="author" content="Eve &lt;script&gt;"></head>
            <body><article><h1>Headline &lt;b&gt;bold&lt;/b&gt;</h1>
            <p>“&lt;script&gt;alert(2)&lt;/script&gt; is fine =SUM(A1),” Mallory O'Brien said on Monday. 🧪</p>
            </article></body></html>
            """.utf8).write(to: article)
        let store = dir.appendingPathComponent("h.db").path
        // A word of the command language: double-quoted, with \\, \" and newlines escaped.
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        let script = """
            claim add \(q(hostile)) --by \(q(hostile)) --on 2025-04-01
            load \(article.path) --published 2025-04-17 --url "https://example.org/a?x=<b>&y=\\"1\\""
            evidence add C1 supports --source \(q(hostile)) --title \(q(hostile)) --quote \(q(hostile)) --note \(q(hostile))
            verdict C1 false --because \(q(hostile)) --cite E1
            """
        let setup = try CLI.run(["--store", store], stdin: script)
        #expect(setup.status == 0, "\(setup.stderr)")
        for format in ["html", "markdown", "csv", "json", "claimreview"] {
            let extra = format == "claimreview" ? ["--org", "Org <i>", "--url", "https://checks.example.org/x"] : []
            let r = try CLI.run(["--store", store, "export", format] + extra)
            #expect(r.status == 0, "\(format): \(r.stderr)")
            switch format {
            case "html":
                #expect(!r.stdout.lowercased().contains("<script"), "no script element")
                #expect(r.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text shows literally")
                let tags = Set(r.stdout.matches(of: /<\/?([a-zA-Z0-9]+)/).map { String($0.output.1).lowercased() })
                let allowed: Set<String> = ["html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "h4", "p",
                                            "code", "section", "ul", "li", "span", "article", "div", "blockquote", "strong", "a", "q",
                                            "ol", "footer", "dl", "dt", "dd", "mark"]
                #expect(tags.isSubset(of: allowed), "only the report's own elements: \(tags.subtracting(allowed))")
            case "csv":
                var rows = CSVReader.parse(r.stdout)
                let trailer = rows.popLast() ?? []
                #expect(trailer.count == 1 && trailer[0].hasPrefix("# claimcheck journal head "), "the last line states the head: \(trailer)")
                #expect(rows.allSatisfy { $0.count == rows[0].count }, "every row has every column")
                let added = try #require(rows.first { $0.first == "C1" })
                #expect(added[5] == hostile, "the statement parses back to the same cell")
                #expect(added[2] == "'" + hostile.replacingOccurrences(of: "\n", with: "\n") || added[2] == hostile, "speaker cell")
            case "json":
                #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(format) parses")
                #expect(r.stdout.contains("<script>alert(1)"), "text kept as a JSON string")
            case "claimreview":
                // Published inside <script type="application/ld+json">: no <, > or & may appear raw.
                #expect(!r.stdout.contains("<") && !r.stdout.contains(">") && !r.stdout.contains("&"), "web-safe JSON")
                let review = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
                #expect(review["claimReviewed"] as? String == hostile, "the statement reads back the same")
            default:
                #expect(!r.stdout.contains("<script>"), "markdown escapes markup")
            }
        }
    }

    /// Markdown: no raw HTML from article metadata or rating names, and links only to http(s).
    @Test func markdownLinksOnlyWebAddressesAndEscapesEveryField() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        try "“Prices fell by half last year,” Finance Minister Ana Lima said on Monday.\n".write(to: article, atomically: true, encoding: .utf8)
        let rating = "<img src=x onerror=alert(1)>"
        let urls = ["https://e.org/&gt; &lt;img src=x onerror=alert(1)&gt;", "javascript:alert(1)", "https://example.org/fine"]
        for url in urls {
            let store = dir.appendingPathComponent("m\(urls.firstIndex(of: url)!).db").path
            let script = """
                load \(article.path) --published 2025-04-17 --url '\(url)'
                scale set hostile true '\(rating)'
                verdict C1 '\(rating)' --because "wrong"
                """
            let setup = try CLI.run(["--store", store], stdin: script)
            #expect(setup.status == 0, "\(setup.stderr)")
            let r = try CLI.run(["--store", store, "export", "markdown"])
            #expect(r.status == 0, "\(r.stderr)")
            let unescaped = r.stdout.replacingOccurrences(of: "\\<", with: "")
            #expect(!unescaped.contains("<img"), "no live image element: \(r.stdout)")
            #expect(r.stdout.contains("\\<img src=x onerror=alert(1)\\>"), "the rating shows literally")
            if url.hasSuffix("fine") {
                #expect(r.stdout.contains(" · <https://example.org/fine>") && r.stdout.contains("](<https://example.org/fine>)"), "\(r.stdout)")
            } else {
                #expect(!r.stdout.contains("<javascript") && !r.stdout.contains("(<https://e.org"), "no link for \(url)")
                #expect(r.stdout.contains("(not a web address)"))
            }
        }
        let r = try CLI.run(["--store", dir.appendingPathComponent("m2.db").path, "export", "claimreview", "--org", "O", "--url", "javascript:alert(1)"])
        #expect(r.status == 1 && r.stderr.contains("--url must be an http"), "\(r.stderr)")
    }

    /// Each ClaimReview carries every required and recommended property.
    @Test func claimReviewHasEveryProperty() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "claimreview", "--url", "https://checks.example.org/iran", "--org", "Example Checks"])
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!reviews.isEmpty)
        for review in reviews {
            #expect(review["@context"] as? String == "https://schema.org")
            #expect(review["@type"] as? String == "ClaimReview")
            let claimReviewed = try #require(review["claimReviewed"] as? String)
            #expect(!claimReviewed.isEmpty && !claimReviewed.hasSuffix(","), "the quote's trailing comma is trimmed: \(claimReviewed)")
            #expect((review["reviewBody"] as? String)?.isEmpty == false, "reviewBody holds the reasoning")
            #expect((review["datePublished"] as? String)?.count == 10)
            #expect((review["url"] as? String)?.hasPrefix("https://checks.example.org/iran#C") == true)
            let author = review["author"] as? [String: Any]
            #expect(author?["@type"] as? String == "Organization" && author?["name"] as? String == "Example Checks")
            let rating = try #require(review["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            for key in ["ratingValue", "bestRating", "worstRating", "alternateName"] { #expect(rating[key] != nil, "reviewRating.\(key)") }
            #expect(rating["alternateName"] as? String == "Mostly true", "a reader-facing label, not a slug")
            let item = try #require(review["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let claimAuthor = item["author"] as? [String: Any]
            #expect(["Person", "Organization"].contains(claimAuthor?["@type"] as? String ?? "") && claimAuthor?["name"] != nil)
            // The claim's date where the article gives one (C2, "On March 8"); an undated claim (C7,
            // background) gets none rather than an invented one.
            let dated = (review["url"] as? String)?.hasSuffix("#C2") == true
            #expect((item["datePublished"] as? String != nil) == dated, "\(review["url"] ?? "")")
            let appearance = try #require(item["appearance"] as? [String: Any])
            #expect(appearance["url"] as? String == "https://example.org/iran-talks")
            let publisher = appearance["publisher"] as? [String: Any]
            #expect(publisher?["@type"] as? String == "Organization" && publisher?["name"] as? String == "EA WorldView")
            #expect((appearance["headline"] as? String)?.isEmpty == false)
        }
    }
}

/// Reads RFC 4180 CSV back into cells (quoted fields, doubled quotes, CRLF).
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "\"" { field.append("\""); i = next } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
            i = text.index(after: i)
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

