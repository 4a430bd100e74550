/// Lines of commands, from text in memory or read one at a time from stdin.
public struct LineSource: Sequence, IteratorProtocol {
    private var lines: [Substring]?
    private var index = 0

    /// Lines of a file's text.
    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines?.removeLast() }
    }

    /// Lines read from stdin as they come.
    public static func standardInput() -> LineSource { LineSource() }

    private init() { lines = nil }

    public mutating func next() -> String? {
        if let lines {
            guard index < lines.count else { return nil }
            defer { index += 1 }
            var line = String(lines[index])
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
        return readLine(strippingNewline: true)
    }
}
