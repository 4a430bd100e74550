/// A command's words after its name, split into positionals and options by the command's ``OptionSpec``s.
/// `--name=value` and `--name value` are both accepted; `--` ends the options.
public struct Arguments: Sendable {
    public private(set) var positionals: [String] = []
    private var given: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Options every command accepts.
    static let common: [OptionSpec] = [format.spec]

    /// `--format`: the output format for this call (a command may take one of its own, as `match` takes trec).
    static let format = ShellOption.text("--format", "FORMAT", completion: .values(OutputFormat.allCases.map(\.rawValue)),
                                    help: "output format for this command")

    public init(_ words: [String], options: [OptionSpec], usage: String) throws(ShellError) {
        let specs = options + Arguments.common
        var i = 0
        var optionsEnded = false
        while i < words.count {
            let word = words[i]
            i += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" || Arguments.looksNumeric(word) {
                positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            var name = word
            var inline: String? = nil
            if let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inline = String(word[word.index(after: eq)...])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                let hint = Suggest.closest(to: name, among: specs.map(\.name)).map { "; did you mean \($0)?" } ?? ""
                throw ShellError("unknown option \(name)\(hint)", usage: usage)
            }
            if spec.takesValue {
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard i < words.count else { throw ShellError("\(name) needs a value (\(spec.value!))", usage: usage) }
                    value = words[i]
                    i += 1
                }
                if let earlier = given[name]?.first, !spec.repeatable {
                    throw ShellError("\(name) given twice (\(Tokenizer.quoteIfNeeded(earlier)), then \(Tokenizer.quoteIfNeeded(value))): give it once",
                                     usage: usage)
                }
                given[name, default: []].append(value)
            } else {
                guard inline == nil else { throw ShellError("\(name) takes no value", usage: usage) }
                flags.insert(name)
            }
        }
    }

    private static func looksNumeric(_ word: String) -> Bool {
        word.count > 1 && word.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }

    private func has(_ name: String) -> Bool { flags.contains(name) || given[name] != nil }

    /// The option's value converted to its type, or nil when it was not given.
    public subscript<Value>(option: ShellOption<Value>) -> Value? {
        get throws(ShellError) {
            guard let text = given[option.name]?.last else { return nil }
            return try option.value(of: text)
        }
    }

    /// Every value given for a repeatable option, in order.
    public func values<Value>(_ option: ShellOption<Value>) throws(ShellError) -> [Value] {
        var converted: [Value] = []
        for text in given[option.name] ?? [] { converted.append(try option.value(of: text)) }
        return converted
    }

    /// Whether the flag was given.
    public subscript(flag: ShellFlag) -> Bool { has(flag.name) }

    /// Whether the option was given at all.
    public func has<Value>(_ option: ShellOption<Value>) -> Bool { has(option.name) }

    /// The positional at `index`, or an error naming what is missing.
    public func positional(_ index: Int, _ what: String, usage: String) throws(ShellError) -> String {
        guard index < positionals.count else { throw ShellError("missing \(what)", usage: usage) }
        return positionals[index]
    }

    /// Fails when more positionals were given than the command takes.
    public func expectPositionals(max: Int, usage: String) throws(ShellError) {
        if positionals.count > max {
            throw ShellError("unexpected argument \(Tokenizer.quoteIfNeeded(positionals[max]))", usage: usage)
        }
    }
}
