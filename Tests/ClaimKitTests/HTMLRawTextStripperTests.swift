import Foundation
import Testing

@testable import ClaimKit

/// Script and style contents and comments are cut before gumbo parses a page: the page read must be
/// the same as from the whole page (text, paragraphs, elements, metadata), on the tokenizer's corner
/// cases and on every HTML fixture, and the cut must really happen.
@Suite struct HTMLRawTextStripperTests {
    static let tricky: [String] = [
        "<p>A<!-- x -->B</p><p>C <!-- y --> D</p>",
        "<p>&am<!-- -->p; and <<!-- -->b>bold?</b> and &amp<!-- -->; too</p>",
        "<script>var s = \"</scr\" + \"ipt>\"; <!-- document.write(\"<script></script>\") --></script><p>after the script</p>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"A headline\"}</script><p>body</p>",
        "<head><title>A <!-- b --> c</title></head><body><p>body text</p>",
        "<textarea><!-- t --><p>x</textarea><p>y</p>",
        "<p><a title=\"<!-- no -->\" href=x>link</a> and <img alt='<script>'> after <b class=a>b</b></p><!-- gone -->",
        "<svg><style><p>breakout</p></style></svg><p>z</p>",
        "<style>p { color: red }</style ><p>q</p><STYLE>x</STYLE><SCRIPT>y</SCRIPT><p>r</p>",
        "<p>unclosed <!-- comment never ends <p>hidden?",
        "<p>before</p><script>never ends <p>x",
        "<p>before</p><style>never ends <p>x",
        "<!DOCTYPE html><!-- top --><html><head><!--[if IE]><p>ie<![endif]--></head><body><p>b</p>",
        "<p>one</p></ x <!-- y --> <p>two</p>",
        "<p>one</p><? pi <!-- --> ?><p>two</p>",
        "<p>a</p><!----><!---><!--><p>b</p><!-- x --!><p>c</p>",
        "<xmp><!-- kept --></xmp><iframe><!-- i --></iframe><noembed><!-- n --></noembed><p>d</p>",
        "<noscript><p>no script</p><!-- c --></noscript><p>e</p>",
        "<table><tr><td>cell</td><!-- c --> text <script>s</script></tr></table>",
        "<math><mi><!-- m --></mi></math><p>f</p><plaintext><!-- all text </plaintext><p>",
        "<div class=\"story\"><p>x<script>1</script>y</p><template><!-- t --><p>in template</p></template></div>",
        "<p>a <script/src=x.js></script> b <script\nsrc=x></script\n> c</p>",
        "<", "<!", "<!-", "<!--", "<a", "<script", "<script>", "</", "<!-- -", "",
    ]

    static func fixtures() throws -> [String] {
        let root = HTMLPageTests.root
        return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            .filter { $0.hasSuffix(".html") }
            .map { try HTMLCharset.decode([UInt8](Data(contentsOf: root.appendingPathComponent($0)))).text }
    }

    static func expectSamePage(_ html: String) {
        let cut = HTMLPage.parse(html)
        let whole = HTMLPage.parse(html, stripRawText: false)
        #expect(cut.text == whole.text, "\(html)")
        #expect(cut.blocks == whole.blocks, "\(html)")
        #expect(cut.elements == whole.elements, "\(html)")
        #expect(cut.title == whole.title, "\(html)")
        #expect(cut.jsonLD == whole.jsonLD, "\(html)")
        #expect(cut.metas == whole.metas, "\(html)")
        #expect(cut.canonical == whole.canonical, "\(html)")
        #expect(cut.bodyWords == whole.bodyWords, "\(html)")
    }

    @Test func cornerCasesReadAsTheWholePage() {
        for html in Self.tricky { Self.expectSamePage(html) }
    }

    @Test func fixturesReadAsTheWholePage() throws {
        let pages = try Self.fixtures()
        #expect(pages.count >= 8)
        for html in pages { Self.expectSamePage(html) }
        // And so are the articles and every claim's span in them.
        for html in pages {
            let cut = ArticleFile.extract(source: HTMLReader.read(html))
            let whole = ArticleFile.extract(source: HTMLReader.read(html, stripRawText: false))
            #expect(cut.text == whole.text)
            #expect(cut.claims.map(\.span) == whole.claims.map(\.span))
            #expect(cut.claims.map(\.statement) == whole.claims.map(\.statement))
        }
    }

    @Test func contentsAndCommentsAreCut() {
        func cut(_ s: String) -> String { String(decoding: HTMLRawTextStripper.strip(Array(s.utf8)), as: UTF8.self) }
        #expect(cut("<p>a</p>\n<script>var x = 1 < 2;</script>\n<style>p{}</style>\n<!-- note --><p>b</p>")
                == "<p>a</p>\n<script></script>\n<style></style>\n<p>b</p>")
        // JSON-LD is metadata: kept.
        let ld = "<script type=\"application/ld+json\">{\"a\": 1}</script>"
        #expect(cut(ld) == ld)
        // Where cutting could change what the tokenizer sees, nothing is cut.
        for kept in ["<title><!-- t --></title>", "<textarea><!-- t --></textarea>", "<svg><style>x</style></svg>",
                     "<script><!-- <script> --></script>", "x<!-- c -->y", "<p>unclosed <!-- c",
                     "<a title=\"<!-- c -->\">", "<script>no end"] {
            #expect(cut(kept) == kept, "\(kept)")
        }
    }
}
