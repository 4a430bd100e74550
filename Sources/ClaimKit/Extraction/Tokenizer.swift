/// The document as an array of Unicode scalars, so that offsets are the span unit and access is O(1).
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var count: Int { scalars.count }

    /// The text between two offsets, with line breaks and runs of spaces folded to one space.
    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        guard start < end else { return "" }
        view.reserveCapacity(end - start)
        var lastSpace = false
        for i in start..<end {
            let c = scalars[i]
            if c == "\n" || c == "\r" || c == "\t" || c == " " || c == "\u{00A0}" {
                if !lastSpace { view.append(" ") }
                lastSpace = true
            } else {
                view.append(c); lastSpace = false
            }
        }
        return String(view)
    }

    /// The exact text between two offsets.
    func raw(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\r" || c == "\t" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{200B}" || c == "\u{202F}"
    }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }
    static func isDoubleQuote(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{00BB}" || c == "\u{201F}"
    }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{2018}" }
    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
}

/// One token of a paragraph.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct, quote }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased text with curly apostrophes kept.
    var lower: String
    var isCap: Bool
    /// Index of the quote region the token lies in (marks included), or -1.
    var quote: Int = -1
    /// For quote marks: true when the mark opens its region.
    var opens: Bool = false
    /// Whitespace (or paragraph start) right before the token.
    var spaceBefore: Bool
    /// Letters and upper-case letters in the token (for acronyms).
    var letters: UInt8 = 0
    var caps: UInt8 = 0

    var isWord: Bool { kind == .word || kind == .number }
    /// The word without a possessive ending ("iran’s" → "iran").
    var stem: String {
        if lower.hasSuffix("’s") || lower.hasSuffix("'s") { return String(lower.dropLast(2)) }
        if lower.hasSuffix("s’") || lower.hasSuffix("s'") { return String(lower.dropLast()) }
        return lower
    }
    var isPossessive: Bool { lower.hasSuffix("’s") || lower.hasSuffix("'s") || (lower.count > 2 && (lower.hasSuffix("s’") || lower.hasSuffix("s'"))) }
}

enum Tokenizer {
    /// Splits `text[start..<end]` into tokens. Linear in the length.
    static func tokenize(_ text: ScalarText, _ start: Int, _ end: Int) -> [Token] {
        let s = text.scalars
        var out: [Token] = []
        out.reserveCapacity((end - start) / 5)
        var i = start
        var space = true
        while i < end {
            let c = s[i]
            if ScalarText.isSpace(c) { space = true; i += 1; continue }
            let b = i
            var kind = Token.Kind.punct
            if ScalarText.isAlnum(c) {
                kind = ScalarText.isDigit(c) ? .number : .word
                i += 1
                while i < end {
                    let d = s[i]
                    if ScalarText.isAlnum(d) { i += 1; continue }
                    let next: Unicode.Scalar? = i + 1 < end ? s[i + 1] : nil
                    if let n = next, ScalarText.isAlnum(n) {
                        if ScalarText.isApostrophe(d) || ScalarText.isHyphen(d) { i += 1; continue }
                        if kind == .number && (d == "," || d == "." || d == ":" || d == "/") && ScalarText.isDigit(n) && ScalarText.isDigit(s[i - 1]) { i += 1; continue }
                        if d == "." && kind == .word {
                            // U.S., p.m., D-N.J.: a one-letter segment followed by a period and a letter
                            var k = i - 1
                            while k > b && ScalarText.isAlnum(s[k - 1]) { k -= 1 }
                            if i - k == 1 { i += 1; continue }
                        }
                    }
                    // trailing period of a dotted abbreviation (U.S.)
                    if d == "." && kind == .word && i - b >= 3 && s[i - 2] == "." { i += 1 }
                    break
                }
            } else if c == "." {
                i += 1
                while i < end && s[i] == "." { i += 1 }
            } else if c == "-" && i + 1 < end && s[i + 1] == "-" {
                i += 2
            } else {
                if ScalarText.isDoubleQuote(c) { kind = .quote }
                i += 1
            }
            var low = String.UnicodeScalarView()
            var letters = 0, caps = 0
            for k in b..<i {
                let v = s[k].value
                if v < 128 {
                    let up = v >= 65 && v <= 90
                    if up { caps += 1; letters += 1 } else if v >= 97 && v <= 122 { letters += 1 }
                    low.append(up ? Unicode.Scalar(v + 32)! : s[k])
                } else {
                    if s[k].properties.isUppercase { caps += 1 }
                    if s[k].properties.isAlphabetic { letters += 1 }
                    low.append(contentsOf: s[k].properties.lowercaseMapping.unicodeScalars)
                }
            }
            out.append(Token(start: b, end: i, kind: kind, lower: String(low), isCap: ScalarText.isUpper(c), spaceBefore: space,
                             letters: UInt8(min(letters, 255)), caps: UInt8(min(caps, 255))))
            space = false
        }
        return out
    }
}
