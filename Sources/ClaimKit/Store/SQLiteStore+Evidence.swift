import GRDB

extension SQLiteStore {
    public func addEvidence(_ e: NewEvidence, author: String) throws -> EvidenceRecord {
        try write { db in
            try requireClaim(db, e.claimID)
            try db.cachedStatement(sql: """
                INSERT INTO evidence (claim_id, stance, source, title, quote, note, reliability, added_at, author)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [e.claimID, e.stance.rawValue, e.source, e.title, e.quote, e.note, e.reliability, UTCClock.now(), author])
            let id = db.lastInsertedRowID
            try countNewEvidence(db, claimID: e.claimID, stance: e.stance)
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try JournalEntry.append(db, author: author, action: "evidence.add", ids: ["E\(id)", "C\(e.claimID)"], payload: .object([
                ("evidence", .string("E\(id)")), ("claim", .string("C\(e.claimID)")), ("stance", .string(e.stance.rawValue)),
                ("source", .string(e.source)),
            ]), changes: changes)
            return try fetchEvidence(db, id)!
        }
    }

    public func evidence(claimID: Int64?) throws -> [EvidenceRecord] {
        try read { db in
            if let claimID {
                return try Row.fetchAll(db, sql: "SELECT * FROM evidence WHERE claim_id = ? ORDER BY id", arguments: [claimID]).map(Self.evidence)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM evidence ORDER BY id").map(Self.evidence)
        }
    }

    public func evidence(id: Int64) throws -> EvidenceRecord? {
        try read { db in try fetchEvidence(db, id) }
    }

    public func retractEvidence(id: Int64, because: String, author: String) throws -> EvidenceRecord {
        try write { db in
            guard let e = try fetchEvidence(db, id) else { throw StoreError.notFound("evidence", "E\(id)") }
            if e.withdrawn { throw StoreError("E\(id) was already withdrawn on \(e.withdrawnAt!)") }
            try db.execute(sql: "UPDATE evidence SET withdrawn_at = ?, withdrawn_because = ? WHERE id = ?",
                           arguments: [UTCClock.now(), because, id])
            try refreshStatus(db, claimID: e.claimID)
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try JournalEntry.append(db, author: author, action: "evidence.retract", ids: ["E\(id)", "C\(e.claimID)"],
                                    payload: .object([("evidence", .string("E\(id)")), ("because", .string(because))]), changes: changes)
            return try fetchEvidence(db, id)!
        }
    }

    func fetchEvidence(_ db: Database, _ id: Int64) throws -> EvidenceRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM evidence WHERE id = ?"), arguments: [id]).map(Self.evidence)
    }

    static func evidence(_ row: Row) throws -> EvidenceRecord {
        EvidenceRecord(id: try row.checked("id"), claimID: try row.checked("claim_id"), stance: Stance(rawValue: try row.checked("stance")) ?? .context,
                       source: try row.checked("source"), title: try row.checked("title"), quote: try row.checked("quote"), note: try row.checked("note"),
                       reliability: try row.checked("reliability"), addedAt: try row.checked("added_at"), author: try row.checked("author"),
                       withdrawnAt: try row.checked("withdrawn_at"), withdrawnBecause: try row.checked("withdrawn_because"))
    }

    func requireClaim(_ db: Database, _ id: Int64) throws {
        guard let retracted = try Row.fetchOne(db.cachedStatement(sql: "SELECT retracted_at FROM claim WHERE id = ?"), arguments: [id]) else {
            throw StoreError.notFound("claim", "C\(id)")
        }
        if let at: String = retracted["retracted_at"] { throw StoreError("C\(id) was retracted on \(at)") }
    }

    /// What ``refreshStatus(_:claimID:)`` gives after one new piece of evidence, without counting the
    /// claim's evidence again (a batch adding thousands to one claim stays fast): one more of its
    /// stance, and the status is the current rating, else `in-progress`.
    func countNewEvidence(_ db: Database, claimID: Int64, stance: Stance) throws {
        try db.cachedStatement(sql: """
            UPDATE claim SET
              supports = supports + (:stance = 'supports'),
              contradicts = contradicts + (:stance = 'contradicts'),
              context = context + (:stance = 'context'),
              status = COALESCE((SELECT rating FROM verdict WHERE claim_id = :id ORDER BY id DESC LIMIT 1), 'in-progress')
            WHERE id = :id
            """).execute(arguments: ["id": claimID, "stance": stance.rawValue])
    }

    /// Recomputes a claim's evidence balance and status: its current rating, else `in-progress`
    /// when it has evidence, else `unchecked`.
    func refreshStatus(_ db: Database, claimID: Int64) throws {
        try db.cachedStatement(sql: """
            UPDATE claim SET
              supports = (SELECT count(*) FROM evidence WHERE claim_id = :id AND stance = 'supports' AND withdrawn_at IS NULL),
              contradicts = (SELECT count(*) FROM evidence WHERE claim_id = :id AND stance = 'contradicts' AND withdrawn_at IS NULL),
              context = (SELECT count(*) FROM evidence WHERE claim_id = :id AND stance = 'context' AND withdrawn_at IS NULL),
              status = COALESCE((SELECT rating FROM verdict WHERE claim_id = :id ORDER BY id DESC LIMIT 1),
                                CASE WHEN EXISTS (SELECT 1 FROM evidence WHERE claim_id = :id AND withdrawn_at IS NULL)
                                     THEN 'in-progress' ELSE 'unchecked' END)
            WHERE id = :id
            """).execute(arguments: ["id": claimID])
    }
}
