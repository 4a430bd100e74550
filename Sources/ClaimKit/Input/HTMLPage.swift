import CGumbo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A page parsed by gumbo (the HTML5 parsing algorithm, as browsers run it) and flattened into what
/// the article reader works on: the elements in document order with their class/id hints, and the
/// visible text cut into paragraph blocks, each owned by its innermost block element.
///
/// The walk over gumbo's tree is iterative, so deeply nested pages cannot exhaust the stack.
struct HTMLPage {
    /// One element of the page, in document order (a parent always precedes its children).
    struct Element: Equatable {
        var tag: Int
        var parent: Int
        /// Lowercased `class` and `id` joined by a space.
        var classAndID: String
        var weight: Double
        /// Readability's unlikely candidate (by class or id).
        var unlikely: Bool
        /// A block element whose class or id names furniture (share, related, comments...) or metadata
        /// (byline, date, caption): dropped when small enough to be that (see `HTMLContent`).
        var furniture: Furniture = .none
        /// A class or id token naming readers' comments ("comments", "commentbody", "comment-list"):
        /// never part of the article unless it wraps the whole of it.
        var comments = false
        /// Direct text bytes and link text bytes; summed over the subtree later.
        var textBytes = 0
        var linkBytes = 0
        var commas = 0
        var paragraphs = 0
    }

    enum Furniture { case none, furniture, metadata }

    /// A paragraph of visible text.
    struct Block: Equatable {
        var range: Range<Int>
        /// Innermost block element when the paragraph began.
        var owner: Int
        var linkBytes: Int
        var commas: Int
        /// 1...6 inside `<h1>`...`<h6>`, else 0.
        var heading: Int
        /// Inside page chrome (`<nav>`, `<header>`, `<footer>`, `<aside>`, chrome roles and classes).
        var chrome: Bool
        /// Inside an element whose class or id marks a byline.
        var byline: Bool
        var words: Int
        /// The one chrome element the paragraph is inside (-1: none, or chrome within chrome).
        var chromeElement = -1
    }

    var elements: [Element] = []
    var blocks: [Block] = []
    var text: [UInt8] = []

    var metas: [String: String] = [:]
    var canonical: String?
    var title: String?
    var jsonLD: [String] = []
    /// `<time datetime>` values in the page, in order (with the element they stand in).
    var times: [(value: String, element: Int)] = []
    /// Visible words in `<body>`, chrome included.
    var bodyWords = 0

    /// `stripRawText: false` parses the page as it is (tests compare the two).
    static func parse(_ source: String, stripRawText: Bool = true) -> HTMLPage {
        var page = HTMLPage()
        // Script and style contents and comments go first: the visible text is the same without them.
        var utf8 = !stripRawText ? Array(source.utf8)
            : source.utf8.withContiguousStorageIfAvailable(HTMLRawTextStripper.strip)
                ?? HTMLRawTextStripper.strip(Array(source.utf8))
        if utf8.isEmpty { return page }
        utf8.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                // Every node in one arena, released whole (see shim.h): no malloc and free per node.
                var arena = cc_arena()
                defer { cc_arena_release(&arena) }
                guard let output = cc_gumbo_parse_in_arena(&arena, chars, buf.count) else { return }
                var walker = HTMLWalker()
                walker.walk(output.pointee.root)
                page = walker.page
            }
        }
        return page
    }
}

/// The iterative walk over gumbo's tree that fills an `HTMLPage`.
private struct HTMLWalker {
    var page = HTMLPage()

    private struct Frame {
        var node: UnsafeMutablePointer<GumboNode>
        var nextChild: Int
        var element: Int
        var wasBlock: Bool
        var savedOwner: Int
        var savedHeading: Int
        var hidden: Bool
        var chrome: Bool
        var link: Bool
        var byline: Bool
        var collect: Collect
    }

    /// Raw text an element's content is kept for.
    private enum Collect { case none, title, jsonLD }

