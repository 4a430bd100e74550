/// Article text and metadata from Markdown.
enum MarkdownReader {
    static func read(_ source: String) -> SourceText {
        var lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // Text that did not come through SourceDecoder may still have CR line ends.
            var l = Substring(line)
            while l.unicodeScalars.last == "\r" { l = Substring(l.unicodeScalars.dropLast()) }
            return String(l)
        }
        var metadata = DocumentMetadata()
        if let (fm, rest) = splitFrontMatter(lines) {
            metadata = parseFrontMatter(fm)
            lines = Array(lines[rest...])
        }
        lines = removeComments(lines)
        var state = MarkdownBlockState()
        state.references = referenceLabels(lines)
        for line in lines { state.consume(line) }
        state.flush()
        if metadata.title == nil { metadata.title = state.firstHeadingTitle ?? state.firstH1 }
        var text = state.blocks.joined(separator: "\n\n")
        if !text.isEmpty { text += "\n" }
        return SourceText(text: text, metadata: metadata)
    }

    // MARK: - Front matter

    /// The front-matter lines and the index of the first body line.
    static func splitFrontMatter(_ lines: [String]) -> ([String], Int)? {
        guard let first = lines.first?.trimmingInputWhitespace(), first == "---" || first == "+++" else { return nil }
        for k in 1..<min(lines.count, 500) {
            let t = lines[k].trimmingInputWhitespace()
            if t == first || (first == "---" && t == "...") { return (Array(lines[1..<k]), k + 1) }
        }
        return nil
    }

    static func unquote(_ s: String) -> String {
        var v = s.trimmingInputWhitespace()
        if v.count >= 2, let f = v.first, f == "\"" || f == "'", v.last == f {
            v = String(v.dropFirst().dropLast())
            if f == "\"" { v = v.replacingBackslashEscapes() } else { v = v.replacing("''", with: "'") }
        }
        return v
    }

    /// Simple YAML (or TOML) `key: value` pairs; lists as `[a, b]` or `- a` lines; `key: >` folded blocks.
    static func parseFrontMatter(_ lines: [String]) -> DocumentMetadata {
        var values: [String: [String]] = [:]
        var currentKey: String?
        for line in lines {
            let trimmed = line.trimmingInputWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indented = line.first == " " || line.first == "\t"
            if indented || trimmed.hasPrefix("- "), let key = currentKey {
                if trimmed.hasPrefix("- ") {
                    var item = String(trimmed.dropFirst(2)).trimmingInputWhitespace()
                    if item.hasPrefix("name:") { item = String(item.dropFirst(5)) }
                    values[key, default: []].append(unquote(item))
                } else if trimmed.hasPrefix("name:") {
                    values[key, default: []].append(unquote(String(trimmed.dropFirst(5))))
                } else if !trimmed.contains(":") || values[key] != nil {
                    // Folded continuation.
                    var list = values[key, default: []]
                    if list.isEmpty { list.append(trimmed) } else { list[list.count - 1] += " " + trimmed }
                    values[key] = list
                }
                continue
            }
            guard let sep = trimmed.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = String(trimmed[..<sep]).trimmingInputWhitespace().lowercased()
            var value = String(trimmed[trimmed.index(after: sep)...]).trimmingInputWhitespace()
            currentKey = key
            if ["|", ">", "|-", ">-", "|+", ">+"].contains(value) || value.isEmpty {
                continue
            }
            if value.hasPrefix("["), value.hasSuffix("]") {
                value = String(value.dropFirst().dropLast())
                values[key] = value.split(separator: ",").map { unquote(String($0)) }.filter { !$0.isEmpty }
            } else {
                values[key] = [unquote(value)]
            }
        }
        func first(_ keys: [String]) -> String? {
            for k in keys { if let v = values[k]?.first, !v.isEmpty { return v } }
            return nil
        }
        var m = DocumentMetadata()
        m.title = first(["title", "headline"]).map(HTMLScannerText.collapse)
        for k in ["author", "authors", "byline", "by", "creator", "creators"] {
            if let list = values[k], let joined = HTMLMetadata.joinNames(list.map(HTMLScannerText.collapse)) {
                m.byline = HTMLMetadata.stripBy(joined)
                break
            }
        }
        for k in ["published", "date", "published_at", "publishdate", "publish_date", "pubdate", "datepublished",
                  "date_published", "created", "created_at"] {
            if let v = values[k]?.first, let d = MetadataDate.parse(v) {
                m.published = d
                break
            }
        }
        m.url = first(["url", "canonical", "canonical_url", "canonicalurl", "permalink", "link", "source_url"])
        m.outlet = first(["outlet", "publisher", "publication", "site_name", "sitename", "site", "source"])
        return m
    }

    // MARK: - Comments and references

    /// Drops `<!-- ... -->`, keeping the line structure so blocks stay apart.
    static func removeComments(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains("<!--") }) else { return lines }
        var out: [String] = []
        var inComment = false
        for line in lines {
            var kept = String.UnicodeScalarView()
            let s = Array(line.unicodeScalars)
            var k = 0
            while k < s.count {
                if inComment {
                    if s[k] == "-", k + 2 < s.count, s[k + 1] == "-", s[k + 2] == ">" {
                        inComment = false
                        k += 3
                    } else {
                        k += 1
                    }
                } else if s[k] == "<", k + 3 < s.count, s[k + 1] == "!", s[k + 2] == "-", s[k + 3] == "-" {
                    inComment = true
                    k += 4
                } else {
                    kept.append(s[k])
                    k += 1
                }
            }
            out.append(String(kept))
        }
        return out
    }

    /// Labels of link reference definitions (`[label]: url`), lowercased.
    static func referenceLabels(_ lines: [String]) -> Set<String> {
        var labels: Set<String> = []
        for line in lines {
            if let label = referenceDefinitionLabel(line) { labels.insert(label) }
        }
        return labels
    }

    static func referenceDefinitionLabel(_ line: String) -> String? {
        let t = line.trimmingInputWhitespace()
        guard t.hasPrefix("["), !t.hasPrefix("[^"), let close = t.firstIndex(of: "]") else { return nil }
        let after = t[t.index(after: close)...]
        guard after.hasPrefix(":") else { return nil }
        let target = after.dropFirst().trimmingInputWhitespaceSubstring()
        guard !target.isEmpty else { return nil }
        return t[t.index(after: t.startIndex)..<close].lowercased()
    }
}

