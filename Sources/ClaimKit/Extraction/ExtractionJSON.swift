/// Renders an extraction as pretty JSON with sorted keys; the same input always gives the same bytes.
public enum ExtractionJSON {
    public static func render(_ e: Extraction, sha256: String) -> String {
        let m = e.metadata
        var doc: [(String, J)] = [
            ("title", .str(m.title)), ("byline", .str(m.byline)), ("outlet", .str(m.outlet)),
            ("published", .str(m.published?.description)), ("sha256", .str(sha256)),
            ("credits", .arr(m.credits.map { .str($0) })), ("dateline", .str(m.dateline)),
        ]
        if let u = m.url { doc.append(("url", .str(u))) }
        var claims: [J] = []
        for (i, c) in e.claims.enumerated() {
            let sp = c.speaker
            let speaker: J = .obj([("name", .str(sp.name)), ("mention", .str(sp.mention)), ("role", .str(sp.role)),
                                   ("members", .arr(sp.members.map { .str($0) })), ("kind", .str(sp.kind.rawValue))])
            let when: J = c.when.map { w in
                .obj([("text", .str(w.text)), ("start", .str(w.start.description)), ("end", .str(w.end.description)),
                      ("grain", .str(w.grain.rawValue))])
            } ?? .null
            claims.append(.obj([
                ("id", .str("C\(i + 1)")), ("kind", .str(c.kind.rawValue)), ("speaker", speaker), ("cue", .str(c.cue)),
                ("recipient", .str(c.recipient)), ("statement", .str(c.statement)),
                ("span", .obj([("start", .num(c.span.start)), ("end", .num(c.span.end))])),
                ("when", when), ("when_text", .str(c.whenText)), ("checkworthiness", .dbl(c.checkworthiness)),
            ]))
        }
        var out = ""
        J.obj([("document", .obj(doc)), ("claims", .arr(claims))]).write(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    indirect enum J {
        case null
        case str(String?)
        case num(Int)
        case dbl(Double)
        case arr([J])
        case obj([(String, J)])

        func write(into out: inout String, indent: Int) {
            switch self {
            case .null: out += "null"
            case .str(let s):
                if let s { ExtractionJSON.quote(s, into: &out) } else { out += "null" }
            case .num(let n): out += String(n)
            case .dbl(let d): out += ExtractionJSON.format(d)
            case .arr(let a):
                if a.isEmpty { out += "[]"; return }
                out += "[\n"
                for (k, v) in a.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    v.write(into: &out, indent: indent + 2)
                    out += k + 1 < a.count ? ",\n" : "\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            case .obj(let pairs):
                if pairs.isEmpty { out += "{}"; return }
                let sorted = pairs.sorted { $0.0 < $1.0 }
                out += "{\n"
                for (k, (key, v)) in sorted.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    ExtractionJSON.quote(key, into: &out)
                    out += ": "
                    v.write(into: &out, indent: indent + 2)
                    out += k + 1 < sorted.count ? ",\n" : "\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            }
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out.unicodeScalars.append("\"")
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 {
                    let h = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else { out.unicodeScalars.append(c) }
            }
        }
        out.unicodeScalars.append("\"")
    }

    /// A number in [0, 1] with at most three decimals, without locale or exponent.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let n = Int((d * 1000).rounded())
        let neg = n < 0
        let a = abs(n)
        var frac = String(a % 1000)
        frac = String(repeating: "0", count: 3 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        let s = String(a / 1000) + (frac.isEmpty ? ".0" : "." + frac)
        return neg ? "-" + s : s
    }
}
