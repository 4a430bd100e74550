import CLibEdit
import Foundation

/// Where output goes: stdout for results, stderr for errors and notes. stdout is flushed
/// before anything is written to stderr, so the two stay in order when both are piped.
public final class Console {
    public let isTerminal: Bool
    public let errorIsTerminal: Bool
    /// Collected output instead of stdout (for tests and `-c` capture); nil writes to stdout.
    private var captured: String?

    public init(capture: Bool = false) {
        isTerminal = !capture && isatty(STDOUT_FILENO) == 1
        errorIsTerminal = !capture && isatty(STDERR_FILENO) == 1
        captured = capture ? "" : nil
    }

    public var output: String { captured ?? "" }

    /// Control characters in the text are shown visibly (``TerminalText``), keeping only claimcheck's
    /// own colour codes: article text cannot drive the terminal, also when the output is piped on to
    /// one (`| cat`, `| less -R`); piped output has no colour of its own, so none is kept there.
    /// JSON output has its control characters escaped already.
    public func write(_ text: String) {
        if captured != nil { captured! += text; return }
        fputs(isTerminal ? TerminalText.keepingColour(text) : TerminalText.visible(text), cc_stdout())
    }

    public func line(_ text: String) { write(text + "\n") }

    public func error(_ text: String) {
        if captured != nil { captured! += text + "\n"; return }
        cc_flush_stdout()
        fputs(TerminalText.keepingColour(text) + "\n", cc_stderr())
        cc_flush_stderr()
    }

    /// Writes to stderr without a newline (progress bars).
    public func errorInline(_ text: String) {
        guard captured == nil else { return }
        fputs(text, cc_stderr())
        cc_flush_stderr()
    }

    public func flush() { if captured == nil { cc_flush_stdout() } }

    /// Terminal height in rows, when stdout is a terminal.
    public var height: Int? { terminalSize(\.ws_row, environment: "LINES", fallback: 24, bounds: 5...1000) }

    /// Terminal width in columns, when stdout is a terminal.
    public var width: Int? { terminalSize(\.ws_col, environment: "COLUMNS", fallback: 80, bounds: 20...1000) }

    /// One dimension of the terminal: from the terminal itself, else from the environment variable
    /// (taken within `bounds`: a huge or negative one must not break the layout), else `fallback`.
    private func terminalSize(_ field: KeyPath<winsize, UInt16>, environment name: String, fallback: Int, bounds: ClosedRange<Int>) -> Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size[keyPath: field] > 0 { return Int(size[keyPath: field]) }
        if let value = ProcessInfo.processInfo.environment[name].flatMap(Int.init) { return min(max(value, bounds.lowerBound), bounds.upperBound) }
        return fallback
    }
}
