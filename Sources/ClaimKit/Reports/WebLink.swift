/// Which addresses a report may turn into links: plain `http://` and `https://` addresses only, so
/// that no `javascript:`, `data:` or other scheme from article metadata or evidence becomes live in
/// a published report, and no address can break out of the link syntax around it.
public enum WebLink {
    public static func isSafe(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), address.count > 8 else { return false }
        // Blanks, controls, quotes and angle brackets end a link in Markdown and HTML alike.
        return !address.unicodeScalars.contains { s in
            s.value <= 0x20 || s.value == 0x7F || s == "<" || s == ">" || s == "\"" || s == "'" || s == "`"
                || s.properties.generalCategory == .lineSeparator || s.properties.generalCategory == .paragraphSeparator
                || s.properties.generalCategory == .spaceSeparator
        }
    }
}
