/// Display width of text in a terminal: East Asian wide characters take two columns,
/// combining marks none.
enum TextWidth {
    /// Columns `s` takes; ANSI colour sequences (ESC [ ... letter) take none.
    static func of(_ s: String) -> Int {
        var w = 0
        var inEscape = false
        for scalar in s.unicodeScalars {
            if inEscape {
                if scalar.properties.isAlphabetic { inEscape = false }
                continue
            }
            if scalar == "\u{1B}" { inEscape = true; continue }
            w += width(scalar)
        }
        return w
    }

    static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x20 || (v >= 0x7f && v < 0xa0) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }

    /// Cuts `s` to at most `limit` columns, ending with an ellipsis when cut.
    static func truncate(_ s: String, to limit: Int) -> String {
        if of(s) <= limit { return s }
        guard limit > 1 else { return limit == 1 ? "…" : "" }
        var out = ""
        var w = 0
        for ch in s {
            let cw = of(String(ch))
            if w + cw > limit - 1 { break }
            out.append(ch)
            w += cw
        }
        return out + "…"
    }

    static func pad(_ s: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - of(s))
        let spaces = String(repeating: " ", count: gap)
        return right ? spaces + s : s + spaces
    }
}

extension TextWidth {
    /// `text` broken at blanks into lines of at most `width` columns; lines after the first start
    /// with `indent` spaces (a hanging indent). A word longer than a line is cut. No width: one line.
    static func wrap(_ text: String, width: Int?, indent: Int, firstLineUsed: Int = 0) -> String {
        guard let width, width - indent >= 10 else { return text }
        var lines: [String] = []
        var current = ""
        var used = firstLineUsed
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let w = of(word)
            if current.isEmpty {
                current = word
                used += w
            } else if used + 1 + w <= width {
                current += " " + word
                used += 1 + w
            } else {
                lines.append(current)
                current = word
                used = indent + w
            }
            // A word wider than a whole line is cut where the line ends.
            while used > width, of(current) > width - indent {
                let head = truncateHard(current, to: width - (lines.isEmpty ? firstLineUsed : indent))
                lines.append(head)
                current = String(current.dropFirst(head.count))
                used = indent + of(current)
            }
        }
        lines.append(current)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }.joined(separator: "\n")
    }

    /// The longest prefix of `s` that is at most `limit` columns wide (at least one character).
    private static func truncateHard(_ s: String, to limit: Int) -> String {
        var out = ""
        for ch in s {
            if of(out + String(ch)) > limit && !out.isEmpty { break }
            out.append(ch)
        }
        return out
    }
}
