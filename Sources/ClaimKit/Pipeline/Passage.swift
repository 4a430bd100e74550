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
