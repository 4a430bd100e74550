import Foundation
import Testing

@testable import ClaimKit

// MARK: - Helpers

private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

private func utf16(_ s: String, bigEndian: Bool) -> [UInt8] {
    var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for u in s.utf16 {
        let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
        out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
}

private func decodeError(_ b: [UInt8], maxBytes: Int = 20 * 1024 * 1024) -> InputError? {
    do {
        _ = try SourceDecoder.decode(b, maxBytes: maxBytes)
        return nil
    } catch {
        return error
    }
}

private func fixture(_ name: String) throws -> [UInt8] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return [UInt8](try Data(contentsOf: root.appendingPathComponent("Fixtures/input/\(name)")))
}

private func html(_ s: String) -> SourceText { SourceReader.read(s, format: .html) }
private func markdown(_ s: String) -> SourceText { SourceReader.read(s, format: .markdown) }
private func paragraphs(_ t: SourceText) -> [String] {
    t.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
}

// MARK: - Decoding

@Suite struct InputDecoderTests {
    @Test func plainUTF8() throws {
        #expect(try SourceDecoder.decode(bytes("Héllo, “world”\n")) == "Héllo, “world”\n")
    }

    @Test func utf8BOMIsStripped() throws {
        #expect(try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + bytes("Hello")) == "Hello")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        #expect(try SourceDecoder.decode(utf16("Grüße 🐟\r\nok", bigEndian: false)) == "Grüße 🐟\nok")
    }

    @Test func utf16BigEndianWithBOM() throws {
        #expect(try SourceDecoder.decode(utf16("Grüße 🐟\rok", bigEndian: true)) == "Grüße 🐟\nok")
    }

    @Test func utf16UnpairedSurrogateIsAnError() {
        let b: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(decodeError(b) == InputError("invalid UTF-16 at byte 4"))
    }

    @Test func invalidUTF8ReportsByteOffset() {
        let e = decodeError(bytes("abc") + [0xC3, 0x28] + bytes("def"))
        #expect(e?.description == "invalid UTF-8 at byte 3")
        #expect(e?.byteOffset == 3)
        // The offset counts from the start of the file, BOM included.
        #expect(decodeError([0xEF, 0xBB, 0xBF] + bytes("ab") + [0xFF])?.description == "invalid UTF-8 at byte 5")
        // Truncated sequence at the end, overlong form, encoded surrogate.
        #expect(decodeError(bytes("x") + [0xE2, 0x80])?.description == "invalid UTF-8 at byte 1")
        #expect(decodeError([0x41, 0xC0, 0xAF])?.description == "invalid UTF-8 at byte 1")
        #expect(decodeError([0x41, 0x42, 0xED, 0xA0, 0x80])?.description == "invalid UTF-8 at byte 2")
    }

    @Test func errorsCompareByMessage() {
        #expect(InputError.invalidUTF8(at: 7) == InputError("invalid UTF-8 at byte 7"))
        #expect(InputError.invalidUTF8(at: 7).byteOffset == 7)
        #expect(InputError("empty document") != InputError("binary file, not text"))
    }

    @Test func invalidUTF8FarIn() {
        var b = [UInt8](repeating: UInt8(ascii: "a"), count: 1234)
        b.append(0x80)
        #expect(decodeError(b) == InputError("invalid UTF-8 at byte 1234"))
    }

    @Test func nulMeansBinary() {
        #expect(decodeError(bytes("text") + [0] + bytes("more"))?.description == "binary file, not text")
    }

