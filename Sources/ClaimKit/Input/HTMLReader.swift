/// Article text and metadata from an HTML page.
///
/// A single forward scan over the UTF-8 bytes with an explicit element stack: linear in the input,
/// no recursion over nesting, tolerant of unclosed and stray tags.
enum HTMLReader {
    static func read(_ text: String) -> SourceText {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { mbuf -> SourceText in
            var scanner = HTMLScanner(UnsafeBufferPointer(mbuf))
            scanner.run()
            return scanner.result()
        }
    }

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "basefont", "bgsound", "frame", "image", "isindex",
    ]
    /// Elements whose content is not markup: skipped up to the matching end tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]
    /// Site chrome and non-text elements whose content is dropped.
    static let droppedElements: Set<String> = [
        "nav", "footer", "aside", "form", "template", "svg", "math", "button", "select", "object", "embed",
        "canvas", "audio", "video", "menu", "datalist", "dialog",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog",
    ]
    /// Class or id tokens (whole tokens only) of page furniture inside article bodies.
    static let droppedClasses: Set<String> = [
        "share", "sharing", "share-tools", "share-buttons", "social-share", "related", "related-articles",
        "related-content", "related-links", "newsletter", "newsletter-signup", "advert", "advertisement", "ad-slot",
        "ad-container", "promo", "cookie-banner", "cookie-notice", "breadcrumb", "breadcrumbs", "comments",
        "subscribe", "sr-only", "visually-hidden", "screen-reader-text",
    ]

    /// Elements that start and end a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "head", "option", "listing", "frameset",
    ]
    /// Block elements that implicitly close an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
    ]

    /// Elements that may stand in <head>; any other closes it.
    static let headElements: Set<String> = [
        "meta", "link", "title", "script", "style", "base", "noscript", "template", "object", "param", "head",
    ]

    struct TagFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let void = TagFlags(rawValue: 1)
        static let rawText = TagFlags(rawValue: 2)
        static let dropped = TagFlags(rawValue: 4)
        static let block = TagFlags(rawValue: 8)
        static let closesParagraph = TagFlags(rawValue: 16)
    }

    /// Everything known about a tag name, so each tag costs one lookup.
    static let tagFlags: [String: TagFlags] = {
        var d: [String: TagFlags] = [:]
        for (set, flag) in [(voidElements, TagFlags.void), (rawTextElements, .rawText), (droppedElements, .dropped),
                            (blockElements, .block), (closesParagraph, .closesParagraph)] {
            for name in set { d[name, default: []].insert(flag) }
        }
        return d
    }()

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "asknewsarticle", "askpublicfeedbacknewsarticle",
        "blogposting", "liveblogposting", "report", "satiricalarticle", "scholarlyarticle", "techarticle",
    ]
}

/// Where a paragraph stands in the page.
private struct HTMLRegion {
    var article: Int  // id of the outermost enclosing <article>, or -1
    var inMain: Bool
}

private struct HTMLParagraph {
    var text: [UInt8]
    var region: HTMLRegion
    var isH1: Bool
}

private struct HTMLFrame {
    var name: String
    var flags: HTMLReader.TagFlags
    var drop: Bool
    var article: Bool
    var main: Bool
    var head: Bool
    var h1: Bool
}

private struct HTMLScanner {
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var i = 0

    // Element stack.
    var stack: [HTMLFrame] = []
    var openCount: [String: Int] = [:]
    var dropDepth = 0
    var articleDepth = 0
    var mainDepth = 0
    var headDepth = 0
    var h1Depth = 0
    var articleCounter = 0
    var currentArticle = -1

    // Text.
    var paragraphs: [HTMLParagraph] = []
    var para: [UInt8] = []
    var paraRegion = HTMLRegion(article: -1, inMain: false)
    var paraIsH1 = false
    var pendingSpace = false

    // Metadata.
    var metas: [String: String] = [:]
    var canonical: String?
    var titleText: String?
    var jsonLD: [String] = []

