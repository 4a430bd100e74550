import Foundation

extension PostgresStore {
    public func scale() throws -> RatingScale {
        try read { try fetchScale() }
    }

    func fetchScale() throws -> RatingScale {
        RatingScale(settingValue: try link.string("SELECT value FROM setting WHERE key = 'scale'"))
    }

    public func setScale(_ scale: RatingScale, author: String) throws {
        try write {
            let value = scale.settingValue
            try link.execute("INSERT INTO setting (key, value) VALUES ('scale', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [value])
            var changes = ChangeSet()
            changes.touch("setting", "scale")
            try appendJournal(author: author, action: "scale.set", ids: [], payload: .object([
                ("scale", .string(scale.name)), ("ratings", .array(scale.ratings.map { .string($0.name) })),
            ]), changes: changes)
        }
    }

    public func setting(_ key: String) throws -> String? {
        try read { try link.string("SELECT value FROM setting WHERE key = $1", [key]) }
    }

    public func setSetting(_ key: String, _ value: String, author: String) throws {
        try write {
            try link.execute("INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
            var changes = ChangeSet()
            changes.touch("setting", key)
            try appendJournal(author: author, action: "setting", ids: [],
                              payload: .object([("key", .string(key)), ("value", .string(value))]), changes: changes)
        }
    }

    public func addVerdict(claimID: Int64, rating: String, reason: String, cites: [Int64], author: String) throws -> (VerdictRecord, JournalEntry) {
        try write {
            try requireClaim(claimID)
            let scale = try fetchScale()
            guard let r = scale.rating(named: rating) else {
                throw StoreError("\(rating) is not a rating of the \(scale.name) scale (\(scale.ratings.map(\.name).joined(separator: ", ")))")
            }
            for e in cites {
                guard let ev = try fetchEvidence(e) else { throw StoreError.notFound("evidence", "E\(e)") }
                if ev.claimID != claimID { throw StoreError("E\(e) is evidence for C\(ev.claimID), not C\(claimID)") }
                if ev.withdrawn { throw StoreError("E\(e) was withdrawn and cannot be cited") }
            }
            let citesText = JSONValue.array(cites.map { .string("E\($0)") }).compact
            let id = try nextID("verdict")
            try link.execute("INSERT INTO verdict (id, claim_id, rating, reason, cites, ruled_at, author) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                             [id, claimID, r.name, reason, citesText, UTCClock.now(), author])
            try refreshStatus(claimID: claimID)
            var changes = ChangeSet()
            changes.touch("verdict", id)
            changes.touch("claim", claimID)
            let entry = try appendJournal(author: author, action: "verdict", ids: ["V\(id)", "C\(claimID)"], payload: .object([
                ("verdict", .string("V\(id)")), ("claim", .string("C\(claimID)")), ("rating", .string(r.name)),
                ("because", .string(reason)), ("cites", .array(cites.map { .string("E\($0)") })),
            ]), changes: changes)
            let verdict = try link.one("SELECT * FROM verdict WHERE id = $1", [id]).map { Self.verdict($0, current: true) }!
            return (verdict, entry)
        }
    }

    public func verdicts(claimID: Int64?) throws -> [VerdictRecord] {
        try read {
            let current = Set(try link.query(StoreSQL.currentVerdicts).map { $0.int("id") })
            let rows = claimID == nil
                ? try link.query("SELECT * FROM verdict ORDER BY id")
                : try link.query("SELECT * FROM verdict WHERE claim_id = $1 ORDER BY id", [claimID])
            return rows.map { Self.verdict($0, current: current.contains($0.int("id"))) }
        }
    }

    static func verdict(_ row: PGRow, current: Bool) -> VerdictRecord {
        let cites = decodeStrings(row.optString("cites")).compactMap { Int64($0.dropFirst()) }
        return VerdictRecord(id: row.int("id"), claimID: row.int("claim_id"), rating: row.string("rating"), reason: row.string("reason"),
                             cites: cites, ruledAt: row.string("ruled_at"), author: row.string("author"), current: current)
    }
}