    @Test func binarySignatures() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41]
        #expect(decodeError(png) == InputError("binary file, not text"))
        #expect(decodeError([0xFF, 0xD8, 0xFF, 0xE0, 0x41])?.description == "binary file, not text")
        #expect(decodeError(bytes("%PDF-1.7\n%âãÏÓ\n"))?.description == "binary file, not text")
    }

    @Test func manyControlBytesMeanBinary() {
        var b = bytes("header")
        for k in 0..<40 { b += [UInt8(1 + k % 7), 0x41] }
        #expect(decodeError(b)?.description == "binary file, not text")
        // A form feed or two is still text.
        #expect(decodeError(bytes("page one\u{0C}page two")) == nil)
    }

    @Test func emptyDocuments() {
        #expect(decodeError([])?.description == "empty document")
        #expect(decodeError(bytes(" \n\t\r\n  "))?.description == "empty document")
        #expect(decodeError([0xEF, 0xBB, 0xBF])?.description == "empty document")
        #expect(decodeError([0xFF, 0xFE])?.description == "empty document")
    }

    @Test func sizeLimit() {
        #expect(decodeError(bytes("0123456789A"), maxBytes: 10)?.description
            == "file is 11 bytes, over the limit of 10 (raise it with --max-size)")
        #expect(decodeError(bytes("0123456789"), maxBytes: 10) == nil)
    }

    @Test func lineEndingsBecomeLF() throws {
        #expect(try SourceDecoder.decode(bytes("a\r\nb\rc\n\r\nd\r")) == "a\nb\nc\n\nd\n")
    }
}

// MARK: - Plain

@Suite struct InputPlainTests {
    @Test func plainTextIsUnchanged() {
        let text = "Title  \n\nBy A. Writer\n\n  Indented line with trailing space \n"
        let r = SourceReader.read(text, format: .plain)
        #expect(r.text == text)
        #expect(r.metadata == DocumentMetadata())
    }
}

// MARK: - HTML

@Suite struct InputHTMLTests {
    @Test func scriptsStylesCommentsAndChromeAreRemoved() {
        let r = html("""
            <html><head><title>T</title><style>p { color: red }</style>
            <script>document.write("<p>fake</p>"); if (a < b) {}</script></head>
            <body><nav><a href="/">Home</a></nav><header>Site header</header>
            <p>First <!-- hidden <p>comment</p> --> paragraph.</p>
            <aside>Side note</aside><form><input name="email"><p>Sign up</p></form><noscript>Enable JS</noscript>
            <p>Second paragraph.</p><footer>Copyright</footer></body></html>
            """)
        // A page this short has no article to find: all its text outside the chrome is kept, the
        // small form's too (a form can wrap a whole page).
        #expect(paragraphs(r) == ["First paragraph.", "Sign up", "Second paragraph."])
        #expect(r.text == "First paragraph.\n\nSign up\n\nSecond paragraph.\n")
    }

    @Test func entitiesAreDecoded() {
        let r = html("<p>Fish &amp; chips &lt;b&gt; &quot;q&quot; &apos;a&apos; A&nbsp;B &mdash; &ndash; &lsquo;x&rsquo; &ldquo;y&rdquo; wait&hellip; &#8217; &#x2019; &#146; &copy &unknown;</p>")
        #expect(r.text == "Fish & chips <b> \"q\" 'a' A B — – ‘x’ “y” wait… ’ ’ ’ © &unknown;\n")
    }

    @Test func whitespaceCollapsesWithinParagraphs() {
        let r = html("<div>\n  One\n\t two   <span>three</span><b>four</b>\n</div><p>  </p><p>Five</p>")
        #expect(paragraphs(r) == ["One two threefour", "Five"])
    }

    @Test func blockElementsBreakParagraphs() {
        let r = html("<body><h2>Head</h2>Loose text<br>after break<ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table><blockquote>q</blockquote><figure><figcaption>Photo: X</figcaption></figure></body>")
        // Table cells are paragraphs of their own; captions are not article text.
        #expect(paragraphs(r) == ["Head", "Loose text", "after break", "one", "two", "a", "b", "c", "q"])
    }

    @Test func metaTagsGiveMetadata() {
        let r = html("""
            <head><title>Dam plan shelved - River Post</title>
            <meta property="og:site_name" content="River Post">
            <meta name="author" content="By Ana Ruiz">
            <meta property="article:published_time" content="2025-04-17T10:00:00Z">
            <link rel="canonical" href="https://river.example/dam"></head><body><p>Text.</p></body>
            """)
        #expect(r.metadata.title == "Dam plan shelved")
        #expect(r.metadata.byline == "Ana Ruiz")
        #expect(r.metadata.outlet == "River Post")
        #expect(r.metadata.url == "https://river.example/dam")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
    }