    /// What a class-and-id string says, worked out once: pages repeat their classes.
    struct ClassHints {
        var weight = 0.0
        var unlikely = false
        var furniture = HTMLPage.Furniture.none
        var byline = false
        var comments = false

        init() {}

        init(className: String, id: String, classAndID: String) {
            weight = HTMLHints.weight(className: className, id: id)
            unlikely = HTMLHints.isUnlikely(classAndID)
            var dropped = false, metadata = false
            var all = classAndID
            all.withUTF8 { b in
                var start = 0
                for end in 0...b.count where end == b.count || HTMLHints.isSpace(b[end]) {
                    defer { start = end + 1 }
                    guard end > start else { continue }
                    // Short tokens are small strings: no allocation.
                    let t = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                    if HTMLHints.droppedTokens.contains(t) {
                        dropped = true
                        if HTMLHints.metadataTokens.contains(t) { metadata = true }
                    }
                    if HTMLHints.bylineTokens.contains(t) { byline = true }
                    if HTMLHints.namesComments(t) { comments = true }
                }
            }
            if dropped { furniture = metadata ? .metadata : .furniture }
        }
    }

    var hintCache: [String: ClassHints] = [:]

    // State of the walk.
    var hiddenDepth = 0
    var chromeDepth = 0
    /// The outermost chrome element open (-1 when none).
    var chromeRoot = -1
    var linkDepth = 0
    var bylineDepth = 0
    var owner = -1
    var heading = 0
    var inBody = false

    // The paragraph being built.
    var paraStart = 0
    var paraLink = 0
    var paraCommas = 0
    var paraOwner = -1
    var paraHeading = 0
    var paraChrome = false
    var paraChromeElement = -1
    var paraByline = false
    var paraWords = 0
    /// The paragraph is the rest of one that inline furniture opened (a byline, when `paraAfterByline`).
    var paraAfterChrome = false
    var paraAfterByline = false
    var inWord = false
    var pendingSpace = false
    var open = false

    mutating func walk(_ root: UnsafeMutablePointer<GumboNode>) {
        var stack: [Frame] = []
        enter(root, &stack)
        while !stack.isEmpty {
            let top = stack.count - 1
            let node = stack[top].node
            let children = node.pointee.v.element.children
            let k = stack[top].nextChild
            if k < Int(children.length) {
                stack[top].nextChild = k + 1
                guard let raw = children.data[k] else { continue }
                let child = raw.assumingMemoryBound(to: GumboNode.self)
                switch child.pointee.type {
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                    if stack.count < 100_000 { enter(child, &stack) }
                case GUMBO_NODE_TEXT, GUMBO_NODE_CDATA:
                    text(child, collect: stack[top].collect, element: stack[top].element)
                case GUMBO_NODE_WHITESPACE:
                    if stack[top].collect != .none {
                        text(child, collect: stack[top].collect, element: stack[top].element)
                    } else if open {
                        pendingSpace = true
                        inWord = false
                    }
                default: break
                }
            } else {
                leave(stack.removeLast())
            }
        }
        endParagraph()
        storyAsides()
    }

    /// An `<aside>` whose class or id names the article ("blogPost", "story") and that holds the page's `<h1>` is
    /// the story in the wrong element, not a sidebar: its paragraphs are not chrome (chrome nested in it stays).
    private mutating func storyAsides() {
        var asides: [Int] = []
        for b in page.blocks where b.heading == 1 && b.chromeElement >= 0 {
            let e = page.elements[b.chromeElement]
            if e.tag == Int(GUMBO_TAG_ASIDE.rawValue), e.weight > 0, !asides.contains(b.chromeElement) {
                asides.append(b.chromeElement)
            }
        }
        guard !asides.isEmpty else { return }
        for k in page.blocks.indices where asides.contains(page.blocks[k].chromeElement) {
            page.blocks[k].chrome = false
        }
    }

    static let unionOffset = MemoryLayout<GumboNode>.offset(of: \GumboNode.v)!

