import Foundation

/// Lines of commands, from text in memory or read one at a time from a file descriptor (stdin, a
/// batch file, a FIFO). A line is at most ``maxLineBytes`` long: a longer one (or an endless one,
/// such as `< /dev/zero`) is reported and ends the batch, so memory stays bounded.
public struct LineSource: Sequence, IteratorProtocol {
    /// The longest command line accepted.
    public static let maxLineBytes = 1 << 20

    private var lines: [Substring]?
    private var index = 0
    private var reader: StreamReader?
    /// True when the line just returned was longer than ``maxLineBytes`` (and was cut off).
    public private(set) var lastLineTooLong = false

    /// Lines of a file's text.
    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines?.removeLast() }
    }

    /// Lines read from stdin as they come.
    public static func standardInput() -> LineSource { LineSource(fileDescriptor: STDIN_FILENO) }

    /// Lines read from an open file descriptor as they come (the descriptor stays open).
    public init(fileDescriptor: Int32) {
        lines = nil
        reader = StreamReader(fd: fileDescriptor)
    }

    public mutating func next() -> String? {
        lastLineTooLong = false
        if let lines {
            guard index < lines.count else { return nil }
            defer { index += 1 }
            var line = String(lines[index])
            if line.hasSuffix("\r") { line.removeLast() }
            if line.utf8.count > Self.maxLineBytes { lastLineTooLong = true; return "" }
            return line
        }
        guard let (bytes, tooLong) = reader?.nextLine(limit: Self.maxLineBytes) else { return nil }
        lastLineTooLong = tooLong
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return tooLong ? "" : line
    }
}

/// Reads lines from a file descriptor in blocks, keeping at most `limit` bytes of any line.
private final class StreamReader {
    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0, end = 0
    private var atEnd = false

    init(fd: Int32) { self.fd = fd }

    /// The next line without its newline, and whether it was cut at `limit`; nil at the end.
    func nextLine(limit: Int) -> ([UInt8], Bool)? {
        var line: [UInt8] = []
        var tooLong = false
        var sawAny = false
        while true {
            if start == end {
                if atEnd { return sawAny ? (line, tooLong) : nil }
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { atEnd = true; continue }
                start = 0
                end = n
            }
            sawAny = true
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                append(start..<newline, to: &line, limit: limit, tooLong: &tooLong)
                start = newline + 1
                return (line, tooLong)
            }
            append(start..<end, to: &line, limit: limit, tooLong: &tooLong)
            start = end
            // Past the limit the line is given up at once: input such as /dev/zero never ends.
            if tooLong { return (line, true) }
        }
    }

    private func append(_ range: Range<Int>, to line: inout [UInt8], limit: Int, tooLong: inout Bool) {
        if line.count + range.count > limit {
            tooLong = true
            line.removeAll()
        } else {
            line.append(contentsOf: buffer[range])
        }
    }
}