    @Test func openGraphTitleAndURLWin() {
        let r = html("""
            <title>Page title</title><meta property="og:title" content="OG &amp; title">
            <meta property="og:url" content="https://x.example/a"><link rel=canonical href=https://x.example/b>
            <meta property="article:author" content="https://facebook.example/someone">
            <p>Body</p>
            """)
        #expect(r.metadata.title == "OG & title")
        #expect(r.metadata.url == "https://x.example/a")
        #expect(r.metadata.byline == nil)
    }

    @Test func jsonLDArray() {
        let r = html("""
            <script type="application/ld+json">[
              {"@type": "BreadcrumbList", "name": "crumbs"},
              {"@type": ["ReportageNewsArticle"], "headline": "Quota talks fail",
               "author": [{"@type": "Person", "name": "Tomas Herrevik"}, "Lena Berg"],
               "datePublished": "2025-04-17", "url": "https://wire.example/quota",
               "publisher": {"@type": "Organization", "name": "Wire Example"},}
            ]</script>
            <meta property="og:title" content="Not this one">
            <p>Body</p>
            """)
        #expect(r.metadata.title == "Quota talks fail")
        #expect(r.metadata.byline == "Tomas Herrevik and Lena Berg")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
        #expect(r.metadata.url == "https://wire.example/quota")
        #expect(r.metadata.outlet == "Wire Example")
    }

    @Test func jsonLDGraphWithReferences() {
        let r = html("""
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Person", "@id": "#p1", "name": "Mira Holt"},
              {"@type": "Organization", "@id": "#org", "name": "Daily Example"},
              {"@type": "NewsArticle", "headline": "Bridge reopens",
               "author": {"@id": "#p1"}, "publisher": {"@id": "#org"},
               "datePublished": "2025-03-02T08:00:00-05:00",
               "mainEntityOfPage": {"@type": "WebPage", "@id": "https://daily.example/bridge"}}
            ]}
            </script><p>Body</p>
            """)
        #expect(r.metadata.title == "Bridge reopens")
        #expect(r.metadata.byline == "Mira Holt")
        #expect(r.metadata.outlet == "Daily Example")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 3, day: 2))
        #expect(r.metadata.url == "https://daily.example/bridge")
    }

    @Test func aBylineLineDropsTheTimeOfPostingBeforeBy() {
        let r = html("""
            <html><body><article><h1>Series preview: the depot at stake</h1>
            <p class="byline"><span class="time">1:54 pm</span> <span class="date">August 9, 2012, </span> by <span class="author">Ana Ruiz</span></p>
            <p>The council will vote on the depot next week, after a long debate over the cost of keeping it open.</p>
            <p>Drivers have asked the council to wait until the new budget is published in the autumn.</p>
            </article></body></html>
            """)
        #expect(r.metadata.byline == "Ana Ruiz")
        #expect(HTMLBodyCleaner.stripBy("November 12, 2012 by Ana Ruiz 7") == "Ana Ruiz", "a comment count after the name")
        #expect(HTMLBodyCleaner.stripBy("Ana Ruiz October 31, 2012") == "Ana Ruiz")
    }

    @Test func jsonLDAuthorAsStringAndBrokenJSONIgnored() {
        let r = html("""
            <script type="application/ld+json">{ not json </script>
            <script type="application/ld+json">{"@type": "Article", "headline": "H", "author": "Sam Lee",
              "datePublished": "April 17, 2025"}</script><p>Body</p>
            """)
        #expect(r.metadata.byline == "Sam Lee")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
    }

