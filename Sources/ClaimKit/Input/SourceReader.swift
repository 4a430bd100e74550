/// Turns decoded source text into article text for extraction.
public enum SourceReader {
    /// Text of the article ready for extraction, paragraphs separated by one blank line.
    ///
    /// - `plain`: returned unchanged (spans must stay valid against the file).
    /// - `markdown`: front matter into metadata; headings, emphasis, links, images, quotes, lists, code fences
    ///   and comments reduced to plain paragraphs.
    /// - `html`: parsed as browsers do (gumbo); the article body found by content scoring, without site
    ///   chrome, hidden blocks, headline, byline or share labels; metadata from the visible headline,
    ///   `<meta>`, `<title>`, the canonical link, JSON-LD and `<time>`.
    public static func read(_ text: String, format: SourceFormat) -> SourceText {
        switch format {
        case .plain: return SourceText(text: text)
        case .markdown: return MarkdownReader.read(text)
        case .html: return HTMLReader.read(text)
        }
    }
}
