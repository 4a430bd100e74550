/// The command language shared by the shell, batch files and `-c`: words separated by blanks,
/// single and double quotes (curly quotes inside are ordinary text), backslash escapes,
/// `#` comments, and a trailing backslash that continues the line.
public enum Tokenizer {
    public enum Result: Equatable, Sendable {
        /// The words of a complete command (empty for a blank or comment-only line).
        case words([String])
        /// The line ends with a backslash: read another line and tokenize both together.
        case needsContinuation
    }

    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var message: String
        /// Column (1-based, in characters) where the problem starts.
        public var column: Int
        public var description: String { "\(message) (column \(column))" }
    }

    public static func tokenize(_ line: String) throws(Failure) -> Result {
        // Scalars, not Characters: a combining mark after a quote or a blank must not merge with it.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var inWord = false
        var quote: Unicode.Scalar? = nil
        var quoteColumn = 0
        var column = 0
        var scalars = line.unicodeScalars.makeIterator()
        func isControl(_ c: Unicode.Scalar) -> Bool {
            (c.value < 0x20 && c != "\t" && c != "\n" && c != "\r") || c.value == 0x7f
        }
        func finishWord() {
            if inWord { words.append(String(current)); current = String.UnicodeScalarView(); inWord = false }
        }
        while let c = scalars.next() {
            column += 1
            // Control characters are refused everywhere, quoted or escaped too: they are never text.
            if isControl(c) { throw Failure(message: "control character U+\(hex(c)) in command", column: column) }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    // A backslash ending the line continues it, inside a quote as outside one.
                    guard let next = scalars.next() else { return .needsContinuation }
                    column += 1
                    if isControl(next) { throw Failure(message: "control character U+\(hex(next)) in command", column: column) }
                    current.append(escaped(next))
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t", "\n", "\r":
                finishWord()
            case "\"", "'":
                quote = c
                quoteColumn = column
                inWord = true
            case "\\":
                guard let next = scalars.next() else { return .needsContinuation }
                column += 1
                if isControl(next) { throw Failure(message: "control character U+\(hex(next)) in command", column: column) }
                current.append(escaped(next))
                inWord = true
            case "#" where !inWord:
                return .words(words)
            default:
                current.append(c)
                inWord = true
            }
        }
        if let q = quote {
            throw Failure(message: "unterminated \(q) quote", column: quoteColumn)
        }
        finishWord()
        return .words(words)
    }

    private static func escaped(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c {
        case "n": return "\n"
        case "t": return "\t"
        default: return c
        }
    }

    private static func hex(_ c: Unicode.Scalar) -> String {
        let v = c.value
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Quotes a word so that ``tokenize(_:)`` gives it back unchanged (for completion, history
    /// and the fuzz round trip): blanks, quotes, backslashes, `#` and line breaks are quoted or escaped.
    public static func quoteIfNeeded(_ word: String) -> String {
        let special: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\"", "'", "\\", "#"]
        if !word.isEmpty && !word.unicodeScalars.contains(where: { special.contains($0) }) { return word }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for c in word.unicodeScalars {
            switch c {
            case "\"", "\\": out.append("\\"); out.append(c)
            case "\n": out.append("\\"); out.append("n")
            case "\t": out.append("\\"); out.append("t")
            default: out.append(c)
            }
        }
        out.append("\"")
        return String(out)
    }
}
