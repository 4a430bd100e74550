/// `log verify`: the hash chain recomputed, every journaled table checked against the row
/// snapshots (``JournalVerifier``), the schema compared with claimcheck's own, and the derived
/// data checked: the row counts recounted (``TallyCheck``), the full-text index by its engine.
extension SessionStore {
    public func verifyJournal(fullText: Bool) throws -> JournalVerification {
        var result = try read { s in
            var result = try JournalVerifier(session: s).verify()
            if result.failure == nil { result.failure = try TallyCheck.difference(s) }
            if result.failure == nil { result.failure = try s.dialect.search.indexDifference(s, fullText) }
            return result
        }
        // The schema first: a planted trigger or a changed table makes every other check moot.
        if let difference = try schemaDifference() { result.failure = difference }
        return result
    }
}

/// `reindex`: the derived data rebuilt from the tables, in one write transaction.
extension SessionStore {
    public func rebuildDerivedData() throws -> [String] {
        try write { s in
            for statement in s.dialect.search.rebuild + TallyCheck.rebuild { try s.execute(statement, []) }
            return (s.dialect.search.rebuild.isEmpty ? [] : ["the full-text index"]) + ["the tally counts"]
        }
    }
}
