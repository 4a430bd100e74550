import ClaimKit

/// An option declared once, with the type of its value. A command lists `spec` among its options
/// (for parsing, help and Tab) and reads the value through `args[option]`, which converts it and
/// names a bad value, so no command reads an option by its string name or parses it by hand.
///
///     static let limit = ShellOption.count("--limit", help: "at most N claims")
///     var options: [OptionSpec] { [Self.limit.spec] }
///     let n = try args[Self.limit] ?? 50
public struct ShellOption<Value: Sendable>: Sendable {
    public let spec: OptionSpec
    private let convert: @Sendable (String) throws(ShellError) -> Value

    public init(_ spec: OptionSpec, convert: @escaping @Sendable (String) throws(ShellError) -> Value) {
        self.spec = spec
        self.convert = convert
    }

    public var name: String { spec.name }

    func value(of text: String) throws(ShellError) -> Value { try convert(text) }
}

/// An option without a value: given or not.
public struct ShellFlag: Sendable {
    public let spec: OptionSpec

    public init(_ name: String, help: String) { spec = OptionSpec(name, help: help) }

    public var name: String { spec.name }
}

extension ShellOption where Value == String {
    /// Free text, as written ("--title TEXT").
    public static func text(_ name: String, _ placeholder: String, completion: CompletionKind = .none, help: String,
                            repeatable: Bool = false) -> ShellOption {
        ShellOption(OptionSpec(name, value: placeholder, completion: completion, help: help, repeatable: repeatable)) { $0 }
    }

    /// One of a few words, lowercased ("--reliability high|medium|low").
    public static func word(_ name: String, _ placeholder: String, among words: [String], help: String) -> ShellOption {
        ShellOption(OptionSpec(name, value: placeholder, completion: .values(words), help: help)) { text throws(ShellError) in
            let word = text.lowercased()
            guard words.contains(word) else { throw ShellError("\(name) takes \(ShellOption.list(words)), not \(text)") }
            return word
        }
    }

    static func list(_ words: [String]) -> String {
        words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}

extension ShellOption where Value == Int {
    /// A whole number of things ("--limit N"): positive, or with `allowingZero` also 0.
    public static func count(_ name: String, _ placeholder: String = "N", help: String, allowingZero: Bool = false) -> ShellOption {
        ShellOption(OptionSpec(name, value: placeholder, help: help)) { text throws(ShellError) in
            guard let n = Int(text), n > 0 || (allowingZero && n == 0) else {
                throw ShellError("\(name) needs a \(allowingZero ? "" : "positive ")number, not \(text)")
            }
            return n
        }
    }
}

extension ShellOption where Value == Int64 {
    /// The id of a stored document ("D2" or "2").
    public static func documentID(_ name: String = "--doc", help: String) -> ShellOption {
        ShellOption(OptionSpec(name, value: "ID", completion: .documentID, help: help)) { text throws(ShellError) in
            try Identifier.parse(text, prefix: "D")
        }
    }
}

extension ShellOption where Value == CivilDate {
    /// A calendar day, YYYY-MM-DD.
    public static func date(_ name: String, help: String) -> ShellOption {
        ShellOption(OptionSpec(name, value: "DATE", help: help)) { text throws(ShellError) in try DateArgument.parse(text, what: name) }
    }
}

extension ShellOption where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One of an enumeration's cases, by its name in any case ("--kind direct").
    public static func choice(_ name: String, _ placeholder: String, help: String) -> ShellOption {
        let names = Value.allCases.map(\.rawValue)
        return ShellOption(OptionSpec(name, value: placeholder, completion: .values(names), help: help)) { text throws(ShellError) in
            guard let value = Value(rawValue: text.lowercased()) else {
                throw ShellError("\(name) takes \(ShellOption<String>.list(names)), not \(text)")
            }
            return value
        }
    }
}
