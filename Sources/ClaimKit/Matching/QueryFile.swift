import Foundation

/// A file of texts to match at once (`match --queries`): JSON Lines `{"query_id", "text"}`, or a
/// two-column TSV (id, text; RFC 4180 quoting) whose first row is a header when its first cell is
/// empty or names an id column (`id`, `query_id`, `qid`, `tweet_id`).
public enum QueryFile {
    public struct Query: Sendable {
        public var id: String
        public var text: String
    }

    public static func read(path: String) throws -> [Query] {
        guard let data = FileManager.default.contents(atPath: path) else { throw FactCheckFile.Problems(path: path, problems: [(nil, "cannot read the file")]) }
        guard var text = String(data: data, encoding: .utf8) else { throw FactCheckFile.Problems(path: path, problems: [(nil, "not UTF-8 text")]) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var queries: [Query] = []
        var problems: [(line: Int?, what: String)] = []
        if text.first(where: { !$0.isWhitespace }) == "{" {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty { continue }
                guard let value = JSONValue.parse(trimmed), case .object = value else {
                    problems.append((n + 1, "not a JSON object (one {\"query_id\", \"text\"} a line)"))
                    continue
                }
                guard let id = idText(value["query_id"] ?? value["id"]) else { problems.append((n + 1, "no query_id")); continue }
                guard case .string(let t)? = value["text"] else { problems.append((n + 1, "no text")); continue }
                queries.append(Query(id: id, text: t))
            }
        } else {
            do {
                var records = try DelimitedReader.records(text)
                if let first = records.first?.fields.first?.lowercased(), ["", "id", "query_id", "qid", "tweet_id"].contains(first) {
                    records.removeFirst()
                }
                for r in records {
                    guard r.fields.count == 2 else { problems.append((r.line, "\(r.fields.count) fields, not 2 (id, text)")); continue }
                    queries.append(Query(id: r.fields[0], text: r.fields[1]))
                }
            } catch let failure as DelimitedReader.Failure {
                problems.append((failure.line, failure.problem))
            }
        }
        for q in queries where q.id.contains(where: \.isWhitespace) || q.id.isEmpty {
            problems.append((nil, "the query id \"\(q.id)\" is empty or has a blank (a TREC run cannot hold it)"))
            break
        }
        if !problems.isEmpty { throw FactCheckFile.Problems(path: path, problems: problems) }
        return queries
    }

    private static func idText(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .int(let i)?: return String(i)
        default: return nil
        }
    }
}
