import Foundation

/// Metadata from `<meta>` tags, `<title>`, the canonical link and JSON-LD.
enum HTMLMetadata {
    /// - `h1`: the visible headline, preferred over the titles written for search engines.
    /// - `times`: `<time datetime>` values, for the date when no metadata gives one; then a date in the page's
    ///   address (`/2012/10/31/`), then `visibleDates`, short texts the page marks as dates ("July 24, 2012 12:11 AM"
    ///   in a `timeLine` block).
    /// - `warnings`: placeholder dates that were ignored.
    static func build(metas: [String: String], canonical: String?, title: String?, h1: String?, jsonLD: [String],
                      times: [String] = [], visibleDates: () -> [String] = { [] }, warnings: inout [String]) -> DocumentMetadata
    {
        let ld = jsonLD.lazy.compactMap { InputJSON.parse($0) }.compactMap { JSONLDArticle.find(in: $0) }.first
        func meta(_ keys: String...) -> String? {
            for k in keys {
                if let v = metas[k].map(HTMLMetadata.clean), !v.isEmpty { return v }
            }
            return nil
        }
        var m = DocumentMetadata()
        m.outlet = ld?.publisher ?? meta("og:site_name", "application-name", "publisher", "dc.publisher")
        let seoTitle = ld?.headline ?? meta("og:title", "twitter:title", "headline", "dc.title", "sailthru.title")
            ?? title
        m.title = h1.map(clean).flatMap { $0.isEmpty ? nil : $0 } ?? seoTitle.map { stripSiteSuffix($0, outlet: m.outlet) }
        var byline = ld?.authors
        if byline == nil {
            for key in ["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "twitter:creator"] {
                if let v = meta(key), !looksLikeURL(v), !v.hasPrefix("@") {
                    byline = v
                    break
                }
            }
        }
        m.byline = byline.map(stripBy)
        let dateKeys = [
            "article:published_time", "datepublished", "og:published_time", "published_time", "pubdate", "publishdate",
            "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "date",
            "article.published", "originalpublicationdate", "last-modified", "datecreated",
        ]
        var raw: [String] = []
        if let p = ld?.published { raw.append(p) }
        for k in dateKeys { if let v = metas[k] { raw.append(v) } }
        raw.append(contentsOf: times)
        m.url = ld?.url ?? meta("og:url") ?? canonical.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        if let d = m.url.flatMap(MetadataDate.fromURL) { raw.append(d.description) }
        /// The first of `values` that is a real date (a placeholder is noted and passed over).
        func firstDate(_ values: [String]) -> CivilDate? {
            for v in values {
                guard let d = MetadataDate.parse(v) else { continue }
                if let why = MetadataDate.placeholder(d) {
                    let note = "ignored publication date \(d) (\(why))"
                    if !warnings.contains(note) { warnings.append(note) }
                    continue
                }
                return d
            }
            return nil
        }
        // the page's visible dates are looked for only when nothing else gives one
        m.published = firstDate(raw) ?? firstDate(visibleDates())
        return m
    }

    static func clean(_ s: String) -> String { HTMLScannerText.collapse(s) }

    static func looksLikeURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("//") || l.hasPrefix("www.")
    }

    static func stripBy(_ s: String) -> String {
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { return String(s.dropFirst(prefix.count)) }
        return s
    }

    static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "]

    /// "Headline | Outlet" → "Headline": the part that names the outlet, or else a short last part
    /// ("... | The Hill", "... - Politics - Example News") after a longer headline.
    static func stripSiteSuffix(_ title: String, outlet: String?) -> String {
        let separators = siteSeparators
        if let outlet, !outlet.isEmpty {
            for sep in separators {
                if title.hasSuffix(sep + outlet) { return String(title.dropLast(sep.count + outlet.count)) }
                if title.hasPrefix(outlet + sep) { return String(title.dropFirst(sep.count + outlet.count)) }
            }
        }
        var t = title
        for _ in 0..<3 {
            var cut = false
            for sep in separators {
                guard let r = t.range(of: sep, options: .backwards) else { continue }
                let head = t[..<r.lowerBound]
                let tail = t[r.upperBound...]
                if HTMLHeadline.words(String(tail)).count <= 4, HTMLHeadline.words(String(head)).count >= 3 {
                    t = String(head)
                    cut = true
                    break
                }
            }
            if !cut { break }
        }
        return t
    }

    /// "A", "A and B", "A, B and C".
    static func joinNames(_ names: [String]) -> String? {
        var unique: [String] = []
        for n in names where !n.isEmpty && !unique.contains(n) { unique.append(n) }
        switch unique.count {
        case 0: return nil
        case 1: return unique[0]
        default: return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
        }
    }
}

