import Foundation
import GRDB

extension PostgresStore {
    /// Appends an entry after the current head, inside the caller's write transaction (which
    /// holds the write lock, so the head cannot move under it).
    @discardableResult
    func appendJournal(author: String, action: String, ids: [String], payload: JSONValue,
                       changes: ChangeSet = ChangeSet()) throws -> JournalEntry {
        // The head and every touched row in one round trip.
        var statements: [(String, [any PGBind])] = [("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", [])]
        statements += changes.touched.map { table, key in Self.rowSnapshotQuery(table: table, key: key) }
        let results = try link.pipeline(statements)
        let head = results[0].first
        let seq = (head?.optInt("seq") ?? 0) + 1
        let prev = head?.optString("hash") ?? JournalEntry.genesis
        let at = UTCClock.now()
        let rows = zip(changes.touched, results.dropFirst()).map { touched, found in
            Self.snapshot(table: touched.table, key: touched.key, row: found.first.map { Self.snapshotJSON($0, table: touched.table) })
        }
        let body = JSONValue.object([("change", payload), ("rows", .array(rows))]).canonical
        let hash = JournalEntry.computeHash(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev)
        let idsText = JSONValue.array(ids.map { .string($0) }).compact
        try link.execute("INSERT INTO journal (seq, at, author, action, ids, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         [seq, at, author, action, idsText, body, prev, hash])
        return JournalEntry(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev, hash: hash)
    }

    /// One touched row's snapshot (the same JSON as ``ChangeSet/snapshots(_:)``).
    static func snapshot(table: String, key: DatabaseValue, row: JSONValue?) -> JSONValue {
        .object([
            ("table", .string(table)),
            ("key", RowSnapshot.json(key)),
            ("hash", .string(row.map { SHA256Hex.of($0.canonical) } ?? "absent")),
            ("row", row ?? .null),
        ])
    }

    /// The query that reads a touched row as it is now.
    static func rowSnapshotQuery(table: String, key: DatabaseValue) -> (String, [any PGBind]) {
        let keyColumn = RowSnapshot.keyColumn(table)
        let bind: PGValue
        switch key.storage {
        case .int64(let i): bind = .int(i)
        case .string(let s): bind = .text(s)
        case .double(let d): bind = .double(d)
        default: bind = .null
        }
        return ("SELECT * FROM \(table) WHERE \(keyColumn) = $1", [bind])
    }

    /// A row as a snapshot: every column but a document's text.
    static func snapshotJSON(_ row: PGRow, table: String) -> JSONValue {
        .object(row.pairs.filter { column, value in
            !(table == "document" && column == "text")
                && !LateColumns.omitted(table: table, column: column, isNull: value == .null)
        })
    }

    public func journal(_ filter: JournalFilter) throws -> [JournalEntry] {
        var clauses: [String] = []
        var binds: [any PGBind] = []
        if let id = filter.id {
            binds.append("\"\(id)\"")
            clauses.append("strpos(ids, $\(binds.count)) > 0")
        }
        if let since = filter.since { binds.append(since); clauses.append("at >= $\(binds.count)") }
        if let author = filter.author { binds.append(author); clauses.append("author = $\(binds.count)") }
        if let seq = filter.seq { binds.append(seq); clauses.append("seq = $\(binds.count)") }
        if let before = filter.before { binds.append(before); clauses.append("seq < $\(binds.count)") }
        var sql = "SELECT * FROM journal"
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        if let limit = filter.limit {
            sql = "SELECT * FROM (\(sql) ORDER BY seq DESC LIMIT \(limit)) AS recent ORDER BY seq"
        } else {
            sql += " ORDER BY seq"
        }
        return try read { try link.query(sql, binds).map(Self.entry) }
    }

    static func entry(_ row: PGRow) -> JournalEntry {
        JournalEntry(seq: row.int("seq"), at: row.string("at"), author: row.string("author"), action: row.string("action"),
                     ids: decodeStrings(row.optString("ids")), payload: row.string("payload"),
                     prevHash: row.string("prev_hash"), hash: row.string("hash"))
    }

    public func verifyJournal() throws -> JournalVerification {
        var result = try read { try verifyJournalInTransaction() }
        // The schema first: a planted trigger or a changed table makes every other check moot.
        do {
            if let difference = try PostgresSchemaAudit.difference(link) { result.failure = difference }
        } catch {
            throw StoreError("store \(location): cannot check the schema: \(PostgresLink.describe(error))")
        }
        return result
    }

    /// Recomputes the hash chain, then checks every row of every journaled table against the journal.
    func verifyJournalInTransaction() throws -> JournalVerification {
        var verifier = JournalReplay()
        for row in try link.query("SELECT * FROM journal ORDER BY seq") {
            if let failure = verifier.entry(Self.entry(row)) { return failure }
        }
        for (table, keyColumn) in ChangeSet.tables {
            for row in try link.query("SELECT * FROM \(table) ORDER BY \(keyColumn)") {
                if let failure = verifier.row(table: table, key: row[keyColumn], json: Self.snapshotJSON(row, table: table),
                                              documentText: row.optString("text"), documentSHA: row.optString("sha256")) {
                    return failure
                }
            }
        }
        return verifier.finish()
    }
}
