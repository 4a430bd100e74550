/// Tokens and word lists for the date/time normaliser.
///
/// The tokenizer works on UTF-8 bytes: words (lower-cased, possessive `'s` folded in), digit runs
/// (with an ordinal suffix `15th` or a decade `s` folded in) and single punctuation characters.
/// Offsets are UTF-8 offsets into the scanned string. Tokens are plain values (no references), so
/// copying them is cheap; the lower-cased words live in a parallel array (``TimeTokens``).
struct TimeToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }
    var kind: Kind
    /// The punctuation character as an ASCII byte ("-" for all dashes, "'" for apostrophes, "\"" for quotes); 0 otherwise.
    var punct: UInt8 = 0
    /// Numeric value for numbers (0 otherwise).
    var value: Int = 0
    var digits: Int = 0
    /// `15th`, `2nd`.
    var ordinal = false
    /// `1990s`, `'90s`.
    var decade = false
    /// First letter upper case.
    var cap = false
    /// `year's`, `mother's`.
    var possessive = false
    /// Whitespace before the token.
    var space = true
    /// Lexicon flags (``TimeLexicon/keyword``, ``TimeLexicon/starter``, ``TimeLexicon/function``).
    var lex: UInt8 = 0
    /// Which rules of the parser the word can begin (``TimeLexicon/Head``).
    var head: UInt16 = 0
    /// Month 1-12 of a month word, else 0.
    var month: UInt8 = 0
    /// ISO weekday 1-7 of a weekday word, else 0.
    var weekday: UInt8 = 0
    /// Value of a number word ("twenty"), else -1.
    var cardinal: Int8 = -1
    /// Value of an ordinal word ("third"), else 0.
    var ordinalWord: Int8 = 0
    /// The lower-cased word as a ``WordCode`` (``WordCode/unknown`` for a word of more than 12 bytes or with a
    /// letter beyond ASCII; ``WordCode/none`` for numbers and punctuation), for comparing with words written in
    /// the parser's code.
    var code: WordCode = .none
    var start: Int
    var end: Int
}

