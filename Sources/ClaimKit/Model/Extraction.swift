/// What extraction found in one document.
public struct Extraction: Sendable {
    /// The document text the spans refer to (as stored).
    public var text: String
    /// Metadata from the source and from the header (headline, byline, credits, dateline).
    public var metadata: DocumentMetadata
    public var claims: [ExtractedClaim]
    /// The character set an HTML page was read in (nil for other formats).
    public var charset: String?
    /// What reading the file noticed that the user should hear (a guessed charset, an ignored date).
    public var warnings: [String] = []

    public init(text: String, metadata: DocumentMetadata, claims: [ExtractedClaim]) {
        self.text = text
        self.metadata = metadata
        self.claims = claims
    }
}
