/// A time expression found in a sentence, in document scalar offsets.
struct TimeSpot: Sendable {
    var start: Int
    var end: Int
    var text: String
    var isAnchorRelative: Bool
    /// "since late November", "until May": bounds an interval, not the time of an event.
    var isBound: Bool
    /// The expression as the scanner read it, so that resolving it does not parse its text again
    /// (nil for a date set by the article's header).
    var expression: TimeExpression? = nil
}

extension TimeSpot {
    /// "a decade ago", "five years ago", "two quarters earlier": a distance in years, quarters or decades from the
    /// reference, whose resolution (a month) is finer than what the text knows.
    var isYearsAway: Bool {
        guard case .shift(_, let unit, nil, _)? = expression else { return false }
        return unit == .year || unit == .decade || unit == .quarter
    }
}

/// Keeps the discourse date: the time of the events the article is telling, as set by expressions such as
/// "On March 8," or "Five weeks later", and resolves each claim's date against it.
struct TemporalAnchor {
    let normalizer: TimeNormalizer?
    /// The date that governs what follows, with the expression that set it.
    private(set) var current: (text: String, resolution: TimeResolution?)?

    /// The same reference read forward, for a month and day without a year that the past reading would put
    /// almost a year back (see ``resolve(_:)``).
    let ahead: TimeNormalizer?

    init(published: CivilDate?) {
        normalizer = published.map { TimeNormalizer(reference: $0, prefer: .past) }
        ahead = published.map { TimeNormalizer(reference: $0, prefer: .future) }
    }

    /// A day that, after "of", names the present age ("the journalist of today").
    static let presentDays: WordSet = ["today"]

    static let boundWords: WordSet = ["since", "until", "till", "through", "by", "from", "between", "before", "after", "to", "as of", "within", "for"]

    /// Time expressions in `text[start..<end]` (document offsets).
    static func spots(_ text: ScalarText, _ start: Int, _ end: Int) -> [TimeSpot] {
        guard start < end else { return [] }
        let base = Int(text.byteOffset[start])
        // each mention with its first and end byte, scanned on the document's own bytes
        let found = text.utf8.withUnsafeBufferPointer { all in
            TimeScanner.mentions(inBytes: UnsafeBufferPointer(rebasing: all[base..<Int(text.byteOffset[end])]))
        }
        var out: [TimeSpot] = []
        for (expression, first, last) in found {
            // byte offsets mapped back to scalar offsets
            let a = text.scalarOffset(ofByte: base + first, from: start)
            let b = text.scalarOffset(ofByte: base + last, from: a)
            // the word before the expression, and the expression's own first word
            var k = a - 1
            while k > start && ScalarText.isSpace(text.scalars[k]) { k -= 1 }
            var w = k
            while w > start && ScalarText.isAlnum(text.scalars[w - 1]) { w -= 1 }
            var f = a
            while f < b && text.scalars[f] != " " { f += 1 }
            var bound = (a > start && k >= w && w >= start && isWord(text, w, k + 1, in: boundWords)) || isWord(text, a, f, in: boundWords)
            // "the ambush journalist of today": the present age, not a day of the story
            if !bound, a > start, k >= w, w >= start, isWord(text, w, k + 1, in: ofWord), isWord(text, a, b, in: presentDays) { bound = true }
            // "after the June 7 primary", "until the July 25 vote", "in the wake of Sunday's attack": a date that
            // names another event, after a bounding word read through the article or "of"
            if !bound, a > start, k >= w, w > start, k - w < 3 {
                let through = isWord(text, w, k + 1, in: articles), of = isWord(text, w, k + 1, in: ofWord)
                if through || of, let (w2, k2) = wordBefore(text, w, start) {
                    bound = isWord(text, w2, k2 + 1, in: through ? boundWords : eventEdgeWords)
                }
            }
            // "in the March 15 primary", "before the Nov. 8 election": a date inside a noun phrase names another
            // event, as a bounding word's does
            if !bound, a > start, k >= w, w > start, isWord(text, w, k + 1, in: definiteArticle), startsNounAfter(text, b, end) {
                // (inside a prepositional phrase: "The Friday ruling was issued ..." tells its event)
                if let (w2, k2) = wordBefore(text, w, start) { bound = isWord(text, w2, k2 + 1, in: phrasePrepositions) }
            }
            // "over the winter service", "the summer camp": a season before a noun names the noun's kind, not a time
            if !bound, seasonBeforeNoun(text, a, b, end) { bound = true }
            // "said after meeting Thursday with the aides": the date of what a gerund after a bounding word tells
            if !bound, a > start, k >= w, w > start, text.scalars[k] == "g", k - w >= 3, isWord(text, k - 2, k + 1, in: ingEnding),
               let (w2, k2) = wordBefore(text, w, start) {
                bound = isWord(text, w2, k2 + 1, in: boundWords)
            }
            // "told ABC's This Week": a programme's name after a possessive, not a time
            if a > start, k == w, w > start, text.scalars[k] == "s", ScalarText.isApostrophe(text.scalars[w - 1]),
               ScalarText.isUpper(text.scalars[a]), isWord(text, a, f, in: deicticWords) { continue }
            out.append(TimeSpot(start: a, end: b, text: text.raw(a, b), isAnchorRelative: expression.isAnchorRelative, isBound: bound, expression: expression))
        }
        return out
    }

