/// Turns decoded source text into article text for extraction.
public enum SourceReader {
    /// Text of the article ready for extraction, paragraphs separated by one blank line.
    ///
    /// - `plain`: returned unchanged (spans must stay valid against the file).
    /// - `markdown`: front matter into metadata; headings, emphasis, links, images, quotes, lists, code fences
    ///   and comments reduced to plain paragraphs.
    /// - `html`: the article body (`<article>`, else `<main>`, else `<body>`) without site chrome, scripts or
    ///   comments, entities decoded; metadata from `<meta>`, `<title>`, the canonical link and JSON-LD.
    public static func read(_ text: String, format: SourceFormat) -> SourceText {
        switch format {
        case .plain: return SourceText(text: text)
        case .markdown: return MarkdownReader.read(text)
        case .html: return HTMLReader.read(text)
        }
    }
}
