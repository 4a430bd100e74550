/// One entry of the append-only, hash-chained journal (the verdict log).
public struct JournalEntry: Hashable, Sendable {
    public var seq: Int64
    /// UTC time, ISO 8601 to the second.
    public var at: String
    public var author: String
    public var action: String
    /// Ids the change touched ("D1", "C3", ...).
    public var ids: [String]
    /// Canonical JSON of what changed.
    public var payload: String
    public var prevHash: String
    public var hash: String

    /// The text that is hashed: every field but the hash itself, in canonical JSON.
    public static func canonicalForm(seq: Int64, at: String, author: String, action: String, ids: [String],
                                     payload: String, prevHash: String) -> String {
        JSONValue.object([
            ("action", .string(action)),
            ("at", .string(at)),
            ("author", .string(author)),
            ("ids", .array(ids.map { .string($0) })),
            ("payload", .string(payload)),
            ("prev", .string(prevHash)),
            ("seq", .int(seq)),
        ]).canonical
    }

    public static func computeHash(seq: Int64, at: String, author: String, action: String, ids: [String],
                                   payload: String, prevHash: String) -> String {
        SHA256Hex.of(canonicalForm(seq: seq, at: at, author: author, action: action, ids: ids,
                                   payload: payload, prevHash: prevHash))
    }

    /// The hash of the entry before the first.
    public static let genesis = String(repeating: "0", count: 64)
}

extension JournalEntry {
    /// Appends an entry after the current head, inside the caller's write transaction (which
    /// holds the write lock, so the head cannot move under it). The head and every touched row are
    /// read in one go (one round trip on a server).
    @discardableResult
    package static func append(_ session: any StoreSession, author: String, action: String, ids: [String], payload: JSONValue,
                       changes: ChangeSet = ChangeSet(), at: String = UTCClock.now()) throws -> JournalEntry {
        let (head, rows) = try TouchedRows.read(changes.touched, session)
        let seq = (try head?.optInt("seq") ?? 0) + 1
        let prev = try head?.optText("hash") ?? JournalEntry.genesis
        let canonical = CanonicalEntry()
        let body = canonical.body(change: payload, rows: zip(changes.touched, rows).map { ($0.table, $0.key, $1) })
        let hash = canonical.hash(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev)
        let idsText = JSONValue.array(ids.map { .string($0) }).compact
        try session.execute("INSERT INTO journal (seq, at, author, action, ids, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [seq, at, author, action, idsText, body, prev, hash])
        return JournalEntry(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev, hash: hash)
    }
}

/// The journal's head and the rows a change touched, as they are now, read in one go (one round
/// trip on a server). A table with many touched ids (an import, a big article) is read by groups
/// of ids, so that ten thousand rows are not ten thousand statements.
enum TouchedRows {
    static let group = 256

    static func read(_ touched: [(table: String, key: SQLValue)], _ session: any StoreSession) throws -> (head: StoreRow?, rows: [StoreRow?]) {
        var batch: [BatchStatement] = [("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", [])]
        var ids: [String: [Int64]] = [:]
        for (table, key) in touched where RowSnapshot.keyColumn(table) == "id" {
            if case .int(let id) = key { ids[table, default: []].append(id) }
        }
        let grouped = Set(ids.filter { $0.value.count > 8 }.keys)
        var single: [Int] = []  // the statement of each touched row not read by group (else -1)
        for (table, key) in touched {
            if grouped.contains(table), case .int = key { single.append(-1); continue }
            single.append(batch.count)
            batch.append(("SELECT * FROM \(table) WHERE \(RowSnapshot.keyColumn(table)) = ?", [key]))
        }
        var groups: [(table: String, statement: Int)] = []
        for table in grouped.sorted() {
            let all = ids[table]!
            for start in stride(from: 0, to: all.count, by: group) {
                // Always `group` ids (the last repeated), so that the statement is prepared once.
                var part = all[start..<min(start + group, all.count)].map { $0 as any SQLBindable }
                part += Array(repeating: part[part.count - 1], count: group - part.count)
                groups.append((table, batch.count))
                batch.append(("SELECT * FROM \(table) WHERE id IN (\(StoreSQL.placeholders(group)))", part))
            }
        }
        let found = try session.rows(batch: batch)
        var byID: [String: [Int64: StoreRow]] = [:]
        for (table, statement) in groups {
            for row in found[statement] {
                let id = try row.int("id")
                byID[table, default: [:]][id] = row
            }
        }
        let rows = zip(touched, single).map { touched, statement -> StoreRow? in
            if statement >= 0 { return found[statement].first }
            guard case .int(let id) = touched.key else { return nil }
            return byID[touched.table]?[id]
        }
        return (found[0].first, rows)
    }
}
