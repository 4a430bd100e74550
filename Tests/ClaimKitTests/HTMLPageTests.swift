import Foundation
import Testing

@testable import ClaimKit

/// The HTML reader on invented pages (Fixtures/html): the article found whatever wraps it, hidden
/// text left out, legacy charsets read, dates trusted only when they are real, empty pages refused.
@Suite struct HTMLPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    static func read(_ name: String) throws -> Extraction {
        try ArticleFile.read(path: path(name)).extraction
    }

    static let story = [
        "The county water board voted on Tuesday to raise rates by 4 percent, its first increase in six years, after a long and at times heated meeting.",
        "Board chair Lina Okafor said the money would pay for new pipes in the older districts, where leaks have cost the county an estimated 2 million gallons a day.",
        "“We cannot keep patching a system that was built for half the people who live here now,” Okafor said.",
        "Residents who spoke at the meeting were divided. Some said the increase was overdue; others said families on fixed incomes could not absorb another bill.",
        "The new rates take effect in July, and the board will review them again next spring, according to the resolution it adopted.",
    ]
    static let storyText = story.joined(separator: "\n\n") + "\n"

    @Test(arguments: ["form-wrapped.html", "teaser-cards.html", "empty-article.html", "hidden-blocks.html", "comment-section.html",
                      "placeholder-date.html", "offset-date.html"])
    func theStoryAndNothingElse(_ name: String) throws {
        let e = try Self.read(name)
        #expect(e.text == Self.storyText, "\(name)")
        #expect(e.metadata.title == "Water board raises rates", "\(name)")
        // Every claim's span points into the stored text.
        let count = e.text.unicodeScalars.count
        for c in e.claims { #expect(c.span.start >= 0 && c.span.end <= count && c.span.start <= c.span.end) }
    }

    @Test func formWrappedPageIsRead() throws {
        let e = try Self.read("form-wrapped.html")
        #expect(!e.claims.isEmpty)
        #expect(!e.text.contains("Most read"))
    }

    @Test func bylineAndDateOfAnEmptyArticleGoToMetadata() throws {
        let e = try Self.read("empty-article.html")
        #expect(e.metadata.byline == "Sam Reyes")
        #expect(e.metadata.published == CivilDate(year: 2025, month: 3, day: 4))
    }

    @Test func latin1PageIsReadInItsDeclaredCharset() throws {
        let e = try Self.read("latin1.html")
        #expect(e.charset == "windows-1252")
        #expect(e.warnings.isEmpty)
        #expect(e.text.hasPrefix("Le conseil municipal a approuvé mardi un budget de 12 millions d’euros"))
        #expect(e.text.contains("« Nous ne pouvons plus attendre », a déclaré la maire, Hélène Garnier"))
        #expect(e.metadata.title == "Budget des écoles")
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252WithAWarning() throws {
        let e = try Self.read("undeclared-latin1.html")
        #expect(e.charset == "windows-1252")
        #expect(e.warnings.count == 1)
        #expect(e.warnings.first?.contains("declares no charset") == true)
        #expect(e.text.contains("Hélène Garnier"))
    }

    @Test func placeholderDateIsIgnoredWithAWarning() throws {
        let e = try Self.read("placeholder-date.html")
        #expect(e.metadata.published == nil)
        #expect(e.warnings == ["ignored publication date 0001-01-01 (a placeholder)"])
    }

    @Test func offsetDateKeepsItsLocalDay() throws {
        // 23:30 at UTC−8 is already the next day in UTC: the page's own day is the 4th.
        let e = try Self.read("offset-date.html")
        #expect(e.metadata.published == CivilDate(year: 2025, month: 3, day: 4))
    }

    @Test func withoutMetadataTheDateComesFromTheAddressThenFromTheDateShownOnThePage() {
        let story = "<p>" + String(repeating: "The council voted to close the harbour road for repairs, and the work will take two months. ", count: 6) + "</p>"
        func page(_ head: String, _ dateLine: String) -> String {
            "<html><head><title>Harbour road closes</title>\(head)</head><body><article><h1>Harbour road closes</h1>\(dateLine)\(story)</article></body></html>"
        }
        let shown = #"<div class="timeLine"> July 24, 2012 12:11 AM </div>"#
        let address = #"<link rel="canonical" href="https://news.example/2012/nov/01/harbour-road-closes">"#
        #expect(HTMLReader.read(page("", shown)).metadata.published == CivilDate(year: 2012, month: 7, day: 24))
        #expect(HTMLReader.read(page(address, shown)).metadata.published == CivilDate(year: 2012, month: 11, day: 1))
        // an update is not the publication, and a date in running text is not the page's date
        #expect(HTMLReader.read(page("", #"<div class="updated-time">Updated July 25, 2012</div>"#)).metadata.published == nil)
        #expect(HTMLReader.read(page("", "<p>July 24, 2012</p>")).metadata.published == nil)
        #expect(MetadataDate.fromURL("https://news.example/2012/10/31/87293fb6_story.html") == CivilDate(year: 2012, month: 10, day: 31))
        #expect(MetadataDate.fromURL("https://news.example/2012/10/story.html") == nil)
        #expect(MetadataDate.fromURL("https://news.example/id/48292643/ns/t/story") == nil)
    }

    @Test func aBlogWhoseHeadingIsItsNameTakesTheStorysHeadline() {
        let story = "<p>" + String(repeating: "The council voted to close the harbour road for repairs, and the work will take two months. ", count: 6) + "</p>"
        let blog = "<html><head><title>Harbour Road Closes for Repairs - The Quay Blog</title></head><body><h1>The Quay Blog</h1><article><h2>Harbour Road Closes for Repairs</h2>\(story)</article></body></html>"
        let e = HTMLReader.read(blog)
        #expect(e.metadata.title == "Harbour Road Closes for Repairs")
        #expect(!e.text.hasPrefix("Harbour Road Closes"))
        // a story's own <h1>, its site's name after it in the <title>, stays the title
        let news = "<html><head><title>Harbour Road Closes - The Quay Blog</title></head><body><article><h1>Harbour Road Closes</h1>\(story)</article></body></html>"
        #expect(HTMLReader.read(news).metadata.title == "Harbour Road Closes")
    }

    @Test func emptyPageIsAnErrorNamingTheFile() throws {
        let path = Self.path("empty.html")
        #expect(throws: InputError("no article text found in \(path) (the body held 0 words of text)")) {
            try ArticleFile.read(path: path)
        }
    }

    @Test func charsetDeclarations() throws {
        let meta = Array("<html><head><meta charset=\"iso-8859-2\"></head><body><p>\u{B3}\u{F3}d\u{BF}</p>".utf8.map { $0 })
        // ISO-8859-2: 0xB3 ł, 0xF3 ó, 0xBF ż (written here as raw bytes).
        var bytes = Array("<html><head><meta charset=\"iso-8859-2\"></head><body><p>".utf8)
        bytes += [0xB3, 0xF3, 0x64, 0xBF]
        bytes += Array("</p></body></html>".utf8)
        let d = try HTMLCharset.decode(bytes)
        #expect(d.charset == "iso-8859-2")
        #expect(d.text.contains("łódż"))
        #expect(HTMLCharset.declaredLabel(meta) == "iso-8859-2")
        let httpEquiv = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">".utf8)
        #expect(HTMLCharset.declaredLabel(httpEquiv) == "windows-1251")
        let bom = [0xEF, 0xBB, 0xBF] + Array("<meta charset=iso-8859-1><p>é</p>".utf8)
        #expect(try HTMLCharset.decode(bom).charset == "utf-8")
        #expect(try HTMLCharset.decode(bom).text.contains("é"))
    }

    @Test func siteNameSuffixLeavesTheTitle() {
        #expect(HTMLMetadata.stripSiteSuffix("Senate passes the budget bill | The Hill", outlet: nil) == "Senate passes the budget bill")
        #expect(HTMLMetadata.stripSiteSuffix("Senate passes the budget bill - Politics - Example News", outlet: nil)
            == "Senate passes the budget bill")
        #expect(HTMLMetadata.stripSiteSuffix("Q&A - the answers", outlet: nil) == "Q&A - the answers")
    }

    @Test func bylineLineGoesButASentenceStartingWithByStays() {
        let r = SourceReader.read("""
            <body><div class="story"><p>By Ana Ruiz and Piet de Vries</p><p>By Monday, the river had risen.</p>
            <p>\(Self.story[0])</p><p>\(Self.story[1])</p></div></body>
            """, format: .html)
        #expect(r.metadata.byline == "Ana Ruiz and Piet de Vries")
        #expect(r.text.hasPrefix("By Monday, the river had risen.\n\n"))
    }

    @Test func pageLinesAroundTheStoryGo() {
        let r = SourceReader.read("""
            <body><div class="story"><p>« Older post | Main | Newer post »</p>
            <p>\(Self.story[0])</p><p>Enlarge Photo by Ana Ruiz. The old pump house on Mill Road, where the leaks were first found.</p>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p><p>Tags: water, county board, rates</p>
            <p>Tagged as: water, county board, rates, Riverton</p>
            <p>Lina Okafor is the paper's chief financial reporter.</p>
            <p>Piet de Vries / Piet is a contributing writer who covers local government for the Courier.</p>
            <p>© 2025 The Valley Courier. All rights reserved.</p></div></body>
            """, format: .html)
        #expect(r.text == Self.story[0...2].joined(separator: "\n\n") + "\n")
    }

    @Test func aParagraphOpenedByAnInlineDatelineIsStory() {
        // The dateline span is furniture; the story sentence after it in the same paragraph is not, but a
        // few words after a date span ("Last updated at", a time) stay with it, and so does a bio after an author span.
        let r = SourceReader.read("""
            <body><div class="story"><p><span class="date">4 March 2025</span> Last updated at 12:01</p>
            <p><span class="dateline"><a href="/maps">RIVERTON</a> — </span>\(Self.story[0])</p>
            <p>\(Self.story[1])</p><p>\(Self.story[2])</p>
            <p><span class="author">Piet de Vries</span> covers the county government and its utilities for the Courier, and has done so since 2019.</p></div></body>
            """, format: .html)
        #expect(r.text == Self.story[0...2].joined(separator: "\n\n") + "\n")
    }

    @Test func aStoryInAnAsideThatHoldsTheHeadlineIsRead() {
        // The post is marked up as an <aside> (its class names it); the real sidebar stays out.
        let teasers = (1...8).map { "<li><a href=\"/t\($0)\">Ferry timetable changes for the summer season, part \($0)</a></li>" }.joined()
        let r = SourceReader.read("""
            <body><div id="wrap"><aside class="blogPost"><h1>Water board raises rates</h1>
            <div class="postContent">\(Self.story.map { "<p>\($0)</p>" }.joined())</div></aside>
            <aside class="widget"><h1>Most read</h1><ul>\(teasers)</ul></aside></div></body>
            """, format: .html)
        #expect(r.text == Self.storyText)
        #expect(r.metadata.title == "Water board raises rates")
    }

    @Test func aListThatAParagraphIntroducesWithAColonIsStory() {
        // The items are mostly links but say more than their links; the bare headlines after "More stories" go.
        let intro = "The board relied on three reports, all of them public:"
        let items = [
            "<a href=\"/r1\">Condition of the county's water mains, 2024 survey</a> by the county engineer",
            "<a href=\"/r2\">Leak losses in the older districts, a five-year review</a> by Okafor and Reyes",
            "<a href=\"/r3\">What other counties charge for water and sewer service</a> (free to read)",
        ]
        let more = (1...4).map { "<li><a href=\"/m\($0)\">Ferry timetable changes for the summer season, part \($0)</a></li>" }.joined()
        let r = SourceReader.read("""
            <body><div class="story"><p>\(Self.story[0])</p><p>\(Self.story[1])</p><p>\(intro)</p>
            <ul>\(items.map { "<li>\($0)</li>" }.joined())</ul><p>\(Self.story[2])</p>
            <p>More stories from the Courier:</p><ul>\(more)</ul></div></body>
            """, format: .html)
        #expect(r.text.contains("\(intro)\n\nCondition of the county's water mains, 2024 survey by the county engineer\n\n"))
        #expect(r.text.contains("What other counties charge for water and sewer service (free to read)\n\n\(Self.story[2])"))
        #expect(!r.text.contains("Ferry timetable"))
        // A list of one item scores below zero on its tag; introduced, it stays all the same.
        let one = SourceReader.read("""
            <body><div class="story"><p>\(Self.story[0])</p><p>\(Self.story[1])</p><p>The main report:</p>
            <ul><li>\(items[0])</li></ul><p>\(Self.story[2])</p></div></body>
            """, format: .html)
        #expect(one.text.contains("The main report:\n\nCondition of the county's water mains, 2024 survey by the county engineer\n\n"))
    }

    @Test func theStandfirstUnderTheHeadlineIsPartOfTheStory() {
        let deck = "The county's first increase in six years will pay for new pipes in the older districts"
        let paragraphs = Self.story.map { "<p>\($0)</p>" }.joined()
        let beside = SourceReader.read("""
            <title>Water board raises rates | Valley Courier</title><body><div id="info"><h1>Water board raises rates</h1>
            <p class="stand-first">\(deck)</p></div><div class="story">\(paragraphs)</div></body>
            """, format: .html)
        #expect(beside.text == deck + "\n\n" + Self.storyText)
        let inHeader = SourceReader.read("""
            <title>Water board raises rates | Valley Courier</title><body><article><header><h1>Water board raises rates</h1>
            <p>\(deck)</p></header><div class="story">\(paragraphs)</div></article></body>
            """, format: .html)
        #expect(inHeader.text == deck + "\n\n" + Self.storyText)
        let asHeading = SourceReader.read("""
            <title>Water board raises rates | Valley Courier</title><body><div id="main_text"><h1>Water board raises rates</h1>
            <h2 itemprop="description">\(deck)</h2><div class="story">\(paragraphs)</div></div></body>
            """, format: .html)
        #expect(asHeading.text == deck + "\n\n" + Self.storyText)
        // A line of links under the headline is no standfirst.
        let links = SourceReader.read("""
            <title>Water board raises rates | Valley Courier</title><body><div id="info"><h1>Water board raises rates</h1>
            <p><a href="/a">County news</a> <a href="/b">Water and utilities</a> <a href="/c">Board meetings this year</a></p>
            </div><div class="story">\(paragraphs)</div></body>
            """, format: .html)
        #expect(links.text == Self.storyText)
    }

    @Test func aShortSiblingThatScoresOnItsClassNameAloneStaysOut() {
        // "post-topics" weighs for the article as "entry-content" does, but a line of topics is no paragraph.
        let r = SourceReader.read("""
            <body><div id="main"><div class="entry-content">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>
            <div class="post-topics">Water, utilities, county government, local budgets</div></div></body>
            """, format: .html)
        #expect(r.text == Self.storyText)
    }

    @Test func aListOfShortPlainItemsStays() {
        // No links and no class against it: a list of names whose items are too short to score is story.
        let r = SourceReader.read("""
            <body><div class="story"><p>\(Self.story[0])</p><p>\(Self.story[1])</p><p><b>Colleges</b></p>
            <ul><li>Valley Community College</li><li>St. Anne's College</li><li>Riverton Institute of Technology and Design</li></ul>
            <p>\(Self.story[2])</p></div></body>
            """, format: .html)
        #expect(r.text.contains("Colleges\n\nValley Community College\n\nSt. Anne's College\n\nRiverton Institute of Technology and Design\n\n"))
    }

    @Test func storyLinesThatLookLikeFurnitureStay() {
        // A story's own last line about a person, and copyright as a subject, are not furniture.
        #expect(!HTMLBodyCleaner.isPageFurniture("Lina Okafor is the chair of the county water board.", atEnd: true))
        #expect(!HTMLBodyCleaner.isPageFurniture("The copyright office said all rights reserved notices are optional.", atEnd: false))
        #expect(!HTMLBodyCleaner.isPageFurniture("Enlarge the map, and the pattern is plain.", atEnd: false))
        #expect(HTMLBodyCleaner.isPageFurniture("Copyright 2025 Valley Courier. All rights reserved.", atEnd: true))
        #expect(!HTMLBodyCleaner.isPageFurniture("Copyright 2025 Valley Courier. All rights reserved.", atEnd: false))
    }

    @Test func visibleHeadlineIsPreferredOverTheSEOTitle() {
        let r = SourceReader.read("""
            <title>Rates to rise 4% | Valley Courier</title><meta property="og:title" content="Rates to rise 4%">
            <body><h1><a href="/">Valley Courier</a></h1><div class="story"><h1>Water board raises rates by 4 percent</h1>
            <p>\(Self.story[0])</p><p>\(Self.story[1])</p></div></body>
            """, format: .html)
        #expect(r.metadata.title == "Water board raises rates by 4 percent")
        #expect(!r.text.contains("Water board raises rates by 4 percent"))
    }
}
