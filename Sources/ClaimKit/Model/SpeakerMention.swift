/// Who a claim is attributed to, as extraction found it.
public struct SpeakerMention: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case person, organization, group, anonymous, article
    }

    /// Canonical name: the fullest form the article gives ("Abbas Araqchi", "All three", "the government").
    public var name: String
    /// The words at the point of attribution ("Araqchi", "He", "they").
    public var mention: String
    /// Title or role ("Iranian Foreign Minister"), if the article gives one.
    public var role: String?
    /// For groups, the named members ("Masoud Pezeshkian", ...).
    public var members: [String]
    public var kind: Kind

    public init(name: String, mention: String, role: String? = nil, members: [String] = [], kind: Kind = .person) {
        self.name = name
        self.mention = mention
        self.role = role
        self.members = members
        self.kind = kind
    }
}
