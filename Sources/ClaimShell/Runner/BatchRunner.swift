/// Runs commands line by line with no terminal: batch files, `source`, and piped stdin.
/// Errors print as `FILE:LINE: error: MESSAGE`; the run goes on unless `bail` is set.
public struct BatchRunner {
    public let executor: Executor
    public let bail: Bool

    public init(executor: Executor, bail: Bool) {
        self.executor = executor
        self.bail = bail
    }

    /// Runs every command; returns how many failed.
    public func run(lines: LineSource, name: String) -> Int {
        var lines = lines
        var failures = 0
        var lineNumber = 0
        var pending = ""
        var pendingStart = 0
        // Where each physical line of a continued command starts in the joined text (in scalars),
        // so that an error at a column is reported on the line where it really is.
        var physicalStarts: [(line: Int, offset: Int)] = []
        while let raw = lines.next() {
            lineNumber += 1
            if lines.lastLineTooLong {
                pending = ""
                failures += 1
                executor.report(ShellError("line is longer than \(LineSource.maxLineBytes / 1024 / 1024) MiB: not a file of commands; "
                                           + "the rest was not run"), file: name, line: lineNumber)
                return failures
            }
            if pending.isEmpty { pendingStart = lineNumber; physicalStarts = [] }
            physicalStarts.append((lineNumber, pending.unicodeScalars.count))
            let joined = pending.isEmpty ? raw : pending + raw
            let result: Tokenizer.Result
            do {
                result = try Tokenizer.tokenize(joined)
            } catch {
                pending = ""
                failures += 1
                let at = physicalStarts.last { $0.offset < error.column } ?? (pendingStart, 0)
                executor.report(ShellError("\(error.message) (column \(error.column - at.offset))"), file: name, line: at.line)
                if bail { break }
                continue
            }
            switch result {
            case .needsContinuation:
                pending = String(joined.dropLast()) + " "
                continue
            case .words(let words):
                pending = ""
                guard !words.isEmpty else { continue }
                do {
                    try executor.run(words: words)
                } catch {
                    failures += 1
                    executor.report(error, file: name, line: pendingStart)
                    if bail { return failures }
                }
                executor.session.console.flush()
                if executor.session.quitRequested { return failures }
                if executor.session.interruption.isSet {
                    executor.report(ShellError("interrupted; the rest of \(name) was not run"), file: name, line: pendingStart)
                    return failures + 1
                }
            }
        }
        if !pending.isEmpty {
            failures += 1
            executor.report(ShellError("file ends inside a continued line (trailing backslash)"), file: name, line: pendingStart)
        }
        return failures
    }
}
