/// What Tab offers for a value.
public enum CompletionKind: Sendable, Equatable {
    case none
    case path
    case claimID
    case evidenceID
    case documentID
    case anyID
    case speaker
    case command
    case values([String])
}

/// A flag a command accepts.
public struct OptionSpec: Sendable, Equatable {
    public var name: String
    /// The value's placeholder in usage ("SPEAKER"); nil for a flag without a value.
    public var value: String?
    public var completion: CompletionKind
    public var help: String
    /// Whether the option may be given more than once (each value counts); any other option given
    /// twice is an error rather than the last value silently winning.
    public var repeatable: Bool

    public init(_ name: String, value: String? = nil, completion: CompletionKind = .none, help: String = "",
                repeatable: Bool = false) {
        self.name = name
        self.value = value
        self.completion = completion
        self.help = help
        self.repeatable = repeatable
    }

    public var takesValue: Bool { value != nil }
}