    /// The attributes the reader looks at, found in one pass over the element's attributes (gumbo
    /// lowercases attribute names). Values stay C strings until one is needed.
    private struct Attributes {
        var `class`, id, style, role, rel, itemprop, content, datetime, type, href, ariaHidden: UnsafePointer<CChar>?
        var property, name, httpEquiv: UnsafePointer<CChar>?
        var hidden = false

        init(_ vector: GumboVector) {
            for k in 0..<Int(vector.length) {
                guard let raw = vector.data[k] else { continue }
                let a = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
                guard let n = a.name, let v = a.value else { continue }
                switch n.pointee {
                case 0x61:  // a
                    if strcmp(n, "aria-hidden") == 0 { ariaHidden = v }
                case 0x63:  // c
                    if strcmp(n, "class") == 0 { `class` = v } else if strcmp(n, "content") == 0 { content = v }
                case 0x64:  // d
                    if strcmp(n, "datetime") == 0 { datetime = v }
                case 0x68:  // h
                    if strcmp(n, "hidden") == 0 { hidden = true }
                    else if strcmp(n, "href") == 0 { href = v }
                    else if strcmp(n, "http-equiv") == 0 { httpEquiv = v }
                case 0x69:  // i
                    if strcmp(n, "id") == 0 { id = v } else if strcmp(n, "itemprop") == 0 { itemprop = v }
                case 0x6E:  // n
                    if strcmp(n, "name") == 0 { name = v }
                case 0x70:  // p
                    if strcmp(n, "property") == 0 { property = v }
                case 0x72:  // r
                    if strcmp(n, "role") == 0 { role = v } else if strcmp(n, "rel") == 0 { rel = v }
                case 0x73:  // s
                    if strcmp(n, "style") == 0 { style = v }
                case 0x74:  // t
                    if strcmp(n, "type") == 0 { type = v }
                default: break
                }
            }
        }

        /// The first value gumbo kept for an attribute (a repeated attribute is dropped, as in browsers).
        static func string(_ v: UnsafePointer<CChar>?) -> String? { v.map { String(cString: $0) } }
        static func lowercased(_ v: UnsafePointer<CChar>?) -> String? { v.map { String(cString: $0).lowercased() } }
        /// Whether the value is `word` in any case (ASCII).
        static func equals(_ v: UnsafePointer<CChar>?, _ word: StaticString) -> Bool {
            guard let v else { return false }
            return strcasecmp(v, UnsafeRawPointer(word.utf8Start).assumingMemoryBound(to: CChar.self)) == 0
        }
    }

