/// A small backtracking parser over ``TimeToken``s producing ``TimeExpression``s.
///
/// Every rule returns the expression and the index just past it, choosing its longest reading.
/// In `strict` mode (scanning running text) the rules refuse readings that are common false positives:
/// lower-case month and weekday names, "May"/"March" without a day, year or supporting preposition,
/// bare day/month numbers ("1/2"), bare numbers, weekday abbreviations on their own.
struct TimeParser {
    typealias Result = (TimeExpression, Int)
    let t: [TimeToken]
    /// Lower-cased words, parallel to `t`.
    let words: [String]
    let strict: Bool

    /// Nesting depth of ``singleExpression(_:prep:)`` ("2 days before 2 days before ..."): bounded, so adversarial text
    /// can neither overflow the stack nor take super-linear time. One parser serves one call on one thread.
    final class Depth {
        var value = 0
    }
    let depth = Depth()
    static let maxDepth = 6

    init(_ tokens: TimeTokens, strict: Bool) {
        t = tokens.tokens
        words = tokens.words
        self.strict = strict
    }

    // MARK: token helpers

    @inline(__always) func wordAt(_ i: Int) -> String {
        i >= 0 && i < t.count && t[i].kind == .word ? words[i] : ""
    }
    /// Whether the word at `i` is `s` (a word written here, so its code is folded when compiled): a token that is
    /// not a word is turned away on its kind.
    @inline(__always) func isWord(_ i: Int, _ s: WordCode) -> Bool { i >= 0 && i < t.count && t[i].kind == .word && t[i].code == s }
    /// The word at `i` as a ``WordCode`` (``WordCode/none`` where no word stands), for comparing with the words
    /// written here: `codeAt(i) == "last"` is two integer comparisons where `wordAt(i) == "last"` calls into
    /// the string runtime.
    @inline(__always) func codeAt(_ i: Int) -> WordCode { i >= 0 && i < t.count && t[i].kind == .word ? t[i].code : .none }
    @inline(__always) func isPunct(_ i: Int, _ s: Unicode.Scalar) -> Bool {
        i >= 0 && i < t.count && t[i].punct == UInt8(truncatingIfNeeded: s.value) && t[i].kind == .punct
    }
    @inline(__always) func isNumber(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].kind == .number }
    @inline(__always) func monthAt(_ i: Int) -> Int? {
        i >= 0 && i < t.count && t[i].month > 0 && t[i].kind == .word ? Int(t[i].month) : nil
    }
    @inline(__always) func weekdayAt(_ i: Int) -> Int? {
        i >= 0 && i < t.count && t[i].weekday > 0 && t[i].kind == .word ? Int(t[i].weekday) : nil
    }
    @inline(__always) func cardinalAt(_ i: Int) -> Int? {
        i >= 0 && i < t.count && t[i].cardinal >= 0 && t[i].kind == .word ? Int(t[i].cardinal) : nil
    }
    /// Skips one optional word.
    @inline(__always) func skipWord(_ i: Int, _ s: WordCode) -> Int { isWord(i, s) ? i + 1 : i }
    @inline(__always) func skipPunct(_ i: Int, _ s: Unicode.Scalar) -> Int { isPunct(i, s) ? i + 1 : i }
    func capitalisationAllows(_ i: Int) -> Bool { !strict || t[i].cap }

    static func longest(_ a: Result?, _ b: Result?) -> Result? {
        guard let b else { return a }
        guard let a else { return b }
        return b.1 > a.1 ? b : a
    }

    static let yearContext: WordSet = [
        "in", "since", "by", "until", "till", "during", "from", "through", "between", "before", "after", "of",
        "and", "early", "late", "mid", "on", "year", "fiscal", "spring", "summer", "autumn", "fall", "winter",
        "throughout",
    ]
    /// Words after which a number is more often a quantity than a year ("over 2000 troops", "up to 2000").
    static let quantityWords: WordSet = ["around", "about", "circa", "over", "to", "than", "some", "nearly", "almost"]

    /// Full month names are 5+ letters, or "may", "june", "july"; abbreviations ("jan", "sept") are not.
    static func isFullMonth(_ s: String) -> Bool {
        s.utf8.count >= 5 || s == "may" || s == "june" || s == "july"
    }

    static let monthPreps: WordSet = [
        "in", "since", "by", "until", "till", "during", "from", "through", "before", "after", "of", "between",
        "early", "late", "mid", "throughout",
    ]

    /// Whether the token before i supports a bare year/month/day reading.
    func supported(_ i: Int) -> Bool {
        if !strict { return true }
        guard i > 0 else { return false }
        if t[i - 1].kind == .punct { return isPunct(i - 1, "-") && i > 1 && t[i - 2].kind == .word && TimeParser.yearContext.contains(words[i - 2]) }
        return t[i - 1].kind == .word && TimeParser.yearContext.contains(words[i - 1])
    }

    // MARK: numbers

    /// Cardinal quantity: digits, number words ("twenty-one"), "a", "an", "a couple of". Refuses "a few", "several".
    func quantity(_ i: Int) -> (Int, Int)? {
        guard i >= 0, i < t.count else { return nil }
        let tok = t[i]
        if tok.kind == .number {
            guard !tok.ordinal, !tok.decade, tok.digits <= 4, !isPunct(i + 1, "/"), !isPunct(i + 1, "%"), !isPunct(i + 1, ".") || !isNumber(i + 2) else { return nil }
            return (tok.value, i + 1)
        }
        guard tok.kind == .word else { return nil }
        switch t[i].code {
        case "a", "an":
            if isWord(i + 1, "couple") { return (2, skipWord(i + 2, "of")) }
            if isWord(i + 1, "few") || isWord(i + 1, "several") || isWord(i + 1, "number") { return nil }
            return (1, i + 1)
        case "couple": return (2, skipWord(i + 1, "of"))
        default: break
        }
        guard tok.cardinal >= 0 else { return nil }
        let v = Int(tok.cardinal)
        if v >= 20, v % 10 == 0 {
            let j = isPunct(i + 1, "-") && !t[i + 1].space ? i + 2 : i + 1
            if let u = cardinalAt(j), u >= 1, u <= 9 { return (v + u, j + 1) }
        }
        return (v, i + 1)
    }

    /// Ordinal word ("third", "twenty-fourth"); returns value.
    func ordinalWord(_ i: Int) -> (Int, Int)? {
        let s = wordAt(i)
        guard !s.isEmpty else { return nil }
        if t[i].ordinalWord > 0 { return (Int(t[i].ordinalWord), i + 1) }
        // "twenty-first", "thirty-first"
        if t[i].cardinal == 20 || t[i].cardinal == 30 {
            let base = Int(t[i].cardinal)
            let j = isPunct(i + 1, "-") ? i + 2 : i + 1
            if j < t.count, t[j].kind == .word, t[j].ordinalWord > 0, t[j].ordinalWord <= 9 { return (base + Int(t[j].ordinalWord), j + 1) }
        }
        return nil
    }

    /// A day of the month: 1-31 digits (ordinal or not), or an ordinal word. `needOrdinal` refuses bare digits.
    func dayNumber(_ i: Int, needOrdinal: Bool = false) -> (Int, Int)? {
        guard i >= 0, i < t.count else { return nil }
        let tok = t[i]
        if tok.kind == .number {
            guard !tok.decade, tok.digits <= 2, tok.value >= 1, tok.value <= 31 else { return nil }
            if needOrdinal && !tok.ordinal { return nil }
            if isPunct(i + 1, ":") || isPunct(i + 1, "%") { return nil }
            return (tok.value, i + 1)
        }
        if let (v, j) = ordinalWord(i), v >= 1, v <= 31 {
            if strict && !needOrdinal { return nil }
            return (v, j)
        }
        return nil
    }

    /// A four-digit year, or `'05`; two-digit years when `allowShort`.
    func yearNumber(_ i: Int, allowShort: Bool = false) -> (Int, Int)? {
        guard i >= 0, i < t.count else { return nil }
        if isPunct(i, "'"), isNumber(i + 1), t[i + 1].digits == 2, !t[i + 1].ordinal, !t[i + 1].decade {
            return (t[i + 1].value, i + 2)
        }
        let tok = t[i]
        guard tok.kind == .number, !tok.ordinal, !tok.decade else { return nil }
        if tok.digits == 4, tok.value >= 1000, tok.value <= 2999 {
            if isPunct(i + 1, "%") || isPunct(i + 1, ":") { return nil }
            return (tok.value, i + 1)
        }
        if allowShort, tok.digits == 2, !isPunct(i + 1, ":") { return (tok.value, i + 1) }
        return nil
    }


    /// Whether tokens from i to the end are only a time of day ("at 10 a.m.", ", 5:30 pm ET", "at noon").
    func isTimeOfDay(from i0: Int) -> Bool {
        var i = skipPunct(i0, ",")
        if WordLists.atAround.contains(wordAt(i)) { i += 1 }
        if isWord(i, "before") || isWord(i, "after") { i += 1 }
        if WordLists.noonMidnight.contains(wordAt(i)) {
            i += 1
        } else {
            guard isNumber(i), t[i].digits <= 2, t[i].value <= 24, !t[i].ordinal else { return false }
            i += 1
            if isPunct(i, ":") || (isPunct(i, ".") && isNumber(i + 1) && t[i + 1].digits == 2) {
                guard isNumber(i + 1), t[i + 1].digits == 2 else { return false }
                i += 2
            }
            if isWord(i, "a") || isWord(i, "p") {
                i += 1
                if isPunct(i, ".") { i += 1 }
                guard isWord(i, "m") else { return false }
                i += 1
                if isPunct(i, ".") { i += 1 }
            } else if isWord(i, "am") || isWord(i, "pm") || isWord(i, "h") || isWord(i, "hrs") || isWord(i, "gmt") || isWord(i, "utc") {
                i += 1
            } else if i == i0 + 1 || !isPunct(i - 2, ":") {
                return false  // a bare number is not a time
            }
        }
        if WordLists.etEst.contains(wordAt(i)) { i += 1 }
        if isWord(i, "local") { i += 1 }
        if isWord(i, "time") { i += 1 }
        return i == t.count
    }

    // MARK: entry

    /// A mention, with its leading preposition ("On March 8", "since late November").
    func mention(_ i: Int) -> Result? {
        guard i < t.count else { return nil }
        var best: Result? = nil
        let word = wordAt(i)
        // most candidates are numbers and time words: the cases below are compared only for the words they name
        if TimeParser.mentionLeads.contains(word) {
            switch word {
            case "since":
                if let (e, j) = coreExpression(i + 1, prep: true) { best = (.since(e), j) }
            case "until", "till", "til":
                if let (e, j) = coreExpression(i + 1, prep: true) { best = (.until(e), j) }
            case "up":
                if isWord(i + 1, "to") || isWord(i + 1, "until"), let (e, j) = coreExpression(i + 2, prep: !isWord(i + 1, "to")) { best = (.until(e), j) }
            case "between":
                if let (a, j) = singleExpression(i + 1, prep: true) ?? dayOnly(i + 1), isWord(j, "and"),
                   let (b, k) = rangeRight(j + 1), let m = merge(a, b, daysMarked: dayMarked(i + 1) && dayMarked(j + 1)) { best = (m, k) }
            case "from":
                best = TimeParser.longest(best, coreExpression(i + 1, prep: true))
                if let (a, j) = best, isWord(j, "for"), let (n, k) = quantity(j + 1), let (u, l) = unit(k) {
                    best = (.forSpan(a, n, u), l)
                }
            case "on", "in", "at", "by", "during", "around", "about", "circa", "through", "thru", "throughout", "over":
                // A number after "over"/"around"/"about" is a quantity, not a year; dates with a day or month still parse.
                best = coreExpression(i + 1, prep: !TimeParser.quantityWords.contains(word))
            case "as":
                if isWord(i + 1, "of") { best = coreExpression(i + 2, prep: true) }
            case "for":
                if !strict, let (n, k) = quantity(i + 1), let (u, l) = unit(k), isWord(l, "from"), let (e, m) = singleExpression(l + 1, prep: true) {
                    best = (.forSpan(e, n, u), m)
                }
            case "earlier", "later":
                if WordLists.thisThatLastNext.contains(wordAt(i + 1)), let (e, j) = unitRelative(i + 1) ?? seasonExpr(i + 1) {
                    best = (.narrow(word == "earlier", e), j)
                }
            default: break
            }
        }
        // Prepositions begin no expression of their own (unlike "in 5 days", "the 8th", "after a year").
        if t[i].kind != .word || t[i].head & TimeLexicon.Head.separator == 0 {
            best = TimeParser.longest(best, coreExpression(i, prep: supported(i)))
        }
        return best
    }

    /// The words `mention` has a case of its own for.
    static let mentionLeads: WordSet = [
        "since", "until", "till", "til", "up", "between", "from", "on", "in", "at", "by", "during", "around", "about",
        "circa", "through", "thru", "throughout", "over", "as", "for", "earlier", "later",
    ]
    /// Words joining the two ends of a range ("May 3 to May 5").
    static let rangeConnectors: WordSet = ["to", "through", "thru", "until", "till", "and"]

    /// Words before a month/day with a slash ("on 8/15") that make it a date in running text.
    static let slashDateLeads: WordSet = ["on", "since", "until", "till", "from", "between", "to", "through", "and"]

    static let pureSeparators: WordSet = [
        "on", "at", "by", "during", "around", "about", "circa", "through", "thru", "throughout", "over", "since",
        "until", "till", "til", "from", "between", "as", "up",
    ]

    /// A single expression or a range "X - Y", "X to Y", "X for N days".
    func coreExpression(_ i: Int, prep: Bool) -> Result? {
        var best = singleExpression(i, prep: prep)
        // Ranges.
        var lefts: [Result] = []
        if let b = best { lefts.append(b) }
        if let d = dayOnly(i) { lefts.append(d) }
        for (a, j) in lefts {
            var k = -1
            if isPunct(j, "-") { k = j + 1 } else if TimeParser.rangeConnectors.contains(wordAt(j)) && !(codeAt(j) == "and" && strict) { k = j + 1 }
            guard k > 0 else { continue }
            if let (b, l) = rangeRight(k), let m = merge(a, b, daysMarked: dayMarked(i) && dayMarked(k)) {
                best = TimeParser.longest(best, (m, l))
            }
        }
        if let (a, j) = best, isWord(j, "for"), !strict, let (n, k) = quantity(j + 1), let (u, l) = unit(k) {
            best = (.forSpan(a, n, u), l)
        }
        return best
    }

    /// The right end of a range: a full expression, or a day with optional year ("15", "22, 2012", "tenth, 2010").
    func rangeRight(_ i: Int) -> Result? {
        var best = singleExpression(i, prep: true)
        let k = skipWord(i, "the")
        if let (d, j) = dayNumber(k) ?? (strict ? nil : ordinalWord(k)) {
            var spec = TimeDateSpec(day: d)
            var e = j
            let c = skipPunct(j, ",")
            if let (y, l) = yearNumber(c) { spec.year = y; e = l }
            best = TimeParser.longest(best, (.spec(spec), e))
        }
        return best
    }

    /// A day alone as the left end of a range ("13", "the 13th", "eighth").
    func dayOnly(_ i: Int) -> Result? {
        let k = skipWord(i, "the")
        if let (d, j) = dayNumber(k) ?? ordinalWord(k), d <= 31 { return (.spec(TimeDateSpec(day: d)), j) }
        return nil
    }

    /// A day of the month written as one ("the 15th", "16th", "sixteenth"), not a bare number that may count
    /// anything ("between 5 and 10").
    func dayMarked(_ i: Int) -> Bool {
        isWord(i, "the") || i < t.count && t[i].kind == .number && t[i].ordinal || ordinalWord(i) != nil
    }

    /// Combines the two ends of a range, filling missing month/year fields from the other end. Two days without
    /// a month ("between the 15th and 16th") are a range inside one month when both are written as days
    /// (`daysMarked`).
    func merge(_ a: TimeExpression, _ b: TimeExpression, daysMarked: Bool = false) -> TimeExpression? {
        if case .spec(var l) = a, case .spec(var r) = b {
            if daysMarked, l.month == nil, r.month == nil, l.year == nil, r.year == nil, l.weekday == nil, r.weekday == nil,
               let x = l.day, let y = r.day, x < y {
                return .interval(a, b)
            }
            if l.month == nil && l.day != nil {
                guard let m = r.month, r.day != nil else { return nil }
                l.month = m
                if l.year == nil { l.year = r.year }
            }
            if r.month == nil && r.day != nil {
                guard let m = l.month, l.day != nil else { return nil }
                r.month = m
                if r.year == nil { r.year = l.year; if l.selection != .preferred { r.selection = l.selection } }
                r.weekday = nil
            }
            if l.year == nil, let ry = r.year, let lm = l.month, let rm = r.month {
                l.year = lm > rm ? ry - 1 : ry
            }
            if r.year == nil, let ly = l.year, let lm = l.month, let rm = r.month {
                r.year = rm < lm ? ly + 1 : ly
            }
            if l.day == nil && l.month == nil && r.day != nil { return nil }
            return .interval(.spec(l), .spec(r))
        }
        if case .spec(let l) = a, l.month == nil, l.year == nil { return nil }
        if case .spec(let r) = b, r.month == nil, r.year == nil { return nil }
        return .interval(a, b)
    }

    // MARK: single expressions

    func singleExpression(_ i: Int, prep: Bool) -> Result? {
        guard i < t.count, depth.value < TimeParser.maxDepth else { return nil }
        depth.value += 1
        defer { depth.value -= 1 }
        var best: Result? = nil
        let tok = t[i]
        if tok.kind == .number || isPunct(i, "'") {
            best = TimeParser.longest(best, numericDate(i, prep: prep))
            best = TimeParser.longest(best, calendarDate(i, prep: prep))
            best = TimeParser.longest(best, yearExpr(i, prep: prep))
            best = TimeParser.longest(best, shiftExpr(i))
            best = TimeParser.longest(best, nthExpr(i))
            best = TimeParser.longest(best, quarterExpr(i))
            if tok.ordinal && (prep || !strict), let (d, j) = dayNumber(i, needOrdinal: true), bareDayAllowed(j) {
                best = TimeParser.longest(best, (.spec(TimeDateSpec(day: d)), j))
            }
            return best
        }
        guard tok.kind == .word else { return nil }
        let s = words[i]
        // Each rule is tried only where the word can begin it (see ``TimeLexicon/Head``).
        let h = tok.head
        guard h != 0 else { return nil }
        typealias H = TimeLexicon.Head
        if h & H.weekdayExpr != 0 {
            best = TimeParser.longest(best, weekdayExpr(i))
            if tok.weekday > 0 {
                best = TimeParser.longest(best, numericDate(i, prep: prep))
            }
        }
        if h & H.calendarDate != 0 { best = TimeParser.longest(best, calendarDate(i, prep: prep)) }
        if h & H.relDay != 0 { best = TimeParser.longest(best, relDay(i)) }
        if h & H.unitRel != 0 { best = TimeParser.longest(best, unitRelative(i)) }
        if h & H.shift != 0 { best = TimeParser.longest(best, shiftExpr(i)) }
        if h & H.span != 0 { best = TimeParser.longest(best, spanExpr(i)) }
        if h & H.part != 0 { best = TimeParser.longest(best, partExpr(i)) }
        if h & H.season != 0 { best = TimeParser.longest(best, seasonExpr(i)) }
        if h & H.quarter != 0 { best = TimeParser.longest(best, quarterExpr(i)) }
        if h & H.year != 0 { best = TimeParser.longest(best, yearExpr(i, prep: prep)) }
        if h & H.holiday != 0 { best = TimeParser.longest(best, holidayExpr(i)) }
        if h & H.nth != 0 { best = TimeParser.longest(best, nthExpr(i)) }
        if s == "the", isWord(i + 1, "week"), isWord(i + 2, "of"), let (e, j) = calendarDate(i + 3, prep: true), case .spec(let sp) = e, sp.day != nil {
            best = TimeParser.longest(best, (.weekOf(e), j))
        }
        if s == "the" {
            if let (d, j) = dayNumber(i + 1, needOrdinal: true) ?? (strict ? nil : dayNumber(i + 1)), (prep || !strict), bareDayAllowed(j) {
                best = TimeParser.longest(best, (.spec(TimeDateSpec(day: d)), j))
            }
            if !strict, let (d, j) = ordinalWord(i + 1), d <= 31, !isWord(j, "of"), !isWord(j, "quarter") {
                best = TimeParser.longest(best, (.spec(TimeDateSpec(day: d)), j))
            }
        }
        return best
    }

    /// A day alone ("the 8th") must not be followed by a noun ("the 8th floor") in running text.
    func bareDayAllowed(_ j: Int) -> Bool {
        if !strict { return true }
        if j < t.count, t[j].kind == .word, !t[j].cap { return false }
        return true
    }

    // MARK: numeric dates

    func numericDate(_ i0: Int, prep: Bool) -> Result? {
        var i = i0
        var weekday: Int? = nil
        if let wd = weekdayAt(i) {
            if !capitalisationAllows(i) { return nil }
            weekday = wd
            i = skipPunct(skipPunct(i + 1, "."), ",")
        }
        guard isNumber(i), !t[i].ordinal, !t[i].decade else { return nil }
        if strict, i > 0, t[i - 1].kind == .number || isPunct(i - 1, "/") || isPunct(i - 1, "-") || isPunct(i - 1, ".") || isPunct(i - 1, "$") { return nil }
        let a = t[i]
        let sepIdx = i + 1
        guard sepIdx < t.count, t[sepIdx].kind == .punct else { return nil }
        let sep = Unicode.Scalar(t[sepIdx].punct)
        guard sep == "/" || sep == "-" || sep == "." else { return nil }
        if strict && (t[sepIdx].space || (sepIdx + 1 < t.count && t[sepIdx + 1].space)) { return nil }
        let j = sepIdx + 1
        guard j < t.count else { return nil }
        // Second component: number or month word.
        var bNum: TimeToken? = nil
        var bMonth: Int? = nil
        if t[j].kind == .number, !t[j].ordinal, !t[j].decade { bNum = t[j] }
        else if let m = monthAt(j) { bMonth = m }
        else { return nil }
        // Third component?
        if isPunct(j + 1, sep), j + 2 < t.count, t[j + 2].kind == .number, !t[j + 2].ordinal, !t[j + 2].decade,
           !(strict && (t[j + 1].space || t[j + 2].space)) {
            let c = t[j + 2]
            let end = j + 3
            if isNumber(end) || (isPunct(end, sep) && isNumber(end + 1)) { return nil }
            var y = 0, m = 0, d = 0
            // "2.1.17" is a version number: dotted dates in running text need a four-digit year.
            if strict && sep == "." && c.digits != 4 && a.digits != 4 { return nil }
            if a.digits == 4 {
                y = a.value; d = c.value
                if let bm = bMonth { m = bm } else if let b = bNum, b.digits <= 2 { m = b.value } else { return nil }
                guard c.digits <= 2 else { return nil }
            } else {
                guard a.digits <= 2, c.digits == 4 || c.digits == 2 else { return nil }
                y = c.value  // two-digit years (< 100) are pivoted at resolution
                if let bm = bMonth { m = bm; d = a.value }
                else if let b = bNum, b.digits <= 2 {
                    // Slashes and dashes are read month first (US), dots day first (European), unless impossible.
                    let dayFirst = a.value > 12 || (sep == "." && b.value <= 12)
                    if dayFirst { d = a.value; m = b.value } else { m = a.value; d = b.value }
                } else { return nil }
            }
            guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
            return (.spec(TimeDateSpec(year: y, month: m, day: d, weekday: weekday)), end)
        }
        if isPunct(j + 1, sep) && isNumber(j + 2) { return nil }
        // Two components.
        if let bm = bMonth {
            // "8/Oct" day/month
            guard a.digits <= 2, a.value >= 1, a.value <= 31, !strict else { return nil }
            return (.spec(TimeDateSpec(month: bm, day: a.value, weekday: weekday)), j + 1)
        }
        guard let b = bNum else { return nil }
        if isPunct(j + 1, "/") || isPunct(j + 1, "%") || isPunct(j + 1, ":") { return nil }
        if a.digits <= 2, b.digits == 4, sep != ".", a.value >= 1, a.value <= 12 {
            return (.spec(TimeDateSpec(year: b.value, month: a.value)), j + 1)
        }
        if a.digits == 4, b.digits <= 2, sep != ".", b.value >= 1, b.value <= 12, a.value >= 1000 {
            if strict && (b.digits != 2 || sep != "-") { return nil }
            return (.spec(TimeDateSpec(year: a.value, month: b.value)), j + 1)
        }
        if strict {
            // "on 8/15", "Friday 8/15", "from 8/5 to 8/16": month/day with a slash, where a preposition or
            // weekday says it is a date (never "2/3 of", "24/7")
            guard sep == "/", a.digits <= 2, b.digits <= 2, (1...12).contains(a.value), (1...31).contains(b.value),
                  weekday != nil || i0 > 0 && (TimeParser.slashDateLeads.contains(wordAt(i0 - 1)) || isPunct(i0 - 1, "-")),
                  !(isPunct(j + 1, ".") && isNumber(j + 2)), !(j + 1 < t.count && t[j + 1].kind == .word && !t[j + 1].cap) else { return nil }
            return (.spec(TimeDateSpec(month: a.value, day: b.value, weekday: weekday)), j + 1)
        }
        if a.digits <= 2, b.digits <= 2 {
            if a.value >= 1, a.value <= 12, b.value >= 1, b.value <= 31 {
                return (.spec(TimeDateSpec(month: a.value, day: b.value, weekday: weekday)), j + 1)
            }
            if a.value > 12, a.value <= 31, b.value >= 1, b.value <= 12 {
                return (.spec(TimeDateSpec(month: b.value, day: a.value, weekday: weekday)), j + 1)
            }
        }
        return nil
    }

    // MARK: month-name dates

    /// Month word at i (full or abbreviation, optional "."), with the strict-mode capital check.
    func monthWord(_ i: Int) -> (Int, Int, Bool)? {
        guard let m = monthAt(i) else { return nil }
        if !capitalisationAllows(i) { return nil }
        let full = TimeParser.isFullMonth(words[i])
        let ambiguous = !full || t[i].code == "may" || t[i].code == "march"
        var j = i + 1
        if isPunct(j, "."), !full { j += 1 }
        return (m, j, ambiguous)
    }

    func weekdayWord(_ i: Int) -> (Int, Int, Bool)? {
        guard let d = weekdayAt(i) else { return nil }
        if !capitalisationAllows(i) { return nil }
        let full = words[i].utf8.count >= 6  // "monday" ... "sunday"; abbreviations are at most 5 letters
        var j = i + 1
        if isPunct(j, "."), !full { j += 1 }
        return (d, j, full)
    }

    /// Year-selection prefix: last/this/next/this coming/coming.
    /// `calendar`: "last May" / "next May" are May of the previous / next calendar year (news style writes
    /// "in May" for this year's); otherwise (holidays) the most recent past / first coming one.
    func yearSelPrefix(_ i: Int, calendar: Bool) -> (TimeYearSelection, Int)? {
        switch codeAt(i) {
        case "last", "previous": return (calendar ? .offset(-1) : .lastCompleted, i + 1)
        case "past": return (.lastCompleted, i + 1)
        case "next": return (calendar ? .offset(1) : .coming, i + 1)
        case "this":
            if isWord(i + 1, "coming") || isWord(i + 1, "upcoming") { return (.coming, i + 2) }
            if isWord(i + 1, "past") { return (.lastCompleted, i + 2) }
            return (.offset(0), i + 1)
        case "coming", "upcoming": return (.coming, i + 1)
        default: return nil
        }
    }

    /// Year-selection suffix: "2019", "of 2019", ", 2019", "last year", "of next year", "after next", "in 9 months".
    func yearSelSuffix(_ i: Int, allowShort: Bool = false) -> (TimeYearSelection, Int)? {
        var best: (TimeYearSelection, Int)? = nil
        func consider(_ r: (TimeYearSelection, Int)?) { if let r, r.1 > (best?.1 ?? -1) { best = r } }
        let k = isWord(i, "of") || isWord(i, "in") ? i + 1 : skipPunct(i, ",")
        if let (y, j) = yearNumber(k, allowShort: allowShort && k == i) { consider((.explicit(y), j)) }
        if let (y, j) = spelledYear(k) { consider((.explicit(y), j)) }
        let k2 = skipWord(i, "of")
        let k3 = skipWord(k2, "the")
        if isWord(k3 + 1, "year") || isWord(k3 + 1, "yr") {
            switch codeAt(k3) {
            case "last", "previous", "past": consider((.offset(-1), k3 + 2))
            case "this", "current": consider((.offset(0), k3 + 2))
            case "next", "following", "coming": consider((.offset(1), k3 + 2))
            default: break
            }
        }
        if isWord(i, "after"), isWord(i + 1, "next") { consider((.afterNext, i + 2)) }
        if isWord(i, "before"), isWord(i + 1, "last") { consider((.beforeLast, i + 2)) }
        if isWord(i, "in"), let (n, j) = quantity(i + 1), let (u, l) = unit(j) { consider((.shifted(n, u), l)) }
        if let (n, j) = quantity(i), let (u, l) = unit(j) {
            if isWord(l, "ago") || isWord(l, "back") { consider((.shifted(-n, u), l + 1)) }
            if isWord(l, "from"), isWord(l + 1, "now") || isWord(l + 1, "today") { consider((.shifted(n, u), l + 2)) }
            if isWord(l, "hence") { consider((.shifted(n, u), l + 1)) }
        }
        return best
    }

    /// Month-name dates; `monthOnly` reads just a month (with its year), as the base of "the end of" or
    /// "the last Sunday of".
    func calendarDate(_ i0: Int, prep: Bool, monthOnly: Bool = false) -> Result? {
        var best: Result? = nil
        var i = i0
        var sel: TimeYearSelection = .preferred
        var hasModifier = false
        if let (s, j) = yearSelPrefix(i, calendar: true) { sel = s; i = j; hasModifier = true }
        // optional leading weekday
        var weekday: Int? = nil
        var wdFull = true
        var start = i
        if let (d, j, full) = weekdayWord(i) {
            weekday = d; wdFull = full
            start = skipPunct(j, ",")
            if isWord(start, "the") && !isNumber(start + 1) && ordinalWord(start + 1) == nil { return nil }
        }
        func finish(_ spec0: TimeDateSpec, _ end0: Int, hasDay: Bool, ambiguous: Bool) {
            var spec = spec0
            var end = end0
            if weekday != nil && !wdFull && strict && !(hasDay && spec.month != nil) { return }
            if spec.year == nil {
                if let (s, j) = yearSelSuffix(end) {
                    if case .explicit(let y) = s { spec.year = y } else { spec.selection = s }
                    end = j
                } else { spec.selection = sel }
                if spec.selection == .preferred && sel != .preferred { spec.selection = sel }
            } else if sel != .preferred {
                return
            }
            // trailing weekday: "Jul 18, Fri"
            if weekday == nil, hasDay {
                let k = skipPunct(end, ",")
                if let (d, j, full) = weekdayWord(k), !strict || full {
                    spec.weekday = d
                    end = j
                }
            }
            if strict, !hasDay, spec.year == nil, !hasModifier, weekday == nil {
                // "May", "March", "June" alone in running text: needs a preposition or modifier;
                // "May"/"March" need a real preposition ("in May", not "Trump and May"); "Jan" alone is a name.
                if !prep { return }
                if ambiguous {
                    let abbreviated = !TimeParser.isFullMonth(words[start])
                    let before = isPunct(start - 1, "-") ? wordAt(start - 2) : wordAt(start - 1)  // "mid-March"
                    guard !abbreviated || isPunct(start + 1, "."), TimeParser.monthPreps.contains(before) else { return }
                }
            }
            best = TimeParser.longest(best, (.spec(spec), end))
        }
        // Month first: "March 8", "March 8, 2025", "March 8th 2025", "March the 8th", "March, 6th 2016", "March 2025"
        if let (m, j, amb) = monthWord(start) {
            var spec = TimeDateSpec(month: m, weekday: weekday)
            var k = strict ? j : skipPunct(j, ",")  // "March, 6th 2016" only when resolving
            k = skipWord(k, "the")
            if !monthOnly, let (d, l) = dayNumber(k) ?? ordinalWord(k), d <= 31, !(isNumber(k) && t[k].digits == 4) {
                // not "May 2019" (handled below) and not a time "8:30"
                spec.day = d
                var end = l
                let c = skipPunct(l, ",")
                if let (y, l2) = yearNumber(c, allowShort: !strict || c != l) {
                    // "Aug 9 96", "Aug 9, 96"
                    if !(t[c].kind == .number && t[c].digits == 2 && strict) {
                        spec.year = y; end = l2
                    }
                }
                finish(spec, end, hasDay: true, ambiguous: amb)
            }
            // Month + year
            var spec2 = TimeDateSpec(month: m, weekday: nil)
            let k2 = isWord(j, "of") ? j + 1 : skipPunct(j, ",")
            if let (y, l) = yearNumber(k2) ?? spelledYear(k2) {
                spec2.year = y
                if weekday == nil { finish(spec2, l, hasDay: false, ambiguous: amb) }
            }
            if weekday == nil {
                spec2.year = nil
                finish(spec2, j, hasDay: false, ambiguous: amb)
            }
        }
        if monthOnly { return best }
        // Day first: "8 March", "8th of March", "the 8th of March 2025", "Twenty-fourth of May", "14april 2015"
        do {
            let k = skipWord(start, "the")
            if let (d, l) = dayNumber(k) ?? ordinalWord(k), d <= 31 {
                var m0 = l
                if isWord(l, "of") { m0 = l + 1 }
                else if isPunct(l, "-") && !strict { m0 = l + 1 }
                if let (m, j, amb) = monthWord(m0) {
                    var spec = TimeDateSpec(month: m, day: d, weekday: weekday)
                    var end = j
                    let c = skipPunct(j, ",")
                    let c2 = isPunct(c, "-") && !strict && !t[c].space && c + 1 < t.count && !t[c + 1].space ? c + 1 : c
                    if let (y, l2) = yearNumber(c2, allowShort: !strict || c2 != j) ?? spelledYear(c2) {
                        spec.year = y; end = l2
                    }
                    finish(spec, end, hasDay: true, ambiguous: amb)
                }
            }
        }
        // Year first: "2018 March 18"
        if weekday == nil, let (y, l) = yearNumber(start), let (m, j, _) = monthWord(l), let (d, e) = dayNumber(j) {
            best = TimeParser.longest(best, (.spec(TimeDateSpec(year: y, month: m, day: d)), e))
        }
        // Weekday + day of month: "Tuesday the 19th", "Thu 15th"
        if let wd = weekday, start > i0 {
            let k = skipWord(start, "the")
            // "Friday 27" (a bare number right after the weekday) when no word of the sentence follows it
            if let (d, l) = dayNumber(k, needOrdinal: strict || k == start) ?? dayNumber(k),
               monthWord(l) == nil, !isWord(l, "of"), k != start || t[k].ordinal || bareDayEnds(l) {
                if !strict || wdFull { finish(TimeDateSpec(day: d, weekday: wd), l, hasDay: true, ambiguous: false) }
            }
        }
        return best
    }

    /// Nothing after a bare day number ("Friday 27") makes it a count: no lower-case word ("27 people"), no
    /// number or separator ("27-30", "27.5").
    func bareDayEnds(_ j: Int) -> Bool {
        guard j < t.count else { return true }
        if t[j].kind == .number { return false }
        if t[j].kind == .word { return t[j].cap }
        return !(isPunct(j, "-") || isPunct(j, "/") || isPunct(j, ".") && isNumber(j + 1) || isPunct(j, ":") || isPunct(j, "%"))
    }

    // MARK: weekdays

    func weekdayExpr(_ i0: Int) -> Result? {
        var i = i0
        var sel: TimeWeekdaySelection = .preferred
        switch codeAt(i) {
        case "last", "past", "previous": sel = .week(-1); i += 1
        case "next": sel = .week(1); i += 1
        case "this":
            if isWord(i + 1, "coming") || isWord(i + 1, "upcoming") { sel = .coming; i += 2 }
            else if isWord(i + 1, "past") { sel = .recent; i += 2 }
            else { sel = .thisWeek; i += 1 }
        case "coming", "upcoming": sel = .coming; i += 1
        case "the":
            switch codeAt(i + 1) {
            case "following", "next": sel = .anchorNext; i += 2
            case "previous", "preceding", "prior": sel = .anchorPrevious; i += 2
            default: return nil
            }
        default: break
        }
        // "last week's Sunday"
        if case .week = sel, isWord(i, "week"), t[i].possessive, let (d, j, _) = weekdayWord(i + 1) {
            return (.weekday(d, sel), j)
        }
        if sel == .thisWeek, isWord(i, "week"), t[i].possessive, let (d, j, _) = weekdayWord(i + 1) {
            return (.weekday(d, .week(0)), j)
        }
        guard let (d, j0, full) = weekdayWord(i) else { return nil }
        if strict && !full { return nil }
        var j = j0
        if t[i].possessive { return (.weekday(d, sel), j) }
        if sel == .preferred {
            if isWord(j, "after"), isWord(j + 1, "next") { return (.weekday(d, .afterNext), j + 2) }
            if isWord(j, "before"), isWord(j + 1, "last") { return (.weekday(d, .beforeLast), j + 2) }
            // "Wednesday of next week", "Saturday last week", "Tuesday, next week", "Sunday from last week"
            var k = skipPunct(j, ",")
            if isWord(k, "of") || isWord(k, "from") { k += 1 }
            k = skipWord(k, "the")
            if isWord(k + 1, "week") {
                switch codeAt(k) {
                case "last", "past", "previous": return (.weekday(d, .week(-1)), k + 2)
                case "this", "current": return (.weekday(d, .week(0)), k + 2)
                case "next", "coming": return (.weekday(d, .week(1)), k + 2)
                case "following": return (.weekday(d, .anchorNext), k + 2)
                default: break
                }
            }
        }
        if WordLists.dayParts.contains(wordAt(j)), !strict || !t[j].cap { j += 1 }
        else if strict, sel == .preferred, i == i0, !supported(i0), j < t.count, t[j].kind == .word, t[j].cap,
                monthAt(j) == nil, weekdayAt(j) == nil {
            // "Sunday Times", "Monday Night Football": part of a name.
            return nil
        }
        return (.weekday(d, sel), j)
    }

    // MARK: relative days and units

    func relDay(_ i: Int) -> Result? {
        var r: Result? = nil
        switch codeAt(i) {
        // "the Today programme", "the Tonight Show", "a USA Today poll": a name
        case "today", "tonight": if !isWord(i - 1, "the") && !(isWord(i - 1, "usa") && t[i].cap) { r = (.day(0, anchor: false), i + 1) }
        case "now": if !strict { r = (.day(0, anchor: false), i + 1) }
        case "yesterday": r = (.day(-1, anchor: false), i + 1)
        case "tomorrow", "tomorrows": r = (.day(1, anchor: false), i + 1)
        case "this":
            if WordLists.dayParts.contains(wordAt(i + 1)) && !isWord(i + 1, "night") { r = (.day(0, anchor: false), i + 2) }
        case "last":
            // "the last night of the campaign" is the final one of something, not yesterday's
            if isWord(i + 1, "night"), !isWord(i - 1, "the") { r = (.day(-1, anchor: false), i + 2) }
        case "the", "day":
            let k = skipWord(i, "the")
            if isWord(k, "day") {
                if isWord(k + 1, "after"), isWord(k + 2, "tomorrow") { r = (.day(2, anchor: false), k + 3) }
                else if isWord(k + 1, "before"), isWord(k + 2, "yesterday") { r = (.day(-2, anchor: false), k + 3) }
            } else if k > i, isWord(k, "night") || isWord(k, "evening") || isWord(k, "morning"), isWord(k + 1, "before") {
                r = (.day(-1, anchor: true), k + 2)
            } else if k > i, isWord(k, "next") || isWord(k, "following"), WordLists.dayParts.contains(wordAt(k + 1)) {
                r = (.day(1, anchor: true), k + 2)
            }
        case "later", "earlier":
            if isWord(i + 1, "that"), isWord(i + 2, "day") || isWord(i + 2, "morning") || isWord(i + 2, "evening") || isWord(i + 2, "night") {
                r = (.day(0, anchor: true), i + 3)
            }
        default: break
        }
        if let (e, j) = r, case .day(let k, false) = e, k != 0 || isWord(i, "today") {
            if WordLists.dayParts.contains(wordAt(j)) { return (e, j + 1) }
        }
        return r
    }

    func unitWord(_ i: Int) -> TimeUnit? {
        // every unit word is a core word: other tokens skip the comparisons
        guard i >= 0, i < t.count, t[i].lex & TimeLexicon.core != 0 else { return nil }
        switch codeAt(i) {
        case "day": return .day
        case "week", "wk": return .week
        case "month": return .month
        case "year", "yr": return .year
        case "quarter": return .quarter
        case "decade": return .decade
        default: return nil
        }
    }

    func unit(_ i: Int) -> (TimeUnit, Int)? {
        guard let u = TimeLexicon.unitWords[wordAt(i)] else { return nil }
        if isWord(i, "mon") && isPunct(i + 1, ".") { return nil }
        return (u, i + 1)
    }

    func unitRelative(_ i: Int) -> Result? {
        let s = wordAt(i)
        var k = i
        var off = 0
        var anchor = false
        switch s {
        case "this", "current":
            k = i + 1
            if isWord(k, "coming") || isWord(k, "upcoming") { off = 1; k += 1 }
            else if isWord(k, "past") { off = -1; k += 1 }
        case "last", "past", "previous": off = -1; k = i + 1
        case "next", "coming", "upcoming": off = 1; k = i + 1
        case "following": off = 1; anchor = true; k = i + 1
        case "that": anchor = true; k = i + 1
        case "the":
            switch codeAt(i + 1) {
            case "past", "last": off = -1; k = i + 2
            case "coming", "upcoming": off = 1; k = i + 2
            case "current": k = i + 2
            case "following", "next": off = 1; anchor = true; k = i + 2
            case "previous", "preceding", "prior": off = -1; anchor = true; k = i + 2
            case "same": anchor = true; k = i + 2
            default:
                // "the weekend": the nearest one in the preferred direction.
                if isWord(i + 1, "weekend") { return (.weekend(nil), i + 2) }
                // "the day before", "the week after"
                if let u = unitWord(i + 1) {
                    if isWord(i + 2, "before") && !isWord(i + 3, "yesterday") {
                        return u == .day ? (.day(-1, anchor: true), i + 3) : (.unit(u, -1, anchor: true), i + 3)
                    }
                    if isWord(i + 2, "after") && !isWord(i + 3, "tomorrow") {
                        return u == .day ? (.day(1, anchor: true), i + 3) : (.unit(u, 1, anchor: true), i + 3)
                    }
                }
                return nil
            }
        default: return nil
        }
        if isWord(k, "weekend") {
            if anchor { return nil }
            return (.weekend(off), k + 1)
        }
        // "That afternoon, ...": a part of the day the story is on
        if s == "that", WordLists.dayParts.contains(wordAt(k)) { return (.day(0, anchor: true), k + 1) }
        guard let u = unitWord(k) else { return nil }
        if t[k].possessive && weekdayAt(k + 1) != nil { return nil }
        if u == .day {
            if !anchor || (s == "that" && off != 0) { return nil }
            if s == "the" && codeAt(i + 1) == "same" || s == "that" { return (.day(0, anchor: true), k + 1) }
            return (.day(off, anchor: true), k + 1)
        }
        if s == "this", isWord(k + 1, "of") { return nil }  // "this week of talks": not a date
        if u == .decade, off == -1, !anchor { return (.span(-10, .year), k + 1) }  // "the past decade": ten years
        return (.unit(u, off, anchor: anchor), k + 1)
    }

    // MARK: shifts and spans

    /// "two days after the attack": in running text the shift is from an event we cannot date, not from the
    /// previous discourse date, so it is no mention. At the end of a clause ("two days after,") it is.
    func eventFollows(_ j: Int) -> Bool {
        guard strict, j < t.count else { return false }
        if t[j].kind == .word { return true }
        return isPunct(j, "'") || isPunct(j, "\"")
    }

    /// "the highest level in 24 years", "the first time in a decade": in running text, "in N years" after a
    /// superlative is a span reaching back to now, not a date N years on.
    func afterSuperlative(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 6 {
            if isPunct(k, "-") { k -= 1; continue }
            guard t[k].kind == .word else { return false }
            let w = words[k]
            if TimeParser.superlatives.contains(w) { return true }
            if w.utf8.count >= 6 && w.hasByteSuffix("est") && !TimeParser.estWords.contains(w) { return true }
            k -= 1
        }
        return false
    }
    static let superlatives: WordSet = ["best", "worst", "first", "second", "third", "most", "least", "record", "only", "fewest"]
    /// Words ending in "-est" that are no superlatives.
    static let estWords: WordSet = ["interest", "protest", "request", "harvest", "forest", "modest", "honest", "arrest",
                                    "contest", "suggest", "invest", "digest", "earnest", "conquest", "inquest", "manifest",
                                    "midwest", "northwest", "southwest"]

    func shiftExpr(_ i: Int) -> Result? {
        var best: Result? = nil
        if isWord(i, "in"), let (n, j) = quantity(i + 1), let (u, k) = unit(j), !(strict && afterSuperlative(i)) {
            best = (.shift(n, u, base: nil, anchor: false), k)
        }
        if isWord(i, "within"), let (n, j) = quantity(i + 1), let (u, k) = unit(j), !(strict && (isWord(k, "of") || isWord(k, "after"))) {
            // "within two weeks": from the reference to two weeks on.
            best = (.interval(.day(0, anchor: false), .shift(n, u, base: nil, anchor: false)), k)
        }
        if isWord(i, "after"), let (n, j) = quantity(i + 1), let (u, k) = unit(j) {
            best = TimeParser.longest(best, (.shift(n, u, base: nil, anchor: true), k))
        }
        guard let (n, j) = quantity(i) else { return best }
        if let wd = TimeLexicon.weekdayPlurals[wordAt(j)] {
            let k = j + 1
            if isWord(k, "ago") || isWord(k, "back") { best = TimeParser.longest(best, (.weekdayCount(-n, wd), k + 1)) }
            if isWord(k, "from"), isWord(k + 1, "now") || isWord(k + 1, "today") { best = TimeParser.longest(best, (.weekdayCount(n, wd), k + 2)) }
            if isWord(k, "hence") { best = TimeParser.longest(best, (.weekdayCount(n, wd), k + 1)) }
            return best
        }
        guard let (u, k) = unit(j) else { return best }
        if t[j].possessive { return best }
        switch codeAt(k) {
        case "ago", "back":
            var r: Result = (.shift(-n, u, base: nil, anchor: false), k + 1)
            if let (b, l) = relDay(k + 1) { r = (.shift(-n, u, base: b, anchor: false), l) }
            best = TimeParser.longest(best, r)
        case "hence":
            best = TimeParser.longest(best, (.shift(n, u, base: nil, anchor: false), k + 1))
        case "later", "afterwards", "afterward", "after", "on":
            if codeAt(k) == "on" && strict { break }
            if codeAt(k) == "after" || codeAt(k) == "on", let (b, l) = singleExpression(k + 1, prep: true) {
                if codeAt(k) == "after" { best = TimeParser.longest(best, (.shift(n, u, base: b, anchor: false), l)) }
            }
            if codeAt(k) != "on" || !strict, !(codeAt(k) == "after" && eventFollows(k + 1)) {
                best = TimeParser.longest(best, (.shift(n, u, base: nil, anchor: true), k + 1))
            }
        case "earlier", "before", "prior":
            if codeAt(k) == "before", let (b, l) = singleExpression(k + 1, prep: true) {
                best = TimeParser.longest(best, (.shift(-n, u, base: b, anchor: false), l))
            }
            if codeAt(k) == "prior", isWord(k + 1, "to"), let (b, l) = singleExpression(k + 2, prep: true) {
                best = TimeParser.longest(best, (.shift(-n, u, base: b, anchor: false), l))
            }
            if !((codeAt(k) == "before" || codeAt(k) == "prior") && eventFollows(k + 1)) {
                best = TimeParser.longest(best, (.shift(-n, u, base: nil, anchor: true), k + 1))
            }
        case "from":
            if isWord(k + 1, "now") { best = TimeParser.longest(best, (.shift(n, u, base: nil, anchor: false), k + 2)) }
            else if let (b, l) = singleExpression(k + 1, prep: true) {
                best = TimeParser.longest(best, (.shift(n, u, base: b, anchor: false), l))
            }
        default: break
        }
        return best
    }

    func spanExpr(_ i: Int) -> Result? {
        var k = skipWord(i, "the")
        var sign = 0
        switch codeAt(k) {
        case "last", "past", "previous": sign = -1
        case "next", "coming", "upcoming", "following": sign = 1
        default: return nil
        }
        k += 1
        // "the next few days": a span from tomorrow, "few" read as three (a point in time "a few days ago" stays
        // refused: it names no day)
        let few: (Int, Int)? = isWord(k, "few") ? (3, k + 1) : nil
        guard let (n, j) = few ?? quantity(k), !isWord(k, "a"), !isWord(k, "an") else { return nil }
        guard let (u, l) = unit(j), wordAt(j).hasByteSuffix("s") || n == 1 else { return nil }
        return (.span(sign * n, u), l)
    }

    // MARK: parts, seasons, quarters, years

    func partExpr(_ i: Int) -> Result? {
        var part: TimePart
        var k: Int
        let s = wordAt(i)
        switch s {
        case "early": part = .early; k = i + 1
        case "mid", "middle": part = .mid; k = i + 1
        case "late": part = .late; k = i + 1
        default:
            let j = skipWord(i, "the")
            switch codeAt(j) {
            case "beginning", "start": part = .beginning
            case "end": part = .end
            case "middle": part = .mid
            case "first", "second":
                // "the first half of 2024", "the second half of the year"
                guard j > i, isWord(j + 1, "half") else { return nil }
                part = codeAt(j) == "first" ? .firstHalf : .secondHalf
                guard isWord(j + 2, "of") else { return nil }
                return partBase(part, j + 3, article: false)
            case "early", "late", "mid":
                // "the early 1990s", "the mid-1990s"
                part = codeAt(j) == "early" ? .early : (codeAt(j) == "late" ? .late : .mid)
                k = isPunct(j + 1, "-") ? j + 2 : j + 1
                return partBase(part, k, article: true)
            default: return nil
            }
            guard isWord(j + 1, "of") else { return nil }
            k = j + 2
        }
        if isPunct(k, "-") { k += 1 }
        if isWord(k, "of") && (s == "middle") { k += 1 }
        return partBase(part, k, article: false)
    }

    func partBase(_ part: TimePart, _ k0: Int, article: Bool) -> Result? {
        var best: Result? = nil
        let k = isWord(k0, "around") ? k0 + 1 : k0
        if !article, part == .early || part == .late {
            // "early Monday", "late last night", "early today": the day itself.
            if let r = weekdayExpr(k) ?? relDay(k) { return r }
        }
        if let (e, j) = calendarDate(k, prep: true, monthOnly: true), case .spec(let sp) = e, sp.day == nil { best = (e, j) }
        best = TimeParser.longest(best, yearExpr(k, prep: true))
        best = TimeParser.longest(best, unitRelative(k))
        best = TimeParser.longest(best, seasonExpr(k))
        best = TimeParser.longest(best, quarterExpr(k))
        // "the end of the month", "end of month", "the beginning of the year", "end of the week"
        let j = skipWord(k, "the")
        if let u = unitWord(j), u != .day, !isWord(j + 1, "of") {
            best = TimeParser.longest(best, (.unit(u, 0, anchor: false), j + 1))
        }
        guard let (e, end) = best else { return nil }
        if case .spec(let sp) = e, sp.day != nil { return nil }
        return (.part(part, e), end)
    }

    static let seasonWords: WordMap<Int> = ["spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3]

    func seasonExpr(_ i0: Int) -> Result? {
        var i = skipWord(i0, "the")
        var sel: TimeYearSelection = .preferred
        var modified = false
        switch codeAt(i) {
        case "last", "past", "previous": sel = .lastCompleted; i += 1; modified = true
        case "this", "current":
            if isWord(i + 1, "coming") { sel = .coming; i += 2 } else if isWord(i + 1, "past") { sel = .lastCompleted; i += 2 } else { sel = .current; i += 1 }
            modified = true
        case "next", "coming", "upcoming": sel = .coming; i += 1; modified = true
        default: break
        }
        guard let sn = TimeParser.seasonWords[wordAt(i)] else { return nil }
        var end = i + 1
        if !modified, let (s, j) = yearSelSuffix(end) {
            switch s {
            case .offset(let k): sel = k < 0 ? .lastCompleted : (k == 0 ? .current : .coming)
            default: sel = s
            }
            end = j
            modified = true
        }
        // "the 2019 summer" not supported; "summer 2019" handled above.
        if strict && !modified {
            let word = wordAt(i)
            if word == "fall" || word == "spring" || i0 == i { return nil }
        }
        return (.season(sn, sel), end)
    }

    func quarterExpr(_ i0: Int) -> Result? {
        // "H1 2024", "H2"
        if isWord(i0, "h"), capitalisationAllows(i0), isNumber(i0 + 1), !t[i0 + 1].space, t[i0 + 1].digits == 1, (1...2).contains(t[i0 + 1].value) {
            var end = i0 + 2
            var e: TimeExpression = .unit(.year, 0, anchor: false)
            if let (s, j) = yearSelSuffix(end) {
                end = j
                switch s {
                case .explicit(let y): e = .year(y)
                case .offset(let k): e = .unit(.year, k, anchor: false)
                default: return nil
                }
            } else if strict {
                return nil
            }
            return (.part(t[i0 + 1].value == 1 ? .firstHalf : .secondHalf, e), end)
        }
        // "Q3", "Q3 2024", "Q3 of 2024"
        if isWord(i0, "q"), capitalisationAllows(i0), isNumber(i0 + 1), !t[i0 + 1].space, (1...4).contains(t[i0 + 1].value), t[i0 + 1].digits == 1 {
            var sel: TimeYearSelection = .preferred
            var end = i0 + 2
            if let (s, j) = yearSelSuffix(end) { sel = s; end = j }
            return (.quarter(t[i0 + 1].value, sel), end)
        }
        var i = skipWord(i0, "the")
        var q = 0
        if isNumber(i), t[i].ordinal, (1...4).contains(t[i].value) { q = t[i].value; i += 1 }
        else if let (v, j) = ordinalWord(i), (1...4).contains(v) { q = v; i = j }
        else if isWord(i, "last") || isWord(i, "final") { q = 4; i += 1 }
        else { return nil }
        guard isWord(i, "quarter") else { return nil }
        var end = i + 1
        var sel: TimeYearSelection = .preferred
        if let (s, j) = yearSelSuffix(end) { sel = s; end = j }
        if strict, i0 == skipWord(i0, "the"), sel == .preferred { return nil }
        return (.quarter(q, sel), end)
    }

    func yearExpr(_ i0: Int, prep: Bool) -> Result? {
        var i = i0
        var context = prep
        if isWord(i, "the"), isWord(i + 1, "year") { i += 2; context = true }
        if isWord(i, "the"), isNumber(i + 1) && t[i + 1].decade || isPunct(i + 1, "'") { i += 1; context = true }
        if isWord(i, "fiscal") || isWord(i, "calendar") { i += 1; context = true }
        if i < t.count, t[i].kind == .number, t[i].decade, !t[i].ordinal {
            let v = t[i].value
            if t[i].digits == 4, v % 10 == 0, v >= 1000, v <= 2990 {
                if strict && !(isWord(i - 1, "the") || prep || context) { return nil }
                return (.decade(v), i + 1)
            }
            if t[i].digits == 2, v % 10 == 0, !strict || isWord(i - 1, "the") { return (.decade(v), i + 1) }
            return nil
        }
        if isPunct(i, "'"), isNumber(i + 1), t[i + 1].decade, t[i + 1].digits == 2, t[i + 1].value % 10 == 0 {
            return (.decade(t[i + 1].value), i + 2)
        }
        if let (y, j) = yearNumber(i), !isPunct(i, "'") {
            if strict {
                guard context || i > i0 else { return nil }
                guard y >= 1800 && y <= 2099 else { return nil }
                if WordLists.percentPeople.contains(wordAt(j)) { return nil }
                // A round number followed by a noun is a quantity: "in 2000 cases", "by 1900 votes".
                if y % 100 == 0, j < t.count, t[j].kind == .word, !t[j].cap, t[j].lex == 0,
                   !WordLists.theA.contains(wordAt(j)) {
                    return nil
                }
            }
            return (.year(y), j)
        }
        if !strict, let (y, j) = spelledYear(i) { return (.year(y), j) }
        return nil
    }

    /// "nineteen ninety-one", "two thousand ten", "twenty ten", "two thousand".
    func spelledYear(_ i: Int) -> (Int, Int)? {
        if strict { return nil }
        guard let first = cardinalAt(i) else { return nil }
        if first == 2, isWord(i + 1, "thousand") {
            var j = i + 2
            j = skipWord(j, "and")
            if let (n, k) = quantity(j), n < 100, !isWord(j, "a"), !isWord(j, "an") { return (2000 + n, k) }
            return (2000, i + 2)
        }
        guard (10...20).contains(first) else { return nil }
        let j = i + 1
        if isWord(j, "hundred") { return (first * 100, j + 1) }
        if isWord(j, "oh"), let u = cardinalAt(j + 1), u < 10 { return (first * 100 + u, j + 2) }
        if let (n, k) = quantity(j), n >= 10, n < 100, !isWord(j, "a"), !isWord(j, "an") { return (first * 100 + n, k) }
        return nil
    }

    // MARK: holidays

    func holidayName(_ i: Int) -> (TimeHoliday, Int)? {
        func day(_ h: TimeHoliday, _ j: Int) -> (TimeHoliday, Int) { (h, skipWord(j, "day")) }
        let s = wordAt(i)
        guard !s.isEmpty else { return nil }
        if strict && !t[i].cap && s != "new" { return nil }
        switch s {
        case "christmas", "xmas":
            if isWord(i + 1, "eve") { return (.christmasEve, i + 2) }
            return day(.christmas, i + 1)
        case "new":
            if isWord(i + 1, "year") || isWord(i + 1, "years") {
                if isWord(i + 2, "eve") { return (.newYearsEve, i + 3) }
                if isWord(i + 2, "day") { return (.newYearsDay, i + 3) }
            }
            return nil
        case "valentine", "valentines": return day(.valentines, i + 1)
        case "halloween": return (.halloween, i + 1)
        case "thanksgiving": return day(.thanksgiving, i + 1)
        case "black": return isWord(i + 1, "friday") ? (.blackFriday, i + 2) : nil
        case "mlk":
            var j = i + 1
            if isWord(j, "jr") { j = skipPunct(j + 1, ".") }
            return isWord(j, "day") ? (.mlkDay, j + 1) : nil
        case "martin":
            guard isWord(i + 1, "luther"), isWord(i + 2, "king") || isWord(i + 2, "kings") else { return nil }
            var j = i + 3
            if isWord(j, "jr") { j = skipPunct(j + 1, ".") }
            return isWord(j, "day") ? (.mlkDay, j + 1) : nil
        case "civil": return isWord(i + 1, "rights") && isWord(i + 2, "day") ? (.mlkDay, i + 3) : nil
        case "easter":
            if isWord(i + 1, "monday") { return (.easterMonday, i + 2) }
            if isWord(i + 1, "sunday") { return (.easter, i + 2) }
            return day(.easter, i + 1)
        case "good": return isWord(i + 1, "friday") ? (.goodFriday, i + 2) : nil
        case "mother", "mothers": return isWord(i + 1, "day") ? (.mothersDay, i + 2) : nil
        case "father", "fathers": return isWord(i + 1, "day") ? (.fathersDay, i + 2) : nil
        case "memorial": return isWord(i + 1, "day") ? (.memorialDay, i + 2) : nil
        case "labor", "labour": return isWord(i + 1, "day") ? (.laborDay, i + 2) : nil
        case "veterans", "veteran": return isWord(i + 1, "day") ? (.veteransDay, i + 2) : nil
        case "columbus": return isWord(i + 1, "day") ? (.columbusDay, i + 2) : nil
        case "boxing": return isWord(i + 1, "day") ? (.boxingDay, i + 2) : nil
        case "independence": return isWord(i + 1, "day") ? (.independenceDay, i + 2) : nil
        case "election": return isWord(i + 1, "day") ? (.electionDay, i + 2) : nil
        case "presidents", "president": return isWord(i + 1, "day") ? (.presidentsDay, i + 2) : nil
        case "juneteenth": return (.juneteenth, i + 1)
        case "st", "saint":
            let j = skipPunct(i + 1, ".")
            switch codeAt(j) {
            case "patrick", "patricks", "paddy", "paddys": return day(.stPatricks, j + 1)
            case "valentine", "valentines": return day(.valentines, j + 1)
            default: return nil
            }
        default: return nil
        }
    }

    func holidayExpr(_ i0: Int) -> Result? {
        var i = i0
        var sel: TimeYearSelection = .preferred
        if let (s, j) = yearSelPrefix(i, calendar: false) { sel = s; i = j }
        guard let (h, j0) = holidayName(i) else { return nil }
        if strict {
            // In running text a holiday name must not be part of another name: "Easter Island",
            // "St. Patrick's Cathedral", "Valentine's card".
            let last = wordAt(j0 - 1)
            if (h == .stPatricks || h == .valentines) && last != "day" { return nil }
            if j0 < t.count, t[j0].kind == .word, t[j0].cap, monthAt(j0) == nil,
               weekdayAt(j0) == nil, last != "day", last != "eve" {
                return nil
            }
        }
        var end = j0
        if sel == .preferred, let (s, j) = yearSelSuffix(end) { sel = s; end = j }
        return (.holiday(h, sel), end)
    }

    // MARK: ordinals of periods

    func nthExpr(_ i0: Int) -> Result? {
        var i = skipWord(i0, "the")
        var n = 0
        var cardinalDay = false
        if isNumber(i), t[i].ordinal { n = t[i].value; i += 1 }
        else if let (v, j) = ordinalWord(i) { n = v; i = j }
        else if isWord(i, "last") || isWord(i, "final") { n = -1; i += 1 }
        else if !strict, isNumber(i), t[i].digits <= 2, isWord(i + 1, "of") { n = t[i].value; i += 1; cardinalDay = true }
        else { return nil }
        if n > 0, isWord(i, "last") || (isWord(i, "to") && isWord(i + 1, "last")) {
            n = -n; i = isWord(i, "to") ? i + 2 : i + 1
        }
        var kind: TimeNthKind = .day
        var implicitDay = false
        if let (d, j, full) = weekdayWord(i), !t[i].possessive {
            if strict && !full { return nil }
            kind = .weekday(d); i = j
        } else if isWord(i, "day") { kind = .day; i += 1 }
        else if isWord(i, "week") { kind = .week; i += 1 }
        else if isWord(i, "month") { kind = .month; i += 1 }
        else if n > 0 { implicitDay = true } else { return nil }
        if cardinalDay && !implicitDay { return nil }
        // "third tuesday after christmas 2014"
        if case .weekday(let d) = kind, n > 0, isWord(i, "after"), let (b, e) = singleExpression(i + 1, prep: true) {
            return (.nthAfter(n, d, b), e)
        }
        var k = i
        let hadOf = isWord(k, "of") || isWord(k, "in")
        if hadOf { k += 1 }
        if implicitDay && !hadOf { return nil }
        if strict && !hadOf { return nil }
        var best: Result? = nil
        if let (e, j) = calendarDate(k, prep: true, monthOnly: true), case .spec(let sp) = e, sp.day == nil, sp.month != nil {
            best = (e, j)
        }
        if !implicitDay {
            best = TimeParser.longest(best, yearExpr(k, prep: true))
            best = TimeParser.longest(best, seasonExpr(k))
            best = TimeParser.longest(best, quarterExpr(k))
        }
        best = TimeParser.longest(best, unitRelative(k))
        let j = skipWord(k, "the")
        if let u = unitWord(j), u == .month || u == .year || u == .week, !isWord(j + 1, "of") {
            best = TimeParser.longest(best, (.unit(u, 0, anchor: false), j + 1))
        }
        guard let (base, end) = best else { return nil }
        if implicitDay {
            guard n >= 1, n <= 31 else { return nil }
            // Only months: "the 20th of next month"
            switch base {
            case .unit(.month, _, _): break
            case .spec: return nil  // calendarDate handles "the 15th of February"
            default: return nil
            }
        }
        return (.nth(n, kind, base), end)
    }
}

/// The word lists this file tests words against, as sets (one lookup instead of a string comparison
/// per element).
private enum WordLists {
    static let atAround: WordSet = ["at", "around", "about", "by", "before", "after", "shortly"]
    static let noonMidnight: WordSet = ["noon", "midnight", "midday", "dawn", "dusk", "sunrise", "sunset"]
    static let etEst: WordSet = ["et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "gmt", "utc", "bst", "cet"]
    static let percentPeople: WordSet = ["percent", "people", "years", "persons", "votes", "units"]
    static let theA: WordSet = ["the", "a", "an", "it", "he", "she", "they", "we", "there", "when", "that", "was", "were", "is"]
    static let dayParts: WordSet = ["morning", "afternoon", "evening", "night"]
    static let thisThatLastNext: WordSet = ["this", "that", "last", "next"]
}
