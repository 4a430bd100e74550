import GRDB

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
    /// Appends an entry after the current head, inside the caller's transaction.
    @discardableResult
    static func append(_ db: Database, author: String, action: String, ids: [String], payload: JSONValue,
                       changes: ChangeSet = ChangeSet(), at: String = UTCClock.now()) throws -> JournalEntry {
        let head = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"))
        let seq: Int64 = (head?["seq"] as Int64? ?? 0) + 1
        let prev: String = head?["hash"] ?? JournalEntry.genesis
        let body = JSONValue.object([("change", payload), ("rows", .array(try changes.snapshots(db)))]).canonical
        let hash = computeHash(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev)
        let idsText = JSONValue.array(ids.map { .string($0) }).compact
        try db.cachedStatement(sql: "INSERT INTO journal (seq, at, author, action, ids, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, at, author, action, idsText, body, prev, hash])
        return JournalEntry(seq: seq, at: at, author: author, action: action, ids: ids, payload: body, prevHash: prev, hash: hash)
    }
}
