import Foundation
import GRDB

extension SQLiteStore {
    public func scale() throws -> RatingScale {
        try read { db in try fetchScale(db) }
    }

    func fetchScale(_ db: Database) throws -> RatingScale {
        RatingScale(settingValue: try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = 'scale'")))
    }

    public func setScale(_ scale: RatingScale, author: String) throws {
        try write { db in
            let value = scale.settingValue
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('scale', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [value])
            var changes = ChangeSet()
            changes.touch("setting", "scale")
            try JournalEntry.append(db, author: author, action: "scale.set", ids: [], payload: .object([
                ("scale", .string(scale.name)), ("ratings", .array(scale.ratings.map { .string($0.name) })),
            ]), changes: changes)
        }
    }

    public func setting(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, _ value: String, author: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
            var changes = ChangeSet()
            changes.touch("setting", key)
            try JournalEntry.append(db, author: author, action: "setting", ids: [],
                                    payload: .object([("key", .string(key)), ("value", .string(value))]), changes: changes)
        }
    }

    public func addVerdict(claimID: Int64, rating: String, reason: String, cites: [Int64], author: String) throws -> (VerdictRecord, JournalEntry) {
        try write { db in
            try requireClaim(db, claimID)
            let scale = try fetchScale(db)
            guard let r = scale.rating(named: rating) else {
                throw StoreError("\(rating) is not a rating of the \(scale.name) scale (\(scale.ratings.map(\.name).joined(separator: ", ")))")
            }
            for e in cites {
                guard let ev = try fetchEvidence(db, e) else { throw StoreError.notFound("evidence", "E\(e)") }
                if ev.claimID != claimID { throw StoreError("E\(e) is evidence for C\(ev.claimID), not C\(claimID)") }
                if ev.withdrawn { throw StoreError("E\(e) was withdrawn and cannot be cited") }
            }
            let citesText = JSONValue.array(cites.map { .string("E\($0)") }).compact
            try db.cachedStatement(sql: "INSERT INTO verdict (claim_id, rating, reason, cites, ruled_at, author) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [claimID, r.name, reason, citesText, UTCClock.now(), author])
            let id = db.lastInsertedRowID
            // The newest verdict's rating is the status (what refreshStatus would compute).
            try db.cachedStatement(sql: "UPDATE claim SET status = ? WHERE id = ?").execute(arguments: [r.name, claimID])
            var changes = ChangeSet()
            changes.touch("verdict", id)
            changes.touch("claim", claimID)
            let entry = try JournalEntry.append(db, author: author, action: "verdict", ids: ["V\(id)", "C\(claimID)"], payload: .object([
                ("verdict", .string("V\(id)")), ("claim", .string("C\(claimID)")), ("rating", .string(r.name)),
                ("because", .string(reason)), ("cites", .array(cites.map { .string("E\($0)") })),
            ]), changes: changes)
            let verdict = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM verdict WHERE id = ?"), arguments: [id]).map { try Self.verdict($0, current: true) }!
            return (verdict, entry)
        }
    }

    public func verdicts(claimID: Int64?) throws -> [VerdictRecord] {
        try read { db in
            if let claimID {
                // One claim's verdicts: its current one is its newest (no pass over the whole table).
                // A retracted claim has no current verdict.
                let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM verdict WHERE claim_id = ? ORDER BY id"), arguments: [claimID])
                let retracted = try Bool.fetchOne(db.cachedStatement(sql: "SELECT retracted_at IS NOT NULL FROM claim WHERE id = ?"), arguments: [claimID]) ?? false
                let current: Int64? = retracted ? nil : rows.last?["id"]
                return try rows.map { try Self.verdict($0, current: try $0.checked("id") == current) }
            }
            let current = Set(try Int64.fetchAll(db, sql: StoreSQL.currentVerdicts))
            return try Row.fetchAll(db, sql: "SELECT * FROM verdict ORDER BY id").map { try Self.verdict($0, current: current.contains(try $0.checked("id"))) }
        }
    }

    static func verdict(_ row: Row, current: Bool) throws -> VerdictRecord {
        let cites = decodeStrings(try row.checked("cites")).compactMap { Int64($0.dropFirst()) }
        return VerdictRecord(id: try row.checked("id"), claimID: try row.checked("claim_id"), rating: try row.checked("rating"), reason: try row.checked("reason"),
                             cites: cites, ruledAt: try row.checked("ruled_at"), author: try row.checked("author"), current: current)
    }
}