    // Memoised forward searches for single bytes: searched from, found at (or n).
    var memoFrom = [Int](repeating: Int.max, count: 256)
    var memoFound = [Int](repeating: -1, count: 256)

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        self.n = b.count
    }

    mutating func find(_ byte: UInt8, from: Int) -> Int {
        let slot = Int(byte)
        if from >= memoFrom[slot], memoFound[slot] >= from { return memoFound[slot] }
        var j = from
        while j < n, b[j] != byte { j += 1 }
        memoFrom[slot] = from
        memoFound[slot] = j
        return j
    }

    // MARK: - Scan

    mutating func run() {
        while i < n {
            let lt = find(UInt8(ascii: "<"), from: i)
            if lt >= n { break }
            if !tryMarkup(at: lt) { i = lt + 1 }
        }
        flushPendingText(upTo: n)
        paragraphBreak()
    }

    // Text between markup is emitted lazily: `lastTextEnd` marks how far text has been consumed.
    var lastTextEnd = 0

    mutating func flushPendingText(upTo end: Int) {
        if end > lastTextEnd { appendText(from: lastTextEnd, to: end, decodeEntities: true) }
        lastTextEnd = max(lastTextEnd, end)
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    func startsWith(_ s: StaticString, at j: Int, caseInsensitive: Bool = false) -> Bool {
        let len = s.utf8CodeUnitCount
        guard j + len <= n else { return false }
        let p = s.utf8Start
        for k in 0..<len {
            var c = b[j + k]
            if caseInsensitive, c >= 0x41, c <= 0x5A { c |= 0x20 }
            if c != p[k] { return false }
        }
        return true
    }

    /// Handles markup at `b[lt] == "<"`. Returns false when the `<` is literal text.
    mutating func tryMarkup(at lt: Int) -> Bool {
        guard lt + 1 < n else { return false }
        let c = b[lt + 1]
        if c == UInt8(ascii: "!") {
            flushPendingText(upTo: lt)
            if startsWith("<!--", at: lt) {
                var j = lt + 4
                // "<!-->" and "<!--->" end at once.
                if startsWith(">", at: j) { i = j + 1 } else if startsWith("->", at: j) { i = j + 2 } else {
                    while true {
                        j = find(UInt8(ascii: ">"), from: j)
                        if j >= n { i = n; break }
                        if j >= lt + 6, b[j - 1] == UInt8(ascii: "-"), b[j - 2] == UInt8(ascii: "-") { i = j + 1; break }
                        if j >= lt + 7, b[j - 1] == UInt8(ascii: "!"), b[j - 2] == UInt8(ascii: "-"), b[j - 3] == UInt8(ascii: "-") {
                            i = j + 1
                            break
                        }
                        j += 1
                    }
                }
            } else if startsWith("<![CDATA[", at: lt) {
                var j = lt + 9
                var end = n
                while true {
                    j = find(UInt8(ascii: ">"), from: j)
                    if j >= n { break }
                    if b[j - 1] == UInt8(ascii: "]"), b[j - 2] == UInt8(ascii: "]"), j - 2 >= lt + 9 { end = j - 2; break }
                    j += 1
                }
                appendText(from: lt + 9, to: end, decodeEntities: false)
                i = min(n, end + 3)
            } else {
                i = min(n, find(UInt8(ascii: ">"), from: lt + 2) + 1)
            }
            lastTextEnd = i
            return true
        }
        if c == UInt8(ascii: "?") {
            flushPendingText(upTo: lt)
            i = min(n, find(UInt8(ascii: ">"), from: lt + 2) + 1)
            lastTextEnd = i
            return true
        }
        if c == UInt8(ascii: "/") {
            guard lt + 2 < n else { return false }
            flushPendingText(upTo: lt)
            if HTMLScanner.isLetter(b[lt + 2]) {
                var j = lt + 2
                let name = readName(&j)
                i = min(n, find(UInt8(ascii: ">"), from: j) + 1)
                lastTextEnd = i
                endTag(name)
            } else {
                // "</>" or "</ junk>": ignored.
                i = min(n, find(UInt8(ascii: ">"), from: lt + 2) + 1)
                lastTextEnd = i
            }
            return true
        }
        if HTMLScanner.isLetter(c) {
            flushPendingText(upTo: lt)
            var j = lt + 1
            let name = readName(&j)
            var attributes: [(String, Range<Int>)] = []
            var selfClosing = false
            // Attributes.
            while j < n {
                let d = b[j]
                if HTMLScanner.isSpace(d) { j += 1; continue }
                if d == UInt8(ascii: ">") { j += 1; break }
                if d == UInt8(ascii: "/") {
                    j += 1
                    if j < n, b[j] == UInt8(ascii: ">") { selfClosing = true }
                    continue
                }
                let nameStart = j
                j += 1
                while j < n, !HTMLScanner.isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">"),
                      b[j] != UInt8(ascii: "=") {
                    j += 1
                }
                let attrName = HTMLScanner.lowercased(b, nameStart, j)
                var k = j
                while k < n, HTMLScanner.isSpace(b[k]) { k += 1 }
                var value = j..<j
                if k < n, b[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < n, HTMLScanner.isSpace(b[k]) { k += 1 }
                    if k < n, b[k] == UInt8(ascii: "\"") || b[k] == UInt8(ascii: "'") {
                        let q = b[k]
                        let close = find(q, from: k + 1)
                        let gt = find(UInt8(ascii: ">"), from: k + 1)
                        if close < n {
                            value = (k + 1)..<close
                            k = close + 1
                        } else {
                            // Unclosed quote: the value runs to the end of the tag.
                            value = (k + 1)..<gt
                            k = gt
                        }
                    } else {
                        let vs = k
                        while k < n, !HTMLScanner.isSpace(b[k]), b[k] != UInt8(ascii: ">") { k += 1 }
                        value = vs..<k
                    }
                    j = k
                }
                if attributes.count < 64 { attributes.append((attrName, value)) }
            }
            i = j
            lastTextEnd = i
            startTag(name, attributes: attributes, selfClosing: selfClosing)
            return true
        }
        return false
    }

    static func lowercased(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var out = [UInt8]()
        out.reserveCapacity(min(to - from, 64))
        var k = from
        while k < to, out.count < 64 {
            let c = b[k]
            out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Tag name at `j`, lowercased; advances `j` past it.
    func readName(_ j: inout Int) -> String {
        let start = j
        while j < n, !HTMLScanner.isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">") { j += 1 }
        return HTMLScanner.lowercased(b, start, j)
    }

    func attribute(_ name: String, in attributes: [(String, Range<Int>)]) -> String? {
        for (k, v) in attributes where k == name {
            return HTMLEntities.decodeAll(String(decoding: UnsafeBufferPointer(rebasing: b[v]), as: UTF8.self))
        }
        return nil
    }

    // MARK: - Elements

    mutating func startTag(_ name: String, attributes: [(String, Range<Int>)], selfClosing: Bool) {
        switch name {
        case "meta":
            if let content = attribute("content", in: attributes) {
                for key in ["property", "name", "itemprop"] {
                    if let k = attribute(key, in: attributes)?.lowercased(), metas[k] == nil { metas[k] = content }
                }
            }
        case "link":
            if canonical == nil, let rel = attribute("rel", in: attributes)?.lowercased(),
               rel.split(separator: " ").contains("canonical") {
                canonical = attribute("href", in: attributes)
            }
        case "time":
            if let prop = attribute("itemprop", in: attributes)?.lowercased(), metas[prop] == nil,
               let dt = attribute("datetime", in: attributes) {
                metas[prop] = dt
            }
        default: break
        }
        let flags = HTMLReader.tagFlags[name] ?? []
        if headDepth > 0, !HTMLReader.headElements.contains(name) { closeHead() }
        if flags.contains(.rawText) && !selfClosing {
            skipRawText(name, attributes: attributes)
            return
        }
        if flags.contains(.closesParagraph), let top = stack.last, top.name == "p" { pop() }
        if name == "li" || name == "dt" || name == "dd" || name == "tr" || name == "td" || name == "th" || name == "option" {
            if let top = stack.last, top.name == name || (name == "dd" && top.name == "dt") || (name == "dt" && top.name == "dd")
                || ((name == "td" || name == "th") && (top.name == "td" || top.name == "th")) {
                pop()
            }
        }
        if flags.contains(.block) { paragraphBreak() }
        if name == "td" || name == "th" { pendingSpace = !para.isEmpty }
        if flags.contains(.void) || selfClosing { return }

        var drop = flags.contains(.dropped)
        if name == "header", articleDepth == 0, mainDepth == 0 { drop = true }
        if !drop, attributes.contains(where: { $0.0 == "hidden" }) { drop = true }
        if !drop, let role = attribute("role", in: attributes)?.lowercased(), HTMLReader.droppedRoles.contains(role) {
            drop = true
        }
        if !drop, attribute("aria-hidden", in: attributes)?.lowercased() == "true" { drop = true }
        if !drop {
            for key in ["class", "id"] {
                guard let v = attribute(key, in: attributes)?.lowercased() else { continue }
                if v.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                    .contains(where: { HTMLReader.droppedClasses.contains(String($0)) }) {
                    drop = true
                    break
                }
            }
        }
        let frame = HTMLFrame(name: name, flags: flags, drop: drop, article: name == "article", main: name == "main" || attribute("role", in: attributes)?.lowercased() == "main",
                          head: name == "head", h1: name == "h1")
        push(frame)
    }

    mutating func push(_ f: HTMLFrame) {
        if stack.count >= 100_000 { return }  // pathological depth: stop tracking
        stack.append(f)
        openCount[f.name, default: 0] += 1
        if f.drop { dropDepth += 1 }
        if f.article {
            if articleDepth == 0 {
                articleCounter += 1
                currentArticle = articleCounter
            }
            articleDepth += 1
        }
        if f.main { mainDepth += 1 }
        if f.head { headDepth += 1 }
        if f.h1 { h1Depth += 1 }
    }

    mutating func pop() {
        guard let f = stack.popLast() else { return }
        openCount[f.name, default: 1] -= 1
        if f.drop { dropDepth -= 1 }
        if f.article {
            articleDepth -= 1
            if articleDepth == 0 { currentArticle = -1 }
        }
        if f.main { mainDepth -= 1 }
        if f.head { headDepth -= 1 }
        if f.h1 { h1Depth -= 1 }
        if f.flags.contains(.block) || f.h1 { paragraphBreak() }
    }

    /// Pops up to and including the open <head>.
    mutating func closeHead() {
        while headDepth > 0, !stack.isEmpty { pop() }
        headDepth = 0
    }

    mutating func endTag(_ name: String) {
        if name == "br" {
            paragraphBreak()
            return
        }
        if (openCount[name] ?? 0) > 0 {
            while let top = stack.last {
                pop()
                if top.name == name { break }
            }
        } else if HTMLReader.tagFlags[name]?.contains(.block) == true {
            paragraphBreak()
        }
    }

    /// Skips the content of a raw-text element up to its end tag, keeping what metadata needs.
    mutating func skipRawText(_ name: String, attributes: [(String, Range<Int>)]) {
        let contentStart = i
        var end = n
        var after = n
        if name != "plaintext" {
            var j = i
            while j < n {
                j = find(UInt8(ascii: "<"), from: j)
                if j >= n { break }
                if j + 1 < n, b[j + 1] == UInt8(ascii: "/") {
                    var k = j + 2
                    var m = 0
                    var matched = true
                    for c in name.utf8 {
                        guard k < n else { matched = false; break }
                        var d = b[k]
                        if d >= 0x41, d <= 0x5A { d |= 0x20 }
                        if d != c { matched = false; break }
                        k += 1
                        m += 1
                    }
                    if matched, k >= n || HTMLScanner.isSpace(b[k]) || b[k] == UInt8(ascii: ">") || b[k] == UInt8(ascii: "/") {
                        end = j
                        after = min(n, find(UInt8(ascii: ">"), from: k) + 1)
                        break
                    }
                }
                j += 1
            }
        }
        let content = String(decoding: UnsafeBufferPointer(rebasing: b[contentStart..<end]), as: UTF8.self)
        switch name {
        case "title":
            if titleText == nil, dropDepth == 0 || headDepth > 0 {
                let t = HTMLScannerText.collapse(HTMLEntities.decodeAll(content))
                if !t.isEmpty { titleText = t }
            }
        case "script":
            if let type = attribute("type", in: attributes)?.lowercased(), type.contains("ld+json") { jsonLD.append(content) }
        default: break
        }
        i = after
        lastTextEnd = i
    }

    // MARK: - Text

    mutating func appendText(from: Int, to: Int, decodeEntities: Bool) {
        if from >= to { return }
        if headDepth > 0 {
            // Text in <head> means the head has ended (a page that never closes it).
            var k = from
            while k < to, HTMLScanner.isSpace(b[k]) { k += 1 }
            if k == to { return }
            closeHead()
        }
        if dropDepth > 0 { return }
        var k = from
        while k < to {
            let c = b[k]
            if HTMLScanner.isSpace(c) {
                pendingSpace = !para.isEmpty
                k += 1
                continue
            }
            if c == UInt8(ascii: "&"), decodeEntities,
               let (v, len) = HTMLEntities.decode(UnsafeBufferPointer(rebasing: b[from..<to]), at: k - from) {
                k += len
                switch v {
                case 0xA0, 0x2002, 0x2003, 0x2009, 0x09, 0x0A, 0x0D, 0x20: pendingSpace = !para.isEmpty
                case 0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF: break
                default:
                    startParagraphIfNeeded()
                    HTMLEntities.appendUTF8(v, to: &para)
                }
                continue
            }
            // Literal no-break space, soft hyphen, zero-width space.
            if c == 0xC2, k + 1 < to, b[k + 1] == 0xA0 {
                pendingSpace = !para.isEmpty
                k += 2
                continue
            }
            if c == 0xC2, k + 1 < to, b[k + 1] == 0xAD { k += 2; continue }
            if c == 0xE2, k + 2 < to, b[k + 1] == 0x80, b[k + 2] == 0x8B { k += 3; continue }
            if c == 0xEF, k + 2 < to, b[k + 1] == 0xBB, b[k + 2] == 0xBF { k += 3; continue }
            startParagraphIfNeeded()
            para.append(c)
            k += 1
        }
    }

    @inline(__always) mutating func startParagraphIfNeeded() {
        if para.isEmpty {
            paraRegion = HTMLRegion(article: articleDepth > 0 ? currentArticle : -1, inMain: mainDepth > 0)
            paraIsH1 = h1Depth > 0
            pendingSpace = false
        } else if pendingSpace {
            para.append(0x20)
            pendingSpace = false
        }
    }

    mutating func paragraphBreak() {
        if !para.isEmpty {
            paragraphs.append(HTMLParagraph(text: para, region: paraRegion, isH1: paraIsH1))
            para = []
        }
        pendingSpace = false
    }

    // MARK: - Result

    func result() -> SourceText {
        // Choose the region: the <article> with most text, else <main>, else everything.
        var total = 0
        var perArticle: [Int: Int] = [:]
        var inMain = 0
        for p in paragraphs {
            total += p.text.count
            if p.region.article >= 0 { perArticle[p.region.article, default: 0] += p.text.count }
            if p.region.inMain { inMain += p.text.count }
        }
        var chosen: [HTMLParagraph] = paragraphs
        if let best = perArticle.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
           best.value * 5 >= total {
            chosen = paragraphs.filter { $0.region.article == best.key }
        } else if inMain > 0, inMain * 5 >= total {
            chosen = paragraphs.filter { $0.region.inMain }
        }
        var out = [UInt8]()
        out.reserveCapacity(total + 2 * chosen.count)
        for (k, p) in chosen.enumerated() {
            if k > 0 { out.append(0x0A); out.append(0x0A) }
            out.append(contentsOf: p.text)
        }
        if !out.isEmpty { out.append(0x0A) }
        let h1 = (chosen.first(where: { $0.isH1 }) ?? paragraphs.first(where: { $0.isH1 }))
            .map { String(decoding: $0.text, as: UTF8.self) }
        let metadata = HTMLMetadata.build(metas: metas, canonical: canonical, title: titleText, h1: h1, jsonLD: jsonLD)
        return SourceText(text: String(decoding: out, as: UTF8.self), metadata: metadata)
    }
}
