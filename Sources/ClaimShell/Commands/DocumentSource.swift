import ClaimKit

/// Evidence that points into a loaded document: `D2:120-340`, or `D2` with a quote that must occur in it.
enum DocumentSource {
    /// A checked document source: the document, the span (snapped to whole words) and its text.
    struct Cited {
        let documentID: Int64
        let span: Span?
        let excerpt: String?
        /// The source as stored: `D2:START-END` with the snapped span.
        var source: String { span.map { "D\(documentID):\($0.start)-\($0.end)" } ?? "D\(documentID)" }
    }

    /// Checks a document source; nil for other sources (a URL, a citation), which pass unchecked.
    static func check(_ source: String, quote: String?, store: any ClaimStore) throws -> Cited? {
        let parts = source.split(separator: ":", maxSplits: 1).map(String.init)
        guard let head = parts.first, Identifier.kind(of: head) == "D" else { return nil }
        let id = try Identifier.parse(head, prefix: "D")
        guard let doc = try store.document(id: id, withText: true), let text = doc.text else {
            throw ShellError("no document D\(id)")
        }
        if parts.count == 2 {
            guard let asked = Span(parsing: parts[1]) else {
                throw ShellError("\(source): a span is D\(id):START-END in characters, e.g. D\(id):120-340")
            }
            let (a, b) = (asked.start, asked.end)
            // A span picked from `read`'s margin rarely falls on word boundaries: widen it to whole words.
            guard b <= text.unicodeScalars.count else {
                throw ShellError("\(source): span is outside D\(id) (\(text.unicodeScalars.count) characters)")
            }
            guard let span = Passage.snapped(Span(start: a, end: b), in: text), let excerpt = SpanCheck.excerpt(text, span) else {
                throw ShellError("\(source): the span holds only blanks")
            }
            return Cited(documentID: id, span: span, excerpt: excerpt)
        }
        guard let quote else { throw ShellError("\(source): name a span (D\(id):START-END) or give --quote from D\(id)") }
        guard text.contains(quote) else { throw ShellError("--quote does not occur in D\(id)") }
        return Cited(documentID: id, span: nil, excerpt: nil)
    }

    /// Warnings for evidence that cannot bear on its claim: the claim's own article cited for or
    /// against it, a span that holds the claim itself, or the claim's words given back as the quote.
    static func circularity(of cited: Cited?, source: String, quote: String?, claim: ClaimRecord, claimDocument: DocumentRecord?) -> [String] {
        var warnings: [String] = []
        if let cited, cited.documentID == claim.documentID {
            if let span = cited.span, let own = claim.span, span.start < own.end, own.start < span.end {
                warnings.append("\(source) overlaps \(claim.ref)'s own span (\(own.start)-\(own.end)): the claim cannot be evidence for itself (circular evidence)")
            } else {
                let what = cited.span == nil ? "\(source) is" : "\(source) is in D\(cited.documentID),"
                warnings.append("\(what) the article \(claim.ref) comes from: an article repeating a claim does not check it (circular evidence)")
            }
        } else if let url = claimDocument?.url, !url.isEmpty, source.trimmingCharacters(in: .whitespaces) == url {
            warnings.append("\(source) is the article \(claim.ref) comes from: an article repeating a claim does not check it (circular evidence)")
        }
        if let quote, Passage.oneLine(quote).lowercased() == Passage.oneLine(claim.statement).lowercased() {
            warnings.append("the quote is \(claim.ref)'s own statement (circular evidence)")
        }
        return warnings
    }
}