    @Test func articleIsFoundAndHeadlineGoesToMetadata() {
        let r = html("""
            <body><h1>Site banner</h1><div>Promo text outside the article</div>
            <main><article><header><h1>Real headline of the story</h1><p>By Jo Park</p></header>
            <p>The story text is long enough to be the main content of the page.</p>
            <footer>Share this</footer></article>
            <article><p>Teaser</p></article></main></body>
            """)
        #expect(paragraphs(r) == ["The story text is long enough to be the main content of the page."])
        #expect(r.metadata.title == "Real headline of the story")
    }

    @Test func mainIsUsedWithoutArticle() {
        let r = html("<body><div>Chrome text</div><main><h1>Dam vote delayed again</h1><p>Story body text here, long enough to score.</p></main></body>")
        #expect(paragraphs(r) == ["Story body text here, long enough to score."])
        #expect(r.metadata.title == "Dam vote delayed again")
    }

    @Test func pageFurnitureByClassDropped() {
        let r = html("<article><p>Story.</p><div class=\"share\">Share on X</div><ul id=related><li>Other story</li></ul><p class=\"shareholder\">Kept.</p></article>")
        #expect(paragraphs(r) == ["Story.", "Kept."])
    }

    @Test func unclosedHeadEndsAtBodyContent() {
        let r = html("<html><head><title>T</title><meta name=author content=\"Kim Lo\"><body><p>Body text</p>")
        #expect(paragraphs(r) == ["Body text"])
        #expect(r.metadata.byline == "Kim Lo")
        let bare = html("<head><title>T</title>Loose text after the head")
        #expect(paragraphs(bare) == ["Loose text after the head"])
        #expect(bare.metadata.title == "T")
    }

    @Test func hiddenAndRoleChromeDropped() {
        let r = html("<p>Keep</p><div role=navigation>Menu</div><div hidden>Secret</div><span aria-hidden=\"true\">icon</span><p>Also</p>")
        #expect(paragraphs(r) == ["Keep", "Also"])
    }

    @Test func brokenHTMLIsTolerated() {
        let r = html("""
            <HTML><BODY><P CLASS=lead>Unquoted attrs & UPPER tags<P>Second < third, 3<4 and a<>b
            <div title='unclosed>Inside div</div><![CDATA[raw <cdata> text]]><p>After</b></i></p></span>
            <p>Last <em>unclosed emphasis
            """)
        // As browsers parse it: CDATA outside SVG/MathML is a comment.
        // The unclosed quote of title='unclosed>... runs to the end of the file, so that tag and all
        // after it are never an element (as in a browser).
        #expect(paragraphs(r) == ["Unquoted attrs & UPPER tags", "Second < third, 3<4 and a<>b"])
    }

    @Test func unclosedCommentAndScriptRunToEnd() {
        #expect(paragraphs(html("<p>Before</p><!-- never closed <p>gone</p>")) == ["Before"])
        #expect(paragraphs(html("<p>Before</p><script>var x = '<p>gone</p>'")) == ["Before"])
        #expect(paragraphs(html("<p>Before</p><style>p{}</STYLE ><p>After</p>")) == ["Before", "After"])
    }

    @Test func deeplyNestedTags() {
        let depth = 10_000
        let doc = String(repeating: "<div><span>", count: depth) + "deep text" + String(repeating: "</span></div>", count: depth)
        #expect(paragraphs(html(doc)) == ["deep text"])
        // Never closed.
        let open = "<p>start</p>" + String(repeating: "<b><i>", count: depth) + "end"
        #expect(paragraphs(html(open)) == ["start", "end"])
        // Stray end tags.
        let stray = "<p>a</p>" + String(repeating: "</div></section>", count: depth) + "<p>b</p>"
        #expect(paragraphs(html(stray)) == ["a", "b"])
    }

    @Test func longSingleLineWithManyBrokenTags() {
        var doc = "<p>"
        for k in 0..<20_000 { doc += "word\(k) <a href=\"x y=z <b title='q>" }
        let r = html(doc)  // unclosed quotes everywhere; must finish quickly
        #expect(!r.text.isEmpty)
    }

