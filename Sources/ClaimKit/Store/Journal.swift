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
        var batch: [(sql: String, arguments: [any SQLBindable])] = [("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", [])]
        batch += changes.touched.map { touched -> (sql: String, arguments: [any SQLBindable]) in
            ("SELECT * FROM \(touched.table) WHERE \(RowSnapshot.keyColumn(touched.table)) = ?", [touched.key])
        }
        let found = try session.rows(batch: batch)
        let head = found[0].first
        let seq = (try head?.optInt("seq") ?? 0) + 1
        let prev = try head?.optText("hash") ?? JournalEntry.genesis
        let canonical = CanonicalEntry()
        let body = canonical.body(change: payload, rows: zip(changes.touched, found.dropFirst()).map { ($0.table, $0.key, $1.first) })
        let hash = canonical.hash(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev)
        let idsText = JSONValue.array(ids.map { .string($0) }).compact
        try session.execute("INSERT INTO journal (seq, at, author, action, ids, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [seq, at, author, action, idsText, body, prev, hash])
        return JournalEntry(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev, hash: hash)
    }
}
