import ClaimKit

/// `find TEXT` searches claims and evidence by full text.
struct FindCommand: ShellCommand {
    let name = "find"
    let aliases = ["search"]
    let summary = "full-text search over claims and evidence"
    let usage = "find TEXT... [--limit N]"
    let details = """
        Every word must occur (a word also matches as a prefix: "negotiat" finds "negotiations").
        Hits are ranked by relevance; when more than 1,000 claims (or pieces of evidence) match,
        the ranking is over the newest 1,000 of them, so a common word stays quick in a big archive.

        Examples:
          find economy collapse
          find "power cuts"
        """
    static let limit = ShellOption.count("--limit", help: "at most N hits of each kind (default 50)")
    var options: [OptionSpec] { [Self.limit.spec] }

    /// The most words one search may have.
    static let maxWords = 64

    func run(_ args: Arguments, in session: Session) throws {
        guard !args.positionals.isEmpty else { throw ShellError("missing TEXT to search for", usage: usage) }
        let limit = try args[Self.limit] ?? 50
        let query = args.positionals.joined(separator: " ")
        // Every word is one more full-text term for every match: a bound keeps a pasted page from
        // running for minutes.
        let words = query.split(whereSeparator: { $0.isWhitespace }).count
        guard words <= FindCommand.maxWords else {
            throw ShellError("find takes at most \(FindCommand.maxWords) words (this has \(words)); search for a few distinctive ones")
        }
        let hits = try session.storeForReading().search(query, limit: limit)
        var table = Table(columns: [Table.Column("id"), Table.Column("claim"), Table.Column("match", flexible: true)],
                          emptyMessage: "no matches")
        for hit in hits {
            table.append([.string(hit.ref), .string("C\(hit.claimID)"), .string(hit.snippet)])
        }
        try emit(table, args, session)
    }
}
