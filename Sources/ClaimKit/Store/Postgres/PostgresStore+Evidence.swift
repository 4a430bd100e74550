extension PostgresStore {
    public func addEvidence(_ e: NewEvidence, author: String) throws -> EvidenceRecord {
        try write {
            try requireClaim(e.claimID)
            let id = try nextID("evidence")
            try link.execute("""
                INSERT INTO evidence (id, claim_id, stance, source, title, quote, note, reliability, added_at, author)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, [id, e.claimID, e.stance.rawValue, e.source, e.title, e.quote, e.note, e.reliability, UTCClock.now(), author])
            try refreshStatus(claimID: e.claimID)
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try appendJournal(author: author, action: "evidence.add", ids: ["E\(id)", "C\(e.claimID)"], payload: .object([
                ("evidence", .string("E\(id)")), ("claim", .string("C\(e.claimID)")), ("stance", .string(e.stance.rawValue)),
                ("source", .string(e.source)),
            ]), changes: changes)
            return try fetchEvidence(id)!
        }
    }

    public func evidence(claimID: Int64?) throws -> [EvidenceRecord] {
        try read {
            if let claimID {
                return try link.query("SELECT * FROM evidence WHERE claim_id = $1 ORDER BY id", [claimID]).map(Self.evidence)
            }
            return try link.query("SELECT * FROM evidence ORDER BY id").map(Self.evidence)
        }
    }

    public func evidence(id: Int64) throws -> EvidenceRecord? {
        try read { try fetchEvidence(id) }
    }

    public func retractEvidence(id: Int64, because: String, author: String) throws -> EvidenceRecord {
        try write {
            guard let e = try fetchEvidence(id) else { throw StoreError.notFound("evidence", "E\(id)") }
            if e.withdrawn { throw StoreError("E\(id) was already withdrawn on \(e.withdrawnAt!)") }
            try link.execute("UPDATE evidence SET withdrawn_at = $1, withdrawn_because = $2 WHERE id = $3", [UTCClock.now(), because, id])
            try refreshStatus(claimID: e.claimID)
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try appendJournal(author: author, action: "evidence.retract", ids: ["E\(id)", "C\(e.claimID)"],
                              payload: .object([("evidence", .string("E\(id)")), ("because", .string(because))]), changes: changes)
            return try fetchEvidence(id)!
        }
    }

    func fetchEvidence(_ id: Int64) throws -> EvidenceRecord? {
        try link.one("SELECT * FROM evidence WHERE id = $1", [id]).map(Self.evidence)
    }

    static func evidence(_ row: PGRow) -> EvidenceRecord {
        EvidenceRecord(id: row.int("id"), claimID: row.int("claim_id"), stance: Stance(rawValue: row.string("stance")) ?? .context,
                       source: row.string("source"), title: row.optString("title"), quote: row.optString("quote"), note: row.optString("note"),
                       reliability: row.optString("reliability"), addedAt: row.string("added_at"), author: row.string("author"),
                       withdrawnAt: row.optString("withdrawn_at"), withdrawnBecause: row.optString("withdrawn_because"))
    }

    func requireClaim(_ id: Int64) throws {
        guard let row = try link.one("SELECT retracted_at FROM claim WHERE id = $1", [id]) else {
            throw StoreError.notFound("claim", "C\(id)")
        }
        if let at = row.optString("retracted_at") { throw StoreError("C\(id) was retracted on \(at)") }
    }

    /// Recomputes a claim's evidence balance and status, as ``SQLiteStore/refreshStatus(_:claimID:)``.
    func refreshStatus(claimID: Int64) throws {
        try link.execute("""
            UPDATE claim SET
              supports = (SELECT count(*) FROM evidence WHERE claim_id = $1 AND stance = 'supports' AND withdrawn_at IS NULL),
              contradicts = (SELECT count(*) FROM evidence WHERE claim_id = $1 AND stance = 'contradicts' AND withdrawn_at IS NULL),
              context = (SELECT count(*) FROM evidence WHERE claim_id = $1 AND stance = 'context' AND withdrawn_at IS NULL),
              status = COALESCE((SELECT rating FROM verdict WHERE claim_id = $1 ORDER BY id DESC LIMIT 1),
                                CASE WHEN EXISTS (SELECT 1 FROM evidence WHERE claim_id = $1 AND withdrawn_at IS NULL)
                                     THEN 'in-progress' ELSE 'unchecked' END)
            WHERE id = $1
            """, [claimID])
    }
}
