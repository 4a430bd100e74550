/// What a published report says about itself, and how much it shows.
public struct ReportOptions: Sendable {
    /// The headline; by default "Fact-check: " and the document's title.
    public var title: String?
    /// The checking organisation, named in the header and as the ClaimReview author.
    public var organization: String?
    /// Where the check is published; with an organisation, the page embeds ClaimReview JSON-LD.
    public var baseURL: String?
    /// Unchecked claims too (the working view), after the checked ones.
    public var includeUnchecked: Bool

    public init(title: String? = nil, organization: String? = nil, baseURL: String? = nil, includeUnchecked: Bool = false) {
        self.title = title
        self.organization = organization
        self.baseURL = baseURL
        self.includeUnchecked = includeUnchecked
    }

    /// The report's headline.
    public func headline(_ data: ReportData) -> String {
        if let title { return title }
        let titled = data.documents.compactMap { $0.document?.title }
        return titled.count == 1 ? "Fact-check: \(titled[0])" : "Fact-check report"
    }

    /// The claims a report shows in full: those with a verdict, or every claim with `includeUnchecked`.
    public func shown(_ data: ReportData) -> [ReportData.ClaimItem] {
        includeUnchecked ? data.allClaims : data.checkedClaims
    }
}
