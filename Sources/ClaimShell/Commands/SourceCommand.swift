import Foundation

/// `source FILE` runs a batch file of commands inside the current session.
struct SourceCommand: ShellCommand {
    let name = "source"
    let aliases = [".read"]
    let summary = "run the commands in a file"
    let usage = "source FILE [--bail]"
    let details = """
        Each line is a command; errors name FILE:LINE. With --bail the first error stops the file.

        Example:
          source checks/iran.cc
        """
    static let bail = ShellFlag("--bail", help: "stop at the first failing command")
    var options: [OptionSpec] { [Self.bail.spec] }
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let path = try args.positional(0, "FILE", usage: usage)
        guard session.sourceDepth < 16 else { throw ShellError("source nested too deeply (a file that sources itself?)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ShellError("\(path): not UTF-8 text") }
        session.sourceDepth += 1
        defer { session.sourceDepth -= 1 }
        let wasInteractive = session.interactive
        session.interactive = false
        defer { session.interactive = wasInteractive }
        let failures = BatchRunner(executor: Executor(session: session), bail: args[Self.bail])
            .run(lines: LineSource(text: text), name: path)
        if failures > 0 {
            throw ShellError("\(path): \(failures) command\(failures == 1 ? "" : "s") failed")
        }
    }
}
