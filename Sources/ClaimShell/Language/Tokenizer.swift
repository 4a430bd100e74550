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
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character? = nil
        var quoteColumn = 0
        var column = 0
        var chars = line.makeIterator()
        while let c = chars.next() {
            column += 1
            // Control characters are refused everywhere, quoted or escaped too: they are never text.
            if let v = c.asciiValue, (v < 0x20 && c != "\t" && !c.isNewline) || v == 0x7f {
                throw Failure(message: "control character U+\(hex(c)) in command", column: column)
            }
            if let q = quote {
                if c == q {
                    quote = nil
                } else if c == "\\" && q == "\"" {
                    guard let next = chars.next() else {
                        throw Failure(message: "unterminated \(q) quote", column: quoteColumn)
                    }
                    column += 1
                    if let v = next.asciiValue, (v < 0x20 && next != "\t" && !next.isNewline) || v == 0x7f {
                        throw Failure(message: "control character U+\(hex(next)) in command", column: column)
                    }
                    current.append(escaped(next, inQuotes: true))
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            case "\"", "'":
                quote = c
                quoteColumn = column
                inWord = true
            case "\\":
                guard let next = chars.next() else { return .needsContinuation }
                column += 1
                if let v = next.asciiValue, (v < 0x20 && next != "\t" && !next.isNewline) || v == 0x7f {
                    throw Failure(message: "control character U+\(hex(next)) in command", column: column)
                }
                current.append(escaped(next, inQuotes: false))
                inWord = true
            case "#" where !inWord:
                if inWord { words.append(current) }
                return .words(words)
            default:
                if c.isNewline {
                    if inWord { words.append(current); current = ""; inWord = false }
                } else {
                    current.append(c)
                    inWord = true
                }
            }
        }
        if let q = quote {
            throw Failure(message: "unterminated \(q) quote", column: quoteColumn)
        }
        if inWord { words.append(current) }
        return .words(words)
    }

    private static func escaped(_ c: Character, inQuotes: Bool) -> Character {
        switch c {
        case "n": return "\n"
        case "t": return "\t"
        default: return c
        }
    }

    private static func hex(_ c: Character) -> String {
        let v = c.unicodeScalars.first!.value
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// Quotes a word so that ``tokenize(_:)`` gives it back unchanged (for completion, history
    /// and the fuzz round trip): blanks, quotes, backslashes, `#` and line breaks are quoted or escaped.
    public static func quoteIfNeeded(_ word: String) -> String {
        let special: Set<Character> = [" ", "\t", "\"", "'", "\\", "#"]
        if !word.isEmpty && !word.contains(where: { special.contains($0) || $0.isNewline }) { return word }
        var out = "\""
        for c in word {
            switch c {
            case "\"", "\\": out.append("\\"); out.append(c)
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
