import Foundation

/// A file of other organisations' fact-checks, in any of the forms `import factchecks` reads:
/// - schema.org ClaimReview JSON-LD: one object, an array of them, an `@graph` holding them, or
///   JSON Lines of them (fact-check feeds, Google's Fact Check Tools exports);
/// - a table as JSON Lines: `{"id", "claim", "title"?, "rating"?, "url"?, "org"?, "date"?}`;
/// - a table as TSV with a header row and RFC 4180 quoting (the same column names; an unnamed
///   first column, `vclaim_id` and `vclaim` are read as `id` and `claim`, as in the CLEF
///   CheckThat! files).
public struct FactCheckFile: Sendable {
    public let path: String
    /// SHA-256 of the file's bytes.
    public let sha256: String
    public let checks: [PriorCheck]

    /// Every bad row, by line (or item, in a JSON document), in one error.
    public struct Problems: Error, CustomStringConvertible {
        public var path: String
        public var problems: [(line: Int?, what: String)]
        public var description: String {
            let shown = problems.prefix(10).map { p in p.line.map { "\(path):\($0): \(p.what)" } ?? "\(path): \(p.what)" }
            let more = problems.count > 10 ? "\n(and \(problems.count - 10) more bad rows)" : ""
            return shown.joined(separator: "\n") + more
        }
    }

    public static func read(path: String) throws -> FactCheckFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw Problems(path: path, problems: [(nil, "cannot read the file")]) }
        let sha = SHA256Hex.of(bytes: Array(data))
        guard var text = String(data: data, encoding: .utf8) else { throw Problems(path: path, problems: [(nil, "not UTF-8 text")]) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let checks = try parse(text, path: path)
        return FactCheckFile(path: path, sha256: sha, checks: checks)
    }

    static func parse(_ text: String, path: String) throws -> [PriorCheck] {
        let first = text.first { !$0.isWhitespace }
        var problems: [(line: Int?, what: String)] = []
        var checks: [PriorCheck] = []
        if first == "[" || first == "{" {
            if let whole = JSONValue.parse(text) {
                for (n, item) in items(whole).enumerated() {
                    do { checks.append(try check(item)) } catch let e as RowProblem {
                        problems.append((nil, "item \(n + 1): \(e.what)"))
                    }
                }
                if checks.isEmpty && problems.isEmpty { problems.append((nil, "no ClaimReview or fact-check rows in it")) }
            } else {
                // JSON Lines: one object a line.
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if trimmed.isEmpty { continue }
                    guard let value = JSONValue.parse(trimmed) else {
                        problems.append((n + 1, "not valid JSON (a file of JSON Lines has one object a line)"))
                        continue
                    }
                    for item in items(value) {
                        do { checks.append(try check(item)) } catch let e as RowProblem { problems.append((n + 1, e.what)) }
                    }
                }
            }
        } else {
            do {
                let records = try DelimitedReader.records(text)
                guard let header = records.first else { throw Problems(path: path, problems: [(nil, "the file is empty")]) }
                let names = header.fields.enumerated().map { i, name in column(name, position: i) }
                guard names.contains("id"), names.contains("claim") else {
                    throw Problems(path: path, problems: [(header.line, "the header must name an id and a claim column (id, claim, title, rating, url, org, date)")])
                }
                for record in records.dropFirst() {
                    guard record.fields.count == names.count else {
                        problems.append((record.line, "\(record.fields.count) fields where the header has \(names.count)"))
                        continue
                    }
                    let pairs = zip(names, record.fields).map { ($0, JSONValue.string($1)) }
                    do { checks.append(try check(.object(pairs))) } catch let e as RowProblem { problems.append((record.line, e.what)) }
                }
            } catch let failure as DelimitedReader.Failure {
                problems.append((failure.line, failure.problem))
            }
        }
        if !problems.isEmpty { throw Problems(path: path, problems: problems) }
        // The same id twice in one file: the later row wins would hide a mistake; name it.
        var seen: [String: Int] = [:]
        for (i, c) in checks.enumerated() {
            if let earlier = seen[c.externalID] {
                problems.append((nil, "the id \(c.externalID) is given twice (rows \(earlier + 1) and \(i + 1))"))
            }
            seen[c.externalID] = i
        }
        if !problems.isEmpty { throw Problems(path: path, problems: problems) }
        return checks
    }

    /// A header cell as a column name.
    private static func column(_ name: String, position: Int) -> String {
        let n = name.trimmingCharacters(in: .whitespaces).lowercased()
        switch n {
        case "" where position == 0, "vclaim_id": return "id"
        case "vclaim", "claimreviewed": return "claim"
        default: return n
        }
    }

    /// The rows of a JSON value: an array's items, an `@graph`'s ClaimReviews, or the object itself.
    private static func items(_ value: JSONValue) -> [JSONValue] {
        switch value {
        case .array(let items): return items.flatMap(Self.items)
        case .object:
            if case .array(let graph)? = value["@graph"] { return graph.filter { isClaimReview($0) } }
            return [value]
        default: return [value]
        }
    }

    private static func isClaimReview(_ value: JSONValue) -> Bool {
        switch value["@type"] {
        case .string(let t)?: return t == "ClaimReview" || t.hasSuffix("/ClaimReview")
        case .array(let ts)?: return ts.contains { if case .string(let t) = $0 { return t == "ClaimReview" || t.hasSuffix("/ClaimReview") }; return false }
        default: return false
        }
    }

    private struct RowProblem: Error { var what: String }

    /// One row: a ClaimReview object or a table row.
    private static func check(_ value: JSONValue) throws -> PriorCheck {
        guard case .object = value else { throw RowProblem(what: "not an object") }
        if isClaimReview(value) {
            guard let claim = text(value["claimReviewed"]), !claim.isEmpty else { throw RowProblem(what: "a ClaimReview without claimReviewed") }
            guard let id = text(value["@id"]) ?? text(value["url"]) ?? text(value["identifier"]) else {
                throw RowProblem(what: "a ClaimReview without @id or url (its external id)")
            }
            let rating = value["reviewRating"].flatMap { text($0["alternateName"]) ?? text($0["ratingValue"]) }
            return PriorCheck(externalID: id, claim: claim, title: text(value["name"]) ?? text(value["headline"]), rating: rating,
                              url: text(value["url"]), org: name(value["author"]), date: text(value["datePublished"]))
        }
        guard let id = text(value["id"]) ?? text(value["vclaim_id"]), !id.isEmpty else { throw RowProblem(what: "no id") }
        guard let claim = text(value["claim"]) ?? text(value["vclaim"]), !claim.isEmpty else { throw RowProblem(what: "no claim (row \(id))") }
        return PriorCheck(externalID: id, claim: claim, title: text(value["title"]), rating: text(value["rating"]),
                          url: text(value["url"]), org: text(value["org"]), date: text(value["date"]))
    }

    /// A string or number as text; empty text is none.
    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        case .int(let i)?: return String(i)
        case .double(let d)?: return String(d)
        default: return nil
        }
    }

    /// An author: a name, an Organization object, or the first of an array of them.
    private static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .array(let items)?: return items.lazy.compactMap { name($0) }.first
        case .object?: return text(value?["name"])
        default: return text(value)
        }
    }
}
