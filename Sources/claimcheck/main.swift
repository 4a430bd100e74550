import ArgumentParser
import ClaimShell
import Foundation

/// `claimcheck`: argument parsing and wiring only; the work is in ClaimShell and ClaimKit.
struct ClaimCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimcheck",
        abstract: "A fact-checker's shell: extract who said what, when, and check it.",
        discussion: """
            With no COMMAND on a terminal, opens the interactive shell; with stdin not a terminal, \
            reads commands from stdin. A trailing COMMAND ARG... runs one shell command \
            (claimcheck --store s.db claims --format json). Type `claimcheck help` for the commands.
            Exit status: 0 all commands succeeded, 1 a command failed, 2 bad invocation.
            """,
        version: ClaimCheckVersion.string)

    @Option(help: ArgumentHelp("Claim store file ($CLAIMCHECK_STORE, default claimcheck.db).", valueName: "PATH"))
    var store: String?

    @Option(help: ArgumentHelp("Who the journal records for changes ($CLAIMCHECK_AUTHOR, default the login name).", valueName: "NAME"))
    var author: String?

    @Option(help: ArgumentHelp("Output format: table, json, csv or markdown.", valueName: "FORMAT"))
    var format: String?

    @Flag(name: .customLong("no-color"), help: "Never use colour (also NO_COLOR).")
    var noColor = false

    @Option(name: .customShort("c"), help: ArgumentHelp("Run one command (repeatable).", valueName: "COMMAND"))
    var commands: [String] = []

    @Option(name: [.customShort("f"), .customLong("batch")], help: ArgumentHelp("Run a file of commands (- for stdin).", valueName: "FILE"))
    var batch: String?

    @Flag(help: "Stop at the first failing command.")
    var bail = false

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("A shell command and its arguments.", valueName: "COMMAND"))
    var words: [String] = []

    func launch() -> Int32 {
        var o = Launcher.Options()
        o.store = store
        o.author = author
        o.format = format
        o.noColor = noColor
        o.commands = commands
        o.batch = batch
        o.bail = bail
        o.words = words
        return Launcher.run(o)
    }
}

do {
    let command = try ClaimCheck.parseAsRoot()
    guard let claimcheck = command as? ClaimCheck else {
        var other = command
        try other.run()
        exit(0)
    }
    // Options that the pass-through argument swallowed: answer them as a CLI should.
    if let first = claimcheck.words.first, first.hasPrefix("-") {
        switch first {
        case "--version", "-V":
            print(ClaimCheckVersion.string)
            exit(0)
        case "--help", "-h":
            print(ClaimCheck.helpMessage(includeHidden: false, columns: nil))
            exit(0)
        default:
            FileHandle.standardError.write(Data("error: unknown option '\(first)'\n\(ClaimCheck.usageString())\nSee 'claimcheck --help'.\n".utf8))
            exit(2)
        }
    }
    exit(claimcheck.launch())
} catch {
    let code = ClaimCheck.exitCode(for: error)
    let message = ClaimCheck.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}