    /// The expression `text[a..<b]` ends with a season that a noun follows ("the winter service"; not "the winter
    /// months", "last summer the council ...").
    static func seasonBeforeNoun(_ text: ScalarText, _ a: Int, _ b: Int, _ end: Int) -> Bool {
        var w = b
        while w > a && ScalarText.isAlnum(text.scalars[w - 1]) { w -= 1 }
        guard w < b, isWord(text, w, b, in: seasons) else { return false }
        let next = wordAfter(text, b, end)
        return goesOnNounPhrase(text, next) && !isWord(text, next.lowerBound, next.upperBound, in: seasonPhraseGoesOn)
    }

    static let seasons = WordSet(TimeParser.seasonWords.keys)

    /// Words after a season that go on with the time, or start a clause: "the winter months", "last summer the ...".
    static let seasonPhraseGoesOn: WordSet = ["the", "a", "an", "months", "weeks", "days", "season", "break", "recess",
                                             "holidays", "session", "term", "its", "his", "her", "their", "our", "my"]

    /// The word before the one starting at scalar `w`, as its first and last scalar, when spaces part them and it
    /// starts at or after `start`.
    static func wordBefore(_ text: ScalarText, _ w: Int, _ start: Int) -> (Int, Int)? {
        var k2 = w - 1
        while k2 > start && ScalarText.isSpace(text.scalars[k2]) { k2 -= 1 }
        var w2 = k2
        while w2 > start && ScalarText.isAlnum(text.scalars[w2 - 1]) { w2 -= 1 }
        return k2 >= w2 && w2 >= start && k2 < w - 1 ? (w2, k2) : nil
    }

    /// Whether a lower-case word that goes on the noun phrase follows `text[b...]` ("the March 15 primary"), not a
    /// preposition, conjunction or adverb ("the Tuesday before", "the Friday when"), nor an occasion of speaking
    /// ("the Sunday news conference", "the Tuesday rally": the date of the words said there).
    static func startsNounAfter(_ text: ScalarText, _ b: Int, _ end: Int) -> Bool {
        goesOnNounPhrase(text, wordAfter(text, b, end))
    }

    /// The word after the spaces from `b` (before `end`), as scalar offsets; empty when none starts there.
    static func wordAfter(_ text: ScalarText, _ b: Int, _ end: Int) -> Range<Int> {
        var f = b
        while f < end && text.scalars[f] == " " { f += 1 }
        var g = f
        while g < end && ScalarText.isAlnum(text.scalars[g]) { g += 1 }
        return f..<g
    }

    /// ``startsNounAfter(_:_:_:)`` on the word `word` found after the date.
    static func goesOnNounPhrase(_ text: ScalarText, _ word: Range<Int>) -> Bool {
        let f = word.lowerBound, g = word.upperBound
        guard f < g, text.scalars[f].value >= 97 && text.scalars[f].value <= 122 else { return false }
        return !isWord(text, f, g, in: phraseEnders) && !isWord(text, f, g, in: ExtractionRun.speakingOccasions)
            && !isWord(text, f, g, in: speakingOccasionHeads)
    }