private struct MarkdownBlockState {
    var blocks: [String] = []
    var buffer: [String] = []
    var references: Set<String> = []
    var fence: (Character, Int)?
    var rawHTMLEnd: String?
    var inList = false
    var firstHeadingTitle: String?
    var firstH1: String?
    var sawBlock = false

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        var joined = ""
        for (k, raw) in buffer.enumerated() {
            var line = raw
            if line.hasSuffix("\\") { line.removeLast() }
            if k > 0 { joined += " " }
            joined += line
        }
        buffer = []
        emit(MarkdownInline.render(joined, references: references))
    }

    mutating func emit(_ text: String) {
        guard !text.isEmpty else { return }
        blocks.append(text)
        sawBlock = true
    }

    mutating func consume(_ rawLine: String) {
        if let end = rawHTMLEnd {
            if rawLine.lowercased().contains(end) { rawHTMLEnd = nil }
            return
        }
        if let (ch, count) = fence {
            let t = rawLine.trimmingInputWhitespace()
            if t.count >= count, t.allSatisfy({ $0 == ch }) { fence = nil }
            return
        }
        // Block quote markers.
        var line = Substring(rawLine)
        while true {
            let stripped = line.drop(while: { $0 == " " || $0 == "\t" })
            guard stripped.hasPrefix(">") else { break }
            line = stripped.dropFirst()
            if line.hasPrefix(" ") { line = line.dropFirst() }
        }
        let t = line.trimmingInputWhitespaceSubstring()
        if t.isEmpty {
            flush()
            return
        }
        // Raw HTML blocks whose content is not text.
        let lower = t.prefix(10).lowercased()
        for tag in ["script", "style"] where lower.hasPrefix("<" + tag) {
            flush()
            if !t.lowercased().contains("</" + tag) { rawHTMLEnd = "</" + tag }
            return
        }
        // Code fences.
        if t.hasPrefix("```") || t.hasPrefix("~~~") {
            let ch = t.first!
            flush()
            fence = (ch, t.prefix(while: { $0 == ch }).count)
            return
        }
        // Link reference definitions are not text.
        if MarkdownReader.referenceDefinitionLabel(t) != nil { return }
        // ATX headings.
        if t.hasPrefix("#") {
            let level = t.prefix(while: { $0 == "#" }).count
            let rest = t.dropFirst(level)
            if level <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" {
                flush()
                var body = rest.trimmingInputWhitespaceSubstring()
                let withoutClose = body.replacingTrailing("#")
                if withoutClose.isEmpty || withoutClose.hasSuffix(" ") { body = withoutClose.trimmingInputWhitespaceSubstring() }
                heading(body, level: level)
                inList = false
                return
            }
        }
        // Setext underlines, thematic breaks.
        if !buffer.isEmpty, !inList, t.allSatisfy({ $0 == "=" }) || (t.count >= 2 && t.allSatisfy({ $0 == "-" })) {
            let text = buffer.joined(separator: " ")
            buffer = []
            heading(text, level: t.first == "=" ? 1 : 2)
            return
        }
        if isThematicBreak(t) {
            flush()
            inList = false
            return
        }
        // Table delimiter rows.
        if t.contains("|"), t.allSatisfy({ "|-: \t".contains($0) }), t.contains("-") { return }
        // Table rows: cells as one line each.
        if t.hasPrefix("|") {
            flush()
            var cells = t.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingInputWhitespaceSubstring() }
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
            buffer = [cells.filter { !$0.isEmpty }.joined(separator: " | ")]
            flush()
            return
        }
        // List items.
        if let item = listItemBody(t) {
            flush()
            inList = true
            buffer = [item]
            return
        }
        // Footnote definitions: keep the note's text.
        if t.hasPrefix("[^"), let close = t.firstIndex(of: "]"), t[t.index(after: close)...].hasPrefix(":") {
            flush()
            buffer = [String(t[t.index(close, offsetBy: 2)...]).trimmingInputWhitespace()]
            return
        }
        buffer.append(t)
    }

    mutating func heading(_ raw: String, level: Int) {
        let text = MarkdownInline.render(raw, references: references)
        guard !text.isEmpty else { return }
        if !sawBlock, firstHeadingTitle == nil { firstHeadingTitle = text }
        if level == 1, firstH1 == nil { firstH1 = text }
        emit(text)
    }

    func isThematicBreak(_ t: String) -> Bool {
        guard let c = t.first, c == "-" || c == "*" || c == "_" else { return false }
        var count = 0
        for ch in t {
            if ch == c { count += 1 } else if ch != " " && ch != "\t" { return false }
        }
        return count >= 3
    }

    /// The text of a list item line, without its marker (and task box).
    func listItemBody(_ t: String) -> String? {
        var rest: Substring?
        if let f = t.first, f == "-" || f == "*" || f == "+" {
            let after = t.dropFirst()
            if after.first == " " || after.first == "\t" { rest = after }
        } else {
            let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 9 {
                let after = t.dropFirst(digits.count)
                if let m = after.first, m == "." || m == ")" {
                    let a2 = after.dropFirst()
                    // A numbered line interrupts a paragraph only as "1." (or inside a list).
                    if a2.first == " " || a2.first == "\t", buffer.isEmpty || inList || Int(digits) == 1 { rest = a2 }
                }
            }
        }
        guard var body = rest?.trimmingInputWhitespaceSubstring() else { return nil }
        for box in ["[ ] ", "[x] ", "[X] "] where body.hasPrefix(box) { body = String(body.dropFirst(4)) }
        return body
    }
}

extension StringProtocol {
    func trimmingInputWhitespaceSubstring() -> String { String(self).trimmingInputWhitespace() }

    /// Drops a trailing run of `ch`.
    fileprivate func replacingTrailing(_ ch: Character) -> String {
        var s = String(self)
        while s.last == ch { s.removeLast() }
        return s
    }
}

extension String {
    fileprivate func replacingBackslashEscapes() -> String {
        guard contains("\\") else { return self }
        var out = ""
        var escape = false
        for ch in self {
            if escape {
                switch ch {
                case "n": out.append(" ")
                case "t": out.append(" ")
                default: out.append(ch)
                }
                escape = false
            } else if ch == "\\" {
                escape = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
