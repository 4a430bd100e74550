import Foundation

/// The claim store as the commands see it. Its operations are written once (``SessionStore``,
/// `Store/Operations`) over an engine (`Store/SQLite`, `Store/Postgres`); ``StoreLocation`` opens the right one and the commands
/// never know which.
///
/// Every method that changes the store runs as one transaction and appends its journal entry
/// inside that transaction: it happens whole or not at all.
public protocol ClaimStore: AnyObject, Sendable {
    /// Where the store lives, as the user named it.
    var location: String { get }

    func load(_ document: NewDocument, author: String) throws -> LoadResult
    func documents() throws -> [DocumentRecord]
    func document(id: Int64, withText: Bool) throws -> DocumentRecord?
    func claims(_ filter: ClaimFilter) throws -> [ClaimRecord]
    func claim(id: Int64) throws -> ClaimRecord?
    func search(_ text: String, limit: Int) throws -> [SearchHit]
    func speakers() throws -> [SpeakerRecord]
    func stats() throws -> StoreStats
    /// Updates the published date of a document and re-resolves its claims' dates.
    /// Sets a document's publication date and re-resolves its claims' dates, except those a person
    /// set; returns how many of those it kept.
    @discardableResult
    func setPublished(documentID: Int64, date: CivilDate, claims: [ExtractedClaim], author: String) throws -> Int
    // Checking: evidence, verdicts, corrections.
    func addEvidence(_ evidence: NewEvidence, author: String) throws -> EvidenceRecord
    /// As ``addEvidence(_:author:)``, with the claim as the same transaction left it (its new
    /// balance and status, which `evidence add` reports), read without a transaction of its own.
    func addEvidenceReturningClaim(_ evidence: NewEvidence, author: String) throws -> (evidence: EvidenceRecord, claim: ClaimRecord)
    func evidence(claimID: Int64?) throws -> [EvidenceRecord]
    func evidence(id: Int64) throws -> EvidenceRecord?
    func retractEvidence(id: Int64, because: String, author: String) throws -> EvidenceRecord
    func scale() throws -> RatingScale
    func setScale(_ scale: RatingScale, author: String) throws
    func addVerdict(claimID: Int64, rating: String, reason: String, cites: [Int64], author: String) throws -> (VerdictRecord, JournalEntry)
    func verdicts(claimID: Int64?) throws -> [VerdictRecord]
    func addClaim(_ claim: NewClaim, author: String) throws -> Int64
    func editClaim(id: Int64, speaker: String?, statement: String?, date: ClaimDateEdit?, author: String) throws
    func retractClaim(id: Int64, because: String, author: String) throws
    /// Corrects a document's metadata (title, outlet, url, byline); nil leaves a field, "" clears it.
    func editDocument(id: Int64, _ edit: DocumentEdit, author: String) throws
    func mergeSpeakers(keep: Int64, merge: Int64, author: String) throws
    func addAlias(speakerID: Int64, alias: String, author: String) throws
    /// The speaker a name, alias or id (S3) stands for.
    func speaker(named: String) throws -> SpeakerRecord?

    // The journal.
    func journal(_ filter: JournalFilter) throws -> [JournalEntry]
    /// The whole store checked (``SessionStore``'s `verifyJournal`); `fullText` also compares the
    /// full-text index with the text, word by word (slower).
    func verifyJournal(fullText: Bool) throws -> JournalVerification
    /// Rebuilds the derived data (the full-text index, the `tally` counts) from the tables; not
    /// journaled, as no row the journal covers changes. Names what was rebuilt.
    func rebuildDerivedData() throws -> [String]
    func setting(_ key: String) throws -> String?
    /// Stores a setting that outlives the session (journaled).
    func setSetting(_ key: String, _ value: String, author: String) throws

    // Moving a whole store.
    /// Writes the whole store as JSON (`"schema": "claimcheck/1"`) in pieces, without holding it in memory.
    func exportJSON(_ write: (String) throws -> Void) throws
    /// Rebuilds an empty store from an export; the journal must verify or nothing is kept.
    func importJSON(_ data: Data) throws -> (rows: Int, journal: JournalVerification)

    /// Asks a running statement to stop (from another thread, e.g. on Ctrl-C).
    func interrupt()

    /// Ends the store's connections. For an SQLite file this checkpoints the write-ahead log into
    /// the file and removes `-wal` and `-shm` (as the sqlite3 shell does on exit), so that the file
    /// alone is the whole store. The store is not used again after it.
    func close() throws

    /// Writes a consistent copy of the whole store, journal included, to a new SQLite file at `path`
    /// while other sessions may go on writing.
    func backup(to path: String) throws
}

extension ClaimStore {
    public func verifyJournal() throws -> JournalVerification { try verifyJournal(fullText: false) }

    /// The speaker a name, alias or id (S3) stands for, among ``speakers()``: the same on every engine.
    public func speaker(named name: String) throws -> SpeakerRecord? {
        let all = try speakers()
        if let first = name.first, first == "S" || first == "s", let n = Int64(name.dropFirst()) {
            return all.first { $0.id == n }
        }
        if let exact = all.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame && $0.mergedInto == nil }) { return exact }
        return all.first { s in s.mergedInto == nil && s.aliases.contains { $0.caseInsensitiveCompare(name) == .orderedSame } }
    }
}