    @Test func fixtureArticle() throws {
        let text = try SourceDecoder.decode(try fixture("article.html"))
        let r = SourceReader.read(text, format: SourceFormat.guess(path: "article.html"))
        let ps = paragraphs(r)
        // The headline and byline are metadata, not body.
        #expect(ps.first == "PORT HALVEN — The harbour board on Thursday postponed a vote on dredging the outer channel, saying it needed “more time” to study the cost.")
        #expect(!ps.contains("By Mirela Ostrand and Piet Vandersloot"))
        #expect(ps.contains("PORT HALVEN — The harbour board on Thursday postponed a vote on dredging the outer channel, saying it needed “more time” to study the cost."))
        #expect(ps.contains("“We are not going to rush a £40 million decision,” board chair Tomas Ekwall said."))
        #expect(!r.text.contains("Sport"))
        #expect(!r.text.contains("Related"))
        #expect(!r.text.contains("newsletter"))
        #expect(!r.text.contains("Buy now"))
        #expect(!r.text.contains("Site-wide banner"))
        #expect(!r.text.contains("not text"))
        #expect(r.metadata.title == "Harbour board delays dredging vote")
        #expect(r.metadata.byline == "Mirela Ostrand and Piet Vandersloot")
        #expect(r.metadata.outlet == "The Coastline Ledger")
        #expect(r.metadata.url == "https://ledger.example/2025/04/17/harbour-dredging")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
    }
}

// MARK: - Markdown

@Suite struct InputMarkdownTests {
    @Test func frontMatter() {
        let r = markdown("""
            ---
            title: 'Dam plan shelved'
            author: [Ana Ruiz, "Ben Okafor"]
            published: 2025-04-17T10:00:00Z
            url: https://river.example/dam
            outlet: River Post
            ---
            Body text.
            """)
        #expect(r.text == "Body text.\n")
        #expect(r.metadata.title == "Dam plan shelved")
        #expect(r.metadata.byline == "Ana Ruiz and Ben Okafor")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
        #expect(r.metadata.url == "https://river.example/dam")
        #expect(r.metadata.outlet == "River Post")
    }

    @Test func frontMatterDateInWords() {
        let r = markdown("---\ndate: April 17, 2025\nbyline: By Sam Lee\n---\n\nText")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
        #expect(r.metadata.byline == "Sam Lee")
    }

    @Test func linksAndImages() {
        let r = markdown("See [the report](https://x.example/r \"Report\") and [its annex][a], ![a chart](c.png) [^1] <https://x.example>.\n\n[a]: https://x.example/annex")
        #expect(r.text == "See the report and its annex, https://x.example.\n")
    }

    @Test func emphasisMarkersRemoved() {
        let r = markdown("This is **very** important, *really* _truly_ ~~not~~ ***so***.\nsnake_case_name, 2 * 3 = 6, and a lone * star.")
        #expect(r.text == "This is very important, really truly not so. snake_case_name, 2 * 3 = 6, and a lone * star.\n")
    }

