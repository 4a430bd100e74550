/// What is known about a document apart from its claims.
public struct DocumentMetadata: Hashable, Codable, Sendable {
    public var title: String?
    public var byline: String?
    public var outlet: String?
    public var url: String?
    public var published: CivilDate?
    /// Credit lines kept out of the claims ("Cartoon by ...", "Photo: ...").
    public var credits: [String]
    /// Dateline ("WASHINGTON", "EA World").
    public var dateline: String?

    public init(title: String? = nil, byline: String? = nil, outlet: String? = nil, url: String? = nil,
                published: CivilDate? = nil, credits: [String] = [], dateline: String? = nil) {
        self.title = title
        self.byline = byline
        self.outlet = outlet
        self.url = url
        self.published = published
        self.credits = credits
        self.dateline = dateline
    }

    /// Fills fields that are nil here from `other`.
    public func filling(from other: DocumentMetadata) -> DocumentMetadata {
        var m = self
        m.title = m.title ?? other.title
        m.byline = m.byline ?? other.byline
        m.outlet = m.outlet ?? other.outlet
        m.url = m.url ?? other.url
        m.published = m.published ?? other.published
        if m.credits.isEmpty { m.credits = other.credits }
        m.dateline = m.dateline ?? other.dateline
        return m
    }
}