    static let definiteArticle: WordSet = ["the"]
    /// Prepositions before "the March 15 primary" that make it a phrase of its own, not the sentence's subject.
    static let phrasePrepositions: WordSet = ["in", "at", "on", "of", "for", "during", "from", "with", "to", "into", "over",
                                              "since", "like", "about", "despite", "ahead"]
    /// First words of occasions of speaking besides ``ExtractionRun/speakingOccasions`` ("news conference").
    static let speakingOccasionHeads: WordSet = ["news", "press", "message", "statement", "letter", "email", "remarks",
                                                 "appearance", "event", "town", "call", "campaign", "television", "radio"]

    /// Words after a date that do not go on its noun phrase.
    static let phraseEnders: WordSet = ["before", "after", "of", "and", "or", "but", "to", "that", "when", "as", "at", "in",
                                        "on", "for", "with", "by", "from", "while", "which", "who", "he", "she", "it",
                                        "they", "we", "i", "you", "was", "were", "is", "are", "had", "has", "have", "will",
                                        "would", "said", "says", "night", "morning", "afternoon", "evening", "last", "this",
                                        "next", "until", "through", "ahead", "earlier", "later", "also"]

    /// Articles read through before a bounding word ("after the June 7 primary"), and "of" ("in the wake of").
    static let articles: WordSet = ["the", "a", "an"]
    /// The ending of a gerund ("after meeting Thursday").
    static let ingEnding: WordSet = ["ing"]
    /// First words of a time counted from now ("this week", "last month"), which in capitals after a possessive
    /// name a programme ("ABC's This Week").
    static let deicticWords: WordSet = ["this", "last", "next"]
    static let ofWord: WordSet = ["of"]

    /// Nouns of "in the wake of", "on the eve of", "ahead of", "in the aftermath of": the time around another
    /// event, not the time of the one told.
    static let eventEdgeWords: WordSet = ["wake", "aftermath", "eve", "ahead", "advance", "heels"]

    /// Whether `text[a..<b]`, lower-cased, is one of `words` (``boundWords``, ``articles``, ...): compared on the
    /// document's bytes (a word with a letter beyond ASCII is none of them), without making a string.
    static func isWord(_ text: ScalarText, _ a: Int, _ b: Int, in words: WordSet) -> Bool {
        let lo = Int(text.byteOffset[a]), hi = Int(text.byteOffset[b])
        guard hi > lo else { return false }
        return text.utf8.withUnsafeBufferPointer { all in
            withASCIILowercased(UnsafeBufferPointer(rebasing: all[lo..<hi])) { words.contains($0) } ?? false
        }
    }

    /// Resolves an expression against the published date, and relative ones against the discourse date.
    mutating func resolve(_ spot: TimeSpot) -> TimeResolution? { reading(spot).resolution }

    /// How an expression was read: its resolution, and the two ways a count from the story's time is held back.
    struct Reading {
        var resolution: TimeResolution?
        /// A time counted from a month or a year of the story ("In March 1999 ... two years later") is known to
        /// that grain at best, not to the day a count from its first day gives: it is widened to the month or the
        /// year, and read where it stands as its day would be.
        var widened = false
        /// Counted forward from a time of the story to after the publication date: no resolution (see
        /// ``reading(_:)``).
        var pastPublication = false
        /// The past day, where ``resolution`` is the coming one a month and day without a year was taken for
        /// ("the April 19 primary"): what a telling of that day in the past tense means ("said Jan. 12"). (A day, not
        /// a resolution: every expression read is copied with its reading.)
        var pastDay: CivilDate? = nil

        /// ``pastDay`` as a resolution of the same expression.
        var past: TimeResolution? {
            guard let d = pastDay, let r = resolution else { return nil }
            return TimeResolution(text: r.text, start: d, end: d, grain: .day)
        }
    }

