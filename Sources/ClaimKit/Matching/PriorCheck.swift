/// Another organisation's fact-check of a claim, as imported by `import factchecks`.
public struct PriorCheck: Sendable, Equatable {
    /// The id the check has where it came from (a ClaimReview's `@id` or URL, a table's `id`).
    public var externalID: String
    /// The claim as the fact-checker worded it.
    public var claim: String
    /// The title of the fact-check article.
    public var title: String?
    public var rating: String?
    public var url: String?
    /// The organisation that checked it.
    public var org: String?
    /// When it was published (as the file gives it).
    public var date: String?

    public init(externalID: String, claim: String, title: String? = nil, rating: String? = nil,
                url: String? = nil, org: String? = nil, date: String? = nil) {
        self.externalID = externalID; self.claim = claim; self.title = title; self.rating = rating
        self.url = url; self.org = org; self.date = date
    }

    /// As a candidate for the matcher.
    public var candidate: MatchCandidate {
        MatchCandidate(kind: .prior, id: externalID, text: claim, title: title, rating: rating,
                       checkedBy: org, checkedAt: date, url: url)
    }
}

/// What `import factchecks` did.
public enum PriorImportResult: Sendable {
    /// The rows were stored (new or changed: `added` + `updated`; `unchanged` were already there as they are).
    case imported(added: Int, updated: Int, unchanged: Int, journalSeq: Int64)
    /// A file with the same SHA-256 was imported before (as `path`, at `at`): nothing changed.
    case alreadyImported(path: String, at: String)
}
