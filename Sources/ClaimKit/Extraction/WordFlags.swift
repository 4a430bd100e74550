/// Word classes of the lexicon as bits, looked up once per token (one hash instead of many).
enum WordFlag {
    static let stop: UInt32 = 1 << 0
    static let title: UInt32 = 1 << 1
    static let cue: UInt32 = 1 << 2
    static let month: UInt32 = 1 << 3
    static let weekday: UInt32 = 1 << 4
    static let comparative: UInt32 = 1 << 5
    static let event: UInt32 = 1 << 6
    static let hedge: UInt32 = 1 << 7
    static let numberWord: UInt32 = 1 << 8
    static let leftSkip: UInt32 = 1 << 9
    static let orgWord: UInt32 = 1 << 10
    static let titleStem: UInt32 = 1 << 11
    /// Words that may be part of a time expression (a sentence without any is not scanned for dates).
    static let timeHint: UInt32 = 1 << 12
    /// Words that start a reporting phrase other than a verb ("according", "gave the answer", "made the case").
    static let cueStarter: UInt32 = 1 << 13
    /// Verbs that characterise in the speaker's words ("called it “...”"): see `Lexicon.evaluative`.
    static let evaluative: UInt32 = 1 << 14
    // Membership of the lexicon's closed word classes, one bit each (`Lexicon.X.contains(token)`).
    static let connective: UInt32 = 1 << 15
    static let subjectPronoun: UInt32 = 1 << 16
    static let objectPronoun: UInt32 = 1 << 17
    static let possessivePronoun: UInt32 = 1 << 18
    static let preposition: UInt32 = 1 << 19
    static let subordinator: UInt32 = 1 << 20
    static let auxiliary: UInt32 = 1 << 21
    static let determiner: UInt32 = 1 << 22
    static let irregularPast: UInt32 = 1 << 23
    static let beVerb: UInt32 = 1 << 24
    static let abbreviation: UInt32 = 1 << 25
    static let male: UInt32 = 1 << 26
    static let female: UInt32 = 1 << 27
    static let nameParticle: UInt32 = 1 << 28
    static let orgHead: UInt32 = 1 << 29
    static let frontAdverb: UInt32 = 1 << 30
    /// Set by the tokenizer, not the lexicon: the word holds a hyphen-minus ("al-Assad", "vice-chair").
    static let hyphenated: UInt32 = 1 << 31
    static let timeWords: [String] = ["today", "tonight", "yesterday", "tomorrow", "week", "weeks", "month", "months",
                                      "year", "years", "day", "days", "morning", "afternoon", "evening", "night",
                                      "weekend", "ago", "later", "earlier", "decade", "decades", "century", "spring",
                                      "summer", "autumn", "winter", "quarter", "hour", "hours", "noon", "midnight",
                                      "christmas", "easter", "fortnight", "jan", "feb", "mar", "apr", "jun", "jul",
                                      "aug", "sep", "sept", "oct", "nov", "dec"]

    /// Every lexicon word with its flags, and common punctuation (no flags) so that the tokenizer can reuse
    /// the table's strings for it too.
    static let table: WordTable<UInt32> = {
        var t: [String: UInt32] = [:]
        func mark<S: Sequence>(_ words: S, _ f: UInt32) where S.Element == String { for w in words { t[w, default: 0] |= f } }
        let stops = Lexicon.determiners.union(Lexicon.subordinators).union(Lexicon.prepositions).union(Lexicon.subjectPronouns)
            .union(Lexicon.possessivePronouns).union(Lexicon.leadingConnectives).union(Lexicon.auxiliaries).union(Lexicon.weekdays)
            .union(["so", "asked", "why", "what"]).union(Lexicon.cues.keys)
        mark(stops, stop)
        mark(Lexicon.titleWords, title)
        mark(Lexicon.cues.keys, cue)
        mark(Lexicon.months, month)
        mark(Lexicon.weekdays, weekday)
        mark(Checkworthiness.comparatives, comparative)
        mark(Checkworthiness.eventVerbs, event)
        mark(Checkworthiness.hedges, hedge)
        mark(Checkworthiness.numberWordSet, numberWord)
        mark(AttributionFinder.leftSkip, leftSkip)
        mark(Lexicon.orgWords, orgWord)
        mark(Lexicon.evaluative.keys, cueStarter | evaluative)
        mark(["according", "words", "put", "puts", "make", "makes", "made", "making", "gave", "offered", "provided", "delivered", "gives", "offers", "provides"], cueStarter)
        mark(Lexicon.leadingConnectives, connective)
        mark(Lexicon.subjectPronouns, subjectPronoun)
        // "told reporters he’d support ...": a subject pronoun with a contracted auxiliary still opens a clause
        for p in ["he", "she", "they", "we", "i", "you"] {
            for tail in ["’d", "'d", "’s", "'s", "’ll", "'ll", "’re", "'re", "’ve", "'ve", "’m", "'m"] where Lexicon.contractionTails(p).contains(tail) {
                t[p + tail, default: 0] |= subjectPronoun
            }
        }
        mark(Lexicon.objectPronouns, objectPronoun)
        mark(Lexicon.possessivePronouns, possessivePronoun)
        mark(Lexicon.prepositions, preposition)
        mark(Lexicon.subordinators, subordinator)
        mark(Lexicon.auxiliaries, auxiliary)
        mark(Lexicon.determiners, determiner)
        mark(Lexicon.irregularPast, irregularPast)
        mark(Lexicon.beVerbs, beVerb)
        mark(Lexicon.abbreviations, abbreviation)
        mark(Lexicon.maleWords, male)
        mark(Lexicon.femaleWords, female)
        mark(Lexicon.nameParticles, nameParticle)
        mark(Lexicon.orgHeads, orgHead)
        mark(ExtractionRun.frontAdverbs, frontAdverb)
        mark(Lexicon.weekdays, timeHint)
        mark(Lexicon.months, timeHint)
        mark(timeWords, timeHint)
        mark(Lexicon.weekdays.map { $0 + "’s" }, timeHint)
        mark(Lexicon.weekdays.map { $0 + "'s" }, timeHint)
        // possessive forms of title words ("minister’s") count as titles by their stem
        for w in Lexicon.titleWords { t[w + "’s", default: 0] |= titleStem; t[w + "'s", default: 0] |= titleStem }
        for p in [",", ".", ":", ";", "?", "!", "(", ")", "\"", "'", "“", "”", "‘", "’", "—", "–", "-", "--", "...", "…",
                  "$", "%", "/", "&"] where t[p] == nil { t[p] = 0 }
        return WordTable(t)
    }()

    static func of(_ lower: String) -> UInt32 { table.value(lower) ?? 0 }
}
