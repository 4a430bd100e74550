/// One command of the shell. The same command runs interactively, from a batch file,
/// from `-c` and as a one-shot call (`claimcheck claims --format json`).
public protocol ShellCommand: Sendable {
    var name: String { get }
    var aliases: [String] { get }
    /// One line for `help`.
    var summary: String { get }
    /// The synopsis: "claims [--by SPEAKER] [--doc ID] ...".
    var usage: String { get }
    /// Longer help: what it does and examples.
    var details: String { get }
    var options: [OptionSpec] { get }
    /// What Tab offers for positional arguments, by position (the last repeats).
    var positionalCompletion: [CompletionKind] { get }

    func run(_ args: Arguments, in session: Session) throws
}

extension ShellCommand {
    public var aliases: [String] { [] }
    public var details: String { "" }
    public var options: [OptionSpec] { [] }
    public var positionalCompletion: [CompletionKind] { [] }

    /// The words after the command name, parsed against its options.
    func parse(_ words: [String]) throws(ShellError) -> Arguments {
        try Arguments(words, options: options, usage: usage)
    }

    /// The output format for this call: `--format`, else the session's.
    func format(_ args: Arguments, _ session: Session) throws(ShellError) -> OutputFormat {
        if let f = try args[Arguments.format] { return try OutputFormat(parsing: f) }
        return session.settings.format
    }

    /// Prints a table in this call's format.
    func emit(_ table: Table, _ args: Arguments, _ session: Session) throws {
        session.show(session.renderer(format: try format(args, session)).render(table))
    }

    /// Prints a record in this call's format.
    func emit(record text: String, json: JSONValue, _ args: Arguments, _ session: Session) throws {
        session.show(session.renderer(format: try format(args, session)).render(record: text, json: json))
    }
}

import ClaimKit
