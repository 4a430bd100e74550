/// A journal entry read for people: what its command said it did (the payload's `change`), and for
/// each row it wrote, the fields whose values differ from that row's previous snapshot (old → new).
public struct JournalReading: Sendable {
    /// One field of one row, before and after the entry.
    public struct FieldChange: Sendable {
        public let field: String
        /// Nil when the row is new.
        public let old: JSONValue?
        public let new: JSONValue
    }

    /// One row the entry wrote.
    public struct RowChange: Sendable {
        public let table: String
        /// "C3", "E1", "S2", "V4", "D1"; for other tables, the table and key ("setting org").
        public let ref: String
        public let isNew: Bool
        public let fields: [FieldChange]
    }

    public let entry: JournalEntry
    /// The whole payload as a JSON value (nil only when it is not JSON).
    public let payload: JSONValue?
    public let rows: [RowChange]

    /// What the command said it changed.
    public var change: JSONValue? { payload?["change"] }

    /// Fields that change on their own with others and say nothing to a reader.
    static let quietFields: Set<String> = ["id", "hash"]

    /// Reads `entries` (in journal order). A row's previous snapshot is the last one among the
    /// entries already read, else what `previous` finds (the snapshot the row had before entry `seq`).
    public static func read(_ entries: [JournalEntry],
                            previous: (_ table: String, _ ref: String, _ key: JSONValue, _ seq: Int64) throws -> JSONValue?) rethrows -> [JournalReading] {
        var last: [String: JSONValue] = [:]
        var readings: [JournalReading] = []
        for entry in entries {
            let payload = JSONValue.parse(entry.payload)
            var rows: [RowChange] = []
            if case .array(let snapshots)? = payload?["rows"] {
                for snapshot in snapshots {
                    guard case .string(let table)? = snapshot["table"], let key = snapshot["key"] else { continue }
                    let row = snapshot["row"] ?? .null
                    let ref = reference(table: table, key: key)
                    let slot = table + "\u{0}" + key.compact
                    // A load's rows are new by construction: no need to look for their past.
                    let before = try last[slot] ?? (entry.action == "document.load" ? nil : previous(table, ref, key, entry.seq))
                    last[slot] = row
                    rows.append(RowChange(table: table, ref: ref, isNew: before == nil || before == .null,
                                          fields: fields(before: before, after: row)))
                }
            }
            readings.append(JournalReading(entry: entry, payload: payload, rows: rows))
        }
        return readings
    }

    static func reference(table: String, key: JSONValue) -> String {
        let prefixes = ["document": "D", "speaker": "S", "claim": "C", "evidence": "E", "verdict": "V"]
        if let prefix = prefixes[table], case .int(let n) = key { return "\(prefix)\(n)" }
        if case .string(let s) = key { return "\(table) \(s)" }
        return "\(table) \(key.compact)"
    }

    private static func fields(before: JSONValue?, after: JSONValue) -> [FieldChange] {
        guard case .object(let now) = after else { return [] }
        let old: [String: JSONValue]
        if case .object(let pairs)? = before { old = Dictionary(pairs, uniquingKeysWith: { a, _ in a }) } else { old = [:] }
        let isNew = old.isEmpty
        return now.compactMap { field, value in
            guard !quietFields.contains(field) else { return nil }
            if isNew { return value == .null ? nil : FieldChange(field: field, old: nil, new: value) }
            guard let was = old[field], was != value else { return nil }
            return FieldChange(field: field, old: was, new: value)
        }
    }

    /// The row snapshot an entry's payload holds for (`table`, `key`).
    public static func snapshot(in entry: JournalEntry, table: String, key: JSONValue) -> JSONValue? {
        guard case .array(let snapshots)? = JSONValue.parse(entry.payload)?["rows"] else { return nil }
        return snapshots.last { $0["table"] == .string(table) && $0["key"] == key }?["row"]
    }
}