    private mutating func enter(_ node: UnsafeMutablePointer<GumboNode>, _ stack: inout [Frame]) {
        // The element inside the node's union, addressed in place (a `&node.pointee.v.element` would be a copy).
        let element = (UnsafeMutableRawPointer(node) + HTMLWalker.unionOffset).assumingMemoryBound(to: GumboElement.self)
        let tag = element.pointee.tag
        let info = HTMLTagInfo.of(tag)
        if tag == GUMBO_TAG_BODY { inBody = true }
        if info.isBlock { endParagraph() }
        let hasAttributes = element.pointee.attributes.length > 0
        let attributes = hasAttributes ? Attributes(element.pointee.attributes) : nil

        // Metadata from the head (and anywhere else it stands).
        var collect = Collect.none
        switch tag {
        case GUMBO_TAG_META:
            if let attributes, let content = Attributes.string(attributes.content) {
                for key in [attributes.property, attributes.name, attributes.itemprop, attributes.httpEquiv] {
                    if let k = Attributes.lowercased(key), page.metas[k] == nil { page.metas[k] = content }
                }
            }
        case GUMBO_TAG_LINK:
            if page.canonical == nil, let rel = Attributes.lowercased(attributes?.rel),
               rel.split(separator: " ").contains("canonical") {
                page.canonical = Attributes.string(attributes?.href)
            }
        case GUMBO_TAG_TITLE:
            if page.title == nil, hiddenDepth == 0 || !inBody { collect = .title }
        case GUMBO_TAG_SCRIPT:
            if let type = Attributes.lowercased(attributes?.type), type.contains("ld+json") { collect = .jsonLD }
        default: break
        }

        let classValue = Attributes.lowercased(attributes?.class) ?? ""
        let idValue = Attributes.lowercased(attributes?.id) ?? ""
        let classAndID = classValue.isEmpty ? idValue : idValue.isEmpty ? classValue : classValue + " " + idValue
        var hints = ClassHints()
        if !classAndID.isEmpty {
            if let known = hintCache[classAndID] {
                hints = known
            } else {
                hints = ClassHints(className: classValue, id: idValue, classAndID: classAndID)
                hintCache[classAndID] = hints
            }
        }
        let itemprop = Attributes.lowercased(attributes?.itemprop)
        if let attributes {
            if tag == GUMBO_TAG_TIME, let dt = Attributes.string(attributes.datetime) {
                page.times.append((dt, page.elements.count))
                if let prop = itemprop, page.metas[prop] == nil { page.metas[prop] = dt }
            } else if let prop = itemprop, prop == "datepublished",
                      let content = Attributes.string(attributes.content), page.metas[prop] == nil {
                page.metas[prop] = content
            }
        }

        var hidden = info.isIgnored
        if !hidden, let attributes {
            if attributes.hidden || Attributes.equals(attributes.ariaHidden, "true") { hidden = true }
            else if let style = Attributes.string(attributes.style), HTMLHints.styleHides(style) { hidden = true }
        }
        var chrome = info.isChrome
        if !chrome, let role = Attributes.lowercased(attributes?.role), HTMLHints.droppedRoles.contains(role) { chrome = true }
        var furniture = chrome ? HTMLPage.Furniture.none : hints.furniture
        let byline = hints.byline || Attributes.equals(attributes?.rel, "author") || itemprop == "author"
        // Inline furniture is small: dropped at once. Block furniture is judged by its size later.
        if furniture != .none, !info.isBlock {
            chrome = true
            furniture = .none
        }
        let link = tag == GUMBO_TAG_A

        let index = page.elements.count
        page.elements.append(HTMLPage.Element(
            tag: Int(tag.rawValue), parent: stack.last?.element ?? -1, classAndID: classAndID,
            weight: hints.weight + info.baseScore,
            unlikely: tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_A && tag != GUMBO_TAG_HTML && hints.unlikely,
            furniture: furniture, comments: hints.comments))

        let frame = Frame(node: node, nextChild: 0, element: index, wasBlock: info.isBlock, savedOwner: owner,
                          savedHeading: heading, hidden: hidden, chrome: chrome, link: link, byline: byline,
                          collect: collect)
        if hidden { hiddenDepth += 1 }
        if chrome {
            if chromeDepth == 0 { chromeRoot = index }
            chromeDepth += 1
        }
        if link { linkDepth += 1 }
        if byline { bylineDepth += 1 }
        if info.isBlock { owner = index }
        if info.headingLevel > 0 { heading = info.headingLevel }
        stack.append(frame)
        // Collecting nodes are read whole by their text children; a void element ends at once.
        if tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR { endParagraph() }
    }

    private mutating func leave(_ frame: Frame) {
        if frame.wasBlock { endParagraph() }
        if frame.hidden { hiddenDepth -= 1 }
        if frame.chrome {
            chromeDepth -= 1
            if chromeDepth == 0 { chromeRoot = -1 }
        }
        if frame.link { linkDepth -= 1 }
        if frame.byline { bylineDepth -= 1 }
        owner = frame.savedOwner
        heading = frame.savedHeading
        // Subtree totals: children were added into this element before; pass them up.
        let e = page.elements[frame.element]
        if e.parent >= 0 {
            page.elements[e.parent].textBytes += e.textBytes
            page.elements[e.parent].linkBytes += e.linkBytes
            page.elements[e.parent].commas += e.commas
            page.elements[e.parent].paragraphs += e.paragraphs
        }
    }

