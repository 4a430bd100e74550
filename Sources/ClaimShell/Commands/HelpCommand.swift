/// `help` lists the commands; `help COMMAND` gives usage, options and examples.
struct HelpCommand: ShellCommand {
    let name = "help"
    let aliases = ["?"]
    let summary = "list commands, or show how to use one"
    let usage = "help [COMMAND]"
    let details = """
        Examples:
          help
          help claims
        """
    var positionalCompletion: [CompletionKind] { [.command] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let registry = CommandRegistry.standard
        if let topic = args.positionals.first {
            let command = try registry.require(topic)
            session.console.write(HelpCommand.text(for: command))
            return
        }
        var out = "Commands (help COMMAND for details):\n"
        let width = registry.commands.map(\.name.count).max() ?? 0
        for command in registry.commands {
            out += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        out += """

            Words are separated by blanks; quote text with "..." or '...'; \\ escapes; # starts a comment;
            a trailing \\ continues the line. Ids are case-insensitive (c3 = C3).

            """
        session.console.write(out)
    }

    static func text(for command: any ShellCommand) -> String {
        var out = "usage: \(command.usage)\n\n\(command.summary)\n"
        let options = command.options
        if !options.isEmpty {
            out += "\nOptions:\n"
            let labels = options.map { $0.name + ($0.value.map { " " + $0 } ?? "") }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, options) {
                out += "  " + label.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help + "\n"
            }
        }
        if !command.aliases.isEmpty { out += "\nAlso: \(command.aliases.joined(separator: ", "))\n" }
        if !command.details.isEmpty { out += "\n" + command.details + "\n" }
        return out
    }
}

import Foundation