    @Test func headingsBecomeParagraphsAndTitle() {
        let r = markdown("# Council backs bridge #\n\nIntro line\ncontinues here.\n\n## Background\n\nMore.\n\nSetext heading\n---\n\nEnd.")
        #expect(paragraphs(r) == ["Council backs bridge", "Intro line continues here.", "Background", "More.",
                                  "Setext heading", "End."])
        #expect(r.metadata.title == "Council backs bridge")
    }

    @Test func frontMatterTitleWinsOverHeading() {
        let r = markdown("---\ntitle: From front matter\n---\n# From heading\n\nText.")
        #expect(r.metadata.title == "From front matter")
        #expect(paragraphs(r) == ["From heading", "Text."])
    }

    @Test func quotesListsCodeAndComments() {
        let r = markdown("""
            > "We will decide in March," she said.
            > Second quoted line.

            - first item
            * second item
            1. third item

            ```swift
            let dropped = true
            ```

            <!-- a comment
            over lines -->
            After the comment.

            ---

            Done with `code_span` kept.
            """)
        #expect(paragraphs(r) == ["\"We will decide in March,\" she said. Second quoted line.", "first item",
                                  "second item", "third item", "After the comment.", "Done with code_span kept."])
    }

    @Test func carriageReturnsTolerated() {
        let r = markdown("---\r\ntitle: T\r\n---\r\n# H\r\n\r\nPara *one*\r\nline two\r\n")
        #expect(r.text == "H\n\nPara one line two\n")
        #expect(r.metadata.title == "T")
    }

    @Test func rawHTMLBlocksDropped() {
        let r = markdown("Before.\n\n<script>\nvar x = 1;\n</script>\n\n<div class=\"note\">Inline <b>HTML</b> text</div>\n\nAfter.")
        #expect(paragraphs(r) == ["Before.", "Inline HTML text", "After."])
        #expect(markdown("one<br>two <BR/>three").text == "one two three\n")
    }

    @Test func entitiesAndEscapes() {
        #expect(markdown("Fish &amp; chips \\*not emphasis\\* and 5 \\_ 6").text == "Fish & chips *not emphasis* and 5 _ 6\n")
    }

    @Test func fixtureArticle() throws {
        let text = try SourceDecoder.decode(try fixture("article.md"))
        let r = SourceReader.read(text, format: SourceFormat.guess(path: "article.md"))
        let ps = paragraphs(r)
        #expect(ps.first == "Valley council approves new footbridge")
        #expect(ps.contains("The town council voted 7 to 2 on Wednesday to build a footbridge over the river, the council said in a statement."))
        #expect(ps.contains("\"This is a bridge people have wanted for forty years,\" said Mayor Orla Pennick."))
        #expect(!r.text.contains("editor's note"))
        #expect(!r.text.contains("code that is dropped"))
        #expect(!r.text.contains("Artist"))
        #expect(r.metadata.title == "Valley council approves new footbridge")
        #expect(r.metadata.byline == "Ilse Marwood and Dara Quenby")
        #expect(r.metadata.outlet == "The Valley Courier")
        #expect(r.metadata.url == "https://valley.example/footbridge")
        #expect(r.metadata.published == CivilDate(year: 2025, month: 4, day: 17))
    }
}

// MARK: - Dates

@Suite struct InputDateTests {
    @Test(arguments: [
        "2025-04-17", "2025-04-17T10:00:00Z", "2025-04-17T23:30:00-05:00", "2025/04/17", "April 17, 2025",
        "Apr. 17, 2025", "Thursday, April 17, 2025", "17 April 2025", "Thu, 17 Apr 2025 10:00:00 +0000",
        "April 17th, 2025 at 10:00 AM", "20250417",
    ])
    func publishedDates(_ text: String) {
        #expect(MetadataDate.parse(text) == CivilDate(year: 2025, month: 4, day: 17))
    }

    @Test(arguments: ["", "yesterday", "2025-13-01", "April 2025", "2025-02-30"])
    func notDates(_ text: String) {
        #expect(MetadataDate.parse(text) == nil)
    }
}

// MARK: - Formats

/// The format of bytes with no file name to go by ("extract -").
@Suite struct InputFormatGuessTests {
    @Test func bytesWithNoFileNameAreReadByWhatTheyOpenWith() {
        #expect(SourceFormat.sniff(Array("  <!DOCTYPE html><html><body><p>Hi</p></body></html>".utf8)) == .html)
        #expect(SourceFormat.sniff(Array("<article><p>Hi</p></article>".utf8)) == .html)
        #expect(SourceFormat.sniff(Array("# Ferry firm to cut sailings\n\n*By Lena Ward*\n".utf8)) == .markdown)
        #expect(SourceFormat.sniff(Array("---\ntitle: Fees\n---\nThe fees rose.".utf8)) == .markdown)
        #expect(SourceFormat.sniff(Array("Harbour fees\n\nThe fees <b>rose</b>, the mayor said.".utf8)) == .plain)
    }
}