enum TimeLexicon {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3, "weds": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]
    static let weekdayPlurals: WordMap<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]
    static let cardinals: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30,
    ]
    /// Words that can begin a time expression (besides numbers, months, weekdays, number words).
    static let starters: WordSet = [
        "on", "in", "at", "by", "since", "until", "till", "til", "through", "thru", "during", "from", "between",
        "as", "around", "about", "circa", "earlier", "later", "for", "within", "after",
        "last", "next", "this", "past", "previous", "coming", "upcoming", "current", "the", "that", "following",
        "early", "mid", "late", "beginning", "start", "end", "middle",
        "today", "tonight", "now", "yesterday", "tomorrow", "tomorrows",
        "spring", "summer", "autumn", "fall", "winter", "q", "h", "a", "an", "couple",
        "christmas", "xmas", "new", "valentine", "valentines", "halloween", "thanksgiving", "black", "mlk",
        "martin", "civil", "easter", "good", "mother", "mothers", "father", "fathers", "memorial", "labor",
        "labour", "st", "saint", "independence", "veterans", "columbus", "boxing", "juneteenth", "presidents",
        "president", "election",
    ]
    static let keyword: UInt8 = 1
    static let starter: UInt8 = 2
    /// Prepositions and articles: they start a mention only when a keyword or number follows.
    static let function: UInt8 = 4

    static let functionWords: WordSet = [
        "on", "in", "at", "by", "since", "until", "till", "til", "through", "thru", "during", "from", "between",
        "as", "around", "about", "circa", "for", "within", "throughout", "over", "the", "a", "an", "after", "earlier",
        "later", "up", "that", "this", "last", "next", "past", "previous", "coming", "upcoming", "current",
        "following", "early", "mid", "late", "beginning", "start", "end", "middle", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "new", "good", "black", "st",
        "saint", "couple", "civil", "martin", "mother", "mothers", "father", "fathers", "labor", "labour",
        "memorial", "independence", "veterans", "columbus", "boxing", "presidents", "president", "election",
    ]
    /// Month and weekday names: in running text only capitalised.
    static let capitalOnly: UInt8 = 8
    /// Words that name a time themselves (months, weekdays, units, "today", seasons, holidays' heads): every
    /// mention holds one or a number, so the scanner only tries positions a few tokens before one.
    static let core: UInt8 = 16
    static let coreWords: [String] = [
        "today", "tonight", "now", "yesterday", "tomorrow", "tomorrows", "spring", "summer", "autumn", "fall",
        "winter", "christmas", "xmas", "valentine", "valentines", "halloween", "thanksgiving", "easter", "juneteenth",
        "weekend", "weekends", "night", "morning", "afternoon", "evening", "eve", "ago", "q", "h",
    ]

    struct Entry: Sendable {
        var flags: UInt8 = 0
        var month: UInt8 = 0
        var weekday: UInt8 = 0
        var cardinal: Int8 = -1
        var ordinal: Int8 = 0
        var head: UInt16 = 0
    }

    /// The rules of ``TimeParser/singleExpression(_:prep:)`` a word can begin, by the words each rule's first test
    /// accepts. The parser tries a word only on the rules it can begin; a word in no set begins none.
    enum Head {
        static let weekdayExpr: UInt16 = 1 << 0
        static let calendarDate: UInt16 = 1 << 1
        static let relDay: UInt16 = 1 << 2
        static let unitRel: UInt16 = 1 << 3
        static let shift: UInt16 = 1 << 4
        static let span: UInt16 = 1 << 5
        static let part: UInt16 = 1 << 6
        static let season: UInt16 = 1 << 7
        static let quarter: UInt16 = 1 << 8
        static let year: UInt16 = 1 << 9
        static let holiday: UInt16 = 1 << 10
        static let nth: UInt16 = 1 << 11
        /// Prepositions that begin no expression of their own (``TimeParser/pureSeparators``).
        static let separator: UInt16 = 1 << 12

        static let table: [String: UInt16] = {
            var h: [String: UInt16] = [:]
            func add<S: Sequence>(_ words: S, _ v: UInt16) where S.Element == String { for w in words { h[w, default: 0] |= v } }
            let selection = ["last", "previous", "past", "next", "this", "coming", "upcoming"]
            let ordinalHeads = Array(ordinals.keys) + ["twenty", "thirty"]
            add(weekdays.keys, weekdayExpr | calendarDate)
            add(selection + ["the"], weekdayExpr)
            add(selection + ["the"] + ordinalHeads, calendarDate)
            add(months.keys, calendarDate)
            add(["today", "tonight", "now", "yesterday", "tomorrow", "tomorrows", "this", "last", "the", "day", "later", "earlier"], relDay)
            add(["this", "current", "last", "past", "previous", "next", "coming", "upcoming", "following", "that", "the"], unitRel)
            add(["in", "within", "after", "a", "an", "couple"], shift)
            add(cardinals.keys, shift | year)
            add(["the", "last", "past", "previous", "next", "coming", "upcoming", "following"], span)
            add(["early", "mid", "middle", "late", "the", "beginning", "start", "end", "first", "second"], part)
            add(["the", "current"] + selection, season)
            add(TimeParser.seasonWords.keys, season)
            add(["h", "q", "the", "last", "final"] + ordinalHeads, quarter)
            add(["the", "fiscal", "calendar"], year)
            add(selection, holiday)
            add(["christmas", "xmas", "new", "valentine", "valentines", "halloween", "thanksgiving", "black", "mlk",
                 "martin", "civil", "easter", "good", "mother", "mothers", "father", "fathers", "memorial", "labor",
                 "labour", "veterans", "veteran", "columbus", "boxing", "independence", "election", "presidents",
                 "president", "juneteenth", "st", "saint"], holiday)
            add(["the", "last", "final"] + ordinalHeads, nth)
            add(TimeParser.pureSeparators, separator)
            return h
        }()
    }

    /// One lookup per word while tokenizing (on the lower-cased bytes: see ``WordTable``).
    static let entries: WordTable<Entry> = {
        var e: [String: Entry] = [:]
        for (w, v) in flags { e[w, default: Entry()].flags = v }
        for (w, m) in months { e[w, default: Entry()].month = UInt8(m) }
        for (w, d) in weekdays { e[w, default: Entry()].weekday = UInt8(d) }
        for (w, c) in cardinals { e[w, default: Entry()].cardinal = Int8(c) }
        for (w, o) in ordinals { e[w, default: Entry()].ordinal = Int8(o) }
        for (w, h) in Head.table { e[w, default: Entry()].head = h }
        return WordTable(e)
    }()

    static let flags: [String: UInt8] = {
        var f: [String: UInt8] = [:]
        func add<S: Sequence>(_ words: S, _ v: UInt8) where S.Element == String { for w in words { f[w, default: 0] |= v } }
        let k = keyword, s = starter
        add(starters, k | s)
        add(["over"], s)
        add(months.keys, k | s)
        add(weekdays.keys, k | s)
        add(weekdayPlurals.keys, k)
        add(cardinals.keys, k | s)
        add(ordinals.keys, k | s)
        add(unitWords.keys, k)
        add(["same", "weekend", "night", "morning", "afternoon", "evening", "eve", "few", "several", "ago",
             "of", "year", "week", "day", "month", "previous", "preceding", "prior", "final", "fiscal",
             "calendar", "jr", "thousand", "hundred", "oh", "coming", "weekends", "mid", "half"], k)
        add(functionWords, function)
        add(months.keys, capitalOnly)
        add(weekdays.keys, capitalOnly)
        add(months.keys, core)
        add(weekdays.keys, core)
        add(weekdayPlurals.keys, core)
        add(unitWords.keys, core)
        add(coreWords, core)
        return f
    }()

    static let unitWords: WordMap<TimeUnit> = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "wk": .week, "wks": .week,
        "fortnight": .fortnight, "fortnights": .fortnight, "month": .month, "months": .month, "mo": .month,
        "mos": .month, "mon": .month, "year": .year, "years": .year, "yr": .year, "yrs": .year,
        "decade": .decade, "decades": .decade, "quarter": .quarter, "quarters": .quarter,
    ]
}

