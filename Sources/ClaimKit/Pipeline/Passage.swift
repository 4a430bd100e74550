/// A passage of a document's text, for citing it as evidence: spans snapped outward to whole
/// words, and the text folded to one line for listings.
public enum Passage {
    /// `span` widened so that it neither starts nor ends inside a word (Unicode scalar offsets),
    /// and without blanks at either end. Nil when the span is outside the text.
    public static func snapped(_ span: Span, in text: String) -> Span? {
        let scalars = Array(text.unicodeScalars)
        guard span.start >= 0, span.start < span.end, span.end <= scalars.count else { return nil }
        func isWordPart(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "’" || s == "-"
        }
        var start = span.start, end = span.end
        while start > 0, isWordPart(scalars[start]), isWordPart(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, isWordPart(scalars[end - 1]), isWordPart(scalars[end]) { end += 1 }
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? Span(start: start, end: end) : nil
    }

    /// The text on one line: every run of blanks and line breaks becomes one space.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// The text's lines with the offset (in Unicode scalars) each starts at, cut to lines of at most
    /// `width` characters at word boundaries; only the part inside `range` when one is given.
    public static func numberedLines(_ text: String, range: Span? = nil, width: Int) -> [(offset: Int, text: String)] {
        let scalars = Array(text.unicodeScalars)
        let lower = max(0, range?.start ?? 0), upper = min(scalars.count, range?.end ?? scalars.count)
        var result: [(Int, String)] = []
        var lineStart = lower
        var i = lower
        func emit(_ from: Int, _ to: Int) {
            // Cut a long line at the last blank that fits.
            var a = from
            while to - a > width {
                var cut = a + width
                while cut > a + width / 2, !scalars[cut].properties.isWhitespace { cut -= 1 }
                if cut <= a + width / 2 { cut = a + width }
                result.append((a, String(String.UnicodeScalarView(scalars[a..<cut]))))
                a = cut
                while a < to, scalars[a] == " " { a += 1 }
            }
            result.append((a, String(String.UnicodeScalarView(scalars[a..<to]))))
        }
        while i < upper {
            if scalars[i] == "\n" {
                emit(lineStart, i)
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < upper { emit(lineStart, upper) }
        return result
    }
}

extension Passage {
    /// Every place `needle` occurs in `text` (Unicode scalar offsets), where any run of blanks and
    /// line breaks in either matches any other run: a statement typed on one line finds a passage
    /// that wraps in the article.
    public static func occurrences(of needle: String, in text: String) -> [Span] {
        let words = needle.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map(Array.init)
        guard let first = words.first?.first else { return [] }
        let scalars = Array(text.unicodeScalars)
        var found: [Span] = []
        var i = 0
        while i < scalars.count {
            defer { i += 1 }
            guard scalars[i] == first else { continue }
            var j = i
            var matched = true
            for (n, word) in words.enumerated() {
                if n > 0 {
                    // At least one blank between words, any number of them.
                    guard j < scalars.count, scalars[j].properties.isWhitespace else { matched = false; break }
                    while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
                }
                guard j + word.count <= scalars.count, Array(scalars[j..<j + word.count]) == word else { matched = false; break }
                j += word.count
            }
            if matched { found.append(Span(start: i, end: j)) }
        }
        return found
    }
}
