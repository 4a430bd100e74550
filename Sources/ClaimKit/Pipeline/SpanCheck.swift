/// Checks a claim's provenance: the stored text still hashes to the recorded SHA-256, and the
/// span lies inside it.
public enum SpanCheck {
    public static func verify(text: String, sha256: String, span: Span) -> Bool {
        guard SHA256Hex.of(text) == sha256 else { return false }
        return span.start >= 0 && span.start <= span.end && span.end <= text.unicodeScalars.count
    }

    /// The text a span covers (Unicode scalar offsets).
    public static func excerpt(_ text: String, _ span: Span) -> String? {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        let a = scalars.index(scalars.startIndex, offsetBy: span.start)
        let b = scalars.index(a, offsetBy: span.length)
        return String(scalars[a..<b])
    }
}
