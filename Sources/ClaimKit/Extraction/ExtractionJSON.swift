/// Renders an extraction as pretty JSON (two-space indent) with sorted keys; the same input always
/// gives the same bytes.
public enum ExtractionJSON {
    public static func render(_ e: Extraction, sha256: String) -> String {
        var w = Writer()
        let m = e.metadata
        w.raw("{\n")
        // keys in sorted order: claims, document
        w.key("claims", 1)
        if e.claims.isEmpty { w.raw("[]") } else {
            w.raw("[\n")
            for (i, c) in e.claims.enumerated() {
                w.indent(2); w.raw("{\n")
                w.key("checkworthiness", 3); w.raw(format(c.checkworthiness)); w.raw(",\n")
                w.key("cue", 3); w.str(c.cue); w.raw(",\n")
                w.key("id", 3); w.str("C\(i + 1)"); w.raw(",\n")
                w.key("kind", 3); w.str(c.kind.rawValue); w.raw(",\n")
                w.key("recipient", 3); w.str(c.recipient); w.raw(",\n")
                w.key("span", 3); w.raw("{\n")
                w.key("end", 4); w.raw(String(c.span.end)); w.raw(",\n")
                w.key("start", 4); w.raw(String(c.span.start)); w.raw("\n")
                w.indent(3); w.raw("},\n")
                let sp = c.speaker
                w.key("speaker", 3); w.raw("{\n")
                w.key("kind", 4); w.str(sp.kind.rawValue); w.raw(",\n")
                w.key("members", 4); w.strings(sp.members, 4); w.raw(",\n")
                w.key("mention", 4); w.str(sp.mention); w.raw(",\n")
                w.key("name", 4); w.str(sp.name); w.raw(",\n")
                w.key("role", 4); w.str(sp.role); w.raw("\n")
                w.indent(3); w.raw("},\n")
                w.key("statement", 3); w.str(c.statement); w.raw(",\n")
                w.key("when", 3)
                if let t = c.when {
                    w.raw("{\n")
                    w.key("end", 4); w.str(t.end.description); w.raw(",\n")
                    w.key("grain", 4); w.str(t.grain.rawValue); w.raw(",\n")
                    if let p = c.dateParagraph { w.key("paragraph", 4); w.raw(String(p)); w.raw(",\n") }
                    if let source = c.dateSource { w.key("source", 4); w.str(source.rawValue); w.raw(",\n") }
                    w.key("start", 4); w.str(t.start.description); w.raw(",\n")
                    w.key("text", 4); w.str(t.text); w.raw("\n")
                    w.indent(3); w.raw("},\n")
                } else { w.raw("null,\n") }
                w.key("when_text", 3); w.str(c.whenText); w.raw("\n")
                w.indent(2); w.raw(i + 1 < e.claims.count ? "},\n" : "}\n")
            }
            w.indent(1); w.raw("]")
        }
        w.raw(",\n")
        w.key("document", 1); w.raw("{\n")
        w.key("byline", 2); w.str(m.byline); w.raw(",\n")
        w.key("credits", 2); w.strings(m.credits, 2); w.raw(",\n")
        w.key("dateline", 2); w.str(m.dateline); w.raw(",\n")
        w.key("outlet", 2); w.str(m.outlet); w.raw(",\n")
        w.key("published", 2); w.str(m.published?.description); w.raw(",\n")
        w.key("sha256", 2); w.str(sha256); w.raw(",\n")
        w.key("title", 2); w.str(m.title)
        if let u = m.url { w.raw(",\n"); w.key("url", 2); w.str(u) }
        w.raw("\n")
        w.indent(1); w.raw("}\n")
        w.raw("}\n")
        return String(decoding: w.bytes, as: UTF8.self)
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }
        mutating func indent(_ level: Int) { for _ in 0..<(level * 2) { bytes.append(0x20) } }
        mutating func key(_ k: String, _ level: Int) { indent(level); str(k); raw(": ") }
        mutating func strings(_ a: [String], _ level: Int) {
            if a.isEmpty { raw("[]"); return }
            raw("[\n")
            for (k, s) in a.enumerated() {
                indent(level + 1); str(s); raw(k + 1 < a.count ? ",\n" : "\n")
            }
            indent(level); raw("]")
        }
        mutating func str(_ s: String?) {
            guard let s else { raw("null"); return }
            if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
                bytes.append(0x22); bytes.append(contentsOf: s.utf8); bytes.append(0x22)
                return
            }
            JSONValue.quote(s, into: &bytes, lineSeparators: false)
        }
    }

    /// A number with at most three decimals, without locale or exponent.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let n = Int((d * 1000).rounded())
        let neg = n < 0
        let a = abs(n)
        var frac = String(a % 1000)
        frac = String(repeating: "0", count: 3 - frac.count) + frac
        while frac.hasByteSuffix("0") { frac.removeLast() }
        let s = String(a / 1000) + (frac.isEmpty ? ".0" : "." + frac)
        return neg ? "-" + s : s
    }
}
