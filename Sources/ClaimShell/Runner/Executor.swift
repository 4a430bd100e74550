import ClaimKit
import Foundation

/// Runs command lines in a session: tokenizing, dispatching, and turning failures into
/// messages. Shared by the interactive shell, batch files, `-c` and one-shot calls.
public struct Executor {
    public let session: Session
    public let registry: CommandRegistry

    public init(session: Session, registry: CommandRegistry = .standard) {
        self.session = session
        self.registry = registry
    }

    /// Runs already-split words (a one-shot call). Throws the command's error.
    public func run(words: [String]) throws {
        guard let first = words.first else { return }
        let command = try registry.require(first)
        // "extract --help", as git and psql take it: the command's help, whatever else is on the line
        if first != "help", words.dropFirst().prefix(while: { $0 != "--" }).contains("--help"), registry.lookup("help") != nil {
            try run(words: ["help", first])
            return
        }
        let args = try command.parse(Array(words.dropFirst()))
        if !session.interactive && session.interruption.isSet { throw ShellError("interrupted") }
        if session.interactive { session.interruption.clear() }
        session.commandLock.lock()
        defer { session.commandLock.unlock() }
        if session.interruption.terminationSignal != nil { throw ShellError("interrupted") }
        try command.run(args, in: session)
    }

    /// Runs one complete line (after continuation lines were joined).
    public func run(line: String) throws {
        let result: Tokenizer.Result
        do {
            result = try Tokenizer.tokenize(line)
        } catch {
            throw ShellError(error.description)
        }
        guard case .words(let words) = result else {
            throw ShellError("line ends with a backslash but nothing follows")
        }
        try run(words: words)
    }

    /// Formats an error for the user: `FILE:LINE: error: MESSAGE` in batch, `error: MESSAGE` otherwise.
    public func report(_ error: any Error, file: String? = nil, line: Int? = nil) {
        let message: String
        var usage: String? = nil
        var label = "error"
        switch error {
        case let e as ShellError: message = e.message; usage = e.usage; label = e.label
        case let e as StoreError: message = e.message
        case let e as InputError: message = e.description
        default: message = "\(error)"
        }
        var prefix = ""
        if let file, let line { prefix = "\(file):\(line): " }
        let style = Style(enabled: session.settings.color && session.console.errorIsTerminal)
        session.console.error(prefix + style.error(label + ":") + " " + message)
        if let usage, session.interactive { session.console.error("usage: \(usage)") }
    }
}
