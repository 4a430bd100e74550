/// The document as an array of Unicode scalars, so that offsets are the span unit and access is O(1).
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The UTF-8 bytes of the text, and for each scalar offset its byte offset (one more entry at the end).
    let utf8: [UInt8]
    let byteOffset: [Int32]
    /// Quotation marks counted while decoding, for telling the text's house style (``usesSingleQuotes()``): the
    /// curly single marks that open (after a space or at the start), all curly opening single marks, and the
    /// double marks (curly and straight).
    let singleOpeners: Int
    let singleOpeningMarks: Int
    let doubleMarks: Int
    /// Straight single marks that open a quotation: after a space, a parenthesis or the start, before a capital
    /// ("Paul claimed: 'He even had ...'").
    let straightSingleOpeners: Int

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var count = 0
        var decoded: [Unicode.Scalar] = []
        var singleOpeners = 0, singleOpeningMarks = 0, doubleMarks = 0, straightSingleOpeners = 0
        // decoded here from the bytes (a String's UTF-8 is always valid), written straight into both
        // arrays: one pass, no index arithmetic, no per-element capacity checks
        let offsets = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { offs, offsCount in
            decoded = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { sc, scCount in
                bytes.withUnsafeBufferPointer { b in
                    var i = 0
                    while i < b.count {
                        let c = b[i]
                        offs[count] = Int32(i)
                        if c < 0x80 {
                            sc[count] = Unicode.Scalar(c)
                            // (two straight single marks, '', are a double one)
                            if c == 0x22 || c == 0x27 && i + 1 < b.count && b[i + 1] == 0x27 { doubleMarks += 1 }
                            else if c == 0x27, i + 1 < b.count, b[i + 1] >= 0x41 && b[i + 1] <= 0x5A,
                                    i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x0A || b[i - 1] == 0x28 { straightSingleOpeners += 1 }
                            i += 1
                        } else {
                            let width = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2)
                            var v = UInt32(c) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
                            for k in 1..<width { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                            sc[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                            if v == 0x201C || v == 0x201D { doubleMarks += 1 }
                            else if v == 0x2018 {
                                singleOpeningMarks += 1
                                if count == 0 || ScalarText.isSpace(sc[count - 1]) { singleOpeners += 1 }
                            }
                            i += width
                        }
                        count += 1
                    }
                }
                scCount = count
            }
            offs[count] = Int32(bytes.count)
            offsCount = count + 1
        }
        scalars = decoded
        utf8 = bytes
        byteOffset = offsets
        self.singleOpeners = singleOpeners
        self.singleOpeningMarks = singleOpeningMarks
        self.doubleMarks = doubleMarks
        self.straightSingleOpeners = straightSingleOpeners
    }

    var count: Int { scalars.count }

    /// The text between two offsets, with line breaks and runs of spaces folded to one space.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        precondition(start >= 0 && end <= count, "text range outside the text")
        // (read in place: the range is checked above)
        let plain = scalars.withUnsafeBufferPointer { s in
            var prevSpace = false
            for i in start..<end {
                let c = s[i]
                if c == " " {
                    if prevSpace { return false }
                    prevSpace = true
                } else if ScalarText.isSpace(c) { return false } else { prevSpace = false }
            }
            return true
        }
        if plain { return raw(start, end) }
        // folded on the bytes: each scalar's UTF-8 is copied from the document, each run of spaces is one
        var out: [UInt8] = []
        out.reserveCapacity(Int(byteOffset[end] - byteOffset[start]))
        var lastSpace = false
        for i in start..<end {
            let c = scalars[i]
            if c == "\n" || c == "\r" || c == "\t" || c == " " || c == "\u{00A0}" {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(contentsOf: utf8[Int(byteOffset[i])..<Int(byteOffset[i + 1])])
                lastSpace = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The exact text between two offsets.
    func raw(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: utf8[Int(byteOffset[start])..<Int(byteOffset[end])], as: UTF8.self)
    }

    /// The scalar offset at UTF-8 byte offset `byte` (a scalar boundary), searching from scalar offset `from` on.
    func scalarOffset(ofByte byte: Int, from: Int) -> Int {
        var lo = from, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(byteOffset[mid]) < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The paragraph `start..<end` opens a quotation with a curly single mark after a colon or at its start
    /// ("Kelly told the magazine: ‘I work out every day.’"), in a text that quotes with double marks elsewhere; not
    /// inside a double-quoted quotation (“My mom said: ‘We have lungs,’” is a quotation within one).
    func opensSingleQuotedQuotation(_ start: Int, _ end: Int) -> Bool {
        // (most texts have no curly opening single mark at all; most paragraphs of those that do have none either,
        // which a pass over their bytes, U+2018 being E2 80 98, tells)
        guard singleOpeningMarks > 0 else { return false }
        let lo = Int(byteOffset[start]), hi = Int(byteOffset[end])
        let hasOpening = utf8.withUnsafeBufferPointer { b in
            var k = lo
            while k + 2 < hi {
                if b[k] == 0xE2 && b[k + 1] == 0x80 && b[k + 2] == 0x98 { return true }
                k += 1
            }
            return false
        }
        guard hasOpening else { return false }
        var k = start
        var inDouble = false
        while k < end {
            let c = scalars[k]
            if c == "\u{201C}" { inDouble = true } else if c == "\u{201D}" { inDouble = false } else if c == "\"" { inDouble.toggle() }
            if c == "\u{2018}" && !inDouble {
                var b = k - 1
                while b >= start && ScalarText.isSpace(scalars[b]) { b -= 1 }
                if b < start || scalars[b] == ":" { return true }
            }
            k += 1
        }
        return false
    }

    /// True when the text quotes with curly single marks (‘...’), as British house styles do: more quotations open
    /// with one than with a double mark, which such a text keeps for a quotation inside a quotation (‘... “...” ...’).
    func usesSingleQuotes() -> Bool { singleOpeners > 0 && singleOpeners * 2 > doubleMarks }

    /// True when the text quotes with straight single marks ('...'), as some tabloids' pages do: it has no double
    /// mark at all, and at least two straight single marks open a quotation.
    func usesStraightSingleQuotes() -> Bool { doubleMarks == 0 && straightSingleOpeners >= 2 }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        // (printable ASCII, most of every text, is turned away by its value alone)
        if c.value > 0x20 && c.value < 0x80 { return false }
        return c == " " || c == "\n" || c == "\r" || c == "\t" || c == "\u{00A0}" || c == "\u{2009}" || c == "\u{200B}" || c == "\u{202F}"
    }
    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            let v = c.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return isAlnumBeyondASCII(c)
    }
    @inline(never) static func isAlnumBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        if isGeneralPunctuation(c) { return false }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    /// U+2000 to U+206F (spaces, dashes, curly quotes, bullets): no letters, digits or case, so the
    /// Unicode property tables need not be asked.
    @inline(__always) static func isGeneralPunctuation(_ c: Unicode.Scalar) -> Bool { c.value >= 0x2000 && c.value <= 0x206F }
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
    /// `lower` as a ``WordCode``, for comparing with words written in the code.
    var code: WordCode = .none
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
    /// Word classes (see `WordFlag`).
    var flags: UInt32 = 0

    @inline(__always) func has(_ f: UInt32) -> Bool { flags & f != 0 }

    /// A weekday, a month, or a time word in lower case ("morning", "week"; not "Today" in a name).
    var namesTime: Bool { has(WordFlag.weekday | WordFlag.month) || has(WordFlag.timeHint) && !isCap }

    var isWord: Bool { kind == .word || kind == .number }
    /// The last byte of `lower` (0 when empty).
    var tail: UInt8 = 0

    /// The word without a possessive ending ("iran’s" → "iran").
    var stem: String {
        // the last byte tells which ending to look for: "’s" and "'s" end in s, "s’" and "s'" in an apostrophe
        switch tail {
        case 0x73: if lower.endsInPossessiveS { return String(lower.dropLast(2)) }
        case 0x99, 0x27: if lower.hasByteSuffix("s’") || lower.hasByteSuffix("s'") { return String(lower.dropLast()) }
        default: break
        }
        return lower
    }
    /// Whether `stem` is one of `Lexicon.orgWords`: the word's flag answers unless it ends in a possessive.
    var stemIsOrgWord: Bool {
        let s = stem
        return s.utf8.count == lower.utf8.count ? has(WordFlag.orgWord) : Lexicon.orgWords.contains(s)
    }
    var isPossessive: Bool {
        switch tail {
        case 0x73: return lower.endsInPossessiveS
        // (the character count, which walks the string, only for a word ending in s’)
        case 0x99, 0x27: return (lower.hasByteSuffix("s’") || lower.hasByteSuffix("s'")) && lower.count > 2
        default: return false
        }
    }
}

