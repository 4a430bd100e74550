import Foundation

/// Reading the journal.
extension SessionStore {
    public func journal(_ filter: JournalFilter) throws -> [JournalEntry] {
        try read { s in
            var clauses: [String] = []
            var args: [any SQLBindable] = []
            if let id = filter.id {
                // ids is a JSON array of strings: match the quoted id exactly.
                clauses.append(s.dialect.contains("ids"))
                args.append("\"\(id)\"")
            }
            if let since = filter.since { clauses.append("at >= ?"); args.append(since) }
            if let author = filter.author { clauses.append("author = ?"); args.append(author) }
            if let seq = filter.seq { clauses.append("seq = ?"); args.append(seq) }
            if let before = filter.before { clauses.append("seq < ?"); args.append(before) }
            var sql = "SELECT * FROM journal"
            if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
            if let limit = filter.limit {
                sql = "SELECT * FROM (\(sql) ORDER BY seq DESC LIMIT \(limit)) AS recent ORDER BY seq"
            } else {
                sql += " ORDER BY seq"
            }
            return try s.rows(sql, args).map(JournalEntry.init(row:))
        }
    }
}

extension JournalEntry {
    init(row: StoreRow) throws {
        self.init(seq: try row.int("seq"), at: try row.text("at"), author: try row.text("author"), action: try row.text("action"),
                  ids: decodeStrings(try row.text("ids")), payload: try row.text("payload"),
                  prevHash: try row.text("prev_hash"), hash: try row.text("hash"))
    }
}
