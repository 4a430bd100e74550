import ClaimKit
import Foundation

/// `match TEXT|CLAIM_ID` ranks earlier fact-checks (other organisations' prior checks and the
/// store's own verdicts) for a text; `match --queries FILE --format trec` ranks many at once.
struct MatchCommand: ShellCommand {
    let name = "match"
    let summary = "earlier fact-checks of a text or claim: prior checks and the store's own verdicts"
    let usage = "match TEXT...|CLAIM_ID [--limit N] [--format json] | match --queries FILE [--limit N] --format trec"
    let details = """
        Ranks the prior checks brought in with `import factchecks` and the store's claims that have
        a verdict, best first: score, rating, who checked it, when, and the link. A claim id (C4)
        matches that claim's statement, leaving the claim itself out. Matching is offline: BM25 over
        claim and title on normalised words (links, handles and tweet signatures removed, numbers
        written one way, words stemmed), then a reranker over the best 50.

        With --queries, FILE holds many texts (JSON Lines {"query_id", "text"}, or a two-column
        TSV: id, text) and --format trec writes a TREC run: `qid Q0 id rank score claimcheck`.
        In JSON, "id" is the prior check's external id or the claim's id, and "kind" is "prior" or
        "claim"; "confidence" (0 to 1) is what load's repeat flag is set on. Copies of one prior
        check (the same claim and title, differing only in punctuation or quotation marks) rank as
        one result, its later copies named in "copies" (in a table: `2 (= 867)`); a TREC run lists
        them after it, each line scoring a millionth or more below the line before.

        Examples:
          match "Hurricane brought bricks of cocaine ashore"
          match C4 --limit 3
          match --queries tweets.jsonl --limit 100 --format trec > run.txt
        """
    static let limit = ShellOption.count("--limit", help: "at most N matches (default 10; 100 with --queries)")
    static let queries = ShellOption.text("--queries", "FILE", completion: .path, help: "rank each text of FILE (JSON Lines or TSV)")
    var options: [OptionSpec] { [Self.limit.spec, Self.queries.spec] }
    var positionalCompletion: [CompletionKind] { [.claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        let trec = try args[Arguments.format]?.lowercased() == "trec"
        let limit = try args[Self.limit] ?? (args.has(Self.queries) ? 100 : 10)
        let store = try session.storeForReading()
        if let path = try args[Self.queries] {
            try args.expectPositionals(max: 0, usage: usage)
            guard trec else { throw ShellError("match --queries writes a TREC run: add --format trec", usage: usage) }
            let queries: [QueryFile.Query]
            do { queries = try QueryFile.read(path: path) } catch let problems as FactCheckFile.Problems { throw ShellError(problems.description) }
            let matcher = try Self.matcher(for: store, session)
            var out = ""
            for q in queries {
                // Each check with its score, its copies listed after it in the order stored. A run's
                // order is read from its scores (the scorer breaks ties its own way), so every line
                // scores at least a millionth below the line before: the run says the order written.
                // At most `limit` lines.
                let ids = matcher.rank(q.text, limit: limit).flatMap { m in ([m.candidate] + m.copies).map { ($0.id, m.score) } }
                var last = Int64.max
                for (rank, (id, score)) in ids.prefix(limit).enumerated() {
                    let millionths = min(Int64((score * 1_000_000).rounded(.down)), last - 1)
                    last = millionths
                    out += "\(q.id) Q0 \(id) \(rank + 1) \(String(format: "%.6f", Double(millionths) / 1_000_000)) claimcheck\n"
                }
            }
            session.console.write(out)
            return
        }
        guard !trec else { throw ShellError("--format trec needs --queries FILE", usage: usage) }
        guard !args.positionals.isEmpty else { throw ShellError("missing TEXT or CLAIM_ID to match", usage: usage) }
        var text = args.positionals.joined(separator: " ")
        var own: String?
        if args.positionals.count == 1, Identifier.kind(of: text) == "C", let id = try? Identifier.parse(text, prefix: "C") {
            guard let claim = try store.claim(id: id) else { throw ShellError("no claim C\(id)") }
            text = claim.statement
            own = claim.ref
        }
        let matcher = try Self.matcher(for: store, session)
        let results = matcher.rank(text, limit: limit + (own == nil ? 0 : 1)).filter { $0.candidate.id != own || $0.candidate.kind != .claim }.prefix(limit)
        if try format(args, session) == .json {
            session.console.write(JSONValue.array(results.map(Self.json)).pretty + "\n")
            return
        }
        var table = Table(columns: [
            Table.Column("id", maxWidth: 24), Table.Column("score", rightAligned: true), Table.Column("rating", maxWidth: 16),
            Table.Column("checked", "checked by", maxWidth: 20, dropRank: 2), Table.Column("when", dropRank: 3),
            Table.Column("claim", flexible: true), Table.Column("link", dropRank: 1),
        ], emptyMessage: matcher.count == 0 ? "nothing to match against: `import factchecks FILE`, or give claims verdicts" : "no matches")
        for m in results {
            let c = m.candidate
            var id = c.document.map { "\(c.id) of \($0)" } ?? c.id
            if !m.copies.isEmpty { id += " (= \(m.copies.map(\.id).joined(separator: ", ")))" }
            table.append([.string(id), .string(String(format: "%.2f", m.score)), .string(c.rating), .string(c.checkedBy),
                          .string(c.checkedAt), .string(c.text), .string(c.url)])
        }
        try emit(table, args, session)
    }

    /// The session's matcher; the first time it matches by words only, says so and why (on stderr).
    static func matcher(for store: any ClaimStore, _ session: Session) throws -> ClaimMatcher {
        let matcher = try session.matching.matcher(for: store)
        if let notice = session.matching.wordsOnlyNotice(for: matcher) { session.console.error(notice) }
        return matcher
    }

    static func json(_ m: MatchResult) -> JSONValue {
        let c = m.candidate
        return .object([
            ("id", .string(c.id)), ("kind", .string(c.kind.rawValue)),
            ("score", .double((m.score * 10_000).rounded() / 10_000)), ("confidence", .double((m.confidence * 1_000).rounded() / 1_000)),
            ("similarity", m.similarity.map { .double(($0 * 1_000).rounded() / 1_000) } ?? .null),
            ("claim", .string(c.text)), ("title", .string(c.title)), ("rating", .string(c.rating)),
            ("checked_by", .string(c.checkedBy)), ("date", .string(c.checkedAt)), ("url", .string(c.url)),
            ("document", .string(c.document)), ("copies", .array(m.copies.map { .string($0.id) })),
        ])
    }
}
