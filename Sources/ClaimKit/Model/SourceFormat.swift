/// The format an article arrives in.
public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case plain, markdown, html

    /// Guesses the format from a file name's extension.
    public static func guess(path: String) -> SourceFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        return .plain
    }

    /// Guesses the format of bytes that have no file name (standard input): HTML when the first thing in them is a
    /// doctype or an `<html>`, `<head>`, `<meta>`, `<body>` or `<article>` tag, Markdown when it is a heading ("# ")
    /// or front matter ("---" on a line of its own), else plain text.
    public static func sniff(_ bytes: [UInt8]) -> SourceFormat {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if ["<!doctype html", "<html", "<head", "<body", "<article", "<meta"].contains(where: { start.hasPrefix($0) }) { return .html }
        if start.hasPrefix("# ") || start.hasPrefix("---\n") || start.hasPrefix("---\r\n") { return .markdown }
        return .plain
    }
}

/// An article turned into plain text, ready for extraction.
public struct SourceText: Sendable {
    /// Text with paragraphs separated by blank lines; spans count Unicode scalars in it.
    public var text: String
    /// Metadata the source format carried (HTML `<meta>`, JSON-LD, Markdown front matter).
    public var metadata: DocumentMetadata
    /// What the reader noticed and the user should hear (an ignored placeholder date, a guessed charset).
    public var warnings: [String] = []
    /// Words of visible text in an HTML page's body, chrome included (nil for other formats): says how
    /// much there was when no article text is found.
    public var bodyWords: Int?

    public init(text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.text = text
        self.metadata = metadata
    }
}
