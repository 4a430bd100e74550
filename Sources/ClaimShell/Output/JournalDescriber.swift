import ClaimKit

/// Puts a journal entry into words for `log`: a one-line summary (the reason, the values set, old
/// → new where known, the verdict a verdict superseded), the full view of one entry, and its JSON.
struct JournalDescriber {
    let store: any ClaimStore
    /// Whether old values are known (single entries and one object's history).
    let showOldValues: Bool

    /// Keys of `change` that only name what the entry touched (already in the ids column).
    private static let referenceKeys: Set<String> = ["claim", "verdict", "evidence", "document", "speaker", "id"]

    func summary(_ reading: JournalReading) throws -> String {
        var parts: [String] = []
        if let superseded = try supersededVerdict(reading) { parts.append("supersedes \(superseded)") }
        if case .object(let pairs)? = reading.change {
            for (key, value) in pairs where !Self.referenceKeys.contains(key) {
                switch (key, value) {
                case (_, .null): if reading.entry.action.hasSuffix(".edit") { parts.append("\(key) cleared") }
                case ("because", _): parts.append("because: " + Self.quoted(value.plainText, limit: 80))
                case ("rating", _) where reading.entry.action == "verdict": continue  // the action column shows it
                case (_, .array(let items)) where items.contains(where: { if case .object = $0 { return true } else { return false } }):
                    // A list of records (the claims or speakers of a load): how many.
                    let noun = key.hasSuffix("s") && items.count == 1 ? String(key.dropLast()) : key
                    parts.append("\(items.count) \(noun)")
                case (_, .array(let items)): if !items.isEmpty { parts.append("\(key): " + items.map(\.plainText).joined(separator: ", ")) }
                default:
                    if let old = showOldValues ? oldValue(of: key, in: reading) : nil {
                        parts.append("\(key): \(Self.quoted(old.plainText, limit: 40)) → \(Self.quoted(value.plainText, limit: 40))")
                    } else {
                        parts.append("\(key): \(Self.quoted(value.plainText, limit: 60))")
                    }
                }
            }
        }
        return parts.joined(separator: " · ")
    }

    /// Every line of one entry: its fields, the reason, and every field of every row it wrote.
    func full(_ reading: JournalReading) throws -> String {
        let e = reading.entry
        var lines = ["entry      #\(e.seq)", "at         \(e.at)", "author     \(e.author)", "action     \(e.action)",
                     "ids        \(e.ids.joined(separator: " "))"]
        let summary = try summary(reading)
        if !summary.isEmpty { lines.append("what       \(summary)") }
        lines.append("hash       \(e.hash)")
        lines.append("previous   \(e.prevHash)")
        for row in reading.rows {
            lines.append("")
            lines.append(row.isNew ? "\(row.ref) (new)" : row.ref)
            if row.fields.isEmpty { lines.append("  (no field changed)") }
            for field in row.fields {
                if let old = field.old {
                    lines.append("  \(field.field): \(Self.quoted(old.plainText, limit: 200)) → \(Self.quoted(field.new.plainText, limit: 200))")
                } else {
                    lines.append("  \(field.field): \(Self.quoted(field.new.plainText, limit: 200))")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    func json(_ reading: JournalReading) -> JSONValue {
        let e = reading.entry
        let changes: [JSONValue] = reading.rows.map { row in
            .object([("ref", .string(row.ref)), ("table", .string(row.table)), ("new", .bool(row.isNew)),
                     ("fields", .array(row.fields.map { f in
                         .object([("field", .string(f.field)), ("old", f.old ?? .null), ("new", f.new)])
                     }))])
        }
        return .object([("seq", .int(e.seq)), ("at", .string(e.at)), ("author", .string(e.author)), ("action", .string(e.action)),
                        ("ids_all", .array(e.ids.map { .string($0) })), ("prev_hash", .string(e.prevHash)),
                        ("hash_full", .string(e.hash)), ("payload", reading.payload ?? .string(e.payload)),
                        ("changes", .array(changes))])
    }

    /// The old value of a `change` key, from the row the entry changed (claim edits and the like).
    private func oldValue(of key: String, in reading: JournalReading) -> JSONValue? {
        for row in reading.rows where !row.isNew {
            if let field = row.fields.first(where: { $0.field == key }), let old = field.old { return old }
        }
        return nil
    }

    /// "V1 (false)" when this verdict entry ruled on a claim that already had a verdict.
    private func supersededVerdict(_ reading: JournalReading) throws -> String? {
        guard reading.entry.action == "verdict", case .string(let claimRef)? = reading.change?["claim"],
              case .string(let verdictRef)? = reading.change?["verdict"],
              let claimID = Int64(claimRef.dropFirst()), let verdictID = Int64(verdictRef.dropFirst()) else { return nil }
        let earlier = try store.verdicts(claimID: claimID).filter { $0.id < verdictID }.max { $0.id < $1.id }
        return earlier.map { "\($0.ref) (\($0.rating))" }
    }

    static func quoted(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let cut = flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
        return "“" + cut + "”"
    }
}

extension JSONValue {
    /// The value as plain text: strings bare, null as "none", arrays joined.
    var plainText: String {
        switch self {
        case .null: return "none"
        case .string(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .array(let items): return items.map(\.plainText).joined(separator: ", ")
        case .object: return compact
        }
    }
}
