/// HTML that escapes by construction: text and attribute values are always escaped when
/// rendered; only the report's own stylesheet and its JSON-LD data block are written raw.
public indirect enum HTMLNode: Sendable {
    case element(String, [(String, String)], [HTMLNode])
    case text(String)
    case stylesheet(String)
    /// Structured data (`<script type="application/ld+json">`): JSON made web-safe by
    /// ``JSONValue/webSafe(_:)`` (no `<`, `>` or `&`), so it cannot close the element; a browser
    /// never runs it.
    case jsonLD(String)
    case fragment([HTMLNode])

    public static func el(_ tag: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(tag, attributes, children)
    }

    public static func el(_ tag: String, class name: String, _ children: [HTMLNode] = []) -> HTMLNode {
        .element(tag, [("class", name)], children)
    }

    private static let void: Set<String> = ["meta", "br", "hr", "link", "img"]

    public func render(into out: inout String) {
        switch self {
        case .text(let s): HTMLNode.escape(s, into: &out)
        case .stylesheet(let css): out += "<style>\(css.replacingOccurrences(of: "</", with: "<\\/"))</style>"
        case .jsonLD(let json):
            out += "<script type=\"application/ld+json\">\n"
            out += JSONValue.webSafe(json)
            out += "</script>\n"
        case .fragment(let nodes): for n in nodes { n.render(into: &out) }
        case .element(let tag, let attributes, let children):
            out += "<\(tag)"
            for (k, v) in attributes {
                out += " \(k)=\""
                HTMLNode.escape(v, into: &out)
                out += "\""
            }
            out += ">"
            if HTMLNode.void.contains(tag) { return }
            for c in children { c.render(into: &out) }
            out += "</\(tag)>"
            if ["p", "div", "section", "li", "tr", "h1", "h2", "h3", "header", "footer", "ul", "ol", "dl", "dd", "table", "article", "blockquote"].contains(tag) {
                out += "\n"
            }
        }
    }

    public var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }

    static func escape(_ s: String, into out: inout String) {
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
