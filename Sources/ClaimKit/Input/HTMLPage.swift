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
    struct Element {
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
        /// Direct text bytes and link text bytes; summed over the subtree later.
        var textBytes = 0
        var linkBytes = 0
        var commas = 0
        var paragraphs = 0
    }

    enum Furniture { case none, furniture, metadata }

    /// A paragraph of visible text.
    struct Block {
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

    static func parse(_ source: String) -> HTMLPage {
        var page = HTMLPage()
        var utf8 = Array(source.utf8)
        if utf8.isEmpty { return page }
        utf8.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                var options = cc_gumbo_default_options()
                options.max_errors = 0
                guard let output = gumbo_parse_with_options(&options, chars, buf.count) else { return }
                defer { gumbo_destroy_output(&options, output) }
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

        init() {}

        init(className: String, id: String, classAndID: String) {
            weight = HTMLHints.weight(className: className, id: id)
            unlikely = HTMLHints.isUnlikely(classAndID)
            let tokens = HTMLHints.tokens(classAndID).map(String.init)
            if tokens.contains(where: HTMLHints.droppedTokens.contains) {
                furniture = tokens.contains(where: HTMLHints.metadataTokens.contains) ? .metadata : .furniture
            }
            byline = tokens.contains(where: HTMLHints.bylineTokens.contains)
        }
    }

    var hintCache: [String: ClassHints] = [:]

    // State of the walk.
    var hiddenDepth = 0
    var chromeDepth = 0
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
    var paraByline = false
    var paraWords = 0
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
    }

    static let unionOffset = MemoryLayout<GumboNode>.offset(of: \GumboNode.v)!

    private func attribute(_ element: UnsafeMutablePointer<GumboElement>, _ name: String) -> String? {
        guard let a = gumbo_get_attribute(&element.pointee.attributes, name), let v = a.pointee.value else { return nil }
        return String(cString: v)
    }

    private mutating func enter(_ node: UnsafeMutablePointer<GumboNode>, _ stack: inout [Frame]) {
        // The element inside the node's union, addressed in place (a `&node.pointee.v.element` would be a copy).
        let element = (UnsafeMutableRawPointer(node) + HTMLWalker.unionOffset).assumingMemoryBound(to: GumboElement.self)
        let tag = element.pointee.tag
        let info = HTMLTagInfo.of(tag)
        let name = info.name
        if name == "body" { inBody = true }
        if info.isBlock || name == "br" { endParagraph() }

        // Metadata from the head (and anywhere else it stands).
        var collect = Collect.none
        switch name {
        case "meta":
            if let content = attribute(element, "content") {
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = attribute(element, key)?.lowercased(), page.metas[k] == nil { page.metas[k] = content }
                }
            }
        case "link":
            if page.canonical == nil, let rel = attribute(element, "rel")?.lowercased(),
               rel.split(separator: " ").contains("canonical") {
                page.canonical = attribute(element, "href")
            }
        case "title":
            if page.title == nil, hiddenDepth == 0 || !inBody { collect = .title }
        case "script":
            if let type = attribute(element, "type")?.lowercased(), type.contains("ld+json") { collect = .jsonLD }
        default: break
        }

        let hasAttributes = element.pointee.attributes.length > 0
        let classValue = hasAttributes ? attribute(element, "class")?.lowercased() ?? "" : ""
        let idValue = hasAttributes ? attribute(element, "id")?.lowercased() ?? "" : ""
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
        if hasAttributes {
            if name == "time", let dt = attribute(element, "datetime") {
                page.times.append((dt, page.elements.count))
                if let prop = attribute(element, "itemprop")?.lowercased(), page.metas[prop] == nil { page.metas[prop] = dt }
            } else if let prop = attribute(element, "itemprop")?.lowercased(), prop == "datepublished",
                      let content = attribute(element, "content"), page.metas[prop] == nil {
                page.metas[prop] = content
            }
        }

        var hidden = info.isIgnored
        if !hidden, element.pointee.attributes.length > 0 {
            if gumbo_get_attribute(&element.pointee.attributes, "hidden") != nil { hidden = true }
            else if attribute(element, "aria-hidden")?.lowercased() == "true" { hidden = true }
            else if let style = attribute(element, "style"), HTMLHints.styleHides(style) { hidden = true }
        }
        var chrome = info.isChrome
        if !chrome, hasAttributes, let role = attribute(element, "role")?.lowercased(), HTMLHints.droppedRoles.contains(role) { chrome = true }
        var furniture = chrome ? HTMLPage.Furniture.none : hints.furniture
        let byline = hints.byline || (hasAttributes && (attribute(element, "rel")?.lowercased() == "author"
            || attribute(element, "itemprop")?.lowercased() == "author"))
        // Inline furniture is small: dropped at once. Block furniture is judged by its size later.
        if furniture != .none, !info.isBlock {
            chrome = true
            furniture = .none
        }
        let link = name == "a"

        let index = page.elements.count
        page.elements.append(HTMLPage.Element(
            tag: Int(tag.rawValue), parent: stack.last?.element ?? -1, classAndID: classAndID,
            weight: hints.weight + info.baseScore,
            unlikely: name != "body" && name != "a" && name != "html" && hints.unlikely,
            furniture: furniture))

        let frame = Frame(node: node, nextChild: 0, element: index, wasBlock: info.isBlock, savedOwner: owner,
                          savedHeading: heading, hidden: hidden, chrome: chrome, link: link, byline: byline,
                          collect: collect)
        if hidden { hiddenDepth += 1 }
        if chrome { chromeDepth += 1 }
        if link { linkDepth += 1 }
        if byline { bylineDepth += 1 }
        if info.isBlock { owner = index }
        if name.count == 2, name.first == "h", let level = Int(String(name.last!)) { heading = level }
        stack.append(frame)
        // Collecting nodes are read whole by their text children; a void element ends at once.
        if name == "br" || name == "hr" { endParagraph() }
    }

    private mutating func leave(_ frame: Frame) {
        if frame.wasBlock { endParagraph() }
        if frame.hidden { hiddenDepth -= 1 }
        if frame.chrome { chromeDepth -= 1 }
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
        paraByline = bylineDepth > 0
        pendingSpace = false
    }

    private mutating func endParagraph() {
        pendingSpace = false
        inWord = false
        guard open else { return }
        open = false
        let range = paraStart..<page.text.count
        page.bodyWords += paraWords
        page.blocks.append(HTMLPage.Block(range: range, owner: paraOwner, linkBytes: paraLink, commas: paraCommas,
                                          heading: paraHeading, chrome: paraChrome, byline: paraByline,
                                          words: paraWords))
        if paraOwner >= 0 { page.elements[paraOwner].paragraphs += 1 }
    }
}
