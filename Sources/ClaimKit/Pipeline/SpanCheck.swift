/// Spans of a document's stored text, counted in Unicode scalars.
public enum SpanCheck {
    /// The text a span covers (Unicode scalar offsets).
    public static func excerpt(_ text: String, _ span: Span) -> String? {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        let a = scalars.index(scalars.startIndex, offsetBy: span.start)
        let b = scalars.index(a, offsetBy: span.length)
        return String(scalars[a..<b])
    }
}
