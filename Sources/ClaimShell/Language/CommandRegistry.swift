/// All commands, by name and alias.
public struct CommandRegistry: Sendable {
    public let commands: [any ShellCommand]

    public static let standard = CommandRegistry(commands: [
        HelpCommand(),
        LoadCommand(),
        DocumentsCommand(),
        DocumentCommand(),
        ClaimsCommand(),
        ShowCommand(),
        ReadCommand(),
        FindCommand(),
        MatchCommand(),
        SpeakersCommand(),
        StatsCommand(),
        EvidenceCommand(),
        VerdictCommand(),
        VerdictsCommand(),
        ScaleCommand(),
        ClaimCommand(),
        SpeakerCommand(),
        LogCommand(),
        KeyCommand(),
        VerifyCommand(),
        ExportCommand(),
        ImportCommand(),
        CopyCommand(),
        BackupCommand(),
        ReindexCommand(),
        ExpectCommand(),
        CheckCommand(),
        ExtractCommand(),
        WhenCommand(),
        SetCommand(),
        SourceCommand(),
        QuitCommand(),
    ])

    public func lookup(_ name: String) -> (any ShellCommand)? {
        let lower = name.lowercased()
        return commands.first { $0.name == lower || $0.aliases.contains(lower) }
    }

    public var names: [String] { commands.map(\.name) + commands.flatMap(\.aliases) }

    /// The command for `name`, or an error with a suggestion.
    public func require(_ name: String) throws(ShellError) -> any ShellCommand {
        if let command = lookup(name) { return command }
        let hint = Suggest.closest(to: name, among: names).map { "; did you mean \($0)?" } ?? "; type help for the list"
        throw ShellError("unknown command \(Tokenizer.quoteIfNeeded(name))\(hint)")
    }
}
