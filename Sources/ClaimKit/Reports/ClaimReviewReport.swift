/// schema.org ClaimReview as JSON-LD: one object per claim with a verdict, as search engines read them.
public enum ClaimReviewReport {
    public struct Options: Sendable {
        /// Base URL of the published fact-check; each review's url is BASE#C3.
        public var baseURL: String?
        /// The checking organisation.
        public var organization: String

        public init(baseURL: String? = nil, organization: String) {
            self.baseURL = baseURL
            self.organization = organization
        }
    }

    /// The JSON-LD, how many reviews it holds, and how many claims were left out for want of a
    /// current verdict.
    public static func render(_ data: ReportData, _ options: Options) -> (json: String, written: Int, skipped: Int) {
        var reviews: [JSONValue] = []
        var skipped = 0
        for item in data.documents {
            for c in item.claims {
                guard let verdict = c.current else { skipped += 1; continue }
                reviews.append(review(c, verdict, item.document, data.scale, options,
                                      journalEntries: data.journalEntries, journalHead: data.journalHead))
            }
        }
        let value: JSONValue = reviews.count == 1 ? reviews[0] : .array(reviews)
        // Published inside <script type="application/ld+json">: nothing in it may close the element.
        return (JSONValue.webSafe(value.pretty) + "\n", reviews.count, skipped)
    }

    /// The statement as a claim: without the punctuation a quotation ends with inside its marks
    /// ("... their demands," → "... their demands").
    static func claimReviewed(_ statement: String) -> String {
        var text = statement.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, ",;:—–-".contains(last) { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The `propertyID` of the identifier that states the journal head.
    public static let journalHeadProperty = "claimcheck-journal-head"

    /// The earlier check a claim repeats, as the reports name it: another organisation's review
    /// (a ClaimReview with its rating and link) or the store's own earlier verdict.
    static func citation(_ m: MatchResult) -> JSONValue {
        let c = m.candidate
        var work: [(String, JSONValue)] = [("@type", .string(c.kind == .prior ? "ClaimReview" : "CreativeWork")),
                                           ("name", .string("Checked before: " + m.earlierCheckText))]
        if c.kind == .prior {
            work.append(("claimReviewed", .string(c.text)))
            if let org = c.checkedBy { work.append(("author", .object([("@type", .string("Organization")), ("name", .string(org))]))) }
            if let rating = c.rating { work.append(("reviewRating", .object([("@type", .string("Rating")), ("alternateName", .string(rating))]))) }
        }
        if let at = c.checkedAt { work.append(("datePublished", .string(at))) }
        if let url = c.url, WebLink.isSafe(url) { work.append(("url", .string(url))) }
        return .object(work)
    }

    static func review(_ item: ReportData.ClaimItem, _ v: VerdictRecord, _ doc: DocumentRecord?, _ scale: RatingScale,
                       _ options: Options, journalEntries: Int, journalHead: String) -> JSONValue {
        let c = item.claim
        var rating: [(String, JSONValue)] = [("@type", .string("Rating"))]
        if let value = scale.rating(named: v.rating)?.value {
            rating.append(("ratingValue", .int(value)))
        }
        let label = scale.label(of: v.rating)
        rating += [("bestRating", .int(scale.best)), ("worstRating", .int(scale.worst)), ("alternateName", .string(label))]
        let kind = c.speakerKind == "organization" || c.speakerKind == "group" ? "Organization" : "Person"
        var claim: [(String, JSONValue)] = [("@type", .string("Claim")),
                                            ("author", .object([("@type", .string(kind)), ("name", .string(c.speakerName ?? "unknown"))]))]
        if let date = c.when?.start { claim.append(("datePublished", .string(date.description))) }
        if let doc {
            var appearance: [(String, JSONValue)] = [("@type", .string("CreativeWork"))]
            if let url = doc.url, WebLink.isSafe(url) { appearance.append(("url", .string(url))) }
            if let title = doc.title { appearance.append(("headline", .string(title))) }
            if let published = doc.published { appearance.append(("datePublished", .string(published.description))) }
            if let outlet = doc.outlet {
                appearance.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))])))
            }
            claim.append(("appearance", .object(appearance)))
        }
        var review: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("ClaimReview")),
            ("claimReviewed", .string(claimReviewed(c.statement))),
            ("datePublished", .string(String(v.ruledAt.prefix(10)))),
        ]
        if let base = options.baseURL { review.append(("url", .string(base + "#" + c.ref))) }
        review += [
            ("author", .object([("@type", .string("Organization")), ("name", .string(options.organization))])),
            ("reviewRating", .object(rating)),
            ("reviewBody", .string(v.reason)),
            ("itemReviewed", .object(claim)),
            // The journal head the review was made at, for `log verify --report FILE`: schema.org's
            // `identifier` as a PropertyValue, which validators accept on any Thing.
            ("identifier", .object([("@type", .string("PropertyValue")), ("propertyID", .string(journalHeadProperty)),
                                    ("value", .string("\(journalEntries):\(journalHead)"))])),
        ]
        if let earlier = item.earlierCheck { review.append(("citation", citation(earlier))) }
        return .object(review)
    }
}