    private mutating func text(_ node: UnsafeMutablePointer<GumboNode>, collect: Collect, element: Int) {
        guard let cText = node.pointee.v.text.text else { return }
        switch collect {
        case .title:
            let t = HTMLScannerText.collapse(String(cString: cText))
            if !t.isEmpty, page.title == nil { page.title = t }
            return
        case .jsonLD:
            page.jsonLD.append(String(cString: cText))
            return
        case .none: break
        }
        if hiddenDepth > 0 || !inBody { return }
        let length = strlen(cText)
        cText.withMemoryRebound(to: UInt8.self, capacity: length) { b in
            var k = 0
            let before = page.text.count
            var commas = 0
            while k < length {
                let c = b[k]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D {
                    if open { pendingSpace = true }
                    inWord = false
                    k += 1
                    continue
                }
                // No-break and other spaces; soft hyphen, zero-width characters and BOM vanish.
                if c == 0xC2, k + 1 < length, b[k + 1] == 0xA0 {
                    if open { pendingSpace = true }
                    inWord = false
                    k += 2
                    continue
                }
                if c == 0xC2, k + 1 < length, b[k + 1] == 0xAD { k += 2; continue }
                if c == 0xE2, k + 2 < length, b[k + 1] == 0x80 {
                    let d = b[k + 2]
                    if d >= 0x8B && d <= 0x8F { k += 3; continue }
                    if d == 0x82 || d == 0x83 || d == 0x89 || d == 0x88 || d == 0xAF {
                        if open { pendingSpace = true }
                        inWord = false
                        k += 3
                        continue
                    }
                }
                if c == 0xEF, k + 2 < length, b[k + 1] == 0xBB, b[k + 2] == 0xBF { k += 3; continue }
                // Inline furniture that opened the paragraph ("<span class=dateline>CITY —</span> The story...")
                // is a block of its own: the story text after it is not chrome (unless short, see `endParagraph`).
                if open, paraChrome, chromeDepth == 0 {
                    let byline = paraByline
                    endParagraph()
                    beginParagraph()
                    paraAfterChrome = true
                    paraAfterByline = byline
                }
                if !open { beginParagraph() } else if pendingSpace { page.text.append(0x20) }
                pendingSpace = false
                if c == UInt8(ascii: ",") { commas += 1 }
                let wordByte = c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39)
                if wordByte, !inWord { paraWords += 1 }
                inWord = wordByte
                page.text.append(c)
                k += 1
            }
            let added = page.text.count - before
            page.elements[element].textBytes += added
            page.elements[element].commas += commas
            paraCommas += commas
            if linkDepth > 0 {
                page.elements[element].linkBytes += added
                paraLink += added
            }
        }
    }

    private mutating func beginParagraph() {
        open = true
        paraStart = page.text.count
        paraLink = 0
        paraCommas = 0
        paraWords = 0
        paraOwner = owner
        paraHeading = heading
        paraChrome = chromeDepth > 0
        paraChromeElement = chromeDepth == 1 ? chromeRoot : -1
        paraAfterChrome = false
        paraAfterByline = false
        paraByline = bylineDepth > 0
        pendingSpace = false
    }

    private mutating func endParagraph() {
        pendingSpace = false
        inWord = false
        guard open else { return }
        open = false
        let range = paraStart..<page.text.count
        // What follows inline furniture is story when it is a paragraph; a few words ("Last updated at", a time)
        // belong to the furniture line, and what follows an author's name is the author's bio ("<span
        // class=author>Ana Ruiz</span> is a staff writer ...").
        if paraAfterChrome, paraWords < 12 || paraAfterByline { paraChrome = true }
        page.bodyWords += paraWords
        page.blocks.append(HTMLPage.Block(range: range, owner: paraOwner, linkBytes: paraLink, commas: paraCommas,
                                          heading: paraHeading, chrome: paraChrome, byline: paraByline,
                                          words: paraWords, chromeElement: paraChrome ? paraChromeElement : -1))
        if paraOwner >= 0 { page.elements[paraOwner].paragraphs += 1 }
    }
}
