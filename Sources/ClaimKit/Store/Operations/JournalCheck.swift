/// `log verify`: the hash chain recomputed, every journaled table checked against the row
/// snapshots (``JournalVerifier``), the schema compared with claimcheck's own, and the derived
/// row counts recounted (``TallyCheck``).
extension SessionStore {
    public func verifyJournal() throws -> JournalVerification {
        var result = try read { s in
            var result = try JournalVerifier(session: s).verify()
            if result.failure == nil { result.failure = try TallyCheck.difference(s) }
            return result
        }
        // The schema first: a planted trigger or a changed table makes every other check moot.
        if let difference = try schemaDifference() { result.failure = difference }
        return result
    }
}