enum TimeUnit: Sendable, Equatable {
    case day, week, fortnight, month, quarter, year, decade
}

/// Tokens with their lower-cased words ("" for numbers and punctuation, "\u{1}" for unknown or long words).
struct TimeTokens: Sendable {
    var tokens: [TimeToken]
    var words: [String]

    /// The tokens lo..<hi.
    func slice(_ lo: Int, _ hi: Int) -> TimeTokens {
        TimeTokens(tokens: Array(tokens[lo..<hi]), words: Array(words[lo..<hi]))
    }
}

enum TimeTokenizer {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func tokenize(_ text: String) -> TimeTokens {
        var s = text
        return s.withUTF8 { tokenize(bytes: $0) }
    }

    static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> TimeTokens {
        var out: [TimeToken] = []
        var words: [String] = []
        out.reserveCapacity(bytes.count / 4)
        words.reserveCapacity(bytes.count / 4)
        let n = bytes.count
        var i = 0
        var space = true
        let table = TimeLexicon.entries
        while i < n {
            let c = bytes[i]
            if c == 32 || c == 10 || c == 9 || c == 13 {
                space = true; i += 1; continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < n, isLetter(bytes[j]) { j += 1 }
                // Non-ASCII letters glued to the word: treat the whole run as an unknown word.
                if j < n, bytes[j] >= 0xC0 {
                    while j < n, bytes[j] >= 0x80 || isLetter(bytes[j]) {
                        if bytes[j] == 0xE2 { break }
                        j += 1
                    }
                    out.append(TimeToken(kind: .word, cap: c <= 90, space: space, code: .unknown, start: i, end: j))
                    words.append("\u{1}")
                    space = false; i = j; continue
                }
                var tok = TimeToken(kind: .word, cap: c <= 90, space: space, code: .unknown, start: i, end: j)
                var word = "\u{1}"
                if j - i <= 12 {
                    var low: (UInt64, UInt64) = (0, 0)
                    let e = withUnsafeMutableBytes(of: &low) { raw -> TimeLexicon.Entry? in
                        for k in i..<j { let c = bytes[k]; raw[k - i] = (c >= 65 && c <= 90) ? c + 32 : c }
                        let lowered = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: j - i)
                        // (the word sits in a 16-byte buffer: packed with two loads)
                        guard let e = table.index(lowered, packed: WordTable<TimeLexicon.Entry>.pack(lowered, readable: 16)) else {
                            word = String(decoding: lowered, as: UTF8.self)
                            return nil
                        }
                        word = table.keys[e]
                        return table.values[e]
                    }
                    tok.code = WordCode(head: low.0, rest: low.1)
                    if let e {
                    tok.lex = e.flags; tok.month = e.month; tok.weekday = e.weekday
                    tok.cardinal = e.cardinal; tok.ordinalWord = e.ordinal; tok.head = e.head
                    }
                }
                // Possessive 's / ’s
                if j + 1 < n, bytes[j] == 39, bytes[j + 1] == 115 || bytes[j + 1] == 83,
                   j + 2 >= n || !isLetter(bytes[j + 2]) {
                    tok.possessive = true; tok.end = j + 2; j += 2
                } else if j + 3 < n, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99,
                          bytes[j + 3] == 115 || bytes[j + 3] == 83, j + 4 >= n || !isLetter(bytes[j + 4]) {
                    tok.possessive = true; tok.end = j + 4; j += 4
                } else if j < n, bytes[j] == 39, bytes[j - 1] == 115 || bytes[j - 1] == 83 {
                    // plural possessive: presidents'
                    tok.possessive = true; tok.end = j + 1; j += 1
                }
                out.append(tok)
                words.append(word)
                space = false; i = j; continue
            }
            if isDigit(c) {
                var j = i
                var v = 0
                while j < n, isDigit(bytes[j]) {
                    if j - i < 9 { v = v * 10 + Int(bytes[j] - 48) }
                    j += 1
                }
                var tok = TimeToken(kind: .number, value: v, digits: j - i, space: space, start: i, end: j)
                // ordinal suffix or decade s
                if j + 1 < n, isLetter(bytes[j]), isLetter(bytes[j + 1]), j + 2 >= n || !isLetter(bytes[j + 2]) {
                    let a = bytes[j] | 0x20, b = bytes[j + 1] | 0x20
                    if (a == 115 && b == 116) || (a == 110 && b == 100) || (a == 114 && b == 100) || (a == 116 && b == 104) {
                        tok.ordinal = true; tok.end = j + 2; j += 2
                    }
                } else if j < n, bytes[j] == 115, j + 1 >= n || !isLetter(bytes[j + 1]) {
                    tok.decade = true; tok.end = j + 1; j += 1
                }
                out.append(tok)
                words.append("")
                space = false; i = j; continue
            }
            if c >= 0x80 {
                // Multi-byte: dashes and quotes are punctuation, other characters are an unknown word.
                if c == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
                    let d = bytes[i + 2]
                    var p: UInt8 = 0
                    if d >= 0x90 && d <= 0x95 { p = 45 }             // dashes
                    else if d == 0x98 || d == 0x99 { p = 39 }        // ‘ ’
                    else if d == 0x9C || d == 0x9D { p = 34 }        // “ ”
                    if p != 0 {
                        out.append(TimeToken(kind: .punct, punct: p, space: space, start: i, end: i + 3))
                        words.append("")
                        space = false; i += 3; continue
                    }
                }
                var j = i + 1
                while j < n, bytes[j] >= 0x80, bytes[j] < 0xC0 { j += 1 }
                if bytes[i] == 0xC2 && j == i + 2 && bytes[i + 1] == 0xA0 { space = true; i = j; continue }
                out.append(TimeToken(kind: .word, space: space, code: .unknown, start: i, end: j))
                words.append("\u{1}")
                space = false; i = j; continue
            }
            out.append(TimeToken(kind: .punct, punct: c == 96 ? 39 : c, space: space, start: i, end: i + 1))
            words.append("")
            space = false; i += 1
        }
        return TimeTokens(tokens: out, words: words)
    }
}