/// Whitespace collapsing shared by the readers.
enum HTMLScannerText {
    static func collapse(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var space = false
        for u in s.unicodeScalars {
            if u.value < 0x80 ? (u == " " || u == "\n" || u == "\t" || u == "\r" || u == "\u{0B}" || u == "\u{0C}")
                : u.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(0x20) }
                space = false
                HTMLEntities.appendUTF8(u.value, to: &out)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The fields of a schema.org article found in JSON-LD.
struct JSONLDArticle {
    var headline: String?
    var authors: String?
    var published: String?
    var url: String?
    var publisher: String?

    /// The first object typed as an article, searched through arrays, `@graph` and nested objects
    /// (iteratively; the JSON is depth-limited when parsed).
    static func find(in root: InputJSON) -> JSONLDArticle? {
        var byID: [String: InputJSON] = [:]
        var candidate: InputJSON?
        var stack: [InputJSON] = [root]
        while let v = stack.popLast() {
            switch v {
            case .array(let items):
                stack.append(contentsOf: items.reversed())
            case .object(let pairs):
                if let id = v["@id"]?.string, pairs.count > 1, byID[id] == nil { byID[id] = v }
                if candidate == nil, isArticle(v) { candidate = v }
                stack.append(contentsOf: pairs.map(\.1).reversed())
            default: break
            }
        }
        guard let a = candidate else { return nil }
        func resolve(_ v: InputJSON) -> InputJSON {
            if let id = v["@id"]?.string, v["name"] == nil, let target = byID[id] { return target }
            return v
        }
        func text(_ v: InputJSON?) -> String? {
            guard let s = v?.string else { return nil }
            let t = HTMLScannerText.collapse(HTMLEntities.decodeAll(s))
            return t.isEmpty ? nil : t
        }
        func names(_ v: InputJSON?) -> [String] {
            guard let v else { return [] }
            switch v {
            case .string: return text(v).map { [$0] } ?? []
            case .array(let items): return items.flatMap { item -> [String] in
                switch item {
                case .string: return text(item).map { [$0] } ?? []
                case .object: return text(resolve(item)["name"]).map { [$0] } ?? []
                default: return []
                }
            }
            case .object: return text(resolve(v)["name"]).map { [$0] } ?? []
            default: return []
            }
        }
        var r = JSONLDArticle()
        r.headline = text(a["headline"]) ?? text(a["name"])
        r.authors = HTMLMetadata.joinNames(names(a["author"]) + names(a["creator"]).prefix(a["author"] == nil ? 8 : 0))
        r.published = text(a["datePublished"]) ?? text(a["dateCreated"])
        r.url = text(a["url"]) ?? text(a["mainEntityOfPage"]) ?? text(a["mainEntityOfPage"].map(resolve)?["@id"])
            ?? text(a["mainEntityOfPage"]?["url"])
        if let p = a["publisher"] {
            r.publisher = names(p).first
        }
        if let u = r.url, !HTMLMetadata.looksLikeURL(u) { r.url = nil }
        return r
    }

    static func isArticle(_ v: InputJSON) -> Bool {
        guard let t = v["@type"] else { return false }
        let types: [String]
        switch t {
        case .string(let s): types = [s]
        case .array(let a): types = a.compactMap(\.string)
        default: return false
        }
        for raw in types {
            var s = raw.lowercased()
            if let slash = s.lastIndex(of: "/") { s = String(s[s.index(after: slash)...]) }
            if let colon = s.lastIndex(of: ":") { s = String(s[s.index(after: colon)...]) }
            if HTMLReader.articleTypes.contains(s) { return true }
        }
        return false
    }
}