    /// ``resolve(_:)`` with how the expression was read. Articles repeat their expressions ("on Tuesday", "last
    /// year"): each is parsed once per anchor.
    mutating func reading(_ spot: TimeSpot) -> Reading {
        guard let n = normalizer else { return Reading() }
        var anchor: CivilDate? = nil, anchorGrain = DateGrain.day
        if spot.isAnchorRelative, let a = current?.resolution { (anchor, anchorGrain) = (a.start, a.grain) }
        let key = ResolutionKey(text: spot.text, anchor: anchor, anchorGrain: anchorGrain)
        if let known = memo.entries[key] { return known }
        var r = Reading(resolution: spot.expression.map { n.resolve($0, text: spot.text, anchor: anchor) } ?? n.resolve(spot.text, anchor: anchor))
        if let counted = r.resolution, anchor != nil, Self.fineness(counted.grain) < Self.fineness(anchorGrain) {
            r = Reading(resolution: Self.widened(counted, to: anchorGrain), widened: true)
        }
        // counted from a past time of the story (or from the publication date) to after the publication date ("a
        // couple of years later" told of 1999 when the story's last time read is last Tuesday): the count is from a
        // time the text gives that was not read, and the article cannot tell of it as past. No date, and the story
        // has moved on from the one it told.
        if spot.isAnchorRelative, (anchor ?? n.reference) <= n.reference, let counted = r.resolution, counted.start > n.reference {
            r = Reading(pastPublication: true)
        }
        // "the April 19 primary" in an article of April 14: a month and day without a year that the past reading
        // puts more than 300 days back, when the coming one is at most 65 days ahead, is the coming one (a writer
        // gives the year of a day almost a year gone)
        if let past = r.resolution, past.grain == .day, case .spec(let d)? = spot.expression, d.day != nil,
           let next = comingReading(spot, past, back: 300, ahead: 65, anchor: anchor) {
            r.pastDay = past.start
            r.resolution = next
        }
        memo.entries[key] = r
        return r
    }

    /// A month, or a month and day, without a year in a clause that tells what is to come ("will put the state up
    /// for grabs in November", "the primary will take place on Aug. 30"): the coming one, when the past reading
    /// is more than four months back and the coming one at most eight months ahead. Nil when the past one stands.
    func coming(_ spot: TimeSpot, _ past: TimeResolution) -> TimeResolution? {
        guard past.grain == .month || past.grain == .day else { return nil }
        return comingReading(spot, past, back: 120, ahead: 245, anchor: nil)
    }

    /// The coming reading of a month (and day) written without a year, when its past reading `past` lies more than
    /// `back` days before the publication date and the coming one at most `limit` days after it; nil when the past
    /// one stands.
    private func comingReading(_ spot: TimeSpot, _ past: TimeResolution, back: Int, ahead limit: Int, anchor: CivilDate?) -> TimeResolution? {
        guard let n = normalizer, let e = spot.expression, case .spec(let d) = e, d.year == nil, d.month != nil,
              d.selection == .preferred, past.start < n.reference.adding(days: -back),
              let next = ahead?.resolve(e, text: spot.text, anchor: anchor), next.start <= n.reference.adding(days: limit) else { return nil }
        return next
    }

    /// How fine a grain is, from a day (0) to a decade: a season or a quarter as fine as each other.
    static func fineness(_ g: DateGrain) -> Int {
        switch g {
        case .day: 0
        case .week: 1
        case .month: 2
        case .quarter, .season: 3
        case .year: 4
        case .decade: 5
        }
    }

    /// `r` widened to the month or the year that holds its first day; nil for another grain (a week, a season),
    /// which holds no finer time the text gives.
    static func widened(_ r: TimeResolution, to grain: DateGrain) -> TimeResolution? {
        let interval: ResolvedTimeInterval
        switch grain {
        case .month: interval = TimeContext.month(r.start)
        case .year: interval = TimeContext.year(r.start.year)
        default: return nil
        }
        return TimeResolution(text: r.text, start: interval.start, end: interval.end, grain: interval.grain)
    }

    private struct ResolutionKey: Hashable { var text: String; var anchor: CivilDate?; var anchorGrain: DateGrain }
    /// The resolutions made so far. A resolution depends only on the expression, its anchor (its day and grain) and
    /// the published date, never on the discourse date otherwise, so a copy of the anchor (the extractor saves one
    /// per paragraph to restore) shares this memo instead of copying the dictionary on its next write.
    private final class Memo { var entries: [ResolutionKey: Reading] = [:] }
    private let memo = Memo()

    /// The grain of `spot`'s expression ("this week": a week) when the article gives no publication date to
    /// resolve it against: resolved against a stand-in day, whose choice changes no grain.
    static func grain(of spot: TimeSpot) -> DateGrain? {
        (spot.expression.map { standIn.resolve($0, text: spot.text) } ?? standIn.resolve(spot.text))?.grain
    }

    private static let standIn = TimeNormalizer(reference: CivilDate(year: 2001, month: 6, day: 15)!, prefer: .past)

    /// Moves the discourse date to `spot`.
    mutating func set(_ spot: TimeSpot, _ r: TimeResolution?) {
        if normalizer != nil && r == nil { return }
        current = (spot.text, r)
    }
}
