import ClaimKit
import Foundation

/// The interactive shell: a prompt, line editing and history, Tab completion, and Ctrl-C that
/// abandons a line or interrupts a command without leaving.
public struct REPL {
    public let executor: Executor
    public static let version = ClaimCheckVersion.string

    public init(executor: Executor) { self.executor = executor }

    /// Runs until Ctrl-D or `quit`. Like sqlite3 and psql, leaving the shell is a success:
    /// errors were shown as they happened.
    public func run() -> Int32 {
        let session = executor.session
        session.interactive = true
        banner()
        let completer = Completer(registry: executor.registry, session: session)
        let editor = LineEditor(historyPath: REPL.historyPath()) { completer.candidates(for: $0) }
        if let problem = editor.historyProblem { session.console.error(session.style.warn("warning:") + " " + problem) }
        var pending = ""
        while true {
            guard let line = editor.readLine(prompt: pending.isEmpty ? "claimcheck> " : "...> ") else {
                if !pending.isEmpty { pending = ""; continue }
                session.console.write("\n")
                break
            }
            if editor.interrupted {
                pending = ""
                continue
            }
            let joined = pending.isEmpty ? line : pending + line
            let result: Tokenizer.Result
            do {
                result = try Tokenizer.tokenize(joined)
            } catch {
                editor.remember(joined)
                pending = ""
                executor.report(ShellError(error.description))
                continue
            }
            switch result {
            case .needsContinuation:
                pending = String(joined.dropLast()) + " "
                continue
            case .words(let words):
                pending = ""
                editor.remember(joined)
                guard !words.isEmpty else { continue }
                do {
                    try executor.run(words: words)
                } catch {
                    executor.report(error)
                }
                session.console.flush()
                if session.quitRequested { return 0 }
                if session.interruption.terminationSignal != nil { return session.interruptedStatus }
            }
        }
        return 0
    }

    private func banner() {
        let session = executor.session
        var storeNote = "(new)"
        if session.storeExists, let stats = try? session.storeForReading().stats() {
            storeNote = "(\(stats.documents) document\(stats.documents == 1 ? "" : "s"), \(stats.claims) claims)"
        }
        session.console.line(session.style.dim(
            "claimcheck \(REPL.version) · store \(session.settings.storePath) \(storeNote) · type help, Tab completes, Ctrl-D leaves"))
    }

    /// `$CLAIMCHECK_HISTORY`, else `~/.claimcheck_history`.
    static func historyPath() -> String {
        let env = ProcessInfo.processInfo.environment
        if let path = env["CLAIMCHECK_HISTORY"], !path.isEmpty { return path }
        let home = env["HOME"] ?? NSHomeDirectory()
        return home + "/.claimcheck_history"
    }
}

/// The version claimcheck reports.
public enum ClaimCheckVersion {
    public static let string = "0.1.0"
}
