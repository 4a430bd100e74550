/// Where a claim's date came from.
public enum DateSource: String, Codable, Sendable, CaseIterable {
    /// An expression in the claim's own clause ("He said on Wednesday ...").
    case explicit
    /// The date of the event the claim continues without a break (the same paragraph, or the quote right after it).
    case carried
    /// The publication day itself ("today", "this morning").
    case publication
    /// Given by a checker (`claim add --on`, `claim edit --on`).
    case edited
}

/// One claim found in a document by extraction, before it is stored.
public struct ExtractedClaim: Hashable, Codable, Sendable {
    public var kind: ClaimKind
    public var speaker: SpeakerMention
    /// The reporting cue ("said", "told", "according to"); nil for assertions.
    public var cue: String?
    /// Who the statement was made to ("Farnaz Fassihi of the New York Times").
    public var recipient: String?
    /// The statement as it stands in the text (for direct quotes, without the quote marks).
    public var statement: String
    /// Where the statement stands in the document text.
    public var span: Span
    /// The claim's date: from its own clause, else the governing date of the discourse.
    public var when: TimeResolution?
    /// The date expression when it could not be resolved (no publication date, say).
    public var whenText: String?
    /// Where the date came from: the claim's own clause, an event it continues, or the publication day.
    public var dateSource: DateSource?
    /// The paragraph (1-based, in the body) of the expression that gave the date.
    public var dateParagraph: Int?
    /// How worth checking the claim is, in [0, 1].
    public var checkworthiness: Double

    public init(kind: ClaimKind, speaker: SpeakerMention, cue: String? = nil, recipient: String? = nil,
                statement: String, span: Span, when: TimeResolution? = nil, whenText: String? = nil,
                checkworthiness: Double = 0.5) {
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.recipient = recipient
        self.statement = statement
        self.span = span
        self.when = when
        self.whenText = whenText
        self.checkworthiness = checkworthiness
    }
}