enum Tokenizer {
    /// Whether `s[b..<e]` holds a scalar outside ASCII and general punctuation that lower-casing changes.
    static func hasCasedScalar(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ b: Int, _ e: Int) -> Bool {
        for k in b..<e where s[k].value >= 128 && !ScalarText.isGeneralPunctuation(s[k]) && s[k].properties.changesWhenLowercased {
            return true
        }
        return false
    }

    /// The dash read for a run of spaces that stands for one: the em dash, which the rules treat as the strongest break.
    static let droppedDash = Array("—".utf8)

    /// Splits `text[start..<end]` into tokens. Linear in the length.
    /// With `singleQuotes`, curly single quotation marks (‘...’) delimit quotations too (for texts that
    /// use no double ones).
    /// With `straightSingleQuotes`, a straight single mark that no word takes as its apostrophe is a quotation mark.
    static func tokenize(_ text: ScalarText, _ start: Int, _ end: Int, singleQuotes: Bool = false, straightSingleQuotes: Bool = false) -> TokenList {
        var out = TokenList(capacity: (end - start) / 5)
        guard start < end else { return out }
        precondition(start >= 0 && end <= text.count, "token range outside the text")
        var buf: [UInt8] = []
        buf.reserveCapacity(64)
        let table = WordFlag.table
        /// The word's string (the table's own copy when it is a known word) and its flags.
        func known(_ word: UnsafeBufferPointer<UInt8>, _ isWord: Bool, readable: Int = 0) -> (String, UInt32, WordCode) {
            let packed = WordTable<UInt32>.pack(word, readable: readable)
            let code = WordCode(packed: packed)
            guard let e = table.index(word, packed: packed) else { return (String(decoding: word, as: UTF8.self), 0, code) }
            return (table.keys[e], isWord ? table.values[e] : 0, code)
        }
        // The scans below read the document's scalars, bytes and byte offsets in place: every index stays
        // inside `start..<end` (checked above), so they go without per-element bounds checks.
        text.scalars.withUnsafeBufferPointer { s in
            text.utf8.withUnsafeBufferPointer { utf8 in
                text.byteOffset.withUnsafeBufferPointer { byteOffset in
                    var i = start
                    var space = true
                    while i < end {
                        let c = s[i]
                        if ScalarText.isSpace(c) {
                            // "denied there was any snub   he is going to ...": three or more spaces inside a line, after a word
                            // or a comma and before a word or a double quotation mark, stand for a dash that a conversion
                            // dropped, and are read as one
                            // (not right after an article or a preposition: "said the   bridge" is a gap in justified text)
                            if c == " ", i + 2 < end, s[i + 1] == " ", s[i + 2] == " ", i > start, ScalarText.isAlnum(s[i - 1]) || s[i - 1] == ",",
                               out.count > 0, !out[out.count - 1].has(WordFlag.determiner | WordFlag.preposition) {
                                var j = i + 3
                                while j < end && s[j] == " " { j += 1 }
                                if j < end, ScalarText.isAlnum(s[j]) || ScalarText.isDoubleQuote(s[j]) {
                                    let (lower, _, code) = droppedDash.withUnsafeBufferPointer { known($0, false) }
                                    out.append(Token(start: i, end: j, kind: .punct, lower: lower, code: code, isCap: false, spaceBefore: true,
                                                     tail: droppedDash[droppedDash.count - 1]))
                                    i = j
                                    space = true
                                    continue
                                }
                            }
                            space = true; i += 1; continue
                        }
                        let b = i
                        var kind = Token.Kind.punct
                        if ScalarText.isAlnum(c) {
                            kind = ScalarText.isDigit(c) ? .number : .word
                            i += 1
                            while i < end {
                                let d = s[i]
                                if ScalarText.isAlnum(d) { i += 1; continue }
                                let next: Unicode.Scalar? = i + 1 < end ? s[i + 1] : nil
                                // "the riders' union", "the teachers’ strike": a plural's possessive apostrophe ends the
                                // word (not a closing single quotation mark, unless the text quotes with those)
                                if kind == .word, d == "'" || d == "\u{2019}" && !singleQuotes, s[i - 1] == "s" || s[i - 1] == "S",
                                   next.map({ !ScalarText.isAlnum($0) && !ScalarText.isApostrophe($0) }) ?? true { i += 1; break }
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
                        } else if c == ".", i + 1 < end, ScalarText.isDigit(s[i + 1]), i == start || ScalarText.isSpace(s[i - 1]) || s[i - 1] == "(" {
                            // a number with no digit before its point (".346", "a .840 OPS"), not a sentence's end
                            kind = .number
                            i += 1
                            while i < end && ScalarText.isDigit(s[i]) { i += 1 }
                        } else if c == "." {
                            i += 1
                            while i < end && s[i] == "." { i += 1 }
                        } else if c == "-" && i + 1 < end && s[i + 1] == "-" {
                            i += 2
                        } else if (c == "'" || c == "`") && i + 1 < end && s[i + 1] == c {
                            kind = .quote
                            i += 2
                        } else {
                            if ScalarText.isDoubleQuote(c) || singleQuotes && (c == "\u{2018}" || c == "\u{2019}") || straightSingleQuotes && c == "'" { kind = .quote }
                            i += 1
                        }
                        var letters = 0, caps = 0
                        var ascii = true
                        var hyphen = false
                        for k in b..<i {
                            let v = s[k].value
                            if v < 128 {
                                if v == 0x2D { hyphen = true }
                                if v >= 65 && v <= 90 { caps += 1; letters += 1 } else if v >= 97 && v <= 122 { letters += 1 }
                            } else if !ScalarText.isGeneralPunctuation(s[k]) {
                                ascii = false
                                if s[k].properties.isUppercase { caps += 1 }
                                if s[k].properties.isAlphabetic { letters += 1 }
                            } else {
                                ascii = false
                            }
                        }
                        // The lower-cased word as bytes (copied only when something changes), looked up in the word
                        // table before it becomes a String.
                        var flags: UInt32 = 0
                        var tail: UInt8 = 0
                        let isWord = kind != .punct && kind != .quote
                        var lower: String
                        var code = WordCode.none
                        let lo = Int(byteOffset[b]), hi = Int(byteOffset[i])
                        let bytes = UnsafeBufferPointer(rebasing: utf8[lo..<hi])
                        if caps == 0 && (ascii || !isWord || !hasCasedScalar(s, b, i)) {
                            (lower, flags, code) = known(bytes, isWord, readable: utf8.count - lo)
                            tail = utf8[hi - 1]
                        } else if ascii, let found = withASCIILowercased(bytes, { known($0, isWord, readable: 16) }) {
                            // a short ASCII word with capitals ("Officials"): lower-cased on the stack
                            (lower, flags, code) = found
                            let last = utf8[hi - 1]
                            tail = last >= 65 && last <= 90 ? last + 32 : last
                        } else {
                            buf.removeAll(keepingCapacity: true)
                            for k in b..<i {
                                let c = s[k]
                                let v = c.value
                                if v < 128 {
                                    buf.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
                                } else if ScalarText.isGeneralPunctuation(c) || !c.properties.changesWhenLowercased {
                                    UTF8.encode(c) { buf.append($0) }
                                } else {
                                    buf.append(contentsOf: c.properties.lowercaseMapping.utf8)
                                }
                            }
                            (lower, flags, code) = buf.withUnsafeBufferPointer { known($0, isWord) }
                            tail = buf.last ?? 0
                        }
                        out.append(Token(start: b, end: i, kind: kind, lower: lower, code: code, isCap: ScalarText.isUpper(c), spaceBefore: space,
                                         letters: UInt8(min(letters, 255)), caps: UInt8(min(caps, 255)),
                                         flags: flags | (hyphen && isWord ? WordFlag.hyphenated : 0), tail: tail))
                        space = false
                    }
                }
            }
        }
        return out
    }
}
