import ClaimKit
import Foundation

/// Decides how a `claimcheck` invocation runs: `-c` commands, a batch file, a one-shot command,
/// the interactive shell on a terminal, or commands piped on stdin.
public struct Launcher {
    public struct Options {
        public var store: String?
        public var author: String?
        public var format: String?
        public var noColor = false
        public var commands: [String] = []
        public var batch: String?
        public var bail = false
        public var words: [String] = []

        public init() {}
    }

    /// Exit status: 0 all commands succeeded, 1 a command failed, 2 bad invocation.
    public static func run(_ o: Options, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let console = Console()
        var settings = Session.Settings(
            color: !o.noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true,
            author: o.author ?? environment["CLAIMCHECK_AUTHOR"].flatMap { $0.isEmpty ? nil : $0 } ?? loginName(environment),
            storePath: o.store ?? environment["CLAIMCHECK_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "claimcheck.db")
        if let f = o.format {
            do {
                settings.format = try OutputFormat(parsing: f)
            } catch {
                console.error("error: \(error.message)")
                return 2
            }
        }
        if let pager = environment["PAGER"] { settings.pager = pager.isEmpty ? nil : pager }
        let session = Session(settings: settings, console: console)
        // However the run ends, the store is closed: its write-ahead log goes back into the file.
        defer { session.close() }
        let executor = Executor(session: session)
        // A full disk or a file-size limit makes writes fail with an error SQLite reports,
        // instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
        // Ctrl-C stops the running command cleanly (its transaction rolls back, a partial export
        // is removed) and then the run, in every mode.
        let watcher = InterruptWatcher(session: session)
        defer { withExtendedLifetime(watcher) {} }
        var failed = false

        for command in o.commands {
            do {
                try executor.run(line: command)
            } catch {
                executor.report(error)
                failed = true
                if o.bail { return 1 }
            }
            console.flush()
            if session.quitRequested { return failed ? 1 : 0 }
            if session.interruption.isSet { return session.interruptedStatus }
        }
        if let batch = o.batch {
            let lines: LineSource
            let name: String
            if batch == "-" {
                lines = .standardInput()
                name = "<stdin>"
            } else {
                var info = stat()
                if stat(batch, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                    // A FIFO or a device: read as a stream, a line at a time, never whole.
                    let fd = open(batch, O_RDONLY | O_CLOEXEC)
                    guard fd >= 0 else {
                        console.error("error: \(batch): cannot read the batch file: \(String(cString: strerror(errno)))")
                        return 2
                    }
                    lines = LineSource(fileDescriptor: fd)
                } else {
                    guard let data = FileManager.default.contents(atPath: batch) else {
                        console.error("error: \(batch): cannot read the batch file")
                        return 2
                    }
                    guard let text = String(data: data, encoding: .utf8) else {
                        console.error("error: \(batch): not UTF-8 text")
                        return 2
                    }
                    lines = LineSource(text: text)
                }
                name = batch
            }
            if BatchRunner(executor: executor, bail: o.bail).run(lines: lines, name: name) > 0 { failed = true }
            if session.interruption.isSet { return session.interruptedStatus }
            if failed && o.bail { return 1 }
        }
        if !o.words.isEmpty {
            do {
                try executor.run(words: o.words)
            } catch {
                executor.report(error)
                failed = true
            }
            if session.interruption.isSet { return session.interruptedStatus }
        }
        if o.commands.isEmpty && o.batch == nil && o.words.isEmpty {
            if isatty(STDIN_FILENO) == 1 {
                let status = REPL(executor: executor).run()
                return failed ? 1 : status
            }
            if BatchRunner(executor: executor, bail: o.bail).run(lines: .standardInput(), name: "<stdin>") > 0 { failed = true }
        }
        console.flush()
        return failed ? 1 : 0
    }

    static func loginName(_ environment: [String: String]) -> String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
