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
        let match = matchingBrackets(s)
        // Positions where a recognised link's "](url)" tail starts, and where to resume after it.
        var jumps: [Int: Int] = [:]
        // Code-span closing runs known to be absent after a position, by run length.
        var noRunAfter: [Int: Int] = [:]
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
                if let p = noRunAfter[run], p <= k { j = n }
                while j < n {
                    if s[j] == "`" {
                        var e = j
                        while e < n, s[e] == "`" { e += 1 }
                        if e - j == run { found = j; break }
                        j = e
                    } else {
                        j += 1
                    }
                }
                if found < 0 { noRunAfter[run] = k }
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
                if let (_, end) = link(s, at: i + 1, match: match, references: references) {
                    i = end  // images are dropped
                } else {
                    literal.append(c)
                    i += 1
                }
            case "[":
                if i + 1 < n, s[i + 1] == "^", match[i] >= 0 {
                    let close = Int(match[i])
                    i = close + 1  // footnote reference
                } else if let (textEnd, end) = link(s, at: i, match: match, references: references) {
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
                    } else if inner.count >= 2, inner[0] == "b" || inner[0] == "B", inner[1] == "r" || inner[1] == "R",
                              inner.count == 2 || !inner[2].properties.isAlphabetic {
                        literal.append(" ")  // <br>
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
        var out = [UInt8]()
        out.reserveCapacity(n)
        for p in pieces where !p.removed {
            for u in p.scalars { HTMLEntities.appendUTF8(u.value, to: &out) }
        }
        return HTMLScannerText.collapse(HTMLEntities.decodeAll(String(decoding: out, as: UTF8.self)))
    }

    /// For each `[` or `(`, the index of its matching `]` or `)` (and -1 when unmatched); one linear pass,
    /// backslash escapes skipped.
    static func matchingBrackets(_ s: [Unicode.Scalar]) -> [Int32] {
        var match = [Int32](repeating: -1, count: s.count)
        var squares: [Int] = []
        var parens: [Int] = []
        var k = 0
        while k < s.count {
            switch s[k] {
            case "\\": k += 1
            case "[": squares.append(k)
            case "]": if let o = squares.popLast() { match[o] = Int32(k) }
            case "(": parens.append(k)
            case ")": if let o = parens.popLast() { match[o] = Int32(k) }
            default: break
            }
            k += 1
        }
        return match
    }

    /// A link or image at `s[at] == "["`: `[text](url)`, `[text][ref]`, `[text][]` or `[ref]` with a definition.
    /// Returns the index of the closing `]` and the index just after the whole link.
    static func link(_ s: [Unicode.Scalar], at: Int, match: [Int32], references: Set<String>) -> (Int, Int)? {
        guard match[at] >= 0 else { return nil }
        let close = Int(match[at])
        let after = close + 1
        if after < s.count, s[after] == "(", match[after] >= 0 {
            return (close, Int(match[after]) + 1)
        }
        if after < s.count, s[after] == "[", match[after] >= 0 {
            return (close, Int(match[after]) + 1)
        }
        guard close - at < 1000 else { return nil }
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
