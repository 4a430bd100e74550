import CGumbo

/// What the article reader needs to know about each HTML tag, indexed by gumbo's tag number.
struct HTMLTagInfo: Sendable {
    /// Starts and ends a paragraph of text.
    var isBlock = false
    /// Never read: scripts, styles, form controls, media, embedded documents.
    var isIgnored = false
    /// Site chrome read for metadata only (navigation, asides, footers, page headers).
    var isChrome = false
    /// Readability's base score for a candidate container.
    var baseScore: Double = 0
    /// A paragraph-like element: its parent is the container that its text scores for.
    var isParagraph = false
    /// 1...6 for `<h1>`...`<h6>`, else 0.
    var headingLevel = 0
    var name: String = ""

    /// One entry per gumbo tag, `GUMBO_TAG_UNKNOWN` (custom elements) included.
    static let table: [HTMLTagInfo] = {
        let blocks: Set<String> = [
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "listing", "td", "th",
        ]
        let ignored: Set<String> = [
            "head", "script", "style", "template", "noscript", "svg", "math", "button", "select", "option", "optgroup",
            "textarea", "input", "object", "embed", "canvas", "audio", "video", "iframe", "frame", "frameset",
            "noframes", "noembed", "datalist", "dialog", "map", "area", "img", "picture", "source", "track", "param",
            "applet", "keygen", "meter", "progress", "label", "title", "meta", "link", "base", "xmp", "plaintext",
        ]
        let chrome: Set<String> = ["nav", "aside", "footer", "header", "menu", "figcaption"]
        let paragraphs: Set<String> = ["p", "pre", "td", "th", "li", "dd", "dt", "blockquote", "h1", "h2", "h3", "h4",
                                       "h5", "h6", "address"]
        var t: [HTMLTagInfo] = []
        let last = Int(GUMBO_TAG_LAST.rawValue)
        t.reserveCapacity(last + 1)
        for raw in 0...last {
            var info = HTMLTagInfo()
            if raw < last, let c = gumbo_normalized_tagname(GumboTag(UInt32(raw))) { info.name = String(cString: c) }
            let n = info.name
            info.isBlock = blocks.contains(n)
            info.isIgnored = ignored.contains(n)
            info.isChrome = chrome.contains(n)
            info.isParagraph = paragraphs.contains(n)
            if n.count == 2, n.first == "h", let level = Int(String(n.last!)) { info.headingLevel = level }
            switch n {
            // <article> and <main> are hints: a few points ahead of a <div>, no more.
            case "article", "main": info.baseScore = 8
            case "div", "section": info.baseScore = 5
            case "pre", "td", "blockquote": info.baseScore = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": info.baseScore = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": info.baseScore = -5
            default: break
            }
            t.append(info)
        }
        return t
    }()

    static func of(_ tag: GumboTag) -> HTMLTagInfo {
        let raw = Int(tag.rawValue)
        return raw < table.count ? table[raw] : table[table.count - 1]
    }
}
