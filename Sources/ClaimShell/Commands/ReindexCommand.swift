import ClaimKit

/// `reindex`: rebuilds the derived data (the full-text index `find` searches, the counts `stats`
/// shows) from the tables, after `log verify` found it edited outside claimcheck.
struct ReindexCommand: ShellCommand {
    let name = "reindex"
    let summary = "rebuild the full-text index and the row counts from the tables"
    let usage = "reindex"
    let details = """
        The full-text index and the row counts `stats` shows are derived from the tables: neither is
        journaled nor exported. When `log verify` finds one edited outside claimcheck, `reindex`
        rebuilds both from the tables in one transaction. No journaled row changes, so the journal
        gains no entry. On PostgreSQL the index is computed by the server from the text and only the
        counts are rebuilt.

        Example:
          reindex
          log verify
        """

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let rebuilt = try session.storeForWriting().rebuildDerivedData()
        try emit(record: "rebuilt " + rebuilt.joined(separator: " and ") + " from the tables",
                 json: .object([("rebuilt", .array(rebuilt.map { .string($0) }))]), args, session)
    }
}
