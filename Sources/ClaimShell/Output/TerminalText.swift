/// Text made safe for a terminal: control characters from article text, user input or a store
/// (ESC, OSC sequences, BEL, carriage returns) are shown visibly, in caret notation (`^[`, `^G`,
/// `^M`, `^?`) or as `<U+0085>` for C1 controls, so that no document can move the cursor, retitle
/// the window or write the clipboard (OSC 52). Line breaks (also CR LF) and tabs stay.
public enum TerminalText {
    /// Every control character made visible.
    public static func visible(_ text: String) -> String {
        guard needsWork(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for i in scalars.indices { append(scalars, i, to: &out) }
        return String(out)
    }

    /// Like ``visible(_:)``, but claimcheck's own colour codes (``Style``'s `ESC [ N m`) stay as they
    /// are: for whole lines of output in which the style has already been applied. Any other
    /// sequence is shown, so that a document cannot conceal (`ESC [ 8 m`), blink or reverse text.
    public static func keepingColour(_ text: String) -> String {
        guard needsWork(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                while j < scalars.count, ("0"..."9").contains(scalars[j]) || scalars[j] == ";" { j += 1 }
                if j < scalars.count, scalars[j] == "m", Style.codes.contains(String(String.UnicodeScalarView(scalars[(i + 2)..<j]))) {
                    out.append(contentsOf: scalars[i...j])
                    i = j + 1
                    continue
                }
            }
            append(scalars, i, to: &out)
            i += 1
        }
        return String(out)
    }

    private static func needsWork(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return true }
            if previous == 0xC2 && (0x80...0x9F).contains(b) { return true }
            previous = b
        }
        return false
    }

    /// Appends `scalars[i]`, visibly when it is a control character; a carriage return stays when a
    /// line feed follows it (a CSV line's end), as it cannot then move the cursor over written text.
    private static func append(_ scalars: [Unicode.Scalar], _ i: Int, to out: inout String.UnicodeScalarView) {
        let scalar = scalars[i]
        switch scalar.value {
        case 0x0A, 0x09: out.append(scalar)
        case 0x0D where i + 1 < scalars.count && scalars[i + 1] == "\n": out.append(scalar)
        case 0x00..<0x20:
            out.append("^")
            out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
        case 0x80...0x9F: out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(4))>".unicodeScalars)
        default: out.append(scalar)
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
