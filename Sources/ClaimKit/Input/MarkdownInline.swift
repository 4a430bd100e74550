/// Inline Markdown reduced to plain text: emphasis markers, links, images, code spans, inline HTML.
enum MarkdownInline {
    private struct Piece {
        var scalars: [Unicode.Scalar]
        var delimiter: Unicode.Scalar?  // "*", "_" or "~" when this piece is a delimiter run
        var canOpen = false
        var canClose = false
        var removed = false
    }

    /// How far a bracket, parenthesis or tag is looked for (keeps long lines linear).
    static let lookahead = 2000

    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default: return false
        }
    }

    static func render(_ text: String, references: Set<String>) -> String {
        let s = Array(text.unicodeScalars)
        let n = s.count
        var pieces: [Piece] = []
        var literal: [Unicode.Scalar] = []
        func flushLiteral() {
            if !literal.isEmpty {
                pieces.append(Piece(scalars: literal))
                literal = []
            }
        }
        // Positions where a recognised link's "](url)" tail starts, and where to resume after it.
        var jumps: [Int: Int] = [:]
        var i = 0
        while i < n {
            if let to = jumps[i] {
                i = to
                continue
            }
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < n, s[i + 1].isASCII, isPunctuation(s[i + 1]) {
                    literal.append(s[i + 1])
                    i += 2
                } else {
                    literal.append(c)
                    i += 1
                }
            case "`":
                var k = i
                while k < n, s[k] == "`" { k += 1 }
                let run = k - i
                // Find a closing run of the same length.
                var j = k
                var found = -1
                while j < n, j - k < lookahead * 4 {
                    if s[j] == "`" {
                        var e = j
                        while e < n, s[e] == "`" { e += 1 }
                        if e - j == run { found = j; break }
                        j = e
                    } else {
                        j += 1
                    }
                }
                if found >= 0 {
                    var content = Array(s[k..<found])
                    if content.count >= 2, content.first == " ", content.last == " " { content = Array(content.dropFirst().dropLast()) }
                    literal.append(contentsOf: content)
                    i = found + run
                } else {
                    literal.append(contentsOf: s[i..<k])
                    i = k
                }
            case "!" where i + 1 < n && s[i + 1] == "[":
                if let (_, end) = link(s, at: i + 1, references: references) {
                    i = end  // images are dropped
                } else {
                    literal.append(c)
                    i += 1
                }
            case "[":
                if i + 1 < n, s[i + 1] == "^", let close = closing(s, from: i + 2, open: "[", close: "]") {
                    i = close + 1  // footnote reference
                } else if let (textEnd, end) = link(s, at: i, references: references) {
                    jumps[textEnd] = end
                    i += 1
                } else {
                    literal.append(c)
                    i += 1
                }
            case "<":
                if let end = tagOrAutolink(s, at: i) {
                    let inner = Array(s[(i + 1)..<end])
                    if let colon = inner.firstIndex(of: ":"), colon > 1, !inner.contains(" "),
                       inner[0..<colon].allSatisfy({ $0.properties.isAlphabetic }) {
                        literal.append(contentsOf: inner)  // autolink
                    } else if inner.contains("@"), !inner.contains(" "), !inner.contains("=") {
                        literal.append(contentsOf: inner)  // e-mail autolink
                    }
                    i = end + 1
                } else {
                    literal.append(c)
                    i += 1
                }
            case "*", "_", "~":
                var k = i
                while k < n, s[k] == c { k += 1 }
                let run = k - i
                if c == "~", run < 2 {
                    literal.append(c)
                    i = k
                    continue
                }
                let prev: Unicode.Scalar = i > 0 ? s[i - 1] : " "
                let next: Unicode.Scalar = k < n ? s[k] : " "
                let prevSpace = prev.properties.isWhitespace, nextSpace = next.properties.isWhitespace
                let prevPunct = isPunctuation(prev), nextPunct = isPunctuation(next)
                let left = !nextSpace && (!nextPunct || prevSpace || prevPunct)
                let right = !prevSpace && (!prevPunct || nextSpace || nextPunct)
                var piece = Piece(scalars: Array(s[i..<k]), delimiter: c)
                if c == "_" {
                    piece.canOpen = left && (!right || prevPunct)
                    piece.canClose = right && (!left || nextPunct)
                } else {
                    piece.canOpen = left
                    piece.canClose = right
                }
                flushLiteral()
                pieces.append(piece)
                i = k
            default:
                literal.append(c)
                i += 1
            }
        }
        flushLiteral()
        // Pair delimiter runs; paired runs are markup and go.
        var openers: [Int] = []
        for k in pieces.indices {
            guard let d = pieces[k].delimiter else { continue }
            if pieces[k].canClose {
                var m = openers.count - 1
                var matched = false
                while m >= 0, openers.count - m <= 50 {
                    if pieces[openers[m]].delimiter == d {
                        pieces[openers[m]].removed = true
                        pieces[k].removed = true
                        openers.removeSubrange(m...)
                        matched = true
                        break
                    }
                    m -= 1
                }
                if matched { continue }
            }
            if pieces[k].canOpen { openers.append(k) }
        }
        var out = String.UnicodeScalarView()
        for p in pieces where !p.removed { out.append(contentsOf: p.scalars) }
        return HTMLScannerText.collapse(HTMLEntities.decodeAll(String(out)))
    }

    /// Index of the bracket closing the one opened just before `from`, with nesting; nil when absent nearby.
    static func closing(_ s: [Unicode.Scalar], from: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 1
        var k = from
        while k < s.count, k - from < lookahead {
            let c = s[k]
            if c == "\\" {
                k += 2
                continue
            }
            if c == open { depth += 1 } else if c == close {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return nil
    }

    /// A link or image at `s[at] == "["`: `[text](url)`, `[text][ref]`, `[text][]` or `[ref]` with a definition.
    /// Returns the index of the closing `]` and the index just after the whole link.
    static func link(_ s: [Unicode.Scalar], at: Int, references: Set<String>) -> (Int, Int)? {
        guard let close = closing(s, from: at + 1, open: "[", close: "]") else { return nil }
        let after = close + 1
        if after < s.count, s[after] == "(", let paren = closing(s, from: after + 1, open: "(", close: ")") {
            return (close, paren + 1)
        }
        if after < s.count, s[after] == "[", let end = closing(s, from: after + 1, open: "[", close: "]") {
            return (close, end + 1)
        }
        let label = String(String.UnicodeScalarView(s[(at + 1)..<close])).lowercased()
        if references.contains(label) { return (close, after) }
        return nil
    }

    /// End (`>`) of an inline HTML tag, comment or autolink at `s[at] == "<"`.
    static func tagOrAutolink(_ s: [Unicode.Scalar], at: Int) -> Int? {
        guard at + 1 < s.count else { return nil }
        let c = s[at + 1]
        guard c.properties.isAlphabetic || c == "/" || c == "!" else { return nil }
        var k = at + 1
        while k < s.count, k - at < lookahead {
            if s[k] == ">" { return k }
            if s[k] == "<" { return nil }
            k += 1
        }
        return nil
    }
}
