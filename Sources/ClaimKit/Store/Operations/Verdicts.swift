/// Verdicts, the rating scale and settings.
extension SessionStore {
    public func scale() throws -> RatingScale {
        try read { s in try s.scale() }
    }

    public func setScale(_ scale: RatingScale, author: String) throws {
        try write { s in
            try s.setSetting("scale", scale.settingValue)
            var changes = ChangeSet()
            changes.touch("setting", "scale")
            try JournalEntry.append(s, author: author, action: "scale.set", ids: [], payload: .object([
                ("scale", .string(scale.name)), ("ratings", .array(scale.ratings.map { .string($0.name) })),
            ]), changes: changes)
        }
    }

    public func setting(_ key: String) throws -> String? {
        try read { s in try s.text("SELECT value FROM setting WHERE key = ?", [key]) }
    }

    public func setSetting(_ key: String, _ value: String, author: String) throws {
        try write { s in
            try s.setSetting(key, value)
            var changes = ChangeSet()
            changes.touch("setting", key)
            try JournalEntry.append(s, author: author, action: "setting", ids: [],
                                    payload: .object([("key", .string(key)), ("value", .string(value))]), changes: changes)
        }
    }

    public func addVerdict(claimID: Int64, rating: String, reason: String, cites: [Int64], author: String) throws -> (VerdictRecord, JournalEntry) {
        try write { s in
            try s.requireClaim(claimID)
            let scale = try s.scale()
            guard let r = scale.rating(named: rating) else {
                throw StoreError("\(rating) is not a rating of the \(scale.name) scale (\(scale.ratings.map(\.name).joined(separator: ", ")))")
            }
            for e in cites {
                guard let ev = try s.evidence(e) else { throw StoreError.notFound("evidence", "E\(e)") }
                if ev.claimID != claimID { throw StoreError("E\(e) is evidence for C\(ev.claimID), not C\(claimID)") }
                if ev.withdrawn { throw StoreError("E\(e) was withdrawn and cannot be cited") }
            }
            let citesText = JSONValue.array(cites.map { .string("E\($0)") }).compact
            let at = UTCClock.now()
            guard let id = try s.int("""
                INSERT INTO verdict (id, claim_id, rating, reason, cites, ruled_at, author)
                VALUES (\(SQLDialect.nextID("verdict")), ?, ?, ?, ?, ?, ?) RETURNING id
                """, [claimID, r.name, reason, citesText, at, author]) else {
                throw StoreError("store \(location): the new verdict has no id")
            }
            // The newest verdict's rating is the status (what refreshStatus would compute); a claim
            // whose status it already is stays as it is (no page written).
            try s.execute("UPDATE claim SET status = ? WHERE id = ? AND status <> ?", [r.name, claimID, r.name])
            var changes = ChangeSet()
            changes.touch("verdict", id)
            changes.touch("claim", claimID)
            let entry = try JournalEntry.append(s, author: author, action: "verdict", ids: ["V\(id)", "C\(claimID)"], payload: .object([
                ("verdict", .string("V\(id)")), ("claim", .string("C\(claimID)")), ("rating", .string(r.name)),
                ("because", .string(reason)), ("cites", .array(cites.map { .string("E\($0)") })),
            ]), changes: changes)
            let verdict = VerdictRecord(id: id, claimID: claimID, rating: r.name, reason: reason, cites: cites, ruledAt: at, author: author, current: true)
            return (verdict, entry)
        }
    }

    public func verdicts(claimID: Int64?) throws -> [VerdictRecord] {
        try read { s in
            if let claimID {
                // One claim's verdicts: its current one is its newest (no pass over the whole table).
                // A retracted claim has no current verdict.
                let rows = try s.rows("SELECT * FROM verdict WHERE claim_id = ? ORDER BY id", [claimID])
                let retracted = try s.row("SELECT retracted_at FROM claim WHERE id = ?", [claimID])?.optText("retracted_at") != nil
                let current: Int64? = try retracted ? nil : rows.last?.int("id")
                return try rows.map { try VerdictRecord(row: $0, current: try $0.int("id") == current) }
            }
            let current = Set(try s.rows(StoreSQL.currentVerdicts).map { try $0.int("id") })
            return try s.rows("SELECT * FROM verdict ORDER BY id").map { try VerdictRecord(row: $0, current: current.contains(try $0.int("id"))) }
        }
    }
}

extension StoreSession {
    func scale() throws -> RatingScale {
        RatingScale(settingValue: try text("SELECT value FROM setting WHERE key = 'scale'"))
    }

    /// Sets a setting (the caller journals it).
    func setSetting(_ key: String, _ value: String) throws {
        try execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
    }
}

extension VerdictRecord {
    init(row: StoreRow, current: Bool) throws {
        let cites = decodeStrings(try row.text("cites")).compactMap { Int64($0.dropFirst()) }
        self.init(id: try row.int("id"), claimID: try row.int("claim_id"), rating: try row.text("rating"), reason: try row.text("reason"),
                  cites: cites, ruledAt: try row.text("ruled_at"), author: try row.text("author"), current: current)
    }
}
