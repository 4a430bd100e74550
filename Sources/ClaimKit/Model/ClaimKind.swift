/// What sort of claim a statement is.
public enum ClaimKind: String, Codable, Sendable, CaseIterable {
    /// A quotation in the speaker's own words.
    case direct
    /// Reported speech: `X said (that) ...`.
    case indirect
    /// Reported speech with a quoted fragment.
    case mixed
    /// The article's own checkable statement.
    case assertion

    public var isSpeech: Bool { self != .assertion }
}
