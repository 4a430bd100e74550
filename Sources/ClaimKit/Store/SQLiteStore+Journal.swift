import Foundation
import GRDB

extension SQLiteStore {
    public func journal(_ filter: JournalFilter) throws -> [JournalEntry] {
        var clauses: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let id = filter.id {
            // ids is a JSON array of strings: match the quoted id exactly.
            clauses.append("instr(ids, ?) > 0")
            args.append("\"\(id)\"")
        }
        if let since = filter.since { clauses.append("at >= ?"); args.append(since) }
        if let author = filter.author { clauses.append("author = ?"); args.append(author) }
        if let seq = filter.seq { clauses.append("seq = ?"); args.append(seq) }
        if let before = filter.before { clauses.append("seq < ?"); args.append(before) }
        var sql = "SELECT * FROM journal"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY seq"
        if let limit = filter.limit { sql = "SELECT * FROM (\(sql.replacingOccurrences(of: "ORDER BY seq", with: "ORDER BY seq DESC")) LIMIT \(limit)) ORDER BY seq" }
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(Self.entry) }
    }

    static func entry(_ row: Row) throws -> JournalEntry {
        JournalEntry(seq: try row.checked("seq"), at: try row.checked("at"), author: try row.checked("author"), action: try row.checked("action"),
                     ids: decodeStrings(try row.checked("ids")), payload: try row.checked("payload"), prevHash: try row.checked("prev_hash"), hash: try row.checked("hash"))
    }

    /// Recomputes the hash chain, then checks that every journaled table holds exactly what the
    /// journal's row snapshots say it should. Names the first entry or row that fails.
    public func verifyJournal() throws -> JournalVerification {
        try read { db in try verifyJournal(db) }
    }

    func verifyJournal(_ db: Database) throws -> JournalVerification {
        var result = try JournalVerifier(db: db).verify()
        // The schema first: a planted trigger or a changed table makes every other check moot.
        if let difference = try SchemaAudit.difference(db) { result.failure = difference }
        return result
    }
}
