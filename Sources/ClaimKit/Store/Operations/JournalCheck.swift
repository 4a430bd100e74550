/// `log verify`: the hash chain recomputed, every journaled table checked against the row
/// snapshots (``JournalVerifier``), and the schema compared with claimcheck's own.
extension SessionStore {
    public func verifyJournal() throws -> JournalVerification {
        var result = try read { s in try JournalVerifier(session: s).verify() }
        // The schema first: a planted trigger or a changed table makes every other check moot.
        if let difference = try schemaDifference() { result.failure = difference }
        return result
    }
}
