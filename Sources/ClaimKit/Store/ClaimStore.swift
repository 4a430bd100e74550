/// The claim store as the commands see it. SQLite implements it today; a second engine
/// (PostgreSQL) can implement the same interface without the commands knowing.
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
    func setPublished(documentID: Int64, date: CivilDate, claims: [ExtractedClaim], author: String) throws
    /// Asks a running statement to stop (from another thread, e.g. on Ctrl-C).
    func interrupt()
}
