/// Evidence: added, listed, withdrawn; each change keeps the claim's balance and status current.
extension SessionStore {
    public func addEvidence(_ e: NewEvidence, author: String) throws -> EvidenceRecord {
        try addEvidenceReturningClaim(e, author: author).evidence
    }

    public func addEvidenceReturningClaim(_ e: NewEvidence, author: String) throws -> (evidence: EvidenceRecord, claim: ClaimRecord) {
        try write { s in
            // The claim's balance first: no row changed means no claim, or a retracted one.
            if try !s.countNewEvidence(claimID: e.claimID, stance: e.stance) {
                try s.requireClaim(e.claimID)
                throw StoreError.notFound("claim", "C\(e.claimID)")
            }
            let at = UTCClock.now()
            guard let id = try s.int("""
                INSERT INTO evidence (id, claim_id, stance, source, title, quote, note, reliability, added_at, author)
                VALUES (\(SQLDialect.nextID("evidence")), ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [e.claimID, e.stance.rawValue, e.source, e.title, e.quote, e.note, e.reliability, at, author]) else {
                throw StoreError("store \(location): the new evidence has no id")
            }
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try JournalEntry.append(s, author: author, action: "evidence.add", ids: ["E\(id)", "C\(e.claimID)"], payload: .object([
                ("evidence", .string("E\(id)")), ("claim", .string("C\(e.claimID)")), ("stance", .string(e.stance.rawValue)),
                ("source", .string(e.source)),
            ]), changes: changes)
            // What was just written, not read back.
            let evidence = EvidenceRecord(id: id, claimID: e.claimID, stance: e.stance, source: e.source, title: e.title, quote: e.quote,
                                          note: e.note, reliability: e.reliability, addedAt: at, author: author, withdrawnAt: nil, withdrawnBecause: nil)
            guard let claim = try s.claim(e.claimID) else { throw StoreError.notFound("claim", "C\(e.claimID)") }
            return (evidence, claim)
        }
    }

    public func evidence(claimID: Int64?) throws -> [EvidenceRecord] {
        try read { s in
            if let claimID {
                return try s.rows("SELECT * FROM evidence WHERE claim_id = ? ORDER BY id", [claimID]).map(EvidenceRecord.init(row:))
            }
            return try s.rows("SELECT * FROM evidence ORDER BY id").map(EvidenceRecord.init(row:))
        }
    }

    public func evidence(id: Int64) throws -> EvidenceRecord? {
        try read { s in try s.evidence(id) }
    }

    public func retractEvidence(id: Int64, because: String, author: String) throws -> EvidenceRecord {
        try write { s in
            guard var e = try s.evidence(id) else { throw StoreError.notFound("evidence", "E\(id)") }
            if e.withdrawn { throw StoreError("E\(id) was already withdrawn on \(e.withdrawnAt!)") }
            let at = UTCClock.now()
            try s.execute("UPDATE evidence SET withdrawn_at = ?, withdrawn_because = ? WHERE id = ?", [at, because, id])
            try s.refreshStatus(claimID: e.claimID)
            var changes = ChangeSet()
            changes.touch("evidence", id)
            changes.touch("claim", e.claimID)
            try JournalEntry.append(s, author: author, action: "evidence.retract", ids: ["E\(id)", "C\(e.claimID)"],
                                    payload: .object([("evidence", .string("E\(id)")), ("because", .string(because))]), changes: changes)
            e.withdrawnAt = at
            e.withdrawnBecause = because
            return e
        }
    }
}

extension StoreSession {
    func evidence(_ id: Int64) throws -> EvidenceRecord? {
        try row("SELECT * FROM evidence WHERE id = ?", [id]).map(EvidenceRecord.init(row:))
    }

    /// Refuses a claim that does not exist or was retracted.
    func requireClaim(_ id: Int64) throws {
        guard let row = try row("SELECT retracted_at FROM claim WHERE id = ?", [id]) else {
            throw StoreError.notFound("claim", "C\(id)")
        }
        if let at = try row.optText("retracted_at") { throw StoreError("C\(id) was retracted on \(at)") }
    }

    /// What ``refreshStatus(claimID:)`` gives after one new piece of evidence, without counting the
    /// claim's evidence again (a batch adding thousands to one claim stays fast): one more of its
    /// stance, and the status is the current rating, else `in-progress`. The status is written only
    /// when it changes (SQLite rewrites the status index whenever an UPDATE sets the column); both
    /// statements go in one round trip on a server. False when there is no such claim, or it was
    /// retracted (nothing changed).
    func countNewEvidence(claimID: Int64, stance: Stance) throws -> Bool {
        let s = stance.rawValue
        let status = "COALESCE((SELECT rating FROM verdict WHERE claim_id = ? ORDER BY id DESC LIMIT 1), 'in-progress')"
        let changed = try rows(batch: [
            ("""
             UPDATE claim SET
               supports = supports + CASE WHEN ? = 'supports' THEN 1 ELSE 0 END,
               contradicts = contradicts + CASE WHEN ? = 'contradicts' THEN 1 ELSE 0 END,
               context = context + CASE WHEN ? = 'context' THEN 1 ELSE 0 END
             WHERE id = ? AND retracted_at IS NULL RETURNING id
             """, [s, s, s, claimID]),
            ("UPDATE claim SET status = \(status) WHERE id = ? AND retracted_at IS NULL AND status <> \(status)",
             [claimID, claimID, claimID]),
        ])
        return !changed[0].isEmpty
    }

    /// Recomputes a claim's evidence balance and status: its current rating, else `in-progress`
    /// when it has evidence, else `unchecked`.
    func refreshStatus(claimID: Int64) throws {
        try execute("""
            UPDATE claim SET
              supports = (SELECT count(*) FROM evidence WHERE claim_id = ? AND stance = 'supports' AND withdrawn_at IS NULL),
              contradicts = (SELECT count(*) FROM evidence WHERE claim_id = ? AND stance = 'contradicts' AND withdrawn_at IS NULL),
              context = (SELECT count(*) FROM evidence WHERE claim_id = ? AND stance = 'context' AND withdrawn_at IS NULL),
              status = COALESCE((SELECT rating FROM verdict WHERE claim_id = ? ORDER BY id DESC LIMIT 1),
                                CASE WHEN EXISTS (SELECT 1 FROM evidence WHERE claim_id = ? AND withdrawn_at IS NULL)
                                     THEN 'in-progress' ELSE 'unchecked' END)
            WHERE id = ?
            """, Array(repeating: claimID, count: 6))
    }
}

extension EvidenceRecord {
    init(row: StoreRow) throws {
        self.init(id: try row.int("id"), claimID: try row.int("claim_id"), stance: Stance(rawValue: try row.text("stance")) ?? .context,
                  source: try row.text("source"), title: try row.optText("title"), quote: try row.optText("quote"), note: try row.optText("note"),
                  reliability: try row.optText("reliability"), addedAt: try row.text("added_at"), author: try row.text("author"),
                  withdrawnAt: try row.optText("withdrawn_at"), withdrawnBecause: try row.optText("withdrawn_because"))
    }
}
