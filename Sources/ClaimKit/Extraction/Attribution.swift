/// One attribution found in a sentence: who (subject), the reporting cue, and where the content lies.
struct Frame: Sendable {
    enum Source: Sendable { case subject(Range<Int>), inherit, label(Range<Int>) }
    var cue: Range<Int>
    var cueText: String
    var source: Source
    var recipient: Range<Int>?
    /// Content parts as token ranges (quote marks included where the content is a quotation).
    var parts: [Range<Int>] = []
    /// Quote regions the frame takes as its direct content.
    var quotes: [Int] = []
    /// Leftmost token of the attribution (subject start, or cue for inversions and participles).
    var left: Int
    /// First token after the attribution's own words (cue, recipient and adjuncts).
    var right: Int
    var forward = false
    /// A sentence-initial "According to X, ..." whose content is the whole rest of the sentence.
    var isAccording = false
    /// The first part is the noun or relative pronoun that stands for the reported clause's missing subject
    /// ("which critics said was ...", "a policy she said lost them ...").
    var headIsSubject = false
    /// Content is the topic of "warned of" / "wrote about", a weaker sign than a clause: never inside another's content.
    var isTopic = false
    /// Content is the verb's noun-phrase object, not a clause ("mentioned her granddaughter", "echoed similar
    /// themes"): it ends with the noun phrase, before adjuncts and a coordinated verb phrase.
    var isObject = false
    /// Content runs to the end of the sentence or the next frame; fixed after all frames are known.
    var openEnded = false
    /// A quotation and a clause in the narrator's words make one statement ("A, explained Roe, “B”"): mixed.
    var narratedPart = false
    var isDirect: Bool { !quotes.isEmpty }

    /// What was said starts at `start` and runs on to `end` (the sentence's end) or the next frame.
    mutating func openContent(from start: Int, to end: Int) {
        parts = [start..<end]; forward = true; openEnded = true; right = start
    }
}

/// Finds reported speech in one sentence: `X said (that) ...`, `..., X said.`, `"...," said X`,
/// `according to X, ...`, `X told Y ...`, parentheticals (`A, he said, B`), participles (`..., saying ...`).
struct AttributionFinder {
    let toks: TokenList
    let quotes: [QuoteRegion]
    let text: ScalarText
    let s0: Int
    let s1: Int

    init(toks: TokenList, quotes: [QuoteRegion], text: ScalarText, sentence: Range<Int>) {
        self.toks = toks; self.quotes = quotes; self.text = text
        s0 = sentence.lowerBound; s1 = sentence.upperBound
    }

    // MARK: token predicates

    func inQuote(_ i: Int) -> Bool {
        let q = toks[i].quote
        return q >= 0 && !quotes[q].isLabel
    }
    func low(_ i: Int) -> String { i >= s0 && i < s1 ? toks[i].lower : "" }
    /// `low(i)` as a ``WordCode`` (``WordCode/none`` outside the sentence), for comparing with a word.
    @inline(__always) func code(_ i: Int) -> WordCode { i >= s0 && i < s1 ? toks[i].code : .none }
    func isClose(_ i: Int) -> Bool { i >= s0 && i < s1 && toks[i].kind == .quote && !toks[i].opens && toks[i].quote >= 0 }
    func isOpen(_ i: Int) -> Bool { i >= s0 && i < s1 && toks[i].kind == .quote && toks[i].opens }
    func isTerminal(_ i: Int) -> Bool { i >= s1 || WordLists.sentenceEnds.contains(toks[i]) && !inQuote(i) }

    static let leftSkip: WordSet = ["also", "already", "well", "just", "repeatedly", "previously", "recently", "later", "earlier",
                                        "then", "still", "again", "further", "once", "often", "all", "both", "each", "only",
                                        "even", "too", "first", "initially", "quickly", "immediately", "flatly", "now",
                                        "reportedly", "apparently", "allegedly", "had", "has", "have", "will", "would", "did",
                                        "does", "do", "could", "may", "might", "must", "should", "can", "not", "never", "is",
                                        "was", "are", "were", "been", "be", "to", "subsequently", "separately", "similarly",
                                        "likewise", "ultimately", "finally", "eventually", "soon", "yesterday", "today",
                                        "tonight", "this", "last", "week", "month", "morning", "afternoon", "evening", "night",
                                        "weekend", "publicly", "privately", "openly", "bluntly", "simply", "explicitly",
                                        "directly", "briefly", "specifically", "had", "himself", "herself", "themselves",
                                        "itself", "long", "since", "repeatedly", "”", "isn’t", "didn’t", "hasn’t", "haven’t",
                                        "wasn’t", "don’t", "doesn’t", "isn't", "didn't", "hasn't", "haven't", "wasn't",
                                        "don't", "doesn't", "won’t", "won't", "went", "on", "in", "later", "afterwards",
                                        "year", "day", "earlier", "flat-out", "outright"]

    func skippableLeft(_ i: Int) -> Bool {
        if toks[i].kind == .number { return i > s0 && (toks[i - 1].has(WordFlag.month) || toks[i - 1].code == "on") }
        guard toks[i].kind == .word, !inQuote(i) else { return false }
        // "USA TODAY reported": a word in capitals after a capitalised word is part of a name, not "today"
        if toks[i].caps == toks[i].letters && toks[i].letters > 1 && i > s0 && toks[i - 1].isCap && toks[i - 1].kind == .word { return false }
        let l = toks[i].lower
        let lc = toks[i].code
        if toks[i].has(WordFlag.weekday) { return true }
        if toks[i].has(WordFlag.month) { return i + 1 < s1 && toks[i + 1].kind == .number || i > s0 && WordLists.inOn.contains(toks[i - 1]) }
        if lc == "may" && toks[i].isCap || willAsName(i) { return false }
        if lc == "on" || lc == "in" { return i + 1 < s1 && (toks[i + 1].has(WordFlag.weekday) || toks[i + 1].has(WordFlag.month)) }
        if lc == "this" || lc == "last" { return i + 1 < s1 && WordLists.weekMonth.contains(toks[i + 1]) }
        if toks[i].has(WordFlag.timeHint) && (lc == "week" || lc == "month" || lc == "year" || lc == "day") { return i > s0 && WordLists.thisLast.contains(toks[i - 1]) && i + 1 < s1 && Lexicon.cues[toks[i + 1]] != nil || i > s0 && (toks[i - 1].code == "this" || toks[i - 1].code == "last") }
        if toks[i].has(WordFlag.leftSkip) { return true }
        if !toks[i].isCap && l.hasByteSuffix("ly") && l.utf8.count > 4 && lc != "only" && !l.hasByteSuffix("ply") { return true }
        return false
    }

    /// "has over the past few months warned", "had in recent weeks said", "has for years insisted": a phrase of time
    /// between the auxiliary and its participle (a preposition, up to four small words, a unit of time); the
    /// preposition's position, or nil.
    func timePhraseAfterAuxiliary(endingAt j: Int) -> Int? {
        guard j > s0, WordLists.timeUnits.contains(toks[j]), !inQuote(j) else { return nil }
        var k = j - 1
        while k > s0 && j - k <= 5 {
            let t = toks[k]
            if WordLists.timePrepositions.contains(t) { return WordLists.perfectAuxiliaries.contains(toks[k - 1]) ? k : nil }
            guard t.kind == .number || t.kind == .word && !t.isCap, !inQuote(k) else { return nil }
            k -= 1
        }
        return nil
    }

    /// Modal-as-name rule: "Will wrote", "Will claims": a modal takes no past or "-s" form, so a capitalised
    /// "Will" right before such a reporting verb is a name.
    func willAsName(_ i: Int) -> Bool {
        guard toks[i].isCap, toks[i].has(WordFlag.auxiliary), toks[i].code == "will", i + 1 < s1, let c = Lexicon.cues[toks[i + 1]] else { return false }
        return c.form == .past || c.form == .third
    }

    static let quantifierBlockers: WordSet = ["most", "many", "some", "several", "few", "other", "these", "those",
                                                  "every", "another", "any", "no", "initial", "new", "recent", "latest",
                                                  "earlier", "first", "such", "similar", "previous", "numerous"]
    /// A month written short at `k`, its period right after it ("Feb." in "said on Feb. 3 that"): the period
    /// closes the abbreviation, not the sentence.
    func isMonthAbbreviation(_ k: Int) -> Bool {
        k >= s0 && k + 1 < s1 && toks[k + 1].code == "." && !toks[k + 1].spaceBefore && toks[k].has(WordFlag.abbreviation)
            && Lexicon.months.contains(toks[k].lower + ".")
    }

    /// A word that times a telling right after its hearer ("asked Trump Wednesday", "told reporters yesterday"; not
    /// the capitalised Today of "told USA Today").
    static func isTellingTime(_ t: Token) -> Bool { Lexicon.weekdays.contains(t) || !t.isCap && WordLists.todayYesterday.contains(t) }

    static let nounBlockers: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these",
                                            "those", "your", "whose", "every", "no", "any", "some"]

    // MARK: finding frames

    func frames() -> [Frame] {
        var out: [Frame] = []
        var i = s0
        while i < s1 {
            if var f = frame(at: i, previous: out) ?? (toks[i].kind == .punct && mayLayout(i) ? layoutFrame(at: i) : nil) {
                if nested(f, in: out) {
                    if let k = beliefInsideInvertedSpeech(f, in: out) {
                        out.remove(at: k)
                    } else {
                        guard let g = subjectAfterConjunction(f, in: out), !nested(g, in: out) else { i += 1; continue }
                        f = g
                    }
                }
                out.append(f)
                i = max(i + 1, f.cue.upperBound)
            } else { i += 1 }
        }
        // close open-ended forward contents at the next frame
        for k in out.indices where out[k].openEnded {
            let start = out[k].parts.first!.lowerBound
            var end = s1
            for m in out.indices where m != k && out[m].left > start && out[m].left < end {
                if case .inherit = out[m].source { end = min(end, trimEnd(start, out[m].left)); continue }
                // `denied it — “Why would we?” asked Roe`: the quotation after the dash is the later speaker's
                if let o = introducedQuotationOfInvertedSpeaker(out[m]), o - 1 >= start { end = min(end, o - 1); continue }
                if relativeSpeaker(out[m]) { end = min(end, trimEnd(start, out[m].left)); continue }
                // a later attribution joined by a clause boundary cuts this content
                var e = out[m].left
                var sawBoundary = false
                while e > start {
                    let l = toks[e - 1].lower
                    if WordLists.clauseBreaks.contains(l) && !inQuote(e - 1) { sawBoundary = true; e -= 1; continue }
                    if WordLists.andBut.contains(l) { sawBoundary = true; e -= 1; continue }
                    // ("A, even as the union said B": the adverb goes with its "as")
                    if sawBoundary && evenAs(at: e - 1) { e -= 1 }
                    break
                }
                if sawBoundary || e == start { end = min(end, e) }
            }
            end = min(end, reportedClauseEnd(out[k], from: start, to: end))
            if out[k].isObject { end = min(end, objectEnd(from: start, to: end)) }
            out[k].parts[0] = start..<max(start + 1, trimEnd(start, end))
        }
        // "X lamented the “good old days” when, he said, protesters were ...": what a parenthetical attribution
        // takes from before it starts where an earlier attribution's content starts, not at the sentence's start
        for k in out.indices where !out[k].isDirect && !out[k].forward && out[k].parts.count == 2 {
            guard let first = out[k].parts.first, first.upperBound <= out[k].left, out[k].parts[1].lowerBound >= out[k].right,
                  let p = out.last(where: { $0.forward && $0.cue.lowerBound >= first.lowerBound && $0.cue.upperBound < first.upperBound }),
                  let start = p.parts.first?.lowerBound, start > first.lowerBound, start < first.upperBound else { continue }
            out[k].parts[0] = start..<first.upperBound
        }
        // `said A and that B`: two statements of the same speaker (after a quoted fragment, `said A “in quotes”,
        // and that B`, also when B's subject opens with "fewer", "only" ...)
        var split: [Frame] = []
        for f in out {
            // a quotation inside the reported clause (a mixed statement) stays with the part it stands in
            guard f.forward, f.parts.count == 1, let c = f.parts.first,
                  f.quotes.allSatisfy({ c.contains(quotes[$0].openTok) && quotes[$0].closed && c.contains(quotes[$0].closeTok) }) else { split.append(f); continue }
            var a = c.lowerBound
            var cur = f
            var k = a + 1
            while k + 1 < c.upperBound {
                if toks[k].letters == 3 && toks[k + 1].letters == 4 && toks[k + 1].code == "that" && !inQuote(k) && k + 2 < c.upperBound
                    && (toks[k].code == "and" && complementizer(k + 2) && !verbAfterThat(k + 2)
                        || toks[k].code == "and" && (a..<k).contains(where: { toks[$0].kind == .quote }) && clauseAfterThat(k + 2)) {
                    cur.parts = [a..<trimEnd(a, k)]
                    cur.quotes = f.quotes.filter { quotes[$0].openTok >= a && quotes[$0].openTok < k }
                    split.append(cur)
                    var next = f
                    next.source = .inherit
                    next.left = k; next.right = k + 2
                    a = k + 2
                    next.parts = [a..<c.upperBound]
                    next.quotes = f.quotes.filter { quotes[$0].openTok >= a }
                    cur = next
                    k += 2
                    continue
                }
                k += 1
            }
            cur.parts = [a..<c.upperBound]
            split.append(cur)
        }
        return split.compactMap { endAtLaterSubjectsVerb($0, split) }.filter { !bareObjectContent($0) && !timeOnlyContent($0) }
    }

    /// Belief-inside-speech rule: `Polling shows that “voters are tired,” said Jane Roe`: a verb of belief or
    /// finding ("shows", "believe") inside the words before an inverted speech verb and its speaker is part of what
    /// that speaker said. Returns the index in `prev` of the belief frame the speech frame `f` replaces, or nil.
    func beliefInsideInvertedSpeech(_ f: Frame, in prev: [Frame]) -> Int? {
        guard case .subject(let r) = f.source, r.lowerBound > f.cue.lowerBound, let c = f.parts.first, c.upperBound <= f.cue.lowerBound,
              let cue = Lexicon.cues[toks[f.cue.lowerBound]], cue.cls != .thatOnly,
              let k = prev.indices.last, case let p = prev[k], p.left >= c.lowerBound, p.cue.upperBound <= c.upperBound,
              let inner = Lexicon.cues[toks[p.cue.lowerBound]], inner.cls == .thatOnly else { return nil }
        return k
    }

    /// "Crawford, who recalled taking the lift to the suite, said ...", "X, a physician who advises the
    /// federation, wrote that ...": a reporting verb in a relative clause inside a later frame's subject. Its
    /// content ends at the comma that closes the clause, not in the main clause; what is left after a verb that
    /// takes a hearer is that hearer ("advises the federation", "warns patients often"), and no statement.
    func endAtLaterSubjectsVerb(_ f: Frame, _ all: [Frame]) -> Frame? {
        guard !f.isDirect, f.parts.count == 1, let c = f.parts.first, relativeCue(f) else { return f }
        guard let g = all.first(where: { g in
            guard case .subject(let r) = g.source else { return false }
            return r.lowerBound < f.cue.lowerBound && g.cue.lowerBound > f.cue.upperBound && g.cue.lowerBound < c.upperBound
        }) else { return f }
        var e = g.cue.lowerBound
        while e > c.lowerBound && !(toks[e - 1].code == "," && !inQuote(e - 1)) { e -= 1 }
        guard e - 1 > c.lowerBound else { return nil }
        var out = f
        out.parts = [c.lowerBound..<(e - 1)]
        let lemma = Lexicon.cues[toks[f.cue.lowerBound]]?.lemma ?? ""
        if Lexicon.recipientVerbs.contains(lemma) && !(c.lowerBound..<(e - 1)).contains(where: { toks[$0].code == "that" || toks[$0].code == "to" }) {
            return nil
        }
        return out
    }

    /// The frame's cue follows a relative pronoun ("who recalled", "who has long advised").
    func relativeCue(_ f: Frame) -> Bool {
        var k = f.cue.lowerBound - 1
        while k >= s0 && k >= f.cue.lowerBound - 4 && toks[k].kind == .word {
            let l = toks[k].lower
            let lc = toks[k].code
            if lc == "who" || lc == "which" { return true }
            if !(Self.leftSkip.contains(l) || l.hasByteSuffix("ly")) { return false }
            k -= 1
        }
        return false
    }

    /// The word at `k`, after "and that" in a statement with a quoted fragment, opens a clause, so "that" is a
    /// complementizer: a subject
    /// ("fewer than one in ten cases led ...", "only a trial could ..."), not the verb of a demonstrative "that"
    /// ("and that was that", "and that made sense").
    func clauseAfterThat(_ k: Int) -> Bool {
        if verbAfterThat(k) { return false }
        return complementizer(k) || toks[k].kind == .word && Self.clauseOpeners.contains(toks[k])
    }

    /// "and that was that", "and that made sense": a verb right after "that", whose subject it is.
    func verbAfterThat(_ k: Int) -> Bool {
        let t = toks[k]
        return t.kind == .word && !t.isCap && t.has(WordFlag.auxiliary | WordFlag.beVerb | WordFlag.irregularPast)
    }

    /// Words that open a clause's subject or its adverbial ("fewer than one in ten cases led", "only a trial could").
    static let clauseOpeners: WordSet = ["fewer", "only", "more", "less", "most", "few", "many", "no", "none", "nobody", "every", "each", "so", "even"]

    /// The content of an indirect frame said in one part, its trailing punctuation trimmed; nil otherwise.
    func singleIndirectPart(_ f: Frame) -> Range<Int>? {
        guard !f.isDirect, f.parts.count == 1, let c = f.parts.first else { return nil }
        return c.lowerBound..<trimEnd(c.lowerBound, c.upperBound)
    }

    /// "promising them", "said them", "highlighted both", "said yes": a content that is one pronoun, "both" or a bare
    /// yes or no states nothing.
    func bareObjectContent(_ f: Frame) -> Bool {
        guard let r = singleIndirectPart(f), r.count == 1, let k = r.first, k < s1, toks[k].kind == .word else { return false }
        return toks[k].has(WordFlag.objectPronoun) && toks[k].code != "us" || WordLists.bareObjects.contains(toks[k])
    }

    /// "had projected last August", "said last week": a content that is only a time adverbial is when the
    /// verb happened, not what was said.
    func timeOnlyContent(_ f: Frame) -> Bool {
        guard let r = singleIndirectPart(f), r.count == 2, r.upperBound <= s1, WordLists.thisLast.contains(toks[r.lowerBound]), toks[r.lowerBound].code != "the" else { return false }
        let t = toks[r.lowerBound + 1]
        return t.has(WordFlag.month | WordFlag.weekday) || WordLists.weekMonth.contains(t) || WordLists.seasons.contains(t)
    }

    /// The punctuation token `i` can start a layout attribution (a colon or a signature dash): the others
    /// are passed over before `layoutFrame` copies the token.
    @inline(__always) func mayLayout(_ i: Int) -> Bool {
        toks[i].code == ":" || WordLists.signatureDashes.contains(toks[i])
    }

    /// Quotations attributed by layout rather than by a verb: `Jane Roe: “...”` (a name and a colon before
    /// a quotation) and the signature line `“...” ― Jane Roe` (a dash and a name after it).
    func layoutFrame(at i: Int) -> Frame? {
        let t = toks[i]
        guard t.kind == .punct, !inQuote(i) else { return nil }
        /// One to five capitalised words of a name (no function words, no layout labels).
        func isName(_ r: Range<Int>) -> Bool {
            var words = 0
            for k in r {
                let u = toks[k]
                if u.kind == .word && u.isCap && !u.has(WordFlag.stop | WordFlag.cue) && !WordLists.layoutLabels.contains(u) { words += 1; continue }
                if u.code == "." && k > r.lowerBound || u.has(WordFlag.nameParticle) && k > r.lowerBound { continue }
                return false
            }
            return words >= 1 && words <= 5
        }
        if t.code == ":" {
            guard let q = quoteAt(i), quotes[q].wordCount >= 3 else { return nil }
            var a = i
            while a > s0 && !WordLists.signatureDashes.contains(toks[a - 1]) && !isClose(a - 1) && i - a < 6 { a -= 1 }
            guard a < i, isName(a..<i) else { return nil }
            var f = Frame(cue: i..<(i + 1), cueText: ":", source: .subject(a..<i), left: a, right: i + 1)
            attachQuote(&f, q)
            return f.isDirect ? f : nil
        }
        guard WordLists.signatureDashes.contains(t), i > 0, toks[i - 1].kind == .quote, !toks[i - 1].opens else { return nil }
        let q = toks[i - 1].quote
        guard q >= 0, !quotes[q].isLabel, quotes[q].wordCount >= 3, quotes[q].closeTok == i - 1 else { return nil }
        var e = i + 1
        while e < s1 && !(toks[e].code == "," || isTerminal(e) || toks[e].kind == .quote) { e += 1 }
        guard e > i + 1, e >= s1 || toks[e].code == "," || isTerminal(e), isName((i + 1)..<e) else { return nil }
        var f = Frame(cue: i..<(i + 1), cueText: t.lower, source: .subject((i + 1)..<e), left: quotes[q].openTok, right: e)
        f.parts = [quotes[q].openTok..<i]
        f.quotes = [q]
        return f
    }

    /// Whether the relative clause opened by "which" at `which` has a subject of its own, named by a noun
    /// ("which divers will pore over", "which the council approved"): "the" next, or a plain noun and then an
    /// auxiliary. (A pronoun there, "which he called a disgrace", is as often the speaker's further words in the
    /// writer's report; an adverb, "which also has raised concerns", leaves "which" the subject; and a reporting
    /// verb, "which the company denied", answers what was said.)
    func relativeClauseHasOwnSubject(at which: Int, end: Int) -> Bool {
        guard which + 2 < end, !inQuote(which + 1),
              !((which + 1)..<min(end, which + 6)).contains(where: { Lexicon.cues[toks[$0]] != nil }) else { return false }
        let next = toks[which + 1]
        if next.code == "the" { return true }
        let adverb = WordLists.alsoNot.contains(next) || next.has(WordFlag.connective) || next.lower.hasByteSuffix("ly")
        return next.kind == .word && !next.has(WordFlag.subjectPronoun) && !adverb && !verbLike(which + 1)
            && Lexicon.auxiliaries.contains(toks[which + 2]) && code(which + 2) != "to"
    }

    /// Where an open-ended content ends before `end`, by the sentence's shape: in a fronted subordinate
    /// clause ("While X said that A, B ...") at its comma; before a lone dash that adds the writer's
    /// gloss ("A — a play on words ..."); before a coordinated reporting verb ("A and asked whether ...").
    func reportedClauseEnd(_ f: Frame, from start: Int, to end: Int) -> Int {
        let fronted = frontedSubordinator(before: f.left)
        let relative = inRelativeClause(f)
        var dash: Int? = nil
        var dashes = 0
        // a verb whose object is what was said ("mentioned ..."), not a clause after "that"
        let objectCue = Lexicon.cues[toks[f.cue.lowerBound]]?.takesObject == true && code(start - 1) != "that"
        var k = start + 1
        while k < end {
            let t = toks[k]
            // "A even as the budget office estimated that B": the writer's contrast, when a clause of its own follows
            // (after a comma, below); not "even as he realized that ...", the speaker's own account
            if evenAs(at: k) && k > start + 3 && k + 2 < end && toks[k - 1].code != "," && looksLikeClause(k + 2)
                && !((k + 2)..<min(end, k + 8)).contains(where: { Lexicon.cues[toks[$0]]?.cls == .thatOnly }) { return k }
            if t.kind == .punct && !inQuote(k) {
                if t.code == "," {
                    if fronted && k > start + 2 && k + 2 < end { return k }
                    if relative && k > start + 2 && mainPredicateAfter(k) && !(start..<k).contains(where: { toks[$0].code == "," && !inQuote($0) })
                        && (start..<k).contains(where: { !inQuote($0) && verbLike($0) }) { return k }
                    // "A, which raised concerns among ...": the writer's gloss on the reported clause, to the end
                    // ("A, which divers will pore over": "which" is the object of its own clause, so it is
                    // the noun before it that is described, within what was said)
                    if k > start + 4 && k + 1 < end && toks[k + 1].code == "which" && !((k + 2)..<end).contains(where: { toks[$0].code == "," })
                        && !relativeClauseHasOwnSubject(at: k + 1, end: end) { return k }
                    if appositiveGlossAfterClause(k, start: start, end: end) { return k }
                    if k > start + 3 && concessionWithItsOwnReport(after: k, end: end) { return k }
                    if descriptionOfNamedPerson(k, start: start, end: end) { return k }
                    if k > start + 2 && k + 2 < end && coordinatedNarration(k + 1) { return k }
                    // "A, even as B": the writer's contrast, set beside what was said
                    if k > start + 3 && evenAs(at: k + 1) { return k }
                    // "A, prompting an inquiry", "A, leading to theories that ...": what the words set off, in the
                    // writer's words ("A, leading the field" describes what was said of)
                    if k > start + 3 && k + 2 < end && !inQuote(k + 1) && (WordLists.setOffParticiples.contains(toks[k + 1]) || code(k + 1) == "leading" && code(k + 2) == "to") { return k }
                    if objectCue && nounPhraseBefore(k, start: start) && objectClauseAfterComma(k, start: start) { return k }
                } else if t.code == ":" && k > start + 2 && attributedQuotationAfter(k) {
                    return k
                } else if WordLists.dashes.contains(t) || t.code == "-" {
                    if k > start + 2 && dashThenCue(k) { return k }
                    if dashRelativeClauseEnds(f, at: k, start: start) { return k }
                    if t.code != "-" { dashes += 1; if dash == nil { dash = k } }
                }
            } else if quotedCommaThenNarration(k, start: start, end: end) {
                return k + 1
            } else if t.kind == .word && k + 1 < end && k > start + 3 && !inQuote(k) && toks[k + 1].has(WordFlag.cue) && !toks[k + 1].isCap && !inQuote(k + 1),
                      WordLists.andBut.contains(t), let c = Lexicon.cues[toks[k + 1]], c.form == .past || c.form == .third, c.cls != .thatOnly {
                return k - (toks[k - 1].code == "," ? 1 : 0)
            } else if t.kind == .word && k > start + 2 && !inQuote(k) && WordLists.andBut.contains(t) && catenativeCueAhead(k + 1) {
                // "A, but went on to say ...": the speaker's next statement
                return k - (toks[k - 1].code == "," ? 1 : 0)
            }
            k += 1
        }
        if dashes == 1, let d = dash, d > start + 4 { return d }
        return end
    }

    /// "40 bodies had been recovered, although other media later quoted ...", "he could not recall meeting her,
    /// though a photograph appears to show ...": a concession after the comma at `k` that tells of another report
    /// or showing is the writer's, set against what was said.
    func concessionWithItsOwnReport(after k: Int, end: Int) -> Bool {
        guard k + 3 < end, toks[k + 1].code == "although" || toks[k + 1].code == "though", !inQuote(k + 1),
              !toks[k + 2].has(WordFlag.subjectPronoun) else { return false }
        for m in (k + 2)..<min(end, k + 16) where !inQuote(m) && toks[m].kind == .word && !toks[m].isCap {
            if toks[m].code == "show" || toks[m].code == "shows" { return true }
            if let c = Lexicon.cues[toks[m]], c.form == .past || c.form == .third || c.form == .ing, c.cls != .thatOnly { return true }
        }
        return false
    }

    /// Appositive-gloss rule: "announced it would cut 300 jobs, a layoff rivaling ...": after a reported clause
    /// (a verb in it) a comma and "a"/"an" start the writer's noun-phrase gloss on the whole clause, to the end
    /// of the content with no further comma, so the content ends at the comma `k`.
    func appositiveGlossAfterClause(_ k: Int, start: Int, end: Int) -> Bool {
        guard k > start + 3, k + 2 < end, !inQuote(k + 1), toks[k + 1].code == "a" || toks[k + 1].code == "an" else { return false }
        guard !((k + 1)..<end).contains(where: { toks[$0].code == "," || inQuote($0) }) else { return false }
        return (start..<k).contains { !inQuote($0) && verbLike($0) }
    }

    /// Named-person-description rule: "said it had hired the strategist Jane Roe, who has long argued for ...":
    /// a relative clause on the name that ends the reported clause (a verb in it), running to the end of the content with no
    /// further comma, is the writer's introduction of that person, so the content ends at the comma `k`.
    func descriptionOfNamedPerson(_ k: Int, start: Int, end: Int) -> Bool {
        guard k > start + 3, k + 2 < end, !inQuote(k - 1), !inQuote(k + 1), WordLists.whoForms.contains(toks[k + 1]) else { return false }
        guard toks[k - 1].kind == .word, toks[k - 1].isCap, !toks[k - 1].has(WordFlag.subjectPronoun) else { return false }
        guard !((k + 1)..<end).contains(where: { toks[$0].code == "," || inQuote($0) }) else { return false }
        // a reported clause, not a noun-phrase object ("echoed the tone of Roe, who ...")
        return (start..<k).contains { !inQuote($0) && verbLike($0) }
    }

    /// The attribution starting at `left` opens a fronted subordinate clause ("While X said that A, B ...",
    /// "Although in May she said A, B ...", "..., and while he said A, B ..."): a subordinator before it, with
    /// at most a short time adjunct between, that leads the sentence or follows a clause boundary.
    func frontedSubordinator(before left: Int) -> Bool {
        var k = left - 1
        var steps = 0
        while k > s0 && steps < 4 && !WordLists.frontSubordinators.contains(toks[k]) && !inQuote(k)
                && (toks[k].has(WordFlag.preposition | WordFlag.month | WordFlag.weekday | WordFlag.determiner) || toks[k].kind == .number) {
            k -= 1; steps += 1
        }
        guard k >= s0, WordLists.frontSubordinators.contains(toks[k]), !inQuote(k) else { return false }
        if isLead(k) { return true }
        // "Shortly after the defendants indicated A, B ...", "Soon after", "Even though": an adverb that leads the
        // sentence modifies the subordinator
        if k - 1 >= s0, isLead(k - 1), toks[k - 1].kind == .word, !inQuote(k - 1),
           toks[k - 1].lower.hasByteSuffix("ly") || WordLists.subordinatorAdverbs.contains(toks[k - 1]) { return true }
        var p = k - 1
        if p >= s0 && WordLists.andBut.contains(toks[p]) { p -= 1 }
        return p >= s0 && (toks[p].code == "," || toks[p].code == ";") && !inQuote(p)
    }

    /// The attribution is a non-restrictive relative clause ("Jane Roe, who has argued that A, spoke first"):
    /// a "who" after a comma stands between the speaker and the cue.
    func inRelativeClause(_ f: Frame) -> Bool {
        guard case .subject(let r) = f.source else { return relativeClauseBefore(f.left) }
        var k = r.upperBound
        while k < f.cue.lowerBound {
            if WordLists.whoForms.contains(toks[k]) && k > s0 && toks[k - 1].code == "," && !inQuote(k) { return true }
            k += 1
        }
        return relativeClauseBefore(r.lowerBound)
    }

    /// Relative-clause-before rule: "The news conference, in which he laid out the record but then announced that
    /// A, was ...": the attribution starting at `left` stands in a relative clause opened by ", which" / ", in
    /// which" / ", whom" a few words before it, with no other comma between, so its content ends where the main
    /// clause's verb goes on.
    func relativeClauseBefore(_ left: Int) -> Bool {
        var k = left - 1
        while k > s0 && left - k <= 16 && !inQuote(k) && toks[k].code != "," && !isTerminal(k) {
            if WordLists.whichWhom.contains(toks[k]) {
                let p = k - 1
                if toks[p].code == "," { return true }
                return p > s0 && toks[p].has(WordFlag.preposition) && toks[p - 1].code == ","
            }
            k -= 1
        }
        return false
    }

    /// Dash-set relative clause rule: in "Jane Roe - who has said A - spoke first" the relative clause
    /// holding the content is set off by dashes, so the content ends at the closing dash when the main
    /// clause's verb follows it. `k` is a dash inside the content that began at `start`.
    func dashRelativeClauseEnds(_ f: Frame, at k: Int, start: Int) -> Bool {
        guard k > start + 2, mainPredicateAfter(k) else { return false }
        var j = f.cue.lowerBound - 1
        while j >= s0 && skippableLeft(j) { j -= 1 }
        guard j > s0, WordLists.whoForms.contains(toks[j]), !inQuote(j) else { return false }
        let p = toks[j - 1].lower
        return WordLists.dashes.contains(p) || p == "-"
    }

    /// After the comma at `k` the main clause's verb goes on ("..., spoke first", "..., has said ..."): the
    /// relative clause holding the reported content has ended.
    func mainPredicateAfter(_ k: Int) -> Bool {
        guard k + 1 < s1, !inQuote(k + 1) else { return false }
        let n = toks[k + 1]
        guard n.kind == .word, !n.isCap, !n.has(WordFlag.subjectPronoun | WordFlag.preposition | WordFlag.determiner) else { return false }
        if let c = Lexicon.cues[n], c.form == .past || c.form == .third { return true }
        return n.has(WordFlag.irregularPast) || n.has(WordFlag.auxiliary) && n.code != "to" || n.lower.hasByteSuffix("ed") && n.lower.utf8.count > 4
    }

    /// `said that the depot had lost its purpose: “It is no longer a depot,” he added.`: after the colon at `k`
    /// a quotation ending in a comma opens its own attribution, so the content before ends at the colon.
    func attributedQuotationAfter(_ k: Int) -> Bool {
        guard k + 1 < s1, isOpen(k + 1), toks[k + 1].quote >= 0 else { return false }
        let r = quotes[toks[k + 1].quote]
        guard r.closed, r.closeTok > r.openTok + 2, r.closeTok + 2 < s1, toks[r.closeTok - 1].code == "," else { return false }
        let n = toks[r.closeTok + 1]
        return n.kind == .word && (n.isCap || n.has(WordFlag.subjectPronoun) || n.has(WordFlag.cue))
    }

    /// Inverted-speaker rule: `... — “Why would we?” asked Roe`, `...: “It is false,” said Roe`: the opening
    /// mark of the quotation that ends (in a comma, "?" or "!") right before the inverted cue of `f` with its
    /// speaker after it, when a colon or a dash introduces that quotation; else nil.
    func introducedQuotationOfInvertedSpeaker(_ f: Frame) -> Int? {
        guard case .subject(let r) = f.source, r.lowerBound > f.cue.lowerBound, f.cue.lowerBound - 1 > s0, isClose(f.cue.lowerBound - 1) else { return nil }
        let q = quotes[toks[f.cue.lowerBound - 1].quote]
        guard q.closed, q.closeTok > q.openTok + 2, WordLists.quoteEndMarks.contains(toks[q.closeTok - 1]), q.openTok - 1 >= s0 else { return nil }
        let b = toks[q.openTok - 1].lower
        return (b == ":" || WordLists.dashes.contains(b)) && !inQuote(q.openTok - 1) ? q.openTok : nil
    }

    /// "... of the refuge - noting that ...", "... last winter — adding that ...": a dash at `k` followed at once
    /// by a reporting participle starts the speaker's next statement, not more content.
    func dashThenCue(_ k: Int) -> Bool {
        guard k + 1 < s1, !inQuote(k + 1), toks[k + 1].kind == .word, !toks[k + 1].isCap, let c = Lexicon.cues[toks[k + 1]] else { return false }
        return c.form == .ing
    }

    /// `k` is a closing quote right after a comma (`... in the Senate,” but he gave ...`): the quoted fragment
    /// ends the reported content when the words after it are the writer's narration about the speaker.
    func quotedCommaThenNarration(_ k: Int, start: Int, end: Int) -> Bool {
        guard k > start + 2, k + 2 < end, isClose(k), toks[k - 1].code == "," else { return false }
        return coordinatedNarration(k + 1) || participleNarration(k + 1)
    }

    /// Participle-narration rule: `argue that “there is precedent,” citing a case in which ...`: after a quoted
    /// fragment closed by a comma, a participle with a complement (not a reporting verb, not "including") is
    /// the writer's account of what the speaker did.
    func participleNarration(_ k: Int) -> Bool {
        guard k + 1 < s1, !inQuote(k), !inQuote(k + 1), Lexicon.isNarratingParticiple(toks[k]) else { return false }
        return toks[k + 1].kind == .word
    }

    /// The words from `k` are a noun phrase, not a clause: no finite verb follows before the first comma or
    /// the sentence's end, except one coordinated with the reporting verb ("similar concerns and left ...").
    func nounPhraseObject(_ k: Int) -> Bool {
        guard k < s1, !Lexicon.subjectPronouns.contains(Self.pronounBase(toks[k].lower)), toks[k].code != "there" else { return false }
        var e = k
        while e < s1 && e - k < 20 {
            let t = toks[e]
            if inQuote(e) || t.kind == .quote { e += 1; continue }
            let lc = t.code
            if isTerminal(e) && !abbreviationPeriod(e) { return !looksLikeClause(k) }
            // "the candidate's unpopularity - his “negatives,” he called them - but ...": an aside set off by dashes
            // is the writer's, and its verb is not the object's
            if e > k, WordLists.dashes.contains(t) || lc == "-" && t.spaceBefore, let m = closingDash(after: e) { e = m + 1; continue }
            if lc == "," {
                // "the cost of the repairs, and warned that ...": the speaker's next verb
                if e + 2 < s1 && WordLists.andButOr.contains(toks[e + 1]) && !inQuote(e + 2) && verbLike(e + 2) { return true }
                return !looksLikeClause(k)
            }
            if e > k && e + 1 < s1 && WordLists.andButOr.contains(t) && !inQuote(e + 1) && verbLike(e + 1) { return true }
            if e > k && verbLike(e) { return false }
            e += 1
        }
        return !looksLikeClause(k)
    }

    /// "even as" starts at `k`, outside quotation marks: the writer's contrast ("A even as the board said B").
    func evenAs(at k: Int) -> Bool { code(k) == "even" && code(k + 1) == "as" && !inQuote(k) }

    /// The token at `k` is a dash (an em or en dash, "--" or a hyphen standing alone), outside quotation marks.
    func isDash(_ k: Int) -> Bool {
        k >= s0 && k < s1 && (WordLists.dashes.contains(toks[k]) || toks[k].code == "-") && !inQuote(k)
    }

    /// The dash that closes an aside opened by the dash at `d` (the same mark, within fifteen tokens, before the
    /// sentence's end), or nil.
    func closingDash(after d: Int) -> Int? {
        let mark = toks[d].lower
        var m = d + 1
        while m < s1 && m - d <= 15 && !isTerminal(m) {
            if toks[m].lower == mark && !inQuote(m) { return m }
            m += 1
        }
        return nil
    }

    /// A lower-case finite verb or auxiliary at `k` ("took", "would", "was", "delayed"); not "not", which
    /// negates a noun phrase as readily as a verb ("authorities – and not the federal government – are").
    func verbLike(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.isCap else { return false }
        let l = t.lower
        let lc = t.code
        return t.has(WordFlag.auxiliary | WordFlag.beVerb | WordFlag.irregularPast) && lc != "to" && lc != "not" || l.hasByteSuffix("ed") && l.utf8.count > 4
    }

    /// Where a noun-phrase object that is the content ends before `end`: at a comma, colon or dash, at an
    /// adjunct of time, place or manner ("on Sunday", "at a town hall", "recently", "in order to ..."), or
    /// before a verb phrase coordinated with the reporting verb ("echoed similar themes and took the stage").
    func objectEnd(from start: Int, to end: Int) -> Int {
        var k = start + 1
        while k < end {
            let t = toks[k]
            if inQuote(k) || t.kind == .quote { k += 1; continue }
            let l = t.lower
            let lc = t.code
            if t.kind == .punct && lc == "," && k + 1 < end && !inQuote(k + 1) {
                // "the figure, a record": an appositive gloss to the end of the sentence
                let n = toks[k + 1]
                if WordLists.articles.contains(n) && !((k + 2)..<end).contains(where: { toks[$0].code == "," && !inQuote($0) }) { return k }
                // "..., but that has begun to change"
                if WordLists.andButOr.contains(n) && k + 2 < end && toks[k + 2].has(WordFlag.subjectPronoun | WordFlag.auxiliary) { return k }
                if objectClauseAfterComma(k, start: start) { return k }
            }
            if t.kind == .word {
                if t.has(WordFlag.weekday) || WordLists.objectAdjuncts.contains(t) { return k }
                // "pledged her vote recently in an effort ...": an adverb of the verb after the object
                if !t.isCap && l.hasByteSuffix("ly") && l.utf8.count > 4 && !WordLists.objectAdverbs.contains(t), k + 1 >= end || toks[k + 1].has(WordFlag.preposition) || toks[k + 1].kind == .punct { return k }
                if (lc == "on" || lc == "in") && k + 1 < end && (toks[k + 1].has(WordFlag.weekday | WordFlag.month) || toks[k + 1].code == "order") { return k }
                if WordLists.andButOr.contains(t), k + 1 < end, !inQuote(k + 1) {
                    let n = toks[k + 1]
                    if !n.isCap && (n.has(WordFlag.auxiliary | WordFlag.irregularPast | WordFlag.subjectPronoun) || n.lower.hasByteSuffix("ed") && n.lower.utf8.count > 4) { return k }
                }
            }
            k += 1
        }
        return end
    }

    /// The content from `start` to the comma at `k` is a short noun phrase ("the old depot's flood record"):
    /// it opens with a determiner and holds no verb.
    func nounPhraseBefore(_ k: Int, start: Int) -> Bool {
        guard k > start + 1, k - start <= 8, toks[start].has(WordFlag.determiner | WordFlag.possessivePronoun) else { return false }
        return !(start..<k).contains { inQuote($0) || verbLike($0) }
    }

    /// A comma at `k` after a noun-phrase object that began at `start` ends it when "and"/"but" follows and
    /// no earlier comma is in the object (it is not the last item of a list): "mentioned the rival, and at one
    /// point the crowd ...".
    func objectClauseAfterComma(_ k: Int, start: Int) -> Bool {
        guard k + 1 < s1, !inQuote(k + 1) else { return false }
        let n = toks[k + 1]
        guard n.code == "and" || n.code == "but" else { return false }
        return !(start..<k).contains { toks[$0].code == "," && !inQuote($0) }
    }

    /// After a comma inside reported content, the writer goes on about the speaker rather than reporting:
    /// "..., but she has bristled at ..." (a contrast with a new subject), "..., recalled that ..." (the
    /// speaker's next reporting verb, its subject shared).
    func coordinatedNarration(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.isCap, !inQuote(k) else { return false }
        if t.has(WordFlag.cue), finiteSayingVerb(k), k + 1 < s1, !inQuote(k + 1), toks[k + 1].code != "by", !toks[k + 1].has(WordFlag.preposition) || toks[k + 1].code == "that" {
            return true
        }
        if t.code == "but", k + 1 < s1, !inQuote(k + 1) {
            let n = toks[k + 1]
            if n.has(WordFlag.subjectPronoun) || n.code == "there" { return looksLikeClause(k + 1, stopAtComma: true) }
        }
        // "..., and he has voted against ...": the writer's next sentence about a third person
        if t.code == "and", k + 2 < s1, !inQuote(k + 1), (toks[k + 1].code == "he" || toks[k + 1].code == "she"),
           toks[k + 2].has(WordFlag.auxiliary | WordFlag.irregularPast) || toks[k + 2].lower.hasByteSuffix("ed") {
            return true
        }
        // "..., and Ms. Brant is among the few ...": the same with a person named by title and surname
        if t.code == "and", k + 4 < s1, !inQuote(k + 1), toks[k + 1].isCap, toks[k + 1].has(WordFlag.abbreviation), toks[k + 2].code == ".",
           toks[k + 3].isCap, toks[k + 3].kind == .word, !inQuote(k + 4), toks[k + 4].has(WordFlag.auxiliary | WordFlag.irregularPast), toks[k + 4].code != "to" {
            return true
        }
        return speakersNextAction(k)
    }

    /// Speaker's-next-action rule: after a comma inside reported content, "and has championed ..." (a perfect
    /// verb phrase with no subject of its own), "but declined to comment" or "but in a later interview said ..."
    /// (a short adjunct, then a reporting verb) goes on about what the speaker did, so the content ends at the
    /// comma. `k` is the "and" / "but" after the comma.
    func speakersNextAction(_ k: Int) -> Bool {
        guard k + 2 < s1, (toks[k].code == "and" || toks[k].code == "but"), !inQuote(k + 1), !inQuote(k + 2) else { return false }
        let n = toks[k + 1], p = toks[k + 2]
        // "but declined to comment further", "and refused to say more": the speaker's refusal to say more
        if (n.code == "declined" || n.code == "refused") && p.code == "to" { return true }
        if WordLists.perfectAuxiliaries.contains(n), p.kind == .word, !p.isCap,
           p.has(WordFlag.irregularPast) || p.lower.hasByteSuffix("ed") && p.lower.utf8.count > 4 { return true }
        // "but in a later interview said": a prepositional adjunct of at most six words, then the cue
        guard n.has(WordFlag.preposition), !n.isCap else { return false }
        var e = k + 2
        while e < s1 && e - k <= 7 && !inQuote(e) && toks[e].kind != .punct && !toks[e].has(WordFlag.cue) { e += 1 }
        guard e < s1, e - k <= 7, !inQuote(e), toks[e].has(WordFlag.cue), !toks[e].isCap, let c = Lexicon.cues[toks[e]] else { return false }
        return c.form == .past || c.form == .third
    }

    /// "that" before `k` starts a clause ("that the donations had ...", "that builders were ..."), not a noun
    /// phrase ("that location is ...").
    func complementizer(_ k: Int) -> Bool {
        let t = toks[k]
        let l = t.lower
        let lc = t.code
        if t.isCap || t.kind == .number || Lexicon.determiners.contains(t) || Lexicon.possessivePronouns.contains(t) || Lexicon.subjectPronouns.contains(Self.pronounBase(l)) || lc == "there" { return true }
        if Lexicon.groupQuantifiers.contains(t) || WordLists.furtherMore.contains(t) { return true }
        return t.kind == .word && (l.hasByteSuffix("s") && !l.hasByteSuffix("ss") && !l.hasByteSuffix("is") || l.hasByteSuffix("ing") && l.count > 5)
    }

    /// "... compared to 38 percent who said they could ...": a speaker named by a relative clause of its own
    /// starts a new attribution even inside another's content.
    func relativeSpeaker(_ f: Frame) -> Bool {
        guard case .subject(let r) = f.source else { return false }
        var j = f.cue.lowerBound - 1
        while j >= s0 && skippableLeft(j) { j -= 1 }
        guard j > r.lowerBound, j > s0, toks[j].code == "who", !inQuote(j), Lexicon.cues[toks[f.cue.lowerBound]] != nil else { return false }
        // set off by a comma or dash, or a share of those polled ("38 percent who said"): not a noun's restrictive clause
        let p = toks[j - 1]
        return p.code == "," || WordLists.dashes.contains(p) || p.kind == .number || p.code == "percent" || p.code == "%"
    }

    /// A frame inside the open content of an earlier one ("said the country would declare ...") that is
    /// not joined to it by a clause boundary belongs to the reported content, not to the article.
    func nested(_ f: Frame, in prev: [Frame]) -> Bool {
        if f.isTopic && prev.contains(where: { p in p.parts.contains { $0.contains(f.cue.lowerBound) } || p.right > f.left && p.left < f.left }) { return true }
        for p in prev where p.openEnded || p.isAccording {
            guard let c = p.parts.first, f.left >= c.lowerBound else { continue }
            if p.isAccording { return true }
            if case .inherit = f.source { continue }
            if relativeSpeaker(f) { continue }
            // "said A: “B,” he added": the quotation after the colon has its own attribution
            if (c.lowerBound..<f.left).contains(where: { toks[$0].code == ":" && !inQuote($0) && attributedQuotationAfter($0) }) { continue }
            if let o = introducedQuotationOfInvertedSpeaker(f), o - 1 >= c.lowerBound { continue }
            // "Although she said A, at the hearing she said B": the fronted clause's content ends at its comma
            if frontedSubordinator(before: p.left) && (c.lowerBound..<f.left).contains(where: { toks[$0].code == "," && !inQuote($0) }) { continue }
            // "..., he said -- a policy she said lost them the vote": a gloss after a dash, whose relative clause is said
            if f.headIsSubject, case let d = f.parts[0].lowerBound - 1, d >= c.lowerBound, isDash(d) { continue }
            let b = f.left - 1
            guard b >= s0 else { continue }
            let l = toks[b].lower
            let lc = toks[b].code
            if WordLists.clauseBreaks.contains(toks[b]) && !inQuote(b) && !closesFrontedAdjunct(b, of: c) { continue }
            // "..., which I said was not a prison sentence": a relative clause after the comma with a speaker of its own
            if (lc == "which" || lc == "who") && b > s0 && toks[b - 1].code == "," && !inQuote(b - 1), case .subject(let r) = f.source, r.lowerBound == f.left { continue }
            if WordLists.contrastConjunctions.contains(toks[b]) && b > s0 && WordLists.pauseMarks.contains(toks[b - 1]) { continue }
            // "A even as the budget office estimated that B": the writer's contrast, where what was said has ended
            // (with a verb of speech: "even as he realized that ..." is still the speaker's account)
            if b > s0 && evenAs(at: b - 1), Lexicon.cues[toks[f.cue.lowerBound]].map({ $0.cls != .thatOnly }) ?? false { continue }
            if ["and", "but"].contains(l) && toks[f.left].has(WordFlag.subjectPronoun) { continue }
            if ["and", "but"].contains(l) && conjoinedAttribution(f) { continue }
            return true
        }
        return false
    }

    /// Fronted-adjunct rule: in "reported that during the minister's visit, the president repeated his request",
    /// the comma at `b` closes a prepositional or subordinate adjunct that opens the "that"-clause `c` (at most
    /// twelve tokens, no other break), so the reporting verb after it is the reported clause's own verb, not a
    /// new attribution.
    func closesFrontedAdjunct(_ b: Int, of c: Range<Int>) -> Bool {
        let a = c.lowerBound
        guard toks[b].code == ",", b - a >= 2, b - a <= 12, a > s0, toks[a - 1].code == "that", !inQuote(a - 1) else { return false }
        let first = toks[a]
        guard first.kind == .word, !first.isCap, first.has(WordFlag.preposition) && first.code != "to" || WordLists.adverbialSubordinators.contains(first) else { return false }
        return !((a + 1)..<b).contains { WordLists.clauseBreaks.contains(toks[$0]) || toks[$0].kind == .quote }
    }

    /// Conjoined-attribution rule: "Many members said they would stay away and others have said they are not
    /// interested": after "and"/"but", a short subject (a name or a noun phrase of at most four words) with a
    /// finite reporting verb of its own opens a second attribution, not a part of the first one's content.
    func conjoinedAttribution(_ f: Frame) -> Bool {
        guard case .subject(let r) = f.source, r.lowerBound == f.left, r.count <= 4, !inQuote(f.left), !relativePronounBeforeCue(f, subject: r) else { return false }
        guard let cue = Lexicon.cues[toks[f.cue.lowerBound]], cue.cls != .thatOnly else { return false }
        if cue.form == .past || cue.form == .third { return true }
        return cue.form == .base && r.upperBound < f.cue.lowerBound && toks[f.cue.lowerBound - 1].has(WordFlag.auxiliary)
    }

    /// "the mayors who had pledged ...": the subject heads a relative clause, whose verb is the cue.
    func relativePronounBeforeCue(_ f: Frame, subject r: Range<Int>) -> Bool {
        (r.upperBound..<f.cue.lowerBound).contains { WordLists.whichThat.contains(toks[$0]) || WordLists.whoForms.contains(toks[$0]) }
    }

    /// "said they would stay away from the meeting and others have said ...": a subject found across an "and"
    /// inside an earlier frame's open content joins that content's last noun to the new speaker; the frame
    /// re-anchored on the conjunct after "and" (at most four words), or nil.
    func subjectAfterConjunction(_ f: Frame, in prev: [Frame]) -> Frame? {
        guard case .subject(let r) = f.source, r.lowerBound == f.left, r.count >= 3,
              let conjunct = conjunctAfterLastAnd(r), conjunct.count <= 4,
              !relativePronounBeforeCue(f, subject: r),
              prev.contains(where: { p in p.openEnded && p.parts.first.map { $0.lowerBound < f.left } == true }) else { return nil }
        var g = f
        g.source = .subject(conjunct)
        g.left = conjunct.lowerBound
        return g
    }

    /// Drops a final period and spaces: content `[a, b)` without sentence-final punctuation.
    func trimEnd(_ a: Int, _ b: Int) -> Int {
        var b = b
        while b > a && WordLists.trailingPunctuation.contains(toks[b - 1]) && !inQuote(b - 1) { b -= 1 }
        return b
    }

    /// What one rule of `frame(at:)` decided: the frame it found, that the cue starts no frame (no later
    /// rule is tried), or nothing either way (the next rule is tried).
    enum RuleOutcome {
        case found(Frame)
        case noFrame
        case undecided

        var isDecided: Bool { if case .undecided = self { false } else { true } }
        var frame: Frame? { if case .found(let f) = self { f } else { nil } }
    }

    /// The attribution whose cue is the token at `i`, if any. Asked of every token, so it turns a token
    /// away on its fields first; then the rules below are tried in order, and the first that decides wins.
    func frame(at i: Int, previous: [Frame]) -> Frame? {
        guard toks[i].kind == .word, toks[i].has(WordFlag.cue | WordFlag.cueStarter), !inQuote(i) else { return nil }
        if toks[i].code == "according" { return code(i + 1) == "to" ? accordingTo(i) : nil }
        if toks[i].code == "words" { return inTheWordsOf(i) }
        if WordLists.gaveOffered.contains(toks[i]) { return answerFrame(i) }
        if toks[i].has(WordFlag.evaluative), let ev = Lexicon.evaluative[toks[i]], let f = evaluativeFrame(i, ev.lemma, ev.form) { return f }
        guard let (cue, cueEnd) = cueVerb(at: i) else { return nil }
        if cue.lemma == "put it", let f = appositivePutIt(i, cueEnd: cueEnd) { return f }
        if let f = frontInvertedQuote(i, cue: cue, cueEnd: cueEnd) { return f }
        if let f = askedByAgent(i, cue: cue, cueEnd: cueEnd) { return f }
        if notAVerb(i, cue: cue, cueEnd: cueEnd) { return nil }
        // passive "was told", "is said": not an attribution by the subject
        var b = i - 1
        var sawBeen = false  // "has been observed", "is being told"
        while b >= s0 && (WordLists.alsoNot.contains(toks[b]) || toks[b].lower.hasByteSuffix("ly") && !toks[b].isCap) {
            if toks[b].has(WordFlag.beVerb) { sawBeen = true }
            b -= 1
        }
        // ("who’s argued", "she’s said": the contraction is "has", not a passive)
        if b >= s0 && (toks[b].has(WordFlag.beVerb) || sawBeen) && cue.form == .past && code(cueEnd) != "by" && !WordLists.hasContractions.contains(toks[b]) {
            return negated(i) ? nil : passiveDescriptionByAgent(i, cue: cue, cueEnd: cueEnd)
        }
        if negated(i) { return nil }
        if cue.form == .ing && b >= s0 && toks[b].has(WordFlag.beVerb) == false && !sawBeen && contractedPronounSubject(b) == nil {
            return participle(i, cue: cue, cueEnd: cueEnd, previous: previous)
        }
        // "Having announced that ..., Judge Roe ...", "-- having suggested that ... --": a perfect participle
        // reports for its clause's subject, as "announcing" would
        if cue.form == .past && b >= s0 && toks[b].code == "having" && !inQuote(b) {
            return participle(i, cue: cue, cueEnd: cueEnd, previous: previous, verbStart: b)
        }
        if cue.cls == .thatOnly && b >= s0 && toks[b].code == "to" && cue.lemma != "make the case" { return nil }
        if let f = catenativeFrame(i, cue: cue, cueEnd: cueEnd) { return f }
        if let f = invertedFrame(i, cue: cue, cueEnd: cueEnd) { return f }
        // the first word before the cue that is not an adverb or a parenthetical
        var j = i - 1
        while j >= s0 && skippableLeft(j) { j -= 1 }
        if case let coordinated = coordinatedFrame(i, cue: cue, cueEnd: cueEnd, before: conjunctionBeforeAdjunct(before: i) ?? j, previous: previous), coordinated.isDecided {
            return coordinated.frame
        }
        if let f = relativeClauseFrame(i, cue: cue, cueEnd: cueEnd, before: j) { return f }
        if let f = asReportedBy(i, cueEnd: cueEnd, cue: cue) { return f }
        return subjectFrame(i, cue: cue, cueEnd: cueEnd, before: j)
    }

    /// The reporting verb at `i` and where its words end: a verb of the lexicon, or one of the phrases
    /// "make the case that", "(as X) put it", "point out".
    func cueVerb(at i: Int) -> (cue: Lexicon.Cue, end: Int)? {
        var found = Lexicon.cues[toks[i]]
        var cueEnd = i + 1
        if WordLists.makeMakes.contains(toks[i]) && code(i + 1) == "the" && code(i + 2) == "case" && code(i + 3) == "that" {
            found = Lexicon.Cue(lemma: "make the case", form: toks[i].code == "making" ? .ing : (toks[i].code == "made" ? .past : .base), cls: .thatOnly, takesRecipient: false, takesObject: false)
            cueEnd = i + 3
        }
        // "made similar charges that", "has made repeated claims that": the charge is the claim
        // ("made clear that", "has made it clear that": the clause is what was said)
        if found == nil && WordLists.makeMakes.contains(toks[i]), let n = chargeNounAfterMake(i) ?? clearAfterMake(i) {
            found = Lexicon.Cue(lemma: "make the case", form: toks[i].code == "making" ? .ing : (toks[i].code == "made" ? .past : .base), cls: .thatOnly, takesRecipient: false, takesObject: false)
            cueEnd = n + 1
        }
        if WordLists.putPuts.contains(toks[i]) && code(i + 1) == "it" && (code(i + 2) == "," || code(i + 2) == ":" || isOpen(i + 2) || isTerminal(i + 2)) {
            // "as X put it, ...": the words that follow (or the quotation before) are X's
            found = Lexicon.Cue(lemma: "put it", form: toks[i].code == "puts" ? .third : .past, cls: .quoteOrThat, takesRecipient: false, takesObject: false)
            cueEnd = i + 2
        }
        guard let cue = found else { return nil }
        if cue.lemma == "point" {
            guard code(i + 1) == "out" else { return nil }
            cueEnd = i + 2
        }
        return (cue, cueEnd)
    }

    /// "made clear that", "made it clear that": the index of the word before "that" ("clear"), or nil.
    /// ("made it very clear that", "has made it clear from the start that": an adverb before "clear", a
    /// prepositional phrase of up to four words after it, which the cue then takes in)
    func clearAfterMake(_ i: Int) -> Int? {
        var k = code(i + 1) == "it" ? i + 2 : i + 1
        if k < s1, toks[k].code == "very" || isModalAdverb(k) && toks[k].lower.hasByteSuffix("ly") { k += 1 }
        guard k < s1, code(k) == "clear", !inQuote(k) else { return nil }
        if code(k + 1) == "that" { return k }
        guard k + 2 < s1, toks[k + 1].has(WordFlag.preposition), !toks[k + 1].isCap else { return nil }
        for j in (k + 2)..<min(s1, k + 6) {
            let t = toks[j]
            if t.code == "that" { return inQuote(j) ? nil : j - 1 }
            guard t.kind == .word || t.kind == .number, !inQuote(j), !t.has(WordFlag.auxiliary | WordFlag.subjectPronoun | WordFlag.irregularPast),
                  !t.has(WordFlag.cue) || toks[j - 1].has(WordFlag.determiner) else { return nil }
        }
        return nil
    }

    /// The word at `k` is an adverb between a modal and its verb ("can only assume", "could easily say",
    /// "cannot", "must surely conclude").
    func isModalAdverb(_ k: Int) -> Bool {
        let t = toks[k]
        return t.kind == .word && !t.isCap && !inQuote(k) && (WordLists.alsoNot.contains(t) || SpeakerRecognizer.focusAdverbs.contains(t) || t.lower.hasByteSuffix("ly") && t.letters > 4)
    }

    /// Charge-noun rule: "made similarly bitter charges that ...", "made the claim that ...": after "make" up to
    /// three lower-case modifiers, then a noun for a claim and "that"; the noun's index, or nil.
    func chargeNounAfterMake(_ i: Int) -> Int? {
        var k = i + 1
        while k < s1 && k - i <= 4 {
            let t = toks[k]
            guard t.kind == .word, !t.isCap, !inQuote(k) else { return nil }
            if WordLists.chargeNouns.contains(t) { return code(k + 1) == "that" && !inQuote(k + 1) ? k : nil }
            if t.has(WordFlag.preposition | WordFlag.subjectPronoun | WordFlag.auxiliary | WordFlag.cue) { return nil }
            k += 1
        }
        return nil
    }

    /// "to" right before the word at `k`, or before it and up to two lower-case words that are no determiners
    /// ("to dismiss", "to dismiss fraud", "to dismiss sexual assault"): `k` is in an infinitive's verb phrase.
    private func infinitiveBefore(_ k: Int) -> Bool {
        var j = k - 1
        while j >= s0 && j >= k - 3 {
            if toks[j].code == "to" { return true }
            guard toks[j].kind == .word && !toks[j].isCap && !toks[j].has(WordFlag.determiner | WordFlag.possessivePronoun) else { return false }
            j -= 1
        }
        return false
    }

    /// Whether the cue word at `i` is used as something other than a reporting verb: a noun ("the report",
    /// "his claim", "news reports"), an adjective ("300 pledged delegates"), or part of a name or title.
    func notAVerb(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Bool {
        // "That said, ...": a discourse marker that leads the sentence, not a report of anything
        if cue.form == .past && i > s0 && code(cueEnd) == "," && toks[i - 1].code == "that" && isLead(i - 1) { return true }
        // "can rest assured that ...": a set phrase of feeling safe, no one's assurance
        if cue.lemma == "assure" && i > s0 && toks[i - 1].code == "rest" && !inQuote(i - 1) { return true }
        // "..., according to reports.": the source, a noun
        if i - 2 >= s0 && toks[i - 1].code == "to" && toks[i - 2].code == "according" && !inQuote(i - 1) { return true }
        // "just above predicted levels", "less than announced": a participle after a preposition describes a noun
        if cue.form == .past && i > s0 && !toks[i].isCap && toks[i - 1].kind == .word && !toks[i - 1].isCap && !inQuote(i - 1)
            && WordLists.comparisonPrepositions.contains(toks[i - 1]) { return true }
        // "he and Cruz shared “almost all the same views”", "shared in “a great amount of regret”": what was shared is
        // the quotation's thing, not words ("“...,” Kelce shared" reports them)
        if cueEnd < s1, isOpen(cueEnd) || toks[cueEnd].code == "in", WordLists.postingVerbs.contains(cue.lemma) { return true }
        // "Major crimes reported dropped 1.7 percent", "cases reported rose to 40": a participle describing the noun
        // before it, whose own verb follows with a figure
        if cue.form == .past && cueEnd + 1 < s1 && !inQuote(cueEnd) && toks[cueEnd].kind == .word && !toks[cueEnd].isCap
            && toks[cueEnd].lower.hasByteSuffix("ed") && !toks[cueEnd].has(WordFlag.cue)
            && (toks[cueEnd + 1].kind == .number || WordLists.figureMoves.contains(toks[cueEnd + 1])) { return true }
        // "asked the court to dismiss fraud charges filed against her", "to dismiss sexual assault charges": a noun
        // after an infinitive's verb ("charges" is no cue whose subject is "dismiss fraud")
        if cue.form == .third && i - 2 >= s0 && toks[i - 1].kind == .word && !toks[i - 1].isCap && !inQuote(i - 2)
            && !toks[i - 1].has(WordFlag.subjectPronoun) && infinitiveBefore(i - 1)
            && cueEnd < s1 && toks[cueEnd].kind == .word && !toks[cueEnd].has(WordFlag.subjectPronoun) && toks[cueEnd].code != "that" { return true }
        // "Needless to say, ...", "Sad to say, ...": a set phrase of the writer's, no one's report
        if cue.form == .base && i - 2 >= s0 && toks[i - 1].code == "to" && WordLists.toSayAdverbials.contains(toks[i - 2]) { return true }
        // "He said nothing during the hearing", "she said little about it": no statement was made ("said
        // nothing was wrong" reports one)
        if cue.lemma == "say", cueEnd < s1, !inQuote(cueEnd), toks[cueEnd].code == "nothing" || toks[cueEnd].code == "little",
           cueEnd + 1 >= s1 || toks[cueEnd + 1].kind == .punct || toks[cueEnd + 1].has(WordFlag.preposition) && !inQuote(cueEnd + 1) { return true }
        // a noun, not a verb: "the report", "his claim"
        if i > s0 {
            // "Several said they ...", "most say that ...", "one says there ...": a quantifier standing as the
            // subject, then a clause
            let clauseNext = cueEnd < s1 && !inQuote(cueEnd) && (toks[cueEnd].has(WordFlag.subjectPronoun) || toks[cueEnd].code == "there"
                || toks[cueEnd].code == "that" && cue.form != .third
                || cue.form == .past && isLead(i - 1) && toks[cueEnd].has(WordFlag.determiner | WordFlag.possessivePronoun))
            var quantifierSubject = clauseNext && (cue.form == .past || cue.form == .base || cue.form == .third && Lexicon.numberWords[toks[i - 1]] != nil)
                && !Self.nounBlockers.contains(toks[i - 1]) && (Self.quantifierBlockers.contains(toks[i - 1]) || Lexicon.numberWords[toks[i - 1]] != nil)
            // "One says China has the most, while another says ...": one of several sources as the subject
            if cue.form == .third, toks[i - 1].code == "one" || toks[i - 1].code == "another", i - 1 == s0 || (code(i - 2) == "while" || code(i - 2) == "and" || code(i - 2) == "but" || code(i - 2) == ","),
               cueEnd < s1, !inQuote(cueEnd), looksLikeClause(cueEnd, stopAtComma: true) {
                quantifierSubject = true
            }
            // "Many say the plan ...", "Some said ...": a quantifier leading its clause is the subject of a verb that
            // no noun is spelt like
            if WordLists.subjectQuantifiers.contains(toks[i - 1]) && WordLists.verbOnlyCues.contains(cue.lemma)
                && (isLead(i - 1) || i - 2 >= s0 && (toks[i - 2].code == "," || WordLists.andBut.contains(toks[i - 2]))) {
                quantifierSubject = true
            }
            // ("as first reported by": a past participle before its agent, not "the first report")
            let firstBy = toks[i - 1].code == "first" && cue.form == .past && code(cueEnd) == "by"
            if !quantifierSubject && !firstBy && (Self.nounBlockers.contains(toks[i - 1]) || Self.quantifierBlockers.contains(toks[i - 1])) || toks[i - 1].isPossessive && toks[i - 1].kind == .word && contractedPronounSubject(i - 1) == nil && !WordLists.whoHas.contains(toks[i - 1]) { return true }
            if (cue.form == .third || cue.form == .base) && code(cueEnd) == "of" { return true }
            // "a set of rules that ...", "the kind of claims he ...": no subject ends in "of", so the word is the noun
            if (cue.form == .third || cue.form == .base) && toks[i - 1].code == "of" && !inQuote(i - 1) { return true }
            // "His cost estimates have been ...", "Such claims are ...", "all claims would be ...": a plural noun, the
            // subject of the verb after it
            if cue.form == .third && pluralNounBeforeVerb(i, cueEnd: cueEnd) { return true }
            // "news reports", "media claims": a noun after a lower-case noun modifier ("police say", "the court
            // confirms": a verb with no noun of its form)
            if (cue.form == .third || cue.form == .base) && !toks[i - 1].isCap && WordLists.newsMedia.contains(toks[i - 1])
                && !WordLists.verbOnlyCues.contains(cue.lemma) { return true }
            // "often with handwritten notes attached": a noun in a prepositional phrase, after its modifier
            if cue.form == .third && !toks[i - 1].isCap && toks[i - 1].kind == .word && !inQuote(i - 1) && i - 2 >= s0 && !toks[i - 1].has(WordFlag.subjectPronoun)
                && toks[i - 2].has(WordFlag.preposition) && !toks[i - 2].isCap && toks[i - 2].code != "to" && !WordLists.andBut.contains(toks[i - 1]) { return true }
            // "is referencing claims that ...", "denying reports that ...": the object of a verb in "-ing"
            // (a verb, after an auxiliary or a comma: "Another ranking says" is a noun subject)
            if cue.form == .third && !toks[i - 1].isCap && toks[i - 1].kind == .word && toks[i - 1].lower.hasByteSuffix("ing") && toks[i - 1].lower.utf8.count > 5
                && !toks[i - 1].has(WordFlag.cue) && !inQuote(i - 1) && i - 2 >= s0
                && (toks[i - 2].has(WordFlag.auxiliary | WordFlag.beVerb) || toks[i - 2].code == ",") { return true }
            if cue.form == .third && (toks[i - 1].kind == .number || Lexicon.numberWords[toks[i - 1]] != nil) && !quantifierSubject { return true }
            // "300 pledged delegates", "a list of pledged votes", "of recently announced layoffs", "resulted in
            // estimated losses", "deeply reported features": a participle used as an adjective (after a preposition
            // other than "as", whose "as reported by" is an attribution)
            if cue.form == .past && (toks[i - 1].kind == .number || toks[i - 1].code == "of" || toks[i - 1].has(WordFlag.preposition) && toks[i - 1].code != "as" || WordLists.comparatives.contains(toks[i - 1]) || adverbBeforeAdjective(i - 1)) && cueEnd < s1,
               toks[cueEnd].kind == .word, !toks[cueEnd].isCap, toks[cueEnd].code != "that",
               !toks[cueEnd].has(WordFlag.determiner | WordFlag.subjectPronoun | WordFlag.objectPronoun | WordFlag.auxiliary | WordFlag.preposition | WordFlag.subordinator) { return true }
        }
        if cue.form == .base && singularNounBeforeVerb(i, cueEnd: cueEnd) { return true }
        // "state senator", "federal and state laws", "rules that would ...": a noun, not the verb
        if WordLists.nounLikeCues.contains(toks[i]) && cueEnd < s1 {
            let n = toks[cueEnd]
            let verbNext = n.code == "that" || n.has(WordFlag.determiner) || n.has(WordFlag.subjectPronoun) || n.has(WordFlag.possessivePronoun)
                || n.kind == .quote || n.code == "," || n.code == ":" || n.isCap && n.kind == .word || isTerminal(cueEnd)
            if !verbNext { return true }
            if n.code == "that" && cueEnd + 1 < s1 && toks[cueEnd + 1].has(WordFlag.auxiliary) { return true }
        }
        if stateAsNoun(i, cueEnd: cueEnd) { return true }
        // "deficits would add up to", "the delay adds to the drama that ...": a sum or an addition to something, not words
        if cue.lemma == "add", cueEnd < s1, !inQuote(cueEnd), code(cueEnd) == "up" || code(cueEnd) == "to" && cueEnd + 1 < s1 && toks[cueEnd + 1].has(WordFlag.determiner | WordFlag.possessivePronoun) {
            return true
        }
        // capitalised mid-sentence: part of a name or title ("Says" in a headline is kept out elsewhere)
        if toks[i].isCap && i > s0 && !isClose(i - 1) && toks[i - 1].code != "," { return true }
        return false
    }

    /// "has been described as “heartbreaking” by the harbour board", "was called “a disgrace” by the
    /// mayor": in the passive, a quoted description whose agent follows it speaks.
    func passiveDescriptionByAgent(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        guard WordLists.describeCall.contains(cue.lemma) else { return nil }
        let at = code(cueEnd) == "as" ? cueEnd + 1 : cueEnd
        guard let q = quoteAt(at), quotes[q].closed, case let by = quotes[q].closeTok + 1, code(by) == "by", !inQuote(by),
              let np = npRight(by + 1) else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(np), left: i, right: np.upperBound)
        f.parts = [quotes[q].openTok..<(quotes[q].closeTok + 1)]
        f.quotes = [q]
        f.forward = true
        return f
    }

    /// Plural-noun rule: a cue in "-s" followed at once by a finite auxiliary ("estimates have been", "reports
    /// are", "claims were") is a plural noun and the subject of that verb, not a reporting verb.
    /// After a quantifier ("all claims would be checked", "many reports were wrong") any auxiliary will do
    /// ("which Roe claims was sold" keeps its verb).
    func pluralNounBeforeVerb(_ i: Int, cueEnd: Int) -> Bool {
        guard cueEnd < s1, toks[i].lower.hasByteSuffix("s"), !inQuote(cueEnd) else { return false }
        if WordLists.pluralFiniteAuxiliaries.contains(toks[cueEnd]) { return true }
        return i > s0 && !inQuote(i - 1) && (Self.quantifierBlockers.contains(toks[i - 1]) || toks[i - 1].code == "all" || toks[i - 1].code == "both")
            && toks[cueEnd].has(WordFlag.auxiliary) && toks[cueEnd].code != "to"
    }

    /// Singular-noun rule, the twin of the plural one above: "the 10-year Harbour Bond note has risen", a cue in its
    /// bare form after its modifiers (a capitalised or hyphenated word, with a determiner, number or hyphenated
    /// word before it) and before a singular finite auxiliary, is the noun and the subject of that verb. ("What
    /// Democrats say is ..." has none of those before "Democrats".)
    func singularNounBeforeVerb(_ i: Int, cueEnd: Int) -> Bool {
        guard i - 2 >= s0, cueEnd < s1, WordLists.singularFiniteAuxiliaries.contains(toks[cueEnd]), !inQuote(i - 1),
              toks[i - 1].kind == .word, toks[i - 1].isCap || toks[i - 1].has(WordFlag.hyphenated) else { return false }
        let b = toks[i - 2]
        return b.has(WordFlag.determiner | WordFlag.hyphenated) || b.kind == .number || b.isCap && i - 3 >= s0 && toks[i - 3].has(WordFlag.determiner | WordFlag.hyphenated)
    }

    /// Adjectival-participle rule: the "-ly" adverb at `k` modifies a participle used as an adjective ("of recently
    /// announced layoffs", "the newly announced routes"): nothing before it can be a subject (a preposition, a
    /// determiner or the sentence's start). After a comma it may follow an appositive subject, so that is left.
    func adverbBeforeAdjective(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, !t.isCap, !inQuote(k), t.lower.hasByteSuffix("ly"), t.lower.utf8.count > 4 else { return false }
        guard k > s0 else { return true }
        let b = toks[k - 1]
        return b.code == "of" || b.has(WordFlag.preposition | WordFlag.determiner) && !b.isCap
    }

    /// "secretary of state Jane Roe", "the 22-member state Party committee", "Roe and state House Speaker ...",
    /// "moves to western states that ...": "state(s)" is the noun when a capitalised word follows and no
    /// subject can stand before it (a preposition, a conjunction, a hyphenated modifier or a number before),
    /// or when the noun phrase it ends follows a preposition, or a relative clause follows a capitalised
    /// modifier ("Member states that signed ...").
    func stateAsNoun(_ i: Int, cueEnd: Int) -> Bool {
        let l = toks[i].code
        guard l == "state" || l == "states", i > s0, cueEnd == i + 1 else { return false }
        let p = toks[i - 1]
        let capitalNext = cueEnd < s1 && toks[cueEnd].kind == .word && toks[cueEnd].isCap && toks[cueEnd].code != "i"
        // "secretary of state", "heads of state": no subject ends in "of"
        if p.code == "of" && !inQuote(i - 1) { return true }
        let nounBefore = p.has(WordFlag.preposition) && p.code != "to" || p.lower.contains("-") || p.kind == .number || capitalNext && WordLists.andButOr.contains(p)
        if nounBefore && !p.isCap { return true }
        // "Member states that signed ...", "Gulf states that border ...": after a capitalised modifier, a relative
        // clause with no subject of its own ("the report states that the ..." opens a clause)
        if l == "states", p.isCap, p.kind == .word, !inQuote(i - 1), cueEnd + 1 < s1, toks[cueEnd].code == "that", !complementizer(cueEnd + 1) { return true }
        // "to Western states", "in delegate-rich states that vote later": a modifier after a preposition, unless
        // a clause follows "that" ("letters from residents state that the plan ...")
        if i - 2 >= s0, toks[i - 2].has(WordFlag.preposition), !toks[i - 2].isCap, p.kind == .word, p.code != "to", !p.has(WordFlag.determiner | WordFlag.subjectPronoun) {
            guard cueEnd + 1 < s1, toks[cueEnd].code == "that" else { return true }
            return !complementizer(cueEnd + 1)
        }
        return false
    }

    /// "The levy, say economists, will hurt ...", "..., say the harbour workers.": a present plural cue inverts
    /// before a plural noun phrase in lower case (a determiner and up to three words) that a comma or the
    /// sentence's end closes; the phrase starts at `k`.
    func pluralSpeakerStarts(at k: Int) -> Bool {
        guard k + 1 < s1, !inQuote(k) else { return false }
        var e = k
        if toks[e].has(WordFlag.determiner) && !toks[e].isCap { e += 1 }
        let words = e
        while e < s1 && e - words < 3 && toks[e].kind == .word && !toks[e].isCap && !toks[e].has(WordFlag.preposition | WordFlag.stop) { e += 1 }
        guard e > words, lonePlural(toks[e - 1]) else { return false }
        return e >= s1 || toks[e].code == "," || isTerminal(e)
    }

    /// A plural noun in lower case, no function word ("economists", "analysts"; not "this" or "business").
    func lonePlural(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && !t.has(WordFlag.stop) && t.lower.hasByteSuffix("s") && !t.lower.hasByteSuffix("ss")
    }

    /// `"...," said X` / `..., said X.`: the speaker after the cue, what was said before it.
    func invertedFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        // "Jones, 54, denied the allegations": an age between commas closes the subject, not a statement
        if i - 3 >= s0 && toks[i - 1].code == "," && toks[i - 2].kind == .number && toks[i - 3].code == "," { return nil }
        // `"...," Jane Roe, a grower from Harrow, told AFP.`: "tell" never inverts, the noun phrase after it is
        // the hearer; the speaker is the subject before it
        if cue.lemma == "tell" || cue.lemma == "inform" { return nil }
        if i > s0 && (isClose(i - 1) || toks[i - 1].code == ",") && (cue.form != .base || pluralSpeakerStarts(at: cueEnd)) && cue.cls != .thatOnly && !closesRelativeClauseOfSubject(before: i) {
            // ("A spokeswoman ..., where he was treated, said the same.": the words said, not a speaker)
            // (a lone plural in lower case only after a verb of saying: "..., say economists", not "regular, pledged members")
            if let np = npRight(i + 1, inverted: true), !(np.count == 2 && toks[np.lowerBound].code == "the" && toks[np.lowerBound + 1].code == "same"),
               np.count > 1 || toks[np.lowerBound].isCap || toks[np.lowerBound].has(WordFlag.stop) || WordLists.invertingPluralCues.contains(cue.lemma),
               isClose(i - 1) || np.upperBound >= s1 || WordLists.invertedSpeakerEnds.contains(toks[np.upperBound]) {
                var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(np), left: i, right: np.upperBound)
                if backwardContent(&f, subjectLeft: i) { return f }
            }
        }
        return nil
    }

    /// "Nordvik, which also owns Bakehus, reported a net loss": the comma before the cue at `i` closes a relative
    /// clause set off after the sentence's first noun phrase, which is the verb's subject, not a statement before
    /// an inverted speaker.
    func closesRelativeClauseOfSubject(before i: Int) -> Bool {
        // ("Roe, who's starred in “Harbour Hour,” posted ...": the clause's comma inside a short title's closing mark)
        let titleClose = i - 2 > s0 && isClose(i - 1) && toks[i - 2].code == "," && quotes[toks[i - 1].quote].wordCount <= 5
        guard i - 1 > s0, toks[i - 1].code == "," || titleClose else { return false }
        var c = s0
        while c < i - 1 && !(toks[c].code == "," && !inQuote(c)) { c += 1 }
        guard c > s0, c < i - 2, c - s0 <= 8, toks[c + 1].code == "which" || WordLists.whoForms.contains(toks[c + 1]), !inQuote(c + 1) else { return false }
        if titleClose {
            // only short titles in the clause, each a closed quotation of a few capitalised words
            return !(s0..<c).contains { toks[$0].kind == .quote || toks[$0].has(WordFlag.auxiliary | WordFlag.cue) }
                && ((c + 1)..<(i - 1)).allSatisfy { toks[$0].kind != .quote || quotes[toks[$0].quote].wordCount <= 5 && quotes[toks[$0].quote].closed }
        }
        // a noun phrase before the clause ("Rates will rise, which hurts savers, said X" has a verb: a statement)
        let verbBefore = (s0..<c).contains { k in
            let t = toks[k]
            return t.kind == .quote || t.has(WordFlag.auxiliary) || t.has(WordFlag.cue) || !t.isCap && (t.has(WordFlag.irregularPast) || t.lower.hasByteSuffix("ed"))
        }
        return !verbBefore && !(c + 1..<(i - 1)).contains { toks[$0].code == "," || toks[$0].kind == .quote }
    }

    /// Whether "to" and a verb open the clause that the "and" at `j` ends, within a few words and no comma or
    /// quotation between: "to stand up and ...".
    func coordinatedInfinitive(before j: Int) -> Bool {
        var k = j - 1
        while k > s0 && j - k <= 8 {
            let t = toks[k]
            if t.code == "," || t.kind == .quote || t.code == "and" || t.code == "but" { return false }
            // (after a verb in the past, in "-ing" or in "-s", or after its object: "kept asking the crews to ...", not
            // "refuse to resign and insist", where both verbs are finite, nor "point to delays and argue")
            if t.code == "to", toks[k + 1].kind == .word, !toks[k + 1].isCap, !toks[k + 1].has(WordFlag.determiner | WordFlag.possessivePronoun),
               k - 1 > s0, case let v = toks[k - 1], v.kind == .word, !v.isCap,
               v.has(WordFlag.irregularPast) || v.lower.hasByteSuffix("ed") || v.lower.hasByteSuffix("ing") || v.tail == 0x73 || toks[k - 2].has(WordFlag.determiner) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// "... and said she ...": a coordinated verb shares the subject of the clause before it (`j` is the
    /// first word before the cue that is not an adverb or a parenthetical).
    func coordinatedFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int, before j: Int, previous: [Frame]) -> RuleOutcome {
        if j >= s0 && (toks[j].code == "and" || toks[j].code == "but") && !(j + 1 < i && toks[j + 1].has(WordFlag.subjectPronoun)) {
            if j > s0 && !toks[j - 1].isCap && toks[j - 1].kind == .word || j > s0 && ([",", "”", "\""].contains(toks[j - 1].lower) || WordLists.dashes.contains(toks[j - 1]) || toks[j - 1].code == "-" && toks[j - 1].spaceBefore) || !previous.isEmpty
                || j > s0 + 2 && (toks[j - 1].isCap || toks[j - 1].kind == .number) && !inQuote(j - 1) && clauseSubject(s0) != nil {
                // "because of rough terrain and repeated, unexpected mishaps": an adjective in a list, not a verb
                if cueEnd + 1 < s1, toks[cueEnd].code == ",", toks[cueEnd + 1].kind == .word, !toks[cueEnd + 1].isCap,
                   toks[j - 1].kind == .word, !toks[j - 1].isCap, !toks[cueEnd + 1].has(WordFlag.subordinator | WordFlag.connective),
                   !WordLists.asideAdverbs.contains(toks[cueEnd + 1]) { return .noFrame }
                // "asking the crews to stand up and pledge support": a base form after an infinitive it is
                // coordinated with shares its "to", an act asked for or planned, not one that took place
                if cue.form == .base, coordinatedInfinitive(before: j) { return .noFrame }
                var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .inherit, left: j, right: cueEnd)
                // ("..., but told reporters on Monday that ...": the hearer and the adjuncts come before what was said)
                if forwardContent(&f, cue: cue, from: afterAdjuncts(cueEnd, cue: cue, frame: &f)) { return .found(f) }
                return .noFrame
            }
        }
        return .undecided
    }

    /// "..., but in a later interview said ...": the "and" / "but" before a short prepositional adjunct that
    /// stands right before the cue at `i` (at most six words, no punctuation), so the verb is coordinated.
    func conjunctionBeforeAdjunct(before i: Int) -> Int? {
        var k = i - 1
        while k > s0 && i - k <= 6 && toks[k].kind != .punct && !inQuote(k) && !toks[k].has(WordFlag.cue) && !(toks[k].code == "and" || toks[k].code == "but") { k -= 1 }
        guard k > s0, k + 2 < i, (toks[k].code == "and" || toks[k].code == "but"), !inQuote(k), toks[k + 1].has(WordFlag.preposition), !toks[k + 1].isCap,
              toks[k - 1].code == "," else { return nil }
        return k
    }

    /// The end of a time of two words at most that starts at `k` ("last year", "on Tuesday", "yesterday", "in
    /// March"), or nil.
    func shortTimeEnd(from k: Int) -> Int? {
        guard k + 1 < s1, !inQuote(k), toks[k].kind == .word else { return nil }
        let t = toks[k]
        if !t.isCap && WordLists.timeAdverbs.contains(t) { return k + 1 }
        let n = toks[k + 1]
        guard n.kind == .word || n.kind == .number, !inQuote(k + 1) else { return nil }
        if WordLists.deicticDeterminers.contains(t) && n.has(WordFlag.timeHint | WordFlag.weekday | WordFlag.month) { return k + 2 }
        if (t.code == "on" || t.code == "in") && (n.has(WordFlag.weekday | WordFlag.month) || n.kind == .number) { return k + 2 }
        return nil
    }

    /// "..., which critics said was ...", "the bill that he said would ...": the relative pronoun is the
    /// subject of the reported clause, the noun phrase before the cue the speaker.
    func relativeClauseFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int, before j: Int) -> Frame? {
        // ("which the founder said last year had passed ...": a time may stand between the cue and the clause's verb)
        let v = shortTimeEnd(from: cueEnd) ?? cueEnd
        // "which he added “is deeply regrettable”": the quotation may open on the clause's verb
        let quotedVerb = isOpen(v) && v + 1 < s1 && toks[v + 1].has(WordFlag.auxiliary) && !WordLists.toNot.contains(toks[v + 1])
        if cue.form != .ing, v < s1, quotedVerb || toks[v].kind == .word && toks[v].has(WordFlag.stop) && !inQuote(v)
            && toks[v].has(WordFlag.auxiliary) && !WordLists.toNot.contains(toks[v]),
           j >= s0, let np0 = np(endingAt: j), np0.lowerBound - 1 >= s0,
           WordLists.whichThat.contains(toks[np0.lowerBound - 1]), !inQuote(np0.lowerBound - 1) {
            let rel = np0.lowerBound - 1
            var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(np0), left: np0.lowerBound, right: v)
            var e = v
            while e < s1 && !isTerminal(e) && !(toks[e].code == "," && !inQuote(e)) { e += 1 }
            if quotedVerb, toks[v].quote >= 0, quotes[toks[v].quote].closed { e = min(e, quotes[toks[v].quote].closeTok + 1) }
            if e > v + 1 {
                f.parts = [rel..<(rel + 1), v..<e]
                f.forward = true
                f.headIsSubject = true
                return f
            }
        }
        return zeroRelativeClauseFrame(i, cue: cue, cueEnd: cueEnd, before: j)
    }

    /// "a policy she said lost them the vote": a relative clause with no pronoun, whose gap is the reported
    /// clause's subject. The noun before the speaker (a pronoun or a name) is that subject (not the object of a
    /// preposition: "In the interview she said ..."); the clause runs from the verb right after the cue to a dash,
    /// the sentence's end, or a comma before a new clause.
    func zeroRelativeClauseFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int, before j: Int) -> Frame? {
        guard cue.form == .past || cue.form == .third, cue.cls != .thatOnly, cueEnd < s1, j - 1 > s0, !inQuote(cueEnd), !inQuote(j) else { return nil }
        let v = toks[cueEnd]
        guard v.kind == .word, !v.isCap, v.has(WordFlag.irregularPast) || v.has(WordFlag.auxiliary) && !WordLists.toNot.contains(v)
                || v.lower.hasByteSuffix("ed") && v.lower.utf8.count > 4 && !v.has(WordFlag.cue) else { return nil }
        // ("she said increased fees would hurt renters": an adjective of the next clause's subject, not the verb)
        if !v.has(WordFlag.auxiliary), looksLikeClause(cueEnd + 1, stopAtComma: true) { return nil }
        // the speaker: a pronoun, or a name of one to three capitalised words
        var a = j
        if !toks[j].has(WordFlag.subjectPronoun) {
            while a > s0 && j - a < 3 && toks[a - 1].isCap && toks[a - 1].kind == .word && !inQuote(a - 1) { a -= 1 }
            guard toks[j].isCap, toks[j].kind == .word, toks[a].isCap, !toks[a].has(WordFlag.stop) else { return nil }
        }
        // the head: a common noun after a determiner or an adjective, not a verb's object pronoun or a verb
        let h = a - 1
        guard h - 1 >= s0, toks[h].kind == .word, !toks[h].isCap, !inQuote(h), !toks[h].has(WordFlag.stop | WordFlag.cue | WordFlag.preposition),
              !toks[h].lower.hasByteSuffix("ly"), !toks[h].lower.hasByteSuffix("ing"), !toks[h].lower.hasByteSuffix("ed"),
              toks[h - 1].has(WordFlag.determiner | WordFlag.possessivePronoun) || toks[h - 1].kind == .word && !toks[h - 1].isCap && !toks[h - 1].has(WordFlag.stop)
                || isDash(h - 1) else { return nil }
        // (to the sentence's end; a comma ends it before a clause or a relative or subordinate word, not before
        // an adverb or a phrase: "..., sometimes successfully", "..., along with a willingness to act")
        var e = cueEnd
        while e < s1 && !isTerminal(e) {
            if isDash(e) || WordLists.strongBreaks.contains(toks[e]) && !inQuote(e) { break }
            if toks[e].code == "," && !inQuote(e) && (e + 1 >= s1 || looksLikeClause(e + 1, stopAtComma: true) || toks[e + 1].has(WordFlag.subordinator | WordFlag.connective)
                || WordLists.whichThat.contains(toks[e + 1]) || WordLists.andButOr.contains(toks[e + 1]) || toks[e + 1].kind == .quote) { break }
            e += 1
        }
        e = trimEnd(cueEnd, e)
        guard e - cueEnd >= 2 else { return nil }
        let start = toks[h - 1].has(WordFlag.determiner | WordFlag.possessivePronoun) ? h - 1 : h
        if start - 1 >= s0, toks[start - 1].has(WordFlag.preposition), !toks[start - 1].isCap || start - 1 == s0 { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(a..<(j + 1)), left: a, right: cueEnd)
        f.parts = [start..<(h + 1), cueEnd..<e]
        f.forward = true
        f.headIsSubject = true
        return f
    }

    /// Where a predicate of willing speech that takes the cue's "to" and ends at `w` begins ("keen", "at pains"), or nil.
    func willingPredicateStart(endingAt w: Int) -> Int? {
        guard w > s0, toks[w].kind == .word, !toks[w].isCap, !inQuote(w) else { return nil }
        if toks[w].code == "pains" && toks[w - 1].code == "at" { return w - 1 }
        return WordLists.eagerPredicates.contains(toks[w]) ? w : nil
    }

    /// Where the copula stands before the willing predicate that begins at `p` ("were keen", "was always quick"), or
    /// nil: not after a modal ("will be keen to stress", the writer's prediction) nor after "too" ("too careful to say").
    func copula(beforePredicateAt p: Int) -> Int? {
        var k = p - 1
        while k > s0 && toks[k].kind == .word && (toks[k].lower.hasByteSuffix("ly") || WordLists.copulaAdverbs.contains(toks[k])) { k -= 1 }
        return k > s0 && toks[k].has(WordFlag.beVerb) && toks[k].code != "be" ? k : nil
    }

    /// `X said ...`: the speaker is the subject before the cue (a bare "say" needs an auxiliary or a plural
    /// subject, as in "officials say"); what was said follows the cue or, after a quotation, comes before the subject.
    func subjectFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int, before j: Int) -> Frame? {
        let infinitive = i > s0 && toks[i - 1].code == "to"
        if infinitive && cue.cls != .speech && code(cueEnd) != "that" && cue.lemma != "make the case" { return nil }
        // "it's going too far to say", "it is too soon to tell": what would be too much to say is not said (not "Vale
        // too wanted to say", where "too" is "also", nor "was not too proud to admit")
        if infinitive && i - 4 >= s0 && toks[i - 3].code == "too" && toks[i - 2].kind == .word && !toks[i - 2].isCap && !verbLike(i - 2) && !inQuote(i - 3),
           toks[i - 4].has(WordFlag.beVerb) || toks[i - 4].code == "going" { return nil }
        var plainSubject = subject(endingBefore: i, infinitive: infinitive)
        // "were keen to point out that", "was at pains to stress": the subject of the copula before the predicate speaks
        if infinitive, let r = plainSubject, let p = willingPredicateStart(endingAt: r.upperBound - 1) {
            guard let c = copula(beforePredicateAt: p), let speaker = subject(endingBefore: c) ?? leadSubject(endingBefore: c, found: nil, infinitive: false) else { return nil }
            plainSubject = speaker
        }
        // "It is fair to say", "was able to tell", "had something to say": the word before "to" is no subject; and
        // "fails to mention that" says that it was not said
        if infinitive, let r = plainSubject, case let w = r.upperBound - 1, !toks[w].isCap,
           r.count == 1 && WordLists.beforeInfinitive.contains(toks[w]) || r.count <= 2 && extraposedIt(before: w) {
            return nil
        }
        // ("... handed money to Republicans who say ...": the head of the relative clause speaks, not the sentence's subject)
        let relativeHead = plainSubject != nil && j >= s0 && toks[j].code == "who" && !inQuote(j)
        let lead = cue.cls == .thatOnly || relativeHead || plainSubject.map(followsPrepositionAndWhich) == true ? nil : leadSubject(endingBefore: i, found: plainSubject, infinitive: infinitive)
        guard var subj = lead ?? plainSubject else {
            // "tried on Tuesday to make the case that": the clause's subject
            if infinitive {
                var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .inherit, left: i, right: cueEnd)
                let after = afterAdjuncts(cueEnd, cue: cue, frame: &f)
                if after < s1 && toks[after].code == "that" {
                    f.openContent(from: after + 1, to: s1)
                    return f
                }
            }
            return nil
        }
        // "one could say", "you might argue", "One can only assume": a generic speaker with a modal (and an
        // adverb at most) voices a possibility or the writer's inference, not a claim
        if cue.form == .base, i - 1 > s0, case let modal = isModalAdverb(i - 1) ? i - 2 : i - 1, modal - 1 >= s0,
           WordLists.possibilityModals.contains(toks[modal]) || WordLists.obligationModals.contains(toks[modal]),
           case let g = toks[modal - 1].lower, g == "one" || g == "you", !inQuote(modal - 1) {
            return nil
        }
        // "how many can say a film has changed their vision?": a question who could say it asks, not a claim
        if cue.form == .base, i - 1 > s0, WordLists.possibilityModals.contains(toks[i - 1]), toks[i - 2].code == "many" || toks[i - 2].code == "who",
           toks[i - 2].code == "who" || i - 3 >= s0 && toks[i - 3].code == "how", (max(s0, s1 - 2)..<s1).contains(where: { toks[$0].code == "?" }) {
            return nil
        }
        // a bare verb needs an auxiliary or a plural subject: "officials say", "will say"
        if cue.form == .base {
            let prev = toks[i - 1].lower
            // the head noun agrees, not the last noun of its phrases: "Critics of the plan say", "Residents of the town say"
            // ("Editors who work at British newspapers say": the noun before the relative clause)
            let headIndex = ((subj.lowerBound + 1)..<subj.upperBound).first { WordLists.inOf.contains(toks[$0]) || toks[$0].code == "who" }.map { $0 - 1 } ?? subj.upperBound - 1
            let head = toks[headIndex].lower
            let headTok = toks[headIndex]
            // "Officials say", "Democrats say", "26 percent say": plural subjects, capitalised or counted
            // ("Many Kenyans say", "Some Republicans say": a quantifier before a capitalised plural)
            let capitalPlural = headTok.isCap && ((subj.count == 1 || headIndex == subj.lowerBound && headIndex < subj.upperBound - 1) && isLead(subj.lowerBound)
                || Lexicon.anonymousHeads.contains(head) && head.hasByteSuffix("s")
                || headIndex == subj.lowerBound + 1 && WordLists.subjectQuantifiers.contains(toks[subj.lowerBound]) && head.hasByteSuffix("s") && !head.hasByteSuffix("ss"))
            // "26 percent say", "one in five say", "a third say", "just shy of half say": a share of those polled
            let counted = subj.contains { toks[$0].kind == .number || toks[$0].code == "percent" || toks[$0].code == "%"
                || WordLists.shareWords.contains(toks[$0]) || Lexicon.numberWords[toks[$0]] != nil && subj.count > 1 }
            let plural = WordLists.theyWe.contains(head) || WordLists.polledParticiples.contains(head) || WordLists.pluralsWithoutS.contains(head)
                || (subj.count == 1 || headIndex == subj.lowerBound && code(headIndex + 1) == "who") && WordLists.subjectQuantifiers.contains(head) || head.hasByteSuffix("s") && !head.hasByteSuffix("ss") && (!headTok.isCap || capitalPlural) || counted
                || subj.count > 2 && (subj.contains { toks[$0].code == "and" })
                // "a number of analysts say", "a handful of residents say": a quantity of a plural
                || WordLists.quantityNouns.contains(head) && code(headIndex + 1) == "of" && headIndex + 2 < subj.upperBound
                    && (WordLists.pluralsWithoutS.contains(toks[subj.upperBound - 1]) || toks[subj.upperBound - 1].lower.hasByteSuffix("s") && !toks[subj.upperBound - 1].lower.hasByteSuffix("ss"))
            // "Harbour Coach Action say they are ready to ...": a body named in capitals, taken as plural, as "they"
            // after the verb shows (British usage)
            let namedBody = headTok.isCap && subj.count >= 2 && subj.allSatisfy({ toks[$0].isCap || toks[$0].has(WordFlag.determiner) })
                && WordLists.theyWe.contains(low(code(cueEnd) == "that" ? cueEnd + 1 : cueEnd))
            if !(Lexicon.auxiliaries.contains(prev) || plural || namedBody || skippableLeft(i - 1) && Lexicon.auxiliaries.contains(low(j + 1))) { return nil }
        }
        subj = singularConjunct(subj, cue: cue, at: i)
        // "The employee of (nearly) four years said": the phrase of time after "of" describes the head noun
        if subj.count >= 3, toks[subj.upperBound - 1].has(WordFlag.timeHint) || toks[subj.upperBound - 1].code == "of",
           let of = subj.dropFirst().first(where: { toks[$0].code == "of" && !inQuote($0) }), !toks[of - 1].has(WordFlag.timeHint), toks[of - 1].kind == .word,
           ((of + 1)..<subj.upperBound).allSatisfy({ toks[$0].kind == .number || toks[$0].has(WordFlag.timeHint) || Lexicon.numberWords[toks[$0]] != nil || toks[$0].lower.hasByteSuffix("ly") }) {
            subj = subj.lowerBound..<of
        }
        // "a set of rules that ... requires": a preposition alone is no speaker; "headlines in the past two
        // years show", "When Roe a month later announced": nor is a stretch of time
        let headToken = toks[subj.upperBound - 1]
        if subj.count == 1 && headToken.has(WordFlag.preposition) && !headToken.isCap || headToken.has(WordFlag.timeHint) && !headToken.isCap && !headToken.has(WordFlag.weekday | WordFlag.month) {
            return nil
        }
        // "Clinton maintains a large pledged delegate lead": a name or a pronoun, a verb in the third person and its
        // object make a clause of their own, not the subject of a participle after them
        if subj.count >= 3 {
            for k in (subj.lowerBound + 1)..<(subj.upperBound - 1) where toks[k].has(WordFlag.cue) && !toks[k].isCap && toks[k + 1].has(WordFlag.determiner) {
                if (toks[k - 1].isCap && toks[k - 1].kind == .word || toks[k - 1].has(WordFlag.subjectPronoun)) && !inQuote(k)
                    && Lexicon.cues[toks[k]]?.form == .third { return nil }
            }
        }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(subj), left: subj.lowerBound, right: cueEnd)
        if case .subject(let r) = f.source, r.count == 1, toks[r.lowerBound].kind == .quote {
            return nil
        }
        // "deeply reported features": an adverb is no speaker, the participle an adjective
        if subj.count == 1, adverbBeforeAdjective(subj.lowerBound) || subj.lowerBound > s0 && toks[subj.lowerBound - 1].code == "," && toks[subj.lowerBound].lower.hasByteSuffix("ly") && !toks[subj.lowerBound].isCap {
            return nil
        }
        if let label = labelRange(subj) { f.source = .label(label) }
        // what follows the cue
        let after = thatAfterPlaceName(skipParenthetical(afterAdjuncts(cueEnd, cue: cue, frame: &f)))
        if utteranceAfterColon(&f, from: cueEnd) { return f }
        if case let o = asReportedClause(&f, subject: subj, cue: cue, cueEnd: cueEnd, after: after), o.isDecided { return o.frame }
        if case let o = thatClause(&f, subject: subj, cue: cue, cueEnd: cueEnd, after: after), o.isDecided { return o.frame }
        if cue.cls == .thatOnly {
            // "The survey found most islanders want a bridge", "The Harbour Commission found the levy was unfair": a
            // study's or a named body's finding, a clause without "that" (not "found no evidence", "police found a body")
            guard cue.lemma == "find", let head = subj.last, WordLists.findingBodies.contains(toks[head]) || toks[head].isCap && toks[head].stemIsOrgWord,
                  after < s1, toks[after].kind == .word, !toks[after].has(WordFlag.connective), !inQuote(after), looksLikeClause(after) else { return nil }
            f.openContent(from: after, to: s1)
            return f
        }
        if case let o = quotationAfterCue(&f, subject: subj, cue: cue, cueEnd: cueEnd, after: after), o.isDecided { return o.frame }
        if case let o = contentBeforeTrailingCue(&f, subject: subj, cue: cue, cueEnd: cueEnd, after: after), o.isDecided { return o.frame }
        return forwardContent(&f, cue: cue, from: after) || reportedRequest(&f, cue: cue, from: after) ? f : nil
    }

    /// Extraposition rule: "it's cliché to say this", "it is tempting to say": "it" and a form of "be" right
    /// before the word at `k`, which is then an adjective, not the infinitive's subject.
    func extraposedIt(before k: Int) -> Bool {
        guard k - 1 >= s0 else { return false }
        let b = toks[k - 1].lower
        if b == "it's" || b == "it’s" { return true }
        return k - 2 >= s0 && toks[k - 1].has(WordFlag.beVerb) && toks[k - 2].code == "it"
    }

    /// Prepositional-relative rule: "an interview in which he said ...", "a hearing during which residents
    /// said ...": after a preposition "which" is its object, so the noun phrase `r` after it is the subject.
    func followsPrepositionAndWhich(_ r: Range<Int>) -> Bool {
        let b = r.lowerBound - 1
        guard b - 1 >= s0, toks[b].code == "which", !inQuote(b - 1) else { return false }
        return toks[b - 1].has(WordFlag.preposition) && !toks[b - 1].isCap
    }

    /// Singular-verb conjunct rule: "won the county by a wide margin and Lane says ...": a verb in the third
    /// person singular ("says", "has said") cannot take a coordinated subject, so an "and" inside the subject joins two clauses and
    /// the speaker is the conjunct after it.
    func singularConjunct(_ subj: Range<Int>, cue: Lexicon.Cue, at cueAt: Int) -> Range<Int> {
        let singularAuxiliary = subj.upperBound < cueAt && (toks[cueAt - 1].code == "has" || toks[cueAt - 1].code == "is" || toks[cueAt - 1].code == "was" || toks[cueAt - 1].code == "does")
        guard cue.form == .third || singularAuxiliary, subj.count >= 3 else { return subj }
        return conjunctAfterLastAnd(subj) ?? subj
    }

    /// The words after the last "and" of `r` (outside quotations), when words stand on both sides of it.
    func conjunctAfterLastAnd(_ r: Range<Int>) -> Range<Int>? {
        guard let k = r.last(where: { toks[$0].code == "and" && !inQuote($0) }), k > r.lowerBound, k + 1 < r.upperBound else { return nil }
        return (k + 1)..<r.upperBound
    }

    /// "As the Times reported, ...": the rest of the sentence is what was reported.
    func asReportedClause(_ f: inout Frame, subject subj: Range<Int>, cue: Lexicon.Cue, cueEnd: Int, after: Int) -> RuleOutcome {
        if subj.lowerBound > s0, toks[subj.lowerBound - 1].code == "as", isLead(subj.lowerBound - 1), cue.form != .base, cue.form != .ing,
           after + 1 < s1, toks[after].code == "," || toks[after].code == ":", !inQuote(after) {
            if let q = quoteAt(after) { attachQuote(&f, q); return .found(f) }
            let e = trimEnd(after + 1, s1)
            if e - (after + 1) >= 3 {
                f.parts = [(after + 1)..<e]; f.forward = true; f.openEnded = true; f.right = after + 1
                return .found(f)
            }
        }
        return .undecided
    }

    /// `X said that ...`: the clause after "that" (unless "that" opens a relative clause after an adjunct).
    func thatClause(_ f: inout Frame, subject subj: Range<Int>, cue: Lexicon.Cue, cueEnd: Int, after: Int) -> RuleOutcome {
        if after < s1 && toks[after].code == "that" && !inQuote(after) {
            // "said in a documentary that showed ...", "told a crowd that spilled out ...": "that" after the
            // adjunct's noun, then a verb, is a relative pronoun; what was said is the quotation before, if any
            if after > cueEnd && relativeThat(after) {
                guard followsBreak(subj.lowerBound) else { return .noFrame }
                f.right = after
                return backwardContent(&f, subjectLeft: subj.lowerBound) ? .found(f) : .noFrame
            }
            // "accepts that framing": a determiner, not a clause ("accepted that his mother had ..." is one)
            if cue.lemma == "accept" && !looksLikeClause(after + 1) { return .noFrame }
            f.openContent(from: after + 1, to: s1)
            return .found(f)
        }
        return .undecided
    }

    /// `X said, “...”`: a quotation after the cue (not a programme's or a book's title), or after "described it as".
    func quotationAfterCue(_ f: inout Frame, subject subj: Range<Int>, cue: Lexicon.Cue, cueEnd: Int, after: Int) -> RuleOutcome {
        // `"...," X told “Fox and Friends” after ...`: a short quoted name right after the cue is the
        // programme or outlet spoken to, and the quotation before the subject is what was said
        if isOpen(after), toks[after].quote >= 0, quotes[toks[after].quote].closed, quotes[toks[after].quote].wordCount <= 5,
           followsQuotation(subj.lowerBound) {
            f.right = quotes[toks[after].quote].closeTok + 1
            if backwardContent(&f, subjectLeft: subj.lowerBound) { return .found(f) }
        }
        if let q = quoteAt(after), after > cueEnd, titleAfterAdjunct(q) {
            // "said on Coast Radio’s “Harbour Hour.”", "said in his 2019 memoir, “A Long Road Home.”": the title of the
            // programme or work, not what was said; that is the clause before the subject, if any
            guard followsBreak(subj.lowerBound) else { return .noFrame }
            f.right = quotes[q].closeTok + 1
            return backwardContent(&f, subjectLeft: subj.lowerBound) ? .found(f) : .noFrame
        }
        if let q = quoteAt(after), quotes[q].openTok > cueEnd, toks[quotes[q].openTok - 1].code == ",", followsQuotation(subj.lowerBound) {
            // `“A,” she said, “B.”`: one statement in two quotations around the attribution
            var split = f
            split.right = quotes[q].openTok - 1
            if backwardContent(&split, subjectLeft: subj.lowerBound), split.parts.count == 2 { f = split; return .found(f) }
        }
        // "Its salvo began with “Playing Trump,” ...": what a verb of speech only beside a quotation begins or goes on
        // with is a thing done, not words quoted
        if Lexicon.quoteOnly.contains(cue.lemma), cueEnd < s1, toks[cueEnd].code == "with" { return .noFrame }
        if let q = quoteAt(after) ?? quoteAfterCuePhrase(after, subjectStart: subj.lowerBound) {
            attachQuote(&f, q)
            if let lead = subjectBeforeParenthetical(subj, quoteOpen: quotes[q].openTok), f.quotes == [q] {
                // "The plan, she said, “will not survive the winter.”": the quotation goes on from the subject
                // before the attribution, as a mixed statement
                f.parts = [lead, f.parts[0]]
                f.quotes = []
            }
            return .found(f)
        }
        // "described (it) as “an intentional act”"
        if WordLists.describeCall.contains(cue.lemma) || cue.lemma == "describe" {
            var k = after
            while k < s1 && k - after < 5 && toks[k].code != "as" && !inQuote(k) { k += 1 }
            if k < s1 && toks[k].code == "as", let q = quoteAt(k + 1) { attachQuote(&f, q); return .found(f) }
            // "described it as a stable but declining resource": unquoted, the description to the clause's end
            if cue.lemma == "describe", k < s1, toks[k].code == "as", !inQuote(k), k + 2 < s1, !toks[k + 1].isCap || toks[k + 1].has(WordFlag.determiner),
               !toks[k + 1].has(WordFlag.subjectPronoun), !looksLikeClause(k + 1),
               (after..<k).allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap }) {
                var e = k + 1
                while e < s1 && !isTerminal(e) && toks[e].code != "," && toks[e].kind != .quote && !inQuote(e) { e += 1 }
                if e - (k + 1) >= 2 && isTerminal(e) {
                    f.parts = [(k + 1)..<e]; f.right = k + 1
                    return .found(f)
                }
            }
        }
        return .undecided
    }

    /// The first token of the sentence after its opening connectives and commas ("Still, ...", "In addition,
    /// ..."), at most `end`.
    func afterLeadingConnectives(before end: Int) -> Int {
        var a = s0
        while a < end && (toks[a].has(WordFlag.connective) && !inQuote(a) || toks[a].code == ",") { a += 1 }
        return a
    }

    /// `The pilot, he argued, “has already proven itself.”`: the noun phrase that opens the sentence (two
    /// words or more, no verb, no quotation; not an adjunct or a connective) before an attribution set off
    /// by commas, when a quotation follows the attribution's comma. Nil otherwise.
    func subjectBeforeParenthetical(_ subj: Range<Int>, quoteOpen: Int) -> Range<Int>? {
        let b = subj.lowerBound - 1
        guard b > s0, toks[b].code == ",", !inQuote(b), quoteOpen - 1 > subj.upperBound, toks[quoteOpen - 1].code == "," else { return nil }
        let a = afterLeadingConnectives(before: b)
        guard a < b, !toks[a].has(WordFlag.preposition | WordFlag.subordinator | WordFlag.frontAdverb | WordFlag.timeHint | WordFlag.subjectPronoun) else { return nil }
        // a noun phrase's start: a determiner, a possessive or a capitalised word ("Just last week" is none)
        guard toks[a].has(WordFlag.determiner | WordFlag.possessivePronoun) || toks[a].isCap && !toks[a].lower.hasByteSuffix("ly") else { return nil }
        // ("Asked about the delays, Roe said, “...”", "Speaking at the summit, ...": a participle's phrase leading the
        // sentence is when or how, not what was said)
        if toks[a].isCap, a + 1 < b, !toks[a + 1].isCap, toks[a].lower.hasByteSuffix("ing") || toks[a].lower.hasByteSuffix("ed"),
           Coreference.firstNameGender(toks[a].lower) == 0 { return nil }
        var words = 0
        for k in a..<b {
            if toks[k].kind == .quote || inQuote(k) || toks[k].kind == .punct && toks[k].code != "'" { return nil }
            if toks[k].has(WordFlag.timeHint | WordFlag.month | WordFlag.weekday) { return nil }
            if toks[k].isWord { words += 1 }
        }
        guard words >= 2, !looksLikeClause(a, stopAtComma: true), !nameOnlyContent(a..<b) else { return nil }
        return a..<b
    }

    /// `"...," X said about ...` and `..., X said on Monday.`: a cue that closes the sentence or is followed
    /// only by circumstances; what was said is the quotation or clause before the subject.
    func contentBeforeTrailingCue(_ f: inout Frame, subject subj: Range<Int>, cue: Lexicon.Cue, cueEnd: Int, after: Int) -> RuleOutcome {
        let subjPrecededByBreak = followsBreak(subj.lowerBound)
        var afterQuote = followsQuotation(subj.lowerBound)
        // "On Sunday on Channel 9’s “The Week Ahead,” X said ...": a fronted title, not a quotation
        if afterQuote, let c = [subj.lowerBound - 1, subj.lowerBound - 2].first(where: { isClose($0) }), quotes[toks[c].quote].openTok > s0,
           titleAfterAdjunct(toks[c].quote, closingSentence: false) {
            afterQuote = false
        }
        // `On “privatization,” Roe said contractors cost more`: a quoted topic after a fronted preposition, and
        // the clause after the cue is what was said
        if afterQuote, let c = [subj.lowerBound - 1, subj.lowerBound - 2].first(where: { isClose($0) }), quotedTopic(toks[c].quote), after < s1, looksLikeClause(after, stopAtComma: true) {
            afterQuote = false
        }
        if afterQuote && !(after < s1 && (toks[after].code == "that" || quoteAt(after) != nil)) {
            // `"...," X said about halfway through ...`: what follows is circumstance
            f.right = after
            if backwardContent(&f, subjectLeft: subj.lowerBound) {
                topicAfterSaidOf(&f, at: after)
                return .found(f)
            }
            return .noFrame
        }
        if Lexicon.quoteOnly.contains(cue.lemma) { return .noFrame }
        // (nothing before the subject: the clause after the comma is what was said)
        if !(s0..<subj.lowerBound).contains(where: { toks[$0].kind == .word || toks[$0].kind == .quote }), commaBeforeSaidClause(after, cue: cue) { return .undecided }
        if after >= s1 || isTerminal(after) || toks[after].code == "," || isClose(after) {
            if subjPrecededByBreak {
                f.right = after
                if backwardContent(&f, subjectLeft: subj.lowerBound) { return .found(f) }
            }
            return .noFrame
        }
        if subjPrecededByBreak && cue.cls != .speech && !frontedAdjunctBefore(subj.lowerBound) { return .noFrame }
        let adjunctStart = after < s1 && (toks[after].kind == .number || Lexicon.numberWords[toks[after]] != nil || toks[after].has(WordFlag.preposition) || toks[after].has(WordFlag.weekday) || toks[after].lower.hasByteSuffix("ly"))
        if subjPrecededByBreak && adjunctStart && !looksLikeClause(after) {
            // "..., the Post reported ten days ago." — whatever follows is circumstance
            var e = after
            while e < s1 && !isTerminal(e) && toks[e].code != "," { e += 1 }
            if e - after <= 5 && (e >= s1 || isTerminal(e)) {
                f.right = e
                if backwardContent(&f, subjectLeft: subj.lowerBound) { return .found(f) }
                return .noFrame
            }
        }
        // "..., Roe said during his speech to the delegates." / "..., Roe said in posing the question": the
        // circumstance may begin right after the cue, before the adjuncts skipped above
        if subjPrecededByBreak, let e = circumstanceAfterTrailingCue(after, subjectStart: subj.lowerBound)
            ?? (cueEnd < after ? circumstanceAfterTrailingCue(cueEnd, subjectStart: subj.lowerBound) : nil) {
            f.right = e
            if backwardContent(&f, subjectLeft: subj.lowerBound) { return .found(f) }
        }
        return .undecided
    }

    /// `“It’s unanimous,” Roe said of the board’s vote to close the depot.`: the "of" phrase after a trailing
    /// cue names what the quotation is about, so it is added to the content as a second part (up to a comma
    /// or the sentence's end, at least two words).
    func topicAfterSaidOf(_ f: inout Frame, at k: Int) {
        guard f.isDirect, f.parts.count == 1, code(k) == "of", !inQuote(k) else { return }
        var e = k + 1
        while e < s1 && !isTerminal(e) && !inQuote(e) && toks[e].kind != .quote && toks[e].code != "," { e += 1 }
        guard e >= s1 || isTerminal(e), ((k + 1)..<e).filter({ toks[$0].isWord }).count >= 2 else { return }
        f.parts.append((k + 1)..<trimEnd(k + 1, e))
        f.right = e
    }

    /// Quoted-topic rule: the quotation `q` ends a prepositional phrase that opens the sentence ("On
    /// “privatization,” ...", "To a question on the “surge,” ..."), so it names a topic rather than what was said.
    func quotedTopic(_ q: Int) -> Bool {
        let open = quotes[q].openTok
        let a = afterLeadingConnectives(before: open)
        guard a < open, open - a <= 8, toks[a].has(WordFlag.preposition) else { return false }
        return (a..<open).allSatisfy { toks[$0].kind == .word && !inQuote($0) && !isFiniteVerbWord(toks[$0]) && !toks[$0].has(WordFlag.cue) }
    }

    /// Whether the subject starting at `subjectStart` comes right after a comma or a closing quotation mark
    /// (`..., X said`, `"...," X said`): a trailing attribution, whose content may come before it.
    func followsBreak(_ subjectStart: Int) -> Bool {
        subjectStart > s0 && (toks[subjectStart - 1].code == "," || isClose(subjectStart - 1))
    }

    /// Whether the subject starting at `subjectStart` comes right after a closing quotation mark, with or
    /// without a comma between (`“...” X said`, `“...”, X said`).
    func followsQuotation(_ subjectStart: Int) -> Bool {
        subjectStart > s0 && (isClose(subjectStart - 1) || toks[subjectStart - 1].code == "," && isClose(subjectStart - 2))
    }

    func cueText(_ a: Int, _ b: Int) -> String { text.string(toks[a].start, toks[b - 1].end) }

    /// The comma that opens a description of the speaker ending at `b` (", the company’s spokesman" before
    /// ", Jane Roe, said"): a short phrase after a comma, starting with a determiner or a possessive, with no
    /// verb in it; after a quotation, its first word. Nil when there is none after `a`.
    func descriptionStart(before b: Int, after a: Int) -> Int? {
        var k = b - 1
        while k > a && b - k <= 8 {
            let t = toks[k]
            // `“...,” the party’s deputy leader, Jane Roe, said`: the quotation's own comma opens it
            if isClose(k) && k + 1 < b && k + 1 > a, toks[k + 1].has(WordFlag.determiner | WordFlag.possessivePronoun) || toks[k + 1].isPossessive {
                return k + 1
            }
            if inQuote(k) || t.kind == .quote { return nil }
            if t.code == "," {
                let first = toks[k + 1]
                guard k + 1 < b, first.has(WordFlag.determiner | WordFlag.possessivePronoun) || first.isPossessive else { return nil }
                return k
            }
            if t.has(WordFlag.auxiliary | WordFlag.beVerb | WordFlag.irregularPast | WordFlag.subjectPronoun) || !t.isCap && t.lower.hasByteSuffix("ed") { return nil }
            // ("Simply put, the levy means fewer sailings, Ruiz said": a verb in "-s" before its object makes a clause)
            if presentVerbBeforeObject(k) { return nil }
            k -= 1
        }
        return nil
    }

    /// The word at `k` reads as a verb in the present ("means", "costs") : a lower-case word in "-s" after a
    /// noun, before a determiner, a number or a word of quantity that opens its object.
    func presentVerbBeforeObject(_ k: Int) -> Bool {
        guard k > s0, k + 1 < s1, toks[k].kind == .word, !toks[k].isCap, !inQuote(k), !toks[k].isPossessive, case let l = toks[k].lower,
              l.hasByteSuffix("s"), !l.hasByteSuffix("ss"), l.utf8.count > 3, toks[k - 1].kind == .word, !toks[k - 1].has(WordFlag.determiner | WordFlag.preposition) else { return false }
        let n = toks[k + 1]
        return n.has(WordFlag.determiner) || n.kind == .number || WordLists.quantityOpeners.contains(n)
    }

    /// The quotation `q` closes its sentence and reads as the title of a programme or work (a few capitalised
    /// words: “Harbour Hour”, “A Long Road Home”), after the noun of an adjunct phrase ("on Coast Radio’s",
    /// "in his book,").
    func titleAfterAdjunct(_ q: Int, closingSentence: Bool = true) -> Bool {
        let r = quotes[q]
        guard r.closed, r.wordCount >= 1, r.wordCount <= 6 else { return false }
        if closingSentence && !(r.closeTok + 1 >= s1 || isTerminal(r.closeTok + 1) || code(r.closeTok + 1) == "," && r.closeTok + 2 >= s1) { return false }
        var p = r.openTok - 1
        if p > s0 && toks[p].code == "," { p -= 1 }
        guard p >= s0, toks[p].kind == .word, !inQuote(p), !toks[p].has(WordFlag.weekday | WordFlag.timeHint | WordFlag.cue | WordFlag.stop) else { return false }
        var words = 0
        for k in (r.openTok + 1)..<r.closeTok where toks[k].kind == .word {
            words += 1
            if !toks[k].isCap && !(words > 1 && WordLists.titleFunctionWords.contains(toks[k])) { return false }
        }
        return words >= 1
    }

    /// The "that" at `k`, after a noun, is a relative pronoun: a verb follows it directly ("a documentary that
    /// showed ...", "a crowd that was ..."), where a reported clause would start with its subject.
    func relativeThat(_ k: Int) -> Bool {
        guard k > s0, k + 1 < s1, toks[k - 1].kind == .word, !toks[k - 1].has(WordFlag.cue | WordFlag.stop) else { return false }
        let n = toks[k + 1]
        guard n.kind == .word, !n.isCap, !inQuote(k + 1), !complementizer(k + 1) else { return false }
        return n.has(WordFlag.auxiliary | WordFlag.beVerb | WordFlag.irregularPast) && !n.has(WordFlag.subjectPronoun)
            || n.lower.hasByteSuffix("ed") && n.lower.utf8.count > 3
    }

    /// The reporting verb at `i` is negated: "did not mention", "hasn’t said", "never told", "without
    /// mentioning", "declined to say", "refused to confirm". Nobody said what follows, so it is no claim.
    func negated(_ i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= s0 && steps < 4 && toks[k].kind == .word && !inQuote(k) {
            let l = toks[k].lower
            let lc = toks[k].code
            if WordLists.negations.contains(l) || l.hasByteSuffix("n’t") || l.hasByteSuffix("n't") { return true }
            // "declined to say", "refused to confirm": the refusal is the negation
            // ("That's not to suggest that ...": a negated infinitive)
            if lc == "to" { return k > s0 && (WordLists.refusals.contains(toks[k - 1]) || toks[k - 1].code == "not" && !inQuote(k - 1)) }
            guard toks[k].has(WordFlag.auxiliary) || l.hasByteSuffix("ly") && !toks[k].isCap || WordLists.negationGaps.contains(l) else { return false }
            k -= 1; steps += 1
        }
        return false
    }

    /// The quote region that opens at `k` (after an optional comma or colon), if any.
    func quoteAt(_ k: Int) -> Int? {
        var k = k
        if k < s1 && (toks[k].code == "," || toks[k].code == ":") { k += 1 }
        if isOpen(k), let q = Optional(toks[k].quote), q >= 0, !quotes[q].isLabel { return q }
        return nil
    }

    func attachQuote(_ f: inout Frame, _ q: Int) {
        let r = quotes[q]
        let end = r.closeTok >= 0 ? r.closeTok + 1 : min(s1, lastTokenOf(q) + 1)
        if end < s1 && toks[end].isWord {
            f.parts = [r.openTok..<s1]; f.quotes = []; f.forward = true; f.openEnded = true
            return
        }
        f.parts = [r.openTok..<end]
        f.quotes = [q]
        f.forward = true
    }

    func lastTokenOf(_ q: Int) -> Int {
        var k = quotes[q].openTok
        while k + 1 < toks.count && toks[k + 1].quote == q { k += 1 }
        return k
    }

    func labelRange(_ subj: Range<Int>) -> Range<Int>? {
        for k in subj where toks[k].kind == .quote {
            let q = toks[k].quote
            if q >= 0 && quotes[q].isLabel { return (quotes[q].openTok + 1)..<max(quotes[q].openTok + 1, quotes[q].closeTok) }
        }
        return nil
    }

    /// Skips a recipient (for "tell"), time words, adverbs and prepositional phrases after the cue.
    func afterAdjuncts(_ from: Int, cue: Lexicon.Cue, frame f: inout Frame) -> Int {
        var c = from
        // "told “Fox and Friends” that ...": a short quoted name of a programme as the hearer
        if cue.takesRecipient && isOpen(c), toks[c].quote >= 0, quotes[toks[c].quote].closed, quotes[toks[c].quote].wordCount <= 5,
           c + 1 < s1, toks[c + 1].isCap, code(quotes[toks[c].quote].closeTok + 1) == "that" {
            f.recipient = (c + 1)..<quotes[toks[c].quote].closeTok
            c = quotes[toks[c].quote].closeTok + 1
        }
        if cue.takesRecipient && c < s1 && !inQuote(c) {
            let l = toks[c].lower
            let lc = toks[c].code
            if Lexicon.objectPronouns.contains(l) && lc != "it" || lc == "reporters" || lc == "journalists" {
                if cue.lemma == "tell" || WordLists.thatEtc.contains(low(c + 1)) || isOpen(c + 1) {
                    f.recipient = c..<(c + 1); c += 1
                }
            } else if toks[c].isCap || Self.nounBlockers.contains(l) && lc != "no" || cue.lemma == "tell" && toks[c].kind == .word && (!SpeakerRecognizer.isStop(toks[c]) || lc == "another") {
                var e = c
                var n = 0
                while e < s1 && n < 14 {
                    let u = toks[e]
                    if inQuote(e) || u.kind == .quote { break }
                    if WordLists.recipientPhraseEnds.contains(u) { break }
                    if u.code == "that" || (e > c && (u.has(WordFlag.subjectPronoun) || u.code == "there")) { break }
                    if cue.lemma == "ask" && e > c && RequestLists.questionWords.contains(u) { break }
                    if e > c && WordLists.aboutAfter.contains(u) && !(u.code == "of") { break }
                    // "asked Trump Wednesday if ...", "told reporters yesterday that ...": the time of the telling
                    if e > c && Self.isTellingTime(u) { break }
                    if e > c && Self.nounBlockers.contains(u) && !WordLists.articles.contains(u) { break }
                    // "told Atlanta police Rogers fondled her": a name after the hearers' plural noun, with its verb, opens
                    // the content
                    if e > c && u.isCap && u.kind == .word && WordLists.hearerPlurals.contains(toks[e - 1]) && !toks[e - 1].isCap
                        && ((e + 1)..<min(s1, e + 4)).contains(where: { verbLike($0) }) { break }
                    // an article after the hearer's noun starts the content ("told the court the money ...", and
                    // after a hearer of one word with no article: "told jurors the money ...", "told Reuters a deal ...")
                    if (e > c + 1 || e == c + 1 && !toks[c].has(WordFlag.determiner) && !toks[c].has(WordFlag.possessivePronoun))
                        && WordLists.articles.contains(u) && !WordLists.ofAt.contains(toks[e - 1]) { break }
                    e += 1; n += 1
                }
                // (the time words after the hearer are read through: what follows them decides)
                var after = e
                while after < s1 && Self.isTellingTime(toks[after]) { after += 1 }
                let nextOK = after >= s1 || WordLists.thatEtc.contains(toks[after]) || toks[after].has(WordFlag.subjectPronoun) || toks[after].code == "there" || isOpen(after)
                if e > c && (cue.lemma == "tell" || nextOK && (code(after) == "that" || code(after) == ":") || cue.lemma == "ask" && RequestLists.questionWords.contains(low(after))) {
                    f.recipient = c..<e; c = after
                }
            }
        }
        // "said of the mayor that he ...": the person or thing spoken of, then the clause
        if c < s1, toks[c].code == "of", c == from, cue.lemma == "say" || cue.lemma == "write", !inQuote(c) {
            var e = c + 1
            while e < s1 && e - c <= 7 && toks[e].kind == .word && !inQuote(e) && toks[e].code != "that" { e += 1 }
            if e < s1 && e > c + 1 && toks[e].code == "that" && !inQuote(e) { return e }
        }
        // time words, adverbs, prepositional phrases
        var guardCount = 0
        while c < s1 && guardCount < 30 {
            guardCount += 1
            let u = toks[c]
            if inQuote(c) || u.kind == .quote { break }
            let l = u.lower
            let lc = u.code
            if Lexicon.weekdays.contains(u) || WordLists.todayYesterday.contains(u)
                || (!u.isCap && l.hasByteSuffix("ly") && l.count > 4 && lc != "only") {
                c += 1; continue
            }
            if WordLists.morningAfternoon.contains(u) { c += 1; continue }
            // "saying only, “...”": how little was said, before the quotation; "told reporters backstage, “...”",
            // "said afterwards that ...": where or when it was said
            let quotationNext = (code(c + 1) == "," || code(c + 1) == ":") && isOpen(c + 2)
            if (lc == "only" || lc == "merely") && quotationNext || WordLists.placeTimeAdverbs.contains(u) && (quotationNext || code(c + 1) == "that") { c += 1; continue }
            // "said, however, that ...", "added, though, that ...": an aside set off by commas
            if lc == ",", c + 2 < s1, toks[c + 2].code == ",", !inQuote(c + 1),
               toks[c + 1].has(WordFlag.connective) && !WordLists.andBut.contains(toks[c + 1]) || WordLists.asideAdverbs.contains(toks[c + 1]) {
                c += 3; continue
            }
            // "agree now that ...": "now" before the complementizer is when, not what ("said now is the time" keeps it)
            if lc == "now" && (code(c + 1) == "that" || isOpen(c + 1)) { c += 1; continue }
            if u.kind == .number || Lexicon.numberWords[u] != nil || WordLists.aAn.contains(u) {
                var e = c
                while e < s1 && e - c < 4 && (toks[e].kind == .number || Lexicon.numberWords[toks[e]] != nil || WordLists.quantityWords.contains(toks[e])) { e += 1 }
                if e + 1 < s1 && WordLists.dayDays.contains(toks[e])
                    && WordLists.agoEarlier.contains(toks[e + 1]) { c = e + 2; continue }
                if lc == "just" { c += 1; continue }
            }
            if WordLists.deicticDeterminers.contains(u) && WordLists.timeSpanNouns.contains(low(c + 1)) { c += 2; continue }
            // "said that night the quay ...", "joked that day about ...": "that" before a time noun points back to a
            // time the story told; it opens no content clause
            if lc == "that", WordLists.timeSpanNouns.contains(low(c + 1)) || WordLists.dayNight.contains(low(c + 1)) { c += 2; continue }
            // "said for the first time that ..."
            if lc == "for" && code(c + 1) == "the" && code(c + 3) == "time" && c + 2 < s1 && (toks[c + 2].code == "first" || toks[c + 2].code == "last") { c += 4; continue }
            if let e = durationAdjunctEnd(c) { c = e; continue }
            let shortMonth = isMonthAbbreviation(c)
            if shortMonth || Lexicon.months.contains(u) {
                c += shortMonth ? 2 : 1
                while c < s1 && toks[c].kind == .number { c += 1 }
                continue
            }
            if lc == "to" && c + 1 < s1 && !(toks[c + 1].isCap || Self.nounBlockers.contains(toks[c + 1]) || toks[c + 1].has(WordFlag.objectPronoun) || WordLists.reportersJournalists.contains(toks[c + 1])) { break }
            if WordLists.inAt.contains(u) {
                // skip the phrase: preposition + noun phrase
                var e = c + 1
                var sawNoun = false
                while e < s1 {
                    let v = toks[e]
                    // "said on Channel 9's “The Week Ahead” on Sunday that": a short quoted title of a programme or
                    // publication inside the phrase, not what was said
                    if v.kind == .quote, v.opens, e > c + 1, toks[e - 1].kind == .word, let q = Optional(v.quote), q >= 0, quotes[q].closed,
                       quotes[q].wordCount <= 5, e + 1 < s1, toks[e + 1].isCap, quotes[q].closeTok + 1 < s1 {
                        let next = toks[quotes[q].closeTok + 1]
                        if next.code == "that" || next.has(WordFlag.preposition) || next.has(WordFlag.weekday) {
                            sawNoun = true; e = quotes[q].closeTok + 1; continue
                        }
                    }
                    if inQuote(e) || v.kind == .quote { break }
                    let vl = v.lower
                    // ("at the Sept. 3 hearing": the period of a month written short goes on the phrase)
                    if v.kind == .punct && isMonthAbbreviation(e - 1) { e += 1; continue }
                    if WordLists.phraseBreaksWithParentheses.contains(vl) { break }
                    if vl == "that" || vl == "which" || vl == "who" { break }
                    if sawNoun && (v.has(WordFlag.subjectPronoun) || vl == "there") { break }
                    if sawNoun && WordLists.theA.contains(vl) && !WordLists.nounPhrasePrepositions.contains(toks[e - 1]) { break }
                    if e > c + 1 && WordLists.nounJoiningPrepositions.contains(vl) { e += 1; sawNoun = false; continue }
                    if v.has(WordFlag.auxiliary) || v.has(WordFlag.irregularPast) && sawNoun { break }
                    if v.kind == .word && !v.has(WordFlag.determiner) { sawNoun = true }
                    if v.kind == .number { sawNoun = true }
                    e += 1
                }
                if e >= s1 || WordLists.cuePhraseEnds.contains(toks[e]) || toks[e].code == "that" || isOpen(e) || (toks[e].kind == .quote) {
                    c = e; continue
                }
                // the phrase ran into a clause: stop before the clause's subject
                c = e
                continue
            }
            break
        }
        return c
    }

    /// "She also says, her kids are the ones who ...": a comma between "say" and its clause, as informal writing sets
    /// it (the clause opening with a determiner or a pronoun).
    func commaBeforeSaidClause(_ k: Int, cue: Lexicon.Cue) -> Bool {
        guard cue.lemma == "say", k + 1 < s1, toks[k].code == ",", !inQuote(k + 1) else { return false }
        let n = toks[k + 1]
        return n.has(WordFlag.determiner | WordFlag.possessivePronoun | WordFlag.subjectPronoun) && n.code != "that" && n.code != "this" && looksLikeClause(k + 1)
    }

    /// `X said the ...`: forward content from `from`.
    func forwardContent(_ f: inout Frame, cue: Lexicon.Cue, from: Int) -> Bool {
        var from = afterAdjunctsSimple(from)
        if commaBeforeSaidClause(from, cue: cue) { from += 1 }
        // "Some Americans say: It's time to get out.": the colon opens what was said
        if from + 1 < s1, toks[from].code == ":", !inQuote(from), !inQuote(from + 1), toks[from + 1].kind == .word { from += 1 }
        if from < s1 && toks[from].code == "that" && !inQuote(from) { from += 1 }
        else {
            if let q = quoteAt(from) { attachQuote(&f, q); return true }
            guard from < s1, !isTerminal(from) else { return false }
            // "more for what it says about the town": in a free relative what was said is "what", and the phrase
            // after the verb is its topic ("what she said is ..." goes on to what was said)
            if case .subject(let r) = f.source, r.lowerBound > s0, toks[r.lowerBound - 1].code == "what", !inQuote(r.lowerBound - 1),
               toks[from].has(WordFlag.preposition), !toks[from].isCap { return false }
            // "explained how he would ...": the manner clause is what was said
            if toks[from].code == "how" && WordLists.explainDescribe.contains(cue.lemma)
                && looksLikeClause(from + 1) {
                f.openContent(from: from, to: s1)
                return true
            }
            // "asked Sanders whether ...", "asked what he thought of ...": the question is what was said
            if cue.lemma == "ask" && RequestLists.questionWords.contains(toks[from]) && trimEnd(from, s1) - from >= 4 {
                f.openContent(from: from, to: s1)
                return true
            }
            // "warned of the global implications ...", "wrote about the failures of ...": the topic is what was said
            if WordLists.aboutOf.contains(toks[from]), WordLists.topicCues.contains(cue.lemma), from + 1 < s1, !toks[from + 1].has(WordFlag.objectPronoun) {
                // "the change the party warned about in its report": the stranded preposition's object stands before
                if toks[from + 1].has(WordFlag.preposition) && !toks[from + 1].isCap { return false }
                var e = from + 1
                while e < s1 && !isTerminal(e) && !(toks[e].code == "," && !inQuote(e)) && !(WordLists.dashes.contains(toks[e]) && !inQuote(e)) { e += 1 }
                let words = ((from + 1)..<e).filter { toks[$0].isWord }.count
                guard words >= 4 else { return false }
                f.parts = [(from + 1)..<e]; f.forward = true; f.right = from + 1; f.isTopic = true
                return true
            }
            // "noted how happy she was", "explained why she forgave him", "described how the board “stopped
            // answering letters”": the wh-clause is what was said, whatever the class of the verb
            if WordLists.howWhy.contains(toks[from]) && WordLists.explainNote.contains(cue.lemma) && trimEnd(from, s1) - from >= 4 {
                f.openContent(from: from, to: s1)
                return true
            }
            if cue.cls != .speech && !postedObject(from, cue: cue) && !(cue.lemma == "write" && clauseWithFiniteVerbSoon(from)) { return false }
            if cue.lemma == "tweet" && toks[from].code == "out" && from + 1 < s1 { from += 1 }
            // "says despite ..., she plans ...", "says if elected he would ...": a fronted adjunct inside the clause
            if cue.lemma == "say" && (toks[from].has(WordFlag.preposition) || WordLists.ifWhen.contains(toks[from])) && frontedAdjunctClause(from) {
                f.openContent(from: from, to: s1)
                return true
            }
            // "said about half of the ... reflected ...": a quantity heads the reported clause
            if (cue.lemma == "say" || f.cue.lowerBound > s0 && toks[f.cue.lowerBound - 1].code == "who") && WordLists.approximately.contains(toks[from]) && from + 1 < s1
                && (toks[from + 1].kind == .number || Lexicon.numberWords[toks[from + 1]] != nil || toks[from + 1].code == "half" || hyphenatedFraction(from + 1)) && looksLikeClause(from) {
                f.openContent(from: from, to: s1)
                return true
            }
            if WordLists.whetherIf.contains(toks[from]) { return false }
            // "allegations ..., which he has denied and which ...": what was denied stands before; a coordinator
            // after the verb opens no statement
            if WordLists.andButOr.contains(toks[from]) && !inQuote(from) { return false }
            if cue.lemma == "add" && WordLists.addObjectStarts.contains(toks[from]) { return false }
            // "added two goals each", "added 200 jobs in May", "added three points.": a count of things added (a plural
            // noun, then "each", a preposition or the end); "added three officers resigned" reports
            if cue.lemma == "add", toks[from].kind == .number || Lexicon.numberWords[toks[from]] != nil, from + 1 < s1, toks[from + 1].kind == .word,
               toks[from + 1].lower.hasByteSuffix("s"), !inQuote(from + 1),
               from + 2 >= s1 || isTerminal(from + 2) || WordLists.countedObjectFollowers.contains(toks[from + 2]) || toks[from + 2].has(WordFlag.preposition) && toks[from + 2].code != "that" { return false }
            if cue.form == .base && f.cue.lowerBound > s0 && toks[f.cue.lowerBound - 1].code == "to" && cue.lemma != "say" { return false }
            // "say" rarely takes a plain object: a longer complement is a clause without "that"
            let sayClause = cue.lemma == "say" && s1 - from >= 5 && !WordLists.nothingGoodbye.contains(toks[from])
                && !(toks[from].code == "the" && code(from + 1) == "same")
            if !looksLikeClause(from) && !cue.takesObject && !sayClause { return false }
            if toks[from].has(WordFlag.preposition) && toks[from].code != "that" { return false }
            // "said the heat and unsettled weather could last ...": a long complement of "say" is a clause
            // without "that", never a noun-phrase object cut at its first adjunct
            f.isObject = !sayClause && nounPhraseObject(from)
        }
        if pronounObject(from) { return false }
        guard from < s1 else { return false }
        f.parts = [from..<s1]
        f.forward = true
        f.openEnded = true
        f.right = from
        return true
    }

    /// "as we argued it before the inquiry", "said this to reporters", "has been mentioning him in every speech":
    /// a pronoun standing for words given elsewhere, or for a person, and nothing more is no statement.
    func pronounObject(_ from: Int) -> Bool {
        from < s1 && WordLists.pronounObjects.contains(toks[from]) && !inQuote(from)
            && (from + 1 == s1 || isTerminal(from + 1) || toks[from + 1].code == "," || toks[from + 1].has(WordFlag.preposition) && toks[from + 1].code != "that")
    }

    /// "one-third", "two-fifths", "one-half": a share written as one hyphenated word.
    func hyphenatedFraction(_ k: Int) -> Bool {
        let t = toks[k]
        guard t.kind == .word, t.has(WordFlag.hyphenated) else { return false }
        return t.lower.hasByteSuffix("third") || t.lower.hasByteSuffix("thirds") || t.lower.hasByteSuffix("quarter") || t.lower.hasByteSuffix("quarters")
            || t.lower.hasByteSuffix("fifth") || t.lower.hasByteSuffix("fifths") || t.lower.hasByteSuffix("half") || t.lower.hasByteSuffix("tenth") || t.lower.hasByteSuffix("tenths")
    }

    /// Written-clause rule: "Reed wrote the city would need ...", "she writes he has ...": after "write" a clause
    /// without "that" is what was written when a subject pronoun opens it, or a short noun phrase (at most five
    /// words, no punctuation, preposition or verb) is followed at once by a modal or a finite auxiliary.
    func clauseWithFiniteVerbSoon(_ from: Int) -> Bool {
        guard from < s1, !inQuote(from), toks[from].kind == .word else { return false }
        if toks[from].has(WordFlag.subjectPronoun) && toks[from].code != "it" && toks[from].code != "you" { return from + 1 < s1 && toks[from + 1].kind == .word }
        var k = from
        while k < s1 && k - from < 6 {
            let t = toks[k]
            if t.kind != .word || inQuote(k) { return false }
            if k > from && WordLists.finiteAuxiliaries.contains(t) { return true }
            if t.has(WordFlag.preposition | WordFlag.cue | WordFlag.subordinator) && t.code != "of" || t.has(WordFlag.auxiliary) || t.lower.hasByteSuffix("ed") && !t.isCap { return false }
            k += 1
        }
        return false
    }

    /// "tweeted a photograph of the flooded depot", "tweeted out the full transcript": what a post carried is
    /// what was said, when it is a noun phrase of three words or more opening with a determiner or a number.
    func postedObject(_ from: Int, cue: Lexicon.Cue) -> Bool {
        guard cue.lemma == "tweet", cue.form == .past || cue.form == .third, from < s1, !inQuote(from) else { return false }
        var k = from
        if toks[k].code == "out" { k += 1 }
        guard k < s1, toks[k].has(WordFlag.determiner | WordFlag.possessivePronoun) || toks[k].kind == .number || toks[k].isPossessive else { return false }
        var words = 0
        var e = k
        while e < s1 && !isTerminal(e) && toks[e].code != "," { if toks[e].isWord { words += 1 }; e += 1 }
        return words >= 3 && nounPhraseObject(k)
    }

    func afterAdjunctsSimple(_ from: Int) -> Int {
        var f = Frame(cue: from..<from, cueText: "", source: .inherit, left: from, right: from)
        let dummy = Lexicon.Cue(lemma: "", form: .past, cls: .speech, takesRecipient: false, takesObject: false)
        return afterAdjuncts(from, cue: dummy, frame: &f)
    }

    /// The word before its apostrophe ("she’s" → "she", "they'd" → "they"); the word itself when it has none.
    static func pronounBase(_ l: String) -> String {
        // the first apostrophe found on the bytes (-1: none); where a byte beyond ASCII touches it, it may be part
        // of a larger character, and the characters are compared instead (-2)
        var bytes = l
        let cut = bytes.withUTF8 { b -> Int in
            for k in b.indices where b[k] == 0x27 || b[k] == 0xE2 && k + 2 < b.count && b[k + 1] == 0x80 && b[k + 2] == 0x99 {
                let next = b[k] == 0x27 ? k + 1 : k + 3
                return (next == b.count || b[next] < 0x80) && (k == 0 || b[k - 1] < 0x80) ? k : -2
            }
            return -1
        }
        if cut >= 0 { return String(l[..<l.utf8.index(l.utf8.startIndex, offsetBy: cut)]) }
        if cut == -1 { return l }
        if let a = l.firstIndex(where: { $0 == "’" || $0 == "'" }) { return String(l[..<a]) }
        return l
    }

    /// Heuristic: the words from `k` read as a clause (a subject and a finite verb).
    func looksLikeClause(_ k: Int, stopAtComma: Bool = false) -> Bool {
        guard k < s1 else { return false }
        let first = toks[k].lower
        let base = Self.pronounBase(first)
        if Lexicon.subjectPronouns.contains(base) || base == "there" { return true }
        var e = k
        var n = 0
        while e < s1 && n < 14 {
            let t = toks[e]
            if t.kind == .word && !inQuote(e) {
                // ("a paid speaking schedule": an irregular participle after a determiner is an adjective)
                if e > k && (t.has(WordFlag.irregularPast) && !toks[e - 1].has(WordFlag.determiner) || t.has(WordFlag.auxiliary) && t.code != "to" && t.code != "not") { return true }
                // ("an energetic pace into advanced age", "a list of pledged votes": an adjective after a preposition
                // or a determiner, not the clause's verb)
                if e > k && !t.isCap && t.lower.hasByteSuffix("ed") && t.lower.count > 4 && !adjectiveInPhrase(e)
                    && !(toks[e - 1].has(WordFlag.preposition) && !toks[e - 1].isCap && toks[e - 1].code != "to") { return true }
            }
            // ("Mr. Roe would ...": the period of an abbreviation in a name ends nothing)
            if t.code == "." && !abbreviationPeriod(e) || t.code == ";" || stopAtComma && t.code == "," && !inQuote(e) { break }
            e += 1; n += 1
        }
        return false
    }

    /// The period at `e` ends an abbreviation ("Mr.", "Sen.", "D.C."): written without a space after a word of
    /// the abbreviation list or a single letter.
    @inline(__always) func abbreviationPeriod(_ e: Int) -> Bool {
        guard e > s0, !toks[e].spaceBefore else { return false }
        let p = toks[e - 1]
        return p.kind == .word && (p.has(WordFlag.abbreviation) || p.letters == 1)
    }

    /// `A, X said.` / `A, X said, B.`: content before the subject (and after the attribution).
    func backwardContent(_ f: inout Frame, subjectLeft: Int) -> Bool {
        // skip connectives and an introductory "In addition," etc.
        let a = afterLeadingConnectives(before: subjectLeft)
        var b = subjectLeft
        while b > a && (toks[b - 1].code == "," || toks[b - 1].code == "—") && !inQuote(b - 1) { b -= 1 }
        // "A, the operator’s chief executive, Jane Roe, said": the description before the named speaker is
        // not part of what was said
        // ("Simply put, saltier water means more rust, he said": a pronoun has no description before it)
        if b < subjectLeft, toks[b].code == ",", !toks[subjectLeft].has(WordFlag.subjectPronoun) || f.cue.lowerBound < subjectLeft,
           let c = descriptionStart(before: b, after: a) {
            b = c
            while b > a && toks[b - 1].code == "," && !inQuote(b - 1) { b -= 1 }
        } else if b < subjectLeft, toks[b].code == ",", case .subject(let r) = f.source, r.upperBound < s1, toks[r.upperBound].code == ",",
                  appositiveNames(after: a..<b) == r {
            // "The firm's sales director, Jane Roe, wrote to ...": the description opening the sentence is the
            // speaker's, set off like the name after it ("The plan's cost, Roe said, is ..." has no comma after the name)
            b = a
        }
        // "On Tuesday, the mayor said, the council will ...": only a fronted adjunct before, which is when, not what
        let c0 = f.right + 1
        let adjunctLead = b > a && !f.isDirect && f.right < s1 && toks[f.right].code == "," && c0 < s1 && timeAdjunct(a..<b)
            && (looksLikeClause(c0) || clauseWithQuotedVerb(c0) || toks[c0].kind == .word && !toks[c0].isCap && !SpeakerRecognizer.isStop(toks[c0]))
        if b <= a || adjunctLead {
            // "Still, he said, officials have to decide ...": only a connective before, the clause after
            let c = f.right + 1
            // ("Now, he said, the harbour trade rivals the fishing fleet": after a connective alone, a noun phrase opens
            // the clause, whatever its verb)
            let nounPhraseOpens = !adjunctLead && c < s1 && toks[c].has(WordFlag.determiner) && !inQuote(c) && trimEnd(c, s1) - c >= 5
            guard f.right < s1, toks[f.right].code == ",", c < s1, !f.isDirect, looksLikeClause(c) || clauseWithQuotedVerb(c) || toks[c].kind == .word && !toks[c].isCap && !SpeakerRecognizer.isStop(toks[c])
                    || nounPhraseOpens else { return false }
            let e = trimEnd(c, s1)
            guard e - c >= 3 else { return false }
            f.parts = [c..<e]
            return true
        }
        // "On Friday morning, the third day of his tour, Johnson told a joke": a time and a description of it
        // before the subject are when, not what
        // (not before a clause the attribution interrupts: "Every Friday, from 8 to noon, she told the Post, Roe would
        // lead a meeting")
        if !f.isDirect && !(f.right < s1 && toks[f.right].code == ",") && timeAndDescriptionOnly(a..<b) { return false }
        // exactly one quotation before the attribution: a direct quote
        if isClose(b - 1) {
            let q = toks[b - 1].quote
            if quotes[q].openTok == a || (quotes[q].openTok > a && (a..<quotes[q].openTok).allSatisfy { toks[$0].kind == .punct })
                || quotationAfterIntroduction(q, after: a) {
                f.parts = [quotes[q].openTok..<b]
                f.quotes = [q]
            }
        }
        var shortLead = false
        if f.parts.isEmpty {
            var words = 0
            for k in a..<b where toks[k].isWord { words += 1 }
            // "Otherwise, she said, countries may ...": one word before, the clause after
            if words == 1 && f.right < s1 && toks[f.right].code == "," && f.right + 1 < s1 && (looksLikeClause(f.right + 1) || clauseWithQuotedVerb(f.right + 1)) || words == 1 && f.right + 1 < s1 && toks[f.right].code == "," && toks[f.right + 1].kind == .word && !toks[f.right + 1].isCap && !SpeakerRecognizer.isStop(toks[f.right + 1])
                || words == 1 && predicateAfterParenthetical(f.right) {
                shortLead = true
            } else {
                guard words >= 2 else { return false }
            }
            if nameOnlyContent(a..<b) && !predicateAfterParenthetical(f.right) { return false }
            f.parts = [a..<b]
        }
        // a second part after the attribution: `A, he said, B`
        var c = f.right
        if c < s1 && toks[c].code == "," { c += 1 }
        if c < s1 && c > f.right && !isTerminal(c) {
            let l = toks[c].lower
            let lc = toks[c].code
            if isOpen(c), toks[c].quote >= 0 {
                // `A, explained Roe, “B”`: a quotation of four words or more goes on with what was said
                if f.isDirect || quotes[toks[c].quote].wordCount >= 4 {
                    if !f.isDirect { f.narratedPart = true }
                    let q = toks[c].quote
                    let end = quotes[q].closeTok >= 0 ? quotes[q].closeTok + 1 : lastTokenOf(q) + 1
                    f.parts.append(c..<min(end, s1)); f.quotes.append(q)
                }
            } else if f.isDirect && lc == "that" && c + 1 < s1 && complementizer(c + 1) && looksLikeClause(c + 1),
                      let q = f.quotes.first, quotes[q].closeTok > quotes[q].openTok + 1, toks[quotes[q].closeTok - 1].code == "," {
                // `“It’s our bad luck,” he said, that both ferries failed`: the quotation's sentence goes on
                f.parts.append(c..<max(c + 1, trimEnd(c, s1)))
                f.narratedPart = true
            } else if f.isDirect && lc == "to" && c + 1 < s1 && toks[c + 1].kind == .word && !toks[c + 1].isCap && !SpeakerRecognizer.isStop(toks[c + 1]),
                      let q = f.quotes.first, quotes[q].closeTok > quotes[q].openTok + 1, toks[quotes[q].closeTok - 1].code == "," {
                // `"it is better," he added, to pursue ...`: the quotation's sentence goes on after the attribution
                f.parts.append(c..<max(c + 1, trimEnd(c, s1)))
            } else if let cue = Lexicon.cues[toks[c]], cue.form == .ing {
                // "..., adding that ..." is a frame of its own
            } else if !f.isDirect && consequenceAfterParenthetical(c) {
                // "A, he noted, so B": the sentence's consequence clause is said too
                f.parts.append(c..<max(c + 1, trimEnd(c, s1)))
            } else if !f.isDirect, let end = figuresAfterParenthetical(c) {
                // "Wine sales are growing, the agency said, with sales in 2003 up 25%": the figures that bear it out
                f.parts.append(c..<end)
            } else if !f.isDirect && forToClause(c) {
                // "It makes sense, analysts said, for the party to ...": the infinitive clause completes the first part
                f.parts.append(c..<max(c + 1, trimEnd(c, s1)))
            } else if Lexicon.subordinators.contains(toks[c]) && lc != "that" || Lexicon.prepositions.contains(toks[c]) || l.hasByteSuffix("ing") && !looksLikeClause(c, stopAtComma: true) || lc == "who" || lc == "which" || lc == "according" {
            } else if !f.isDirect, f.parts.count == 1, predicateAfterParenthetical(f.right), !looksLikeClause(f.parts[0].lowerBound, stopAtComma: true) {
                // "The plan, said Roe, was a way of blunting criticism": a subject before the inverted attribution,
                // its predicate after
                f.parts.append(c..<max(c + 1, trimEnd(c, s1)))
            } else if case .subject(let r) = f.source, r.lowerBound > f.cue.lowerBound, !looksLikeClause(c, stopAtComma: true) {
                // `"...," said Jane Roe, executive director of ...`: an appositive of the speaker, not more content
            } else if !f.isDirect {
                f.parts.append(c..<s1)
                f.openEnded = false
                let end = trimEnd(c, s1)
                f.parts[f.parts.count - 1] = c..<max(c + 1, end)
            }
        }
        if shortLead && f.parts.count < 2 { return false }
        return true
    }

    /// `this “small town has gotten too big”`: a clause whose verb stands inside a quotation (a subject
    /// and a finite verb within the next fourteen tokens, quoted words included).
    func clauseWithQuotedVerb(_ k: Int) -> Bool {
        guard k < s1, (k..<min(s1, k + 4)).contains(where: { toks[$0].kind == .quote }) else { return false }
        var e = k + 1
        while e < s1 && e - k < 14 && !isTerminal(e) {
            if isFiniteVerbWord(toks[e]) { return true }
            e += 1
        }
        return false
    }

    /// A word that shows a finite verb: an irregular past ("took") or an auxiliary other than "to" and "not".
    func isFiniteVerbWord(_ t: Token) -> Bool {
        t.kind == .word && (t.has(WordFlag.irregularPast) || t.has(WordFlag.auxiliary) && t.code != "to" && t.code != "not")
    }

    /// Name-only-content rule: words before a trailing cue that are only a name ("Laurence Okafor, a former
    /// director who argued with ...") or a short description and a name ("Another councillor, Michael Berg of
    /// Harbourton, explained the reason ...") are the subject of the sentence, not what was said.
    func nameOnlyContent(_ r: Range<Int>) -> Bool {
        guard r.count <= 12, !r.contains(where: { inQuote($0) || toks[$0].kind == .quote || verbLike($0) }) else { return false }
        // after the last comma, if any: every word capitalised (or a name's function word), one past the sentence's start
        let lastComma = r.last { toks[$0].code == "," } ?? (r.lowerBound - 1)
        let tail = (lastComma + 1)..<r.upperBound
        let words = tail.filter { toks[$0].kind == .word }
        guard !words.isEmpty, words.allSatisfy({ toks[$0].isCap || WordLists.nameFunctionWords.contains(toks[$0]) }),
              words.contains(where: { $0 > s0 && toks[$0].isCap }) else { return false }
        guard lastComma >= r.lowerBound else { return true }
        // "Another councillor, Michael Berg": a determiner and at most two more words before the comma
        let head = r.lowerBound..<lastComma
        return head.count <= 3 && toks[head.lowerBound].has(WordFlag.determiner) && !head.contains { toks[$0].code == "," }
    }

    /// `He doubted the casino would last: “It won’t make it,” Roffman said.`, `(“I want my dues back,” wrote
    /// ...)`: the quotation `q` before a trailing attribution follows a colon or an opening parenthesis, so
    /// the writer's words before it introduce the quotation and are not part of what was said.
    func quotationAfterIntroduction(_ q: Int, after a: Int) -> Bool {
        let open = quotes[q].openTok
        guard open - 1 > a, quotes[q].wordCount >= 3, !inQuote(open - 1) else { return false }
        let p = toks[open - 1].lower
        return p == ":" || p == "("
    }

    /// Consequence-after-parenthetical rule: `Roll calls go alphabetically, he noted, so it may be clear by then.`:
    /// after the attribution's comma, "so" and a clause with its own subject go on with what was said.
    func consequenceAfterParenthetical(_ c: Int) -> Bool {
        guard c + 2 < s1, code(c) == "so", !inQuote(c), !inQuote(c + 1) else { return false }
        let n = toks[c + 1]
        return (n.has(WordFlag.subjectPronoun) || n.code == "there") && toks[c + 2].kind == .word && looksLikeClause(c + 1, stopAtComma: true)
    }

    /// `Wine sales are growing, the agency said, with sales in 2003 up 25%.`, `Cars are sophisticated, he says, with up
    /// to 80 control units that ...`: after the attribution's comma at `c`, "with" and a long phrase holding a figure
    /// that rose, fell or counts up to ("up", "down", "%") go on with what was said (not "with a smile", "with her
    /// husband of 30 years at her side"). Returns where that phrase ends (before a participle such as ", adding").
    func figuresAfterParenthetical(_ c: Int) -> Int? {
        guard code(c) == "with", !inQuote(c) else { return nil }
        var end = trimEnd(c, s1)
        if let k = ((c + 1)..<end).first(where: { toks[$0].code == "," && $0 + 1 < end && Lexicon.cues[toks[$0 + 1]]?.form == .ing }) { end = k }
        guard end - c >= 7, ((c + 1)..<end).contains(where: { toks[$0].kind == .number && !inQuote($0) }),
              ((c + 1)..<end).contains(where: { WordLists.figureWords.contains(toks[$0]) }) else { return nil }
        return end
    }

    /// `Compaq, she predicted, would come to them.`, `The Union of Road Cycling, she argues, moved too slowly.`:
    /// after the attribution's comma at `k` the verb phrase of the subject before it goes on (an auxiliary or
    /// modal first, or a verb in the past), so both parts were said.
    func predicateAfterParenthetical(_ k: Int) -> Bool {
        guard k + 2 < s1, toks[k].code == ",", !inQuote(k + 1) else { return false }
        let n = toks[k + 1]
        guard n.kind == .word && !n.isCap && n.code != "to" && !n.has(WordFlag.subjectPronoun) else { return false }
        // "had complained", "would come", and a verb in the past ("The union, she argues, moved too slowly")
        return n.has(WordFlag.auxiliary | WordFlag.beVerb) || n.has(WordFlag.irregularPast) || n.lower.hasByteSuffix("ed") && n.letters > 4
    }

    /// "argued for years that ...", "has said for months that ...", "warned for a decade that ...": a span of
    /// time after the cue, skipped like other adjuncts. Returns the token after it, or nil.
    func durationAdjunctEnd(_ c: Int) -> Int? {
        guard code(c) == "for", !inQuote(c) else { return nil }
        var e = c + 1
        if e < s1 && (WordLists.aAn.contains(toks[e]) || WordLists.durationQuantifiers.contains(toks[e]) || toks[e].kind == .number || Lexicon.numberWords[toks[e]] != nil) { e += 1 }
        guard e < s1, WordLists.dayDays.contains(toks[e]), !inQuote(e) else { return nil }
        e += 1
        // the adjunct must lead to what was said: "that", a quotation or a clause
        guard e < s1, toks[e].code == "that" || toks[e].code == "," || isOpen(e) else { return nil }
        return e
    }

    /// `said, however, that ...`, `said — on Twitter, as it happens — that ...`: the "that" after a short
    /// parenthetical at `k`, else `k`.
    func skipParenthetical(_ k: Int) -> Int {
        guard k < s1, toks[k].code == "," || WordLists.dashes.contains(toks[k]), !inQuote(k) else { return k }
        let closer = toks[k].lower
        var e = k + 1
        while e < s1 && e - k <= 8 && !isTerminal(e) && !inQuote(e) {
            if toks[e].lower == closer || closer == "," && WordLists.dashes.contains(toks[e]) {
                // "said, and I quote, “...”": a quotation after the parenthetical, as after "that"
                return e + 1 < s1 && (toks[e + 1].code == "that" || closer == "," && isOpen(e + 1) && quotedAside(k + 1, e)) && e > k + 1 ? e + 1 : k
            }
            e += 1
        }
        return k
    }

    /// `said, and I quote, “...”`, `said, in a statement, “...”`: a short aside in `[a, b)` between commas before
    /// a quotation, not a clause of the writer's ("but despite ...") nor another reporting verb ("adding").
    func quotedAside(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 4, !WordLists.andBut.contains(toks[a]) || code(a + 1) == "i" else { return false }
        return !(a..<b).contains { toks[$0].has(WordFlag.cue) && toks[$0].code != "quote" }
    }

    /// Only connectives (and commas) stand before token `k` in the sentence.
    func isLead(_ k: Int) -> Bool {
        var a = s0
        // ("That said, ...": a discourse marker, as "Still, ...")
        if k > s0 + 2 && toks[s0].code == "that" && toks[s0 + 1].code == "said" && toks[s0 + 2].code == "," { a = s0 + 3 }
        while a < k && (toks[a].has(WordFlag.connective) || toks[a].code == ",") { a += 1 }
        return a == k
    }

    /// `despite being ..., she plans ...` / `if elected he would ...` from `k`: an adjunct, then a clause
    /// (after a comma or a subject pronoun) within the sentence.
    func frontedAdjunctClause(_ k: Int) -> Bool {
        var e = k + 1
        while e < s1 && e - k < 16 && !isTerminal(e) {
            if toks[e].code == "," && !inQuote(e) { return looksLikeClause(e + 1, stopAtComma: true) }
            if toks[e].has(WordFlag.subjectPronoun) && e > k + 1 && !inQuote(e) { return looksLikeClause(e) }
            // "says if elected “I will work ...”": the clause after the adjunct is a quotation
            if isOpen(e) && e > k + 1 && toks[e].quote >= 0 && quotes[toks[e].quote].wordCount >= 4 { return true }
            e += 1
        }
        return false
    }

    /// The words from `s` to the next comma, dash, parenthesis or the sentence's end (at most 25): the
    /// source of "according to a lawsuit filed in Manhattan by ...", where no plain noun phrase fits.
    /// Mid-sentence "according to" rule: "His view, according to an interview at the time, was ...": a short
    /// prepositional adjunct after the source (at most eight words, no verb, no quotation) ends where the
    /// parenthetical closes, at the comma or the dash that matches the one at `opening`; `k` when there is none.
    func sourceAdjunctEnd(_ k: Int, opening: Int) -> Int {
        guard k < s1, toks[k].has(WordFlag.preposition), !toks[k].isCap, !inQuote(k) else { return k }
        var e = k + 1
        while e < s1 && e - k <= 8 && toks[e].kind == .word && !inQuote(e) && !isFiniteVerbWord(toks[e]) && !toks[e].has(WordFlag.cue) { e += 1 }
        guard e < s1, e - k <= 8, toks[e].lower == toks[opening].lower || toks[e].code == "," else { return k }
        return e
    }

    /// `the rise in the deficit “is mainly due to ...”`: a noun phrase whose predicate opens a quotation (a
    /// finite verb right after the opening mark, within ten words of `k`).
    func quotedPredicateAfter(_ k: Int) -> Bool {
        var e = k
        while e < s1 && e - k < 10 && !isTerminal(e) && toks[e].code != "," {
            if isOpen(e) { return e + 1 < s1 && isFiniteVerbWord(toks[e + 1]) }
            e += 1
        }
        return false
    }

    func phraseToBoundary(_ s: Int) -> Range<Int>? {
        guard s < s1, toks[s].kind == .word, !inQuote(s) else { return nil }
        var e = s
        while e < s1 && e - s < 25 {
            let t = toks[e]
            if t.kind == .quote || inQuote(e) { return nil }
            if t.kind == .punct && !(t.code == "." && !t.spaceBefore && e > s && toks[e - 1].has(WordFlag.abbreviation)) {
                if t.code == "," || isTerminal(e) || WordLists.dashes.contains(t) || t.code == ")" || t.code == "(" { break }
            }
            e += 1
        }
        guard e > s, e - s < 25 else { return nil }
        return s..<e
    }

    /// `As reported by X, ...`, `As first reported by X, ...`: the rest of the sentence after the source.
    func asReportedBy(_ i: Int, cueEnd: Int, cue: Lexicon.Cue) -> Frame? {
        guard cue.form == .past, code(cueEnd) == "by" else { return nil }
        var a = i - 1
        while a >= s0 && skippableLeft(a) { a -= 1 }
        if let f = trailingAsReportedBy(i, cueEnd: cueEnd, as: a) { return f }
        guard a >= s0, toks[a].code == "as", isLead(a), let src = phraseToBoundary(cueEnd + 1),
              src.upperBound + 1 < s1, toks[src.upperBound].code == "," else { return nil }
        let c = src.upperBound + 1
        let e = trimEnd(c, s1)
        guard e - c >= 3 else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(src), left: a, right: c)
        f.parts = [c..<e]; f.forward = true; f.openEnded = true
        return f
    }

    /// `A, as first reported by the Harbour Times on Tuesday.`: "as" after the comma that ends the clause
    /// before it, the source after "by", and at most a short time phrase to the sentence's end; the clause
    /// (past the sentence's connectives) is what was reported.
    func trailingAsReportedBy(_ i: Int, cueEnd: Int, as a: Int) -> Frame? {
        guard a - 1 > s0, toks[a].code == "as", toks[a - 1].code == ",", !inQuote(a - 1), let src = phraseToBoundary(cueEnd + 1) else { return nil }
        // the source ends before "on Tuesday", "last week" ...
        var e = src.lowerBound + 1
        while e < src.upperBound && !(toks[e].has(WordFlag.preposition) && !toks[e].isCap && e + 1 < src.upperBound && toks[e + 1].has(WordFlag.weekday | WordFlag.month | WordFlag.timeHint))
                && !(toks[e].has(WordFlag.timeHint) && !toks[e].isCap && WordLists.thisLast.contains(toks[e - 1])) { e += 1 }
        if e < src.upperBound && WordLists.thisLast.contains(toks[e - 1]) && toks[e].has(WordFlag.timeHint) { e -= 1 }
        guard src.upperBound >= s1 || isTerminal(src.upperBound), src.upperBound - e <= 4 else { return nil }
        let c = afterLeadingConnectives(before: a - 1)
        guard a - 1 - c >= 4 else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(src.lowerBound..<e), left: a, right: src.upperBound)
        f.parts = [c..<(a - 1)]
        return f
    }

    /// `..., saying (that) ...`, `..., adding that ...`: the subject is the clause's.
    func participle(_ i: Int, cue: Lexicon.Cue, cueEnd: Int, previous: [Frame], verbStart: Int? = nil) -> Frame? {
        var j = (verbStart ?? i) - 1
        while j >= s0 && skippableLeft(j) { j -= 1 }
        // "issued a statement saying ...", "began by saying ...": the clause's subject speaks
        let statementNoun = j >= s0 && statementNounBefore(j)
        let blamed = j > s0 ? blamedSpeaker(before: j) : nil
        let absolute = j > s0 && toks[j].kind == .word && verbStart == nil ? absoluteSubject(endingAt: j) : nil
        let ok = j < s0 || WordLists.andWhile.contains(toks[j]) || toks[j].has(WordFlag.connective) || WordLists.dashes.contains(toks[j]) || toks[j].code == "-" || statementNoun
            || isClose(j) && j > s0 && toks[j - 1].code == "," || blamed != nil || absolute != nil
        guard ok else { return nil }
        var lead = s0
        while lead < s1 && (toks[lead].has(WordFlag.connective) || toks[lead].code == ",") { lead += 1 }
        // "After saying ...", and after a time phrase: "One month after announcing ..., Roe ..."
        if j < lead || WordLists.afterBefore.contains(toks[j]) && (j == lead || !inQuote(j) && timeAdjunct(lead..<j)) {
            return frontedParticiple(i, cue: cue, cueEnd: cueEnd)
        }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .inherit, left: max(s0, j), right: cueEnd)
        if let p = pronounBeforeVerbBy(j) { f.source = .subject(p..<(p + 1)); f.left = p }
        if let r = relativeClauseHead(before: j) { f.source = .subject(r); f.left = r.lowerBound }
        if let b = blamed, !b.isEmpty { f.source = .subject(b); f.left = b.lowerBound }
        if let r = absolute { f.source = .subject(r); f.left = r.lowerBound }
        let after = thatAfterPlaceName(afterAdjuncts(cueEnd, cue: cue, frame: &f))
        if after < s1 && toks[after].code == "that" {
            f.openContent(from: after + 1, to: s1)
            return f
        }
        if let q = quoteAt(after) ?? quoteAfterTopic(after) {
            attachQuote(&f, q)
            // "..., chanting “No contract, no peace” after the talks failed": a chant is only its words
            if Lexicon.quoteOnly.contains(cue.lemma) && f.quotes.isEmpty && quotes[q].closed {
                f.parts = [quotes[q].openTok..<(quotes[q].closeTok + 1)]; f.quotes = [q]; f.openEnded = false
            }
            return f
        }
        // "..., asking the directors whether the firm should ...": the question is what was said
        if cue.lemma == "ask" && after < s1 && RequestLists.questionWords.contains(toks[after]) && !inQuote(after) && trimEnd(after, s1) - after >= 4 {
            f.openContent(from: after, to: s1)
            return f
        }
        if cue.cls != .speech { return nil }
        // ("with both candidates promising to keep the site": an own subject's pledge or object is no claim)
        if absolute != nil && !(after < s1 && looksLikeClause(after)) { return nil }
        if after < s1 && !isTerminal(after) && (looksLikeClause(after) || cue.takesObject) && !pronounObject(after) {
            f.openContent(from: after, to: s1)
            f.isObject = nounPhraseObject(after)
            return f
        }
        return nil
    }

    /// "the Harbour Party, which tried to rally support by saying that ...": a participle inside a relative
    /// clause set off by a comma (no comma since) reports for the clause's head, not the sentence's subject.
    func relativeClauseHead(before j: Int) -> Range<Int>? {
        var k = j
        while k > s0 + 1 && j - k < 16 {
            let t = toks[k]
            if inQuote(k) || t.kind == .quote || t.code == "," || isTerminal(k) { return nil }
            if t.code == "which" || t.code == "who" {
                // ("emails that leaked in July, which forced ...": a time is no head that acts)
                guard toks[k - 1].code == ",", k - 2 >= s0, let head = np(endingAt: k - 2), !toks[head.lowerBound].has(WordFlag.subjectPronoun),
                      !toks[k - 2].has(WordFlag.month | WordFlag.weekday | WordFlag.timeHint), toks[k - 2].kind == .word else { return nil }
                return head
            }
            k -= 1
        }
        return nil
    }

    /// Absolute-participle rule: "..., with other candidates suggesting that ...", "..., with Roe tweeting that ...":
    /// after a comma (or at the sentence's start) "with" and a noun phrase ending at `j` (at most eight words,
    /// no punctuation or verb) give the participle its own subject. Returns that noun phrase's head, before any
    /// prepositional phrase.
    func absoluteSubject(endingAt j: Int) -> Range<Int>? {
        var k = j
        while k > s0 && j - k < 8 && toks[k].kind == .word && !inQuote(k) && toks[k].code != "with" {
            if verbLike(k) || toks[k].has(WordFlag.subjectPronoun | WordFlag.cue) { return nil }
            k -= 1
        }
        guard k >= s0, k < j, toks[k].code == "with", !inQuote(k), k == s0 || toks[k - 1].code == "," && !inQuote(k - 1) || isLead(k) else { return nil }
        // the head before its phrases: "the campaign of the former senator from Ohio" speaks as "the campaign"
        // (a half-open range: a one-word phrase, "with Roe tweeting that", leaves it empty)
        let end = ((k + 2)..<(j + 1)).first { toks[$0].has(WordFlag.preposition) && !toks[$0].isCap } ?? j + 1
        return (k + 1)..<end
    }

    /// "was accused of saying ...", "apologized for suggesting ...", "criticized Roe for saying ...": a verb of
    /// blame or praise, then "of"/"for" (at `j`) before the participle. The one blamed said it: the clause's
    /// subject (an empty range) when the verb stands right before "of"/"for", else its object (up to four words).
    func blamedSpeaker(before j: Int) -> Range<Int>? {
        guard toks[j].code == "for" || toks[j].code == "of", !inQuote(j), j - 1 >= s0 else { return nil }
        if WordLists.blameVerbs.contains(toks[j - 1]) { return j..<j }
        if toks[j - 1].has(WordFlag.objectPronoun), j - 2 >= s0, WordLists.blameVerbs.contains(toks[j - 2]) { return (j - 1)..<j }
        guard let o = np(endingAt: j - 1), o.count <= 4, o.lowerBound - 1 >= s0, WordLists.blameVerbs.contains(toks[o.lowerBound - 1]) else { return nil }
        // "was accused last year of saying": a time phrase, not the one blamed
        return timeAdjunct(o) ? j..<j : o
    }

    /// `..., adding of the mayor, “He cares about the team.”`: a short "of"/"about" phrase naming the topic,
    /// then a comma and the quotation that was said. Returns the quotation's region.
    func quoteAfterTopic(_ k: Int) -> Int? {
        guard k < s1, WordLists.aboutOf.contains(toks[k]), !inQuote(k) else { return nil }
        var e = k + 1
        while e < s1 && e - k <= 8 && !inQuote(e) && toks[e].kind != .quote && !(isTerminal(e) && toks[e].spaceBefore) {
            if toks[e].code == "," { return e > k + 1 ? quoteAt(e) : nil }
            e += 1
        }
        return nil
    }

    /// "issued a statement saying", "sent an email to supporters saying", "received calls saying": a noun
    /// for a message ends at `j` or a short phrase before it, so the participle reports the message.
    func statementNounBefore(_ j: Int) -> Bool {
        var k = j
        while k >= s0 && j - k <= 5 {
            let t = toks[k]
            if inQuote(k) || t.kind == .punct || t.kind == .quote || t.has(WordFlag.subjectPronoun) || t.has(WordFlag.auxiliary) && t.code != "to" { return false }
            let l = t.lower
            let lc = t.code
            // (a message noun that is also a reporting verb, "a reply", "a tweet", is the noun after its determiner)
            if t.has(WordFlag.cue) && !(WordLists.statementNouns.contains(t) && k > s0 && toks[k - 1].has(WordFlag.determiner | WordFlag.possessivePronoun)) { return false }
            // "a speech that included Roe vowing ...": a relative clause's verb stands between, so the noun is not the participle's
            // ("emails that night showing ...": "that" before a time word is a determiner)
            if WordLists.whichThat.contains(t) && !(lc == "that" && k + 1 < s1 && toks[k + 1].has(WordFlag.timeHint)) || !t.isCap && l.hasByteSuffix("ed") && l.utf8.count > 4 { return false }
            let singular = l.hasByteSuffix("s") ? String(l.dropLast()) : l
            if !t.isCap && (WordLists.statementNouns.contains(t) || l != singular && WordLists.statementNouns.contains(singular)) {
                return k > s0 && toks[k - 1].has(WordFlag.determiner | WordFlag.possessivePronoun) || l != singular
                    || k - 1 > s0 && toks[k - 2].has(WordFlag.determiner) && (toks[k - 1].kind == .word || toks[k - 1].kind == .number) && !toks[k - 1].isCap
            }
            k -= 1
        }
        return false
    }

    /// `After saying (that) A, she ...`: the content runs to the first comma, the subject follows it.
    /// "When he returned he began by saying ...": the pronoun right before the verb that "by" or "upon" (at `j`)
    /// follows is the speaker of the participle, whatever the sentence opened with.
    func pronounBeforeVerbBy(_ j: Int) -> Int? {
        guard j - 2 >= s0, toks[j].code == "by" || toks[j].code == "upon", !inQuote(j - 2) else { return nil }
        let v = toks[j - 1]
        guard v.kind == .word, !v.isCap, v.has(WordFlag.irregularPast) || v.lower.hasByteSuffix("ed"), toks[j - 2].has(WordFlag.subjectPronoun) else { return nil }
        return j - 2
    }

    /// Time-adjunct rule: `r` is a short phrase of time alone ("On Tuesday", "Last week", "In March 2019"):
    /// words and numbers only, no verb, a weekday, a month or a time word among them.
    func timeAdjunct(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 6 else { return false }
        var time = false
        for k in r {
            let t = toks[k]
            guard t.kind == .word || t.kind == .number, !inQuote(k), !isFiniteVerbWord(t), !t.has(WordFlag.cue | WordFlag.subjectPronoun) else { return false }
            if t.namesTime { time = true }
        }
        return time
    }

    /// `r` names a time ("On Friday morning", "PORTLAND, Maine - On Friday morning") with only phrases set off by
    /// commas around it ("the third day of his four-day tour"): no word in it may be a verb.
    func timeAndDescriptionOnly(_ r: Range<Int>) -> Bool {
        guard r.contains(where: { toks[$0].namesTime }) else { return false }
        return !r.contains { k in
            let t = toks[k]
            if inQuote(k) || t.kind == .quote || verbLike(k) { return true }
            // a lower-case word in "-s" that is no function word may be a verb ("needs", "plans")
            return t.kind == .word && !t.isCap && t.tail == 0x73 && t.lower.utf8.count > 2 && !t.isPossessive
                && !t.has(WordFlag.possessivePronoun | WordFlag.determiner | WordFlag.preposition | WordFlag.subjectPronoun | WordFlag.objectPronoun)
        }
    }

    /// For-to rule: "for the party to raise the issue": "for", a short noun phrase (at most five words, no
    /// punctuation or verb) and "to" before a lower-case verb: an infinitive clause with its own subject.
    func forToClause(_ c: Int) -> Bool {
        guard c < s1, toks[c].code == "for", !inQuote(c) else { return false }
        var k = c + 1
        while k < s1 && k - c <= 6 && toks[k].kind == .word && toks[k].code != "to" && !inQuote(k) && !isFiniteVerbWord(toks[k]) { k += 1 }
        guard k > c + 1, k + 1 < s1, toks[k].code == "to", toks[k + 1].kind == .word, !toks[k + 1].isCap, !toks[k + 1].has(WordFlag.determiner) else { return false }
        return true
    }

    /// Title-noun rule: "the judge said", "a federal judge ruled": a title word that is also a verb in its
    /// base form ("judge") is the noun when a determiner or modifier stands before it and a verb follows.
    func titleBeforeVerb(_ e: Int) -> Bool {
        let t = toks[e]
        guard e > s0, e + 1 < s1, t.kind == .word, !t.isCap, t.has(WordFlag.cue), SpeakerRecognizer.isTitle(t), toks[e - 1].kind == .word, !inQuote(e) else { return false }
        let n = toks[e + 1]
        return n.kind == .word && (n.has(WordFlag.cue | WordFlag.auxiliary | WordFlag.irregularPast) || n.lower.hasByteSuffix("ed"))
    }

    /// Modifier-before-title rule: "the Ohio state director", "a state senator": a reporting verb's base form
    /// ("state") after a word and before a title is a modifier of that title, not the verb.
    func modifierBeforeTitle(_ e: Int) -> Bool {
        guard e > s0, e + 1 < s1, toks[e].has(WordFlag.cue), toks[e - 1].kind == .word, !toks[e - 1].has(WordFlag.subjectPronoun | WordFlag.auxiliary) else { return false }
        let n = toks[e + 1]
        return n.kind == .word && !n.isCap && SpeakerRecognizer.isTitle(n) && !n.has(WordFlag.cue) && !inQuote(e + 1)
    }

    func frontedParticiple(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .inherit, left: i, right: cueEnd)
        var a = afterAdjuncts(cueEnd, cue: cue, frame: &f)
        if a < s1 && toks[a].code == "that" { a += 1 }
        var b = a
        while b < s1 {
            if toks[b].code == "," && !inQuote(b) { break }
            if isClose(b) && b > a && toks[b - 1].code == "," { break }
            b += 1
        }
        guard b < s1, b > a else { return nil }
        var c = b + 1
        if c < s1 && toks[c].code == "," { c += 1 }
        // ("Simply assuming that ..., which have ...": after the comma a relative clause, so the participle was
        // the sentence's subject, a gerund, and reports nobody's words)
        guard let subj = clauseSubject(c), !WordLists.relativeOpeners.contains(toks[subj.lowerBound]) else { return nil }
        f.source = .subject(subj)
        f.parts = [a..<(isClose(b) ? b + 1 : b)]
        f.forward = true
        return f
    }

    /// The subject a coordinated verb or a participle shares, at the start of the clause at `k`: a name
    /// alone when the clause opens with one ("Roe cast the blame ..., and emphasized ...": Roe; "62-year-old
    /// Jo Roe railed ..., and explained ...": Jo Roe), else the clause's subject noun phrase.
    func inheritedSubject(_ k: Int) -> Range<Int>? {
        var a = k
        if a + 1 < s1, toks[a].kind == .number, toks[a].lower.contains("-"), toks[a + 1].isCap, toks[a + 1].kind == .word { a += 1 }
        guard a < s1, toks[a].kind == .word, toks[a].isCap, !SpeakerRecognizer.isStop(toks[a]) || toks[a].has(WordFlag.abbreviation), !inQuote(a) else { return clauseSubject(k) }
        var e = a
        while e < s1 && e - a < 6 && !inQuote(e) && (toks[e].kind == .word && (toks[e].isCap || toks[e].has(WordFlag.nameParticle) && e > a) || toks[e].code == "." && !toks[e].spaceBefore && e > a) { e += 1 }
        // ("Jo Roe and Al Lee ...": a coordination, the whole phrase; "Hastily ...", "Holding ...": no name)
        guard e < s1, toks[e].kind == .word, !toks[e].isCap, !WordLists.andButOr.contains(toks[e]),
              !(e == a + 1 && (toks[a].lower.hasByteSuffix("ly") || toks[a].lower.hasByteSuffix("ing"))) else { return clauseSubject(k) }
        // the name is the subject when a verb follows it (a word that looks like one, or one before a determiner);
        // else a capitalised word is a modifier ("Democratic candidate"), and the whole phrase is the subject
        if toks[e].has(WordFlag.auxiliary | WordFlag.irregularPast | WordFlag.cue | WordFlag.preposition | WordFlag.subordinator) && !modifierBeforeTitle(e) || toks[e].lower.hasByteSuffix("ed")
            || toks[e].lower.hasByteSuffix("ly") || e + 1 < s1 && toks[e + 1].has(WordFlag.determiner | WordFlag.possessivePronoun) {
            return a..<e
        }
        return clauseSubject(k)
    }

    /// Coordinated-clause rule: "Trials were to begin in March, but Walton postponed them after finding that ...":
    /// the start of the last clause joined by ", but" or ", and" before `i` whose subject is a name or a pronoun
    /// (the subject a participle at `i` reports for), or nil.
    func coordinatedClauseStart(before i: Int) -> Int? {
        var k = i - 1
        while k - 1 > s0 {
            if (toks[k].code == "but" || toks[k].code == "and") && toks[k - 1].code == "," && !inQuote(k), k + 1 < i,
               toks[k + 1].has(WordFlag.subjectPronoun) || toks[k + 1].isCap && toks[k + 1].kind == .word
                && (!SpeakerRecognizer.isStop(toks[k + 1]) || SpeakerRecognizer.isTitle(toks[k + 1])) || describedSubjectWithVerb(k + 1, before: i) {
                return k + 1
            }
            k -= 1
        }
        return nil
    }

    /// Described-subject rule: ", and the regional association strongly denounced the plan and said ...": a
    /// phrase opening with "the" or "a", then (after any "-ly" adverb) a verb in the past, makes the words after
    /// the conjunction a clause of their own (a list's last item, ", and the council, and said", has no verb).
    func describedSubjectWithVerb(_ k: Int, before i: Int) -> Bool {
        guard k < i, toks[k].code == "the" || toks[k].code == "a" || toks[k].code == "an", !inQuote(k), let r = clauseSubject(k), r.upperBound < i else { return false }
        var v = r.upperBound
        while v < i && toks[v].kind == .word && !toks[v].isCap && toks[v].lower.hasByteSuffix("ly") && toks[v].lower.utf8.count > 4 { v += 1 }
        return v < i && verbLike(v) && !toks[v].has(WordFlag.auxiliary | WordFlag.beVerb)
    }

    /// The subject noun phrase at the start of a clause.
    func clauseSubject(_ k: Int) -> Range<Int>? {
        guard k < s1, toks[k].kind == .word else { return nil }
        if toks[k].has(WordFlag.subjectPronoun) { return k..<(k + 1) }
        var e = k
        while e < s1 && e - k < 10 {
            let t = toks[e]
            if t.kind != .word && !(t.code == "." && !t.spaceBefore) { break }
            if e > k && !t.isCap {
                let l = t.lower
                let lc = t.code
                if t.has(WordFlag.auxiliary | WordFlag.irregularPast | WordFlag.cue) && !titleBeforeVerb(e) && !modifierBeforeTitle(e) || l.hasByteSuffix("ed") && !adjectiveInPhrase(e)
                    || t.has(WordFlag.subordinator) && lc != "and" || t.has(WordFlag.preposition) && lc != "of" { break }
                // "the association strongly denounced": an adverb before the verb ("the elderly" is a noun)
                // ("Mehgan later addressed", "Roe also denied": an adverb of time or addition likewise)
                if (l.hasByteSuffix("ly") && l.utf8.count > 4 || WordLists.adverbsBeforeVerb.contains(t)) && !toks[e - 1].has(WordFlag.determiner) && e + 1 < s1 && verbLike(e + 1) { break }
                // "the government refuses to publish ...": a verb that takes "to", in the present, ends the phrase
                if e > k + 1 && WordLists.presentVerbsBeforeTo.contains(t) && toks[e - 1].kind == .word && !toks[e - 1].has(WordFlag.determiner) && !toks[e - 1].isPossessive
                    && e + 2 < s1 && toks[e + 1].code == "to" && toks[e + 2].kind == .word && !toks[e + 2].isCap && !toks[e + 2].has(WordFlag.determiner) { break }
            }
            e += 1
        }
        guard e > k else { return nil }
        return appositiveNames(after: k..<e) ?? k..<e
    }

    /// Appositive-name rule: "The city's chief planner, Jane Roe, met ...", "Two objectors, Jo Roe and Al Lee,
    /// had ...": a description (opening with a determiner, a number or a possessive, with a lower-case word) set
    /// off by commas from the names after it; the names, which are the subject the clause's verbs share.
    func appositiveNames(after d: Range<Int>) -> Range<Int>? {
        // ("The special envoy for the region, Sung Park, met ...": the description goes on to the comma)
        var comma = d.upperBound
        if comma < s1, toks[comma].has(WordFlag.preposition) {
            var c = comma + 1
            while c < s1 && c - comma <= 6 && toks[c].kind == .word && !inQuote(c) { c += 1 }
            if c < s1, c > comma + 1, toks[c].code == "," { comma = c }
        }
        let a = comma + 1
        guard a < s1, toks[comma].code == ",", !inQuote(comma) else { return nil }
        let first = toks[d.lowerBound]
        guard first.has(WordFlag.determiner | WordFlag.possessivePronoun) || first.isPossessive || first.kind == .number
                || Lexicon.numberWords[first] != nil || d.count >= 2 && toks[d.lowerBound].isPossessive,
              d.contains(where: { toks[$0].kind == .word && !toks[$0].isCap }) else { return nil }
        var b = a
        var capitals = 0
        while b < s1 && b - a < 9 {
            let t = toks[b]
            if t.kind == .word && t.isCap && !inQuote(b) { capitals += 1 }
            else if t.code == "." && !t.spaceBefore && b > a || t.has(WordFlag.nameParticle) && b > a { }
            else if t.code == "and" && b > a && toks[b - 1].isCap && b + 1 < s1 && toks[b + 1].isCap { }
            else { break }
            b += 1
        }
        guard b < s1, b > a, capitals >= 2, toks[b].code == ",", !SpeakerRecognizer.isStop(toks[a]) || SpeakerRecognizer.isTitle(toks[a]),
              b + 1 < s1, toks[b + 1].kind == .word, !inQuote(b + 1) else { return nil }
        return a..<b
    }

    /// Adjective-in-phrase rule: "a handful of tired donors", "cranky and tired donors", "the retired teachers": a
    /// word in "-ed" after "of", "and" or a determiner, before a noun ("cranky and inebriated Republican donors"),
    /// describes it; it is not the verb.
    func adjectiveInPhrase(_ e: Int) -> Bool {
        guard e > s0, e + 1 < s1, toks[e - 1].code == "of" || toks[e - 1].code == "and" || toks[e - 1].has(WordFlag.determiner) else { return false }
        let n = toks[e + 1]
        return n.kind == .word && !inQuote(e + 1) && !n.lower.hasByteSuffix("ed") && !n.lower.hasByteSuffix("ly")
            && !n.has(WordFlag.preposition | WordFlag.determiner | WordFlag.auxiliary | WordFlag.subordinator | WordFlag.cue | WordFlag.beVerb | WordFlag.subjectPronoun | WordFlag.objectPronoun)
    }

    /// A reporting verb in the past or the present at `k` ("said", "says", "wrote"), in lower case outside a quotation,
    /// that reports words (not a "that"-only verb such as "believes").
    func finiteSayingVerb(_ k: Int) -> Bool {
        guard k >= s0, k < s1, !toks[k].isCap, !inQuote(k), let c = Lexicon.cues[toks[k]] else { return false }
        return c.cls != .thatOnly && (c.form == .past || c.form == .third)
    }

    /// A speaker's saying ends just before `b`, told after its quotation with its circumstances: a cue in the past
    /// or present after a name or a pronoun, then a phrase opening with a preposition ("Cooper said during his
    /// appearance at the theatre"), with no comma or "that" before `b`.
    func reportedSayingBefore(_ b: Int) -> Bool {
        var k = b - 1
        while k > s0 + 1 && b - k <= 14 {
            let t = toks[k]
            if inQuote(k) || t.code == "," || t.code == "that" || t.kind == .quote { return false }
            if finiteSayingVerb(k) {
                guard toks[k + 1].has(WordFlag.preposition) else { return false }
                if toks[k - 1].has(WordFlag.subjectPronoun) { return isClose(k - 2) }
                var n = k - 1
                while n > s0 && k - n <= 3 && toks[n].kind == .word && toks[n].isCap { n -= 1 }
                return n < k - 1 && isClose(n)
            }
            k -= 1
        }
        return false
    }

    /// `according to X, ...` and `..., according to X.`
    func accordingTo(_ i: Int) -> Frame? {
        guard let np = npRight(i + 2) ?? phraseToBoundary(i + 2) else { return nil }
        var f = Frame(cue: i..<(i + 2), cueText: cueText(i, i + 2), source: .subject(np), left: i, right: np.upperBound)
        var a = s0
        while a < i && (toks[a].has(WordFlag.connective) || toks[a].code == ",") { a += 1 }
        if a == i {
            var c = np.upperBound
            if c < s1 && toks[c].code == "," { c += 1 }
            guard c < s1, !isTerminal(c), !(toks[c].lower.hasByteSuffix("ing") && !looksLikeClause(c, stopAtComma: true)) else { return nil }
            if s1 - c < 4 || toks[s1 - 1].code == ":" { return nil }
            f.parts = [c..<s1]; f.openEnded = true; f.forward = true; f.right = c; f.isAccording = true
            return f
        }
        var b = i
        while b > a && toks[b - 1].code == "," { b -= 1 }
        guard b > a else { return nil }
        // "..., he said, according to a transcript seen by the Harbour Times.": the record of what he said, closing the
        // sentence, not its speaker ("Roe said, according to the Harbour Times, that she would quit" keeps both)
        // ("“...,” Cooper said during his appearance at the theatre, according to the Harbour Times.": the same after
        // the saying's circumstances)
        let saidJustBefore = finiteSayingVerb(b - 1) && b - 2 >= s0 && (toks[b - 2].has(WordFlag.subjectPronoun) || toks[b - 2].isCap && toks[b - 2].kind == .word)
        if saidJustBefore || reportedSayingBefore(b),
           !(np.upperBound..<s1).contains(where: { (toks[$0].code == "," || toks[$0].code == "that") && !inQuote($0) }) { return nil }
        f.parts = [a..<b]
        if isClose(b - 1), quotes[toks[b - 1].quote].openTok == a { f.quotes = [toks[b - 1].quote] }
        // "A, according to X, B."
        var c = sourceAdjunctEnd(np.upperBound, opening: b)
        var authorSetOff = false
        // "..., according to the report, by the Harbour Policy Group, a research group ...": its author set off by
        // commas is the source's, not the statement's
        if c == np.upperBound, c + 1 < s1, toks[c].code == ",", toks[c + 1].code == "by", case let e = sourceAdjunctEnd(c + 1, opening: b), e > c + 1 {
            f.source = .subject(np.lowerBound..<e)
            f.right = e
            c = e
            authorSetOff = true
        }
        if f.quotes.isEmpty && c < s1 && (toks[c].code == "," || WordLists.dashes.contains(toks[c]) && WordLists.dashes.contains(toks[b])) {
            c += 1
            let e = trimEnd(c, s1)
            // "..., according to a report from WKOW, the ABC affiliate in ...": an appositive of the source
            // (after an author set off by commas, "a research organization that has ..." describes the author)
            let appositive = (toks[c].has(WordFlag.determiner) || toks[c].isCap) && (authorSetOff && (toks[c].code == "a" || toks[c].code == "an") || !looksLikeClause(c, stopAtComma: true)) && !quotedPredicateAfter(c)
            if e > c + 1 && !toks[c].has(WordFlag.subordinator) && !appositive { f.parts.append(c..<e) }
            // "..., according to a county spokeswoman, Tamara Iqbal-Stroud.": the person described, named last
            if appositive && !authorSetOff, e == s1 || isTerminal(e), Lexicon.anonymousHeads.contains(toks[np.upperBound - 1]),
               (c..<e).allSatisfy({ toks[$0].kind == .word && toks[$0].isCap && !inQuote($0) || (toks[$0].code == "." || toks[$0].code == "-") && !toks[$0].spaceBefore }), e - c >= 2 {
                f.source = .subject(np.lowerBound..<e)
                f.right = e
            }
        }
        return f
    }

    /// `X called the plan “a disaster”`, `dismissed the figure as “...”`, `accused her rival of “...”`,
    /// `praised the chief’s “...” approach`: the object with the quoted characterisation.
    func evaluativeFrame(_ i: Int, _ lemma: String, _ form: Lexicon.VerbForm) -> Frame? {
        guard !toks[i].isCap || i == s0, code(i + 1) != "by" else { return nil }
        // "described how the valve was “already failing” before ...": a reported clause with a quoted fragment, not a
        // characterisation of an object (the reporting-verb rules take it, to the clause's end)
        if lemma == "describe", i + 1 < s1, CatenativeLists.whWords.contains(toks[i + 1]) { return nil }
        // "officials accused of fraud were ...": with no one accused after it, the participle is passive
        if lemma == "accuse" && code(i + 1) == "of" { return nil }
        if i > s0 {
            let p = toks[i - 1]
            if Self.nounBlockers.contains(p) || p.isPossessive && p.kind == .word || Lexicon.beVerbs.contains(p) || p.code == "to" { return nil }
            // "the extraction process called hydraulic fracturing - “fracking”": a thing given its name, not words
            // of someone who calls it so (who would be a person, a body or a pronoun before the verb)
            if lemma == "call", i + 1 < s1, !toks[i + 1].has(WordFlag.determiner | WordFlag.objectPronoun | WordFlag.possessivePronoun),
               let open = (i + 1..<min(s1, i + 10)).first(where: { isOpen($0) }), WordLists.nameAsides.contains(toks[open - 1]),
               p.kind == .word, !p.isCap, !inQuote(i - 1), !p.has(WordFlag.subjectPronoun | WordFlag.auxiliary | WordFlag.subordinator | WordFlag.title | WordFlag.titleStem),
               !Lexicon.anonymousHeads.contains(p), !Lexicon.orgWords.contains(p.stem), !Lexicon.orgHeads.contains(p.stem),
               !p.lower.hasByteSuffix("ly"), !WordLists.andBut.contains(p), p.code != "who" { return nil }
        }
        var k = i + 1
        var quote: Int? = nil
        var sawOf = false
        while k < s1 && k - i <= 14 {
            if isOpen(k) { quote = toks[k].quote; break }
            let l = toks[k].lower
            let lc = toks[k].code
            if inQuote(k) || WordLists.quotedNameStops.contains(l) || lc == "that" || lc == "for" && k == i + 1 || Lexicon.cues[l] != nil && !toks[k].isCap { break }
            if lc == "of" && k > i + 1 { sawOf = true; if lemma == "accuse" { break } }
            k += 1
        }
        var end: Int
        if let q = quote, q >= 0, !quotes[q].isLabel, ((i + 1)..<k).contains(where: { toks[$0].isWord && !toks[$0].has(WordFlag.determiner) }) {
            let r = quotes[q]
            end = r.closeTok >= 0 ? r.closeTok + 1 : min(s1, lastTokenOf(q) + 1)
            if end < s1, toks[end].kind == .word, !toks[end].isCap, !SpeakerRecognizer.isStop(toks[end]) {
                // the quotation modifies a noun: the phrase runs to the end of the clause
                while end < s1 && !WordLists.nounClauseEnds.contains(toks[end]) && toks[end].code != "and" && !inQuote(end) { end += 1 }
            }
        } else if lemma == "accuse" && sawOf && k < s1 {
            // `accused X of (doing) ...`: to the end of the clause
            end = k
            while end < s1 && !isTerminal(end) && !(toks[end].code == "," && end + 1 < s1 && WordLists.clauseContinuations.contains(toks[end + 1])) { end += 1 }
            if toks[k].code == "of" { end = max(end, k + 2) }
        } else { return nil }
        end = trimEnd(i + 1, end)
        guard end > i + 2 else { return nil }
        let cueText = self.cueText(i, i + 1)
        var f: Frame
        var j = i - 1
        while j >= s0 && skippableLeft(j) { j -= 1 }
        if form == .ing || j >= s0 && (toks[j].code == "and" || toks[j].code == "but") {
            f = Frame(cue: i..<(i + 1), cueText: cueText, source: .inherit, left: max(s0, j), right: i + 1)
        } else {
            guard let found = subject(endingBefore: i) else { return nil }
            // ("The head of a firm that sells parts online called it “a scam”": the phrase that leads the sentence,
            // when the word before the cue is a common one; "critics who say he should condemn ...": a pronoun speaks)
            let common = !toks[found.lowerBound].isCap && !toks[found.lowerBound].has(WordFlag.subjectPronoun)
            let subj = common ? leadSubject(endingBefore: i, found: found, infinitive: false) ?? found : found
            f = Frame(cue: i..<(i + 1), cueText: cueText, source: .subject(subj), left: subj.lowerBound, right: i + 1)
            if let label = labelRange(subj) { f.source = .label(label) }
        }
        f.parts = [(i + 1)..<end]
        f.forward = true
        return f
    }

    /// `X gave the answer to Y: ...` and the like.
    func answerFrame(_ i: Int) -> Frame? {
        let det = low(i + 1)
        let noun = low(i + 2)
        guard WordLists.theAn.contains(det),
              WordLists.answerExplanation.contains(noun)
        else { return nil }
        var c = i + 3
        var recipient: Range<Int>? = nil
        if code(c) == "to" {
            var e = c + 1
            while e < s1 && toks[e].code != ":" && toks[e].code != "," && !inQuote(e) && e - c < 14 { e += 1 }
            recipient = (c + 1)..<e
            c = e
        }
        guard c < s1, toks[c].code == ":" || toks[c].code == "," else { return nil }
        guard let subj = subject(endingBefore: i) else { return nil }
        var f = Frame(cue: i..<(recipient == nil ? i + 3 : i + 4), cueText: text.string(toks[i].start, toks[recipient == nil ? i + 2 : i + 3].end),
                      source: .subject(subj), left: subj.lowerBound, right: c + 1)
        if let label = labelRange(subj) { f.source = .label(label) }
        f.recipient = recipient
        if let q = quoteAt(c) { attachQuote(&f, q); return f }
        guard c + 1 < s1 else { return nil }
        f.parts = [(c + 1)..<s1]; f.forward = true; f.openEnded = true
        return f
    }

    // MARK: noun phrases

    /// `Democrats trying to win the Senate say ...`, `The employee, a registered voter who asked not to be
    /// named, said ...`: a subject with modifiers (participle and prepositional phrases, a relative clause,
    /// an appositive) that spans everything from the start of the sentence to the cue at `i`, where the
    /// shorter noun phrase before the cue (`found`) is only the end of it. Returns the head noun phrase.
    func leadSubject(endingBefore i: Int, found: Range<Int>?, infinitive: Bool) -> Range<Int>? {
        guard !infinitive else { return nil }
        var lead = s0
        while lead < i && (toks[lead].has(WordFlag.connective) || toks[lead].code == ",") && !inQuote(lead) { lead += 1 }
        if let r = found, r.lowerBound <= lead { return nil }
        var j = i - 1
        while j > lead && skippableLeft(j) { j -= 1 }
        guard j - lead >= 2, j - lead <= 30 else { return nil }
        let first = toks[lead]
        guard first.kind == .word || first.kind == .number, !inQuote(lead) else { return nil }
        let fl = first.lower
        if first.has(WordFlag.preposition | WordFlag.subordinator | WordFlag.subjectPronoun | WordFlag.objectPronoun | WordFlag.connective | WordFlag.weekday | WordFlag.month | WordFlag.timeHint) && !first.has(WordFlag.determiner) { return nil }
        if first.kind == .word && !first.isCap && !first.has(WordFlag.determiner) { return nil }
        if first.kind == .word && !first.has(WordFlag.determiner) && (fl.hasByteSuffix("ing") || fl.hasByteSuffix("ed")) { return nil }
        var relative = false
        var sawComma = false
        for k in lead...j {
            let t = toks[k]
            if t.kind == .quote || inQuote(k) { return nil }
            let l = t.lower
            let lc = t.code
            if t.kind == .punct {
                if lc == "," || WordLists.dashes.contains(t) { sawComma = true; continue }
                if lc == "." && !t.spaceBefore && k > lead && (toks[k - 1].has(WordFlag.abbreviation) || toks[k - 1].lower.count == 1) { continue }
                if lc == "(" || lc == ")" || lc == "-" || lc == "%" || lc == "&" || lc == "’s" || lc == "'s" { continue }
                return nil
            }
            if WordLists.whichThat.contains(t) || lc == "whose" || lc == "whom" { relative = true; continue }
            if relative { continue }
            // "Even as Roe said ...", "Just after Roe said ...": an adverb before a subordinate clause, whose
            // subject is the speaker
            if k == lead + 1 && !first.has(WordFlag.determiner) && (WordLists.afterBefore.contains(t) || WordLists.asThoughIf.contains(t)) { return nil }
            // "Last week Trump said": a time phrase, not part of the subject
            // ("a quarter of the committee": a share, not a time)
            if found != nil && t.has(WordFlag.timeHint | WordFlag.weekday | WordFlag.month) && !(WordLists.shareWords.contains(t) && code(k + 1) == "of") { return nil }
            if k > lead && (t.has(WordFlag.subjectPronoun) || t.has(WordFlag.auxiliary) && lc != "to" || t.has(WordFlag.beVerb) || t.has(WordFlag.irregularPast) && !t.isCap) { return nil }
            // "Roe also shared an article that claimed ...": a verb in "-ed" with its object is the lead's own
            // verb, and the relative clause on that object speaks ("officials involved in the talks who said" stays one)
            if k > lead && k < j && t.kind == .word && !t.isCap && l.hasByteSuffix("ed") && l.utf8.count > 4 && toks[k + 1].has(WordFlag.determiner | WordFlag.possessivePronoun) && !toks[k + 1].isCap
                && WordLists.whichThat.contains(toks[j]) && toks[j].code != "who" { return nil }
            // "Boos rained down when Roe mentioned ...": a subordinate clause opens, and its subject speaks
            if k > lead && !t.isCap && WordLists.adverbialSubordinators.contains(t) { return nil }
            if k > lead && t.has(WordFlag.cue) && !t.isCap && !(l.hasByteSuffix("ing") || l.hasByteSuffix("ed")) && Lexicon.cues[t]?.form == .past { return nil }
            if (lc == "and" || lc == "but" || lc == "or") && !(k > lead && toks[k - 1].isCap && k + 1 <= j && toks[k + 1].isCap) { return nil }
        }
        // an appositive after commas only where the phrase-by-phrase search found nothing
        if sawComma && found != nil { return nil }
        // the head: up to the first modifier
        var e = lead + 1
        while e <= j {
            let t = toks[e]
            let l = t.lower
            let lc = t.code
            if t.kind == .punct && !(lc == "." && !t.spaceBefore) && lc != "-" && lc != "%" { break }
            if WordLists.whichThat.contains(t) || lc == "whose" || lc == "whom" { break }
            // "4 percent of married respondents", "a third of the members": a share names the people it is a share of
            if lc == "of" && !inQuote(e) && shareWord(e - 1) {
                var m = e + 1
                while m <= j && !(toks[m].kind == .punct && !(toks[m].code == "." && !toks[m].spaceBefore)) { m += 1 }
                return lead..<m
            }
            // ("A flabbergasted Roe quipped": right after the article the participle is an adjective of the head)
            if !t.isCap && t.kind == .word && (l.hasByteSuffix("ing") || l.hasByteSuffix("ed") && l.count > 3 || l.hasByteSuffix("ly") && l.count > 4)
                && !(e == lead + 1 && first.has(WordFlag.determiner) && e + 1 <= j) { break }
            if t.has(WordFlag.preposition) && !t.isCap && !(lc == "of" && toks[e - 1].isCap) && !(lc == "in" && toks[e - 1].kind != .punct && (e + 1 <= j && toks[e + 1].kind == .number)) { break }
            e += 1
        }
        return lead..<e
    }

    /// The word at `k` counts a share of a group: a number, "percent" / "%", or "half", "third", "majority" ...
    func shareWord(_ k: Int) -> Bool {
        let t = toks[k]
        return t.kind == .number || t.code == "percent" || t.code == "%" || WordLists.shareWords.contains(t)
    }

    /// The subject noun phrase that ends before the cue at `i` (skipping adverbs, auxiliaries, time words,
    /// an appositive between commas, and a parenthesis).
    func subject(endingBefore i: Int, infinitive: Bool = false) -> Range<Int>? {
        var j = i - 1
        while j >= s0 {
            if skippableLeft(j) { j -= 1 } else if let p = timePhraseAfterAuxiliary(endingAt: j) { j = p - 1 } else { break }
        }
        guard j >= s0 else { return nil }
        if isClose(j) {
            let q = toks[j].quote
            if quotes[q].isLabel { return quotes[q].openTok..<(j + 1) }
            // "Roe, who calls the plan a “disaster,” said ...": a short quotation ends the appositive
            if !infinitive && j - 1 > s0 && toks[j - 1].code == "," && quotes[q].wordCount <= 5 { return longAppositiveSubject(j) }
            return nil
        }
        if toks[j].code == ")" {
            var k = j
            while k > s0 && toks[k].code != "(" { k -= 1 }
            j = k - 1
            guard j >= s0 else { return nil }
        }
        if toks[j].code == "," {
            let short = appositiveSubject(j, infinitive: infinitive)
            if infinitive { return short }
            // "Jane Roe, a grower from Harrow, Ontario, who ..., said": a name standing in an earlier
            // appositive gives way to the name that heads the clause
            if let r = short, r.lowerBound - 1 >= s0, toks[r.lowerBound - 1].code == ",", let long = longAppositiveSubject(j), long.lowerBound < r.lowerBound {
                return long
            }
            let found = short ?? longAppositiveSubject(j)
            // "“...,” Wray Roe of the University of Harbour in Dunedin, New Zealand, said": when the place's country
            // alone was taken, the subject is before the place
            if let f = found, let p = placeCommaBefore(j), f.lowerBound > p { return subject(endingBefore: p) }
            return found
        }
        if (WordLists.dashes.contains(toks[j]) || toks[j].code == "-") && !infinitive { return longAppositiveSubject(j) ?? dashAsideSubject(j) }
        // "businesses that warn ...", "officials who said ...": the head of the relative clause speaks
        // ("Lea Ruiz, who’s argued ...": the relative pronoun with "has" contracted; "Lea Ruiz - who said ...")
        // ("the Harbour Trust, which said ...": an organisation's relative pronoun right before the verb)
        let which = toks[j].code == "which" && j + 1 == i && toks[j - 1].code == "," && j - 2 >= s0 && toks[j - 2].isCap && toks[j - 2].stemIsOrgWord
        if !infinitive && j > s0 && (WordLists.whoForms.contains(toks[j]) || which) && ((toks[j - 1].code == "," || toks[j - 1].code == "-") || WordLists.dashes.contains(toks[j - 1])), j - 2 >= s0,
           toks[j - 2].isCap || toks[j - 2].kind == .word && !inQuote(j - 2) && !toks[i].has(WordFlag.evaluative),
           let head = np(endingAt: j - 2), !toks[head.lowerBound].has(WordFlag.subjectPronoun) {
            // "said Jane Roe, who noted that ...", "said one former aide, who said ...": the noun phrase before the
            // relative clause (a common noun only before a reporting verb, not before "called it ...")
            return head
        }
        // "... nearly a quarter — 23 percent — who said": a share set off by dashes before the relative clause
        if !infinitive && j - 2 >= s0 && toks[j].code == "who" && WordLists.dashes.contains(toks[j - 1]),
           toks[j - 2].code == "percent" || toks[j - 2].code == "%", let head = np(endingAt: j - 2) {
            return head
        }
        if !infinitive && j > s0 && (toks[j].code == "who" || toks[j].code == "that") && !inQuote(j),
           let head = np(endingAt: j - 1), !toks[head.lowerBound].has(WordFlag.subjectPronoun),
           !toks[j - 1].has(WordFlag.cue), toks[j - 1].kind == .word || toks[j - 1].kind == .number {
            return head
        }
        // "those surveyed say": the people a poll asked
        if !infinitive && j > s0 && WordLists.polledParticiples.contains(toks[j]) && toks[j - 1].code == "those" && !inQuote(j) {
            return (j - 1)..<(j + 1)
        }
        guard let base = np(endingAt: j) else { return contractedPronounSubject(j) }
        let b = base.lowerBound - 1
        // "a council set up to oversee negotiations has told ...", "... set up to oversee the works has told": after a
        // participle of purpose, a verb and its object after "to" are no subject; the noun phrase before the
        // participle is ("questions posed to focus groups" ends with the groups, "to hear Clinton pledged" with Clinton)
        let verbOfInfinitive = b > s0 && toks[b].kind == .word && !toks[b].isCap && toks[b - 1].code == "to"
        if b > s0, let to = toks[b].code == "to" && base.count >= 2 ? b : verbOfInfinitive ? b - 1 : nil, to - 1 > s0, !inQuote(to),
           base.allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap }) {
            let k = toks[to - 1].code == "up" ? to - 2 : to - 1
            if WordLists.participlesOfPurpose.contains(toks[k]), !inQuote(k),
               let head = np(endingAt: k - 1), !toks[head.lowerBound].has(WordFlag.subjectPronoun) { return head }
        }
        if !infinitive && toks[base.lowerBound].isCap, let name = nameBeforeUnclosedAppositive(base) { return name }
        // "a voice-over in the ad states", "a source speaking to the network said", "a Republican with close
        // ties to the campaign said": the head before the phrases (up to three)
        var p = b
        var phrases = 0
        while p > s0 && WordLists.inOf.contains(toks[p]) && !infinitive && phrases < 3 {
            var h = p - 1
            // "some who work at British newspapers say", "people who live near the depot said": a relative clause of
            // a verb and its phrase on the head
            if h - 2 >= s0, toks[h - 1].code == "who", toks[h].kind == .word, !toks[h].isCap, !inQuote(h), !inQuote(h - 2),
               !toks[h].has(WordFlag.cue | WordFlag.auxiliary | WordFlag.preposition),
               let head = Lexicon.groupQuantifiers.contains(toks[h - 2]) || toks[h - 2].code == "those" ? (h - 2)..<(h - 1) : np(endingAt: h - 2),
               !toks[head.lowerBound].has(WordFlag.subjectPronoun) {
                return head.lowerBound..<base.upperBound
            }
            // ("a person familiar with the thinking at the company said": after a determiner, a noun)
            let participle = toks[h].lower.hasByteSuffix("ing") && !toks[h].isCap && !(h > s0 && toks[h - 1].has(WordFlag.determiner | WordFlag.possessivePronoun))
            if participle { h -= 1 }
            guard h >= s0, let head = np(endingAt: h), !toks[head.lowerBound].has(WordFlag.subjectPronoun) else { break }
            let before = head.lowerBound - 1
            if !participle, let name = nameBeforeUnclosedAppositive(head) { return name }
            if opensSubject(after: before) || isClose(before) {
                if participle { return head }
                // past the first phrase, a name in the phrases ("an official at the agency in Paris") is a
                // place or an organisation, not the speaker: the head alone names them
                if phrases > 0 && (head.upperBound..<base.upperBound).contains(where: { toks[$0].isCap }) { return head }
                return head.lowerBound..<base.upperBound
            }
            if participle { break }
            // a verb in the phrases ("clashing with a journalist intent on getting answers") ends the noun phrase
            if (head.lowerBound..<base.upperBound).contains(where: { !toks[$0].isCap && toks[$0].kind == .word && toks[$0].lower.hasByteSuffix("ing") && toks[$0].lower.utf8.count > 4
                && !($0 > s0 && toks[$0 - 1].has(WordFlag.determiner)) }) { break }
            p = before
            phrases += 1
        }
        if b > s0 && (toks[b].code == "who" || toks[b].code == "which") && !infinitive {
            // "an interview in which he said ...": after a preposition the relative pronoun is its object, and
            // the noun phrase after it is the clause's subject, the speaker
            if followsPrepositionAndWhich(base) { return base }
            // the head noun before the relative clause
            if let head = np(endingAt: b - 1), !toks[head.lowerBound].has(WordFlag.subjectPronoun) { return head }
            return nil
        }
        return infinitive ? base : nameBeforeUnclosedAppositive(base) ?? base
    }

    /// The comma before a place's state or country that the comma at `j` closes, when a preposition leads the place
    /// ("in Dunedin, New Zealand,"); else nil.
    func placeCommaBefore(_ j: Int) -> Int? {
        for p in stride(from: j - 2, through: max(s0 + 2, j - 3), by: -1) where toks[p].code == "," {
            guard Coreference.placeApposition(toks, s0..<s1, comma: p) == j else { return nil }
            return toks[p - 2].has(WordFlag.preposition) && !inQuote(p - 2) ? p : nil
        }
        return nil
    }

    /// Whether a subject may begin right after `k`: the sentence's start, a comma, a dash, a colon or semicolon,
    /// or a connective ("However, ...", "..., and").
    func opensSubject(after k: Int) -> Bool {
        k < s0 || WordLists.subjectOpeners.contains(toks[k]) || toks[k].has(WordFlag.connective)
    }

    /// "Tom Vale, spokesman for Harbourware said": an appositive whose closing comma the text left out, `phrase`
    /// opening with its title; the name that leads the sentence before it, which speaks, or nil.
    func nameBeforeUnclosedAppositive(_ phrase: Range<Int>) -> Range<Int>? {
        let title = phrase.lowerBound, comma = phrase.lowerBound - 1
        guard comma - 1 >= s0, toks[comma].code == ",", toks[title].kind == .word else { return nil }
        func isName(_ name: Range<Int>) -> Bool {
            name.allSatisfy({ toks[$0].isCap && toks[$0].kind == .word && !toks[$0].has(WordFlag.connective | WordFlag.frontAdverb) }) && opensSubject(after: name.lowerBound - 1)
        }
        if toks[title].isCap {
            // "Tom Vale, Harbour Party health spokesman said": the body's name in capitals, then a lower-case title
            // that ends the phrase; the name two words or more ("Elsewhere, Harbour Council spokesman said" has none)
            guard phrase.count <= 6, let last = phrase.last, !toks[last].isCap, SpeakerRecognizer.isTitle(toks[last]),
                  let firstLower = phrase.first(where: { !toks[$0].isCap }), (firstLower..<last).allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap }),
                  (title..<firstLower).allSatisfy({ toks[$0].kind == .word }),
                  let name = np(endingAt: comma - 1), name.count >= 2, isName(name), !name.contains(where: { toks[$0].lower.hasByteSuffix("ly") }) else { return nil }
            return name
        }
        // (the title, "spokesman", "executive partner", goes on with whom it speaks for, "for ...", not with a name:
        // "However, spokesman Tom Vale said" is no appositive; and the name is all capitalised words, no connective)
        var t = title
        while t + 1 < s1 && t - title < 3 && toks[t + 1].kind == .word && !toks[t + 1].isCap && !SpeakerResolver.affiliationPrepositions.contains(toks[t + 1]) { t += 1 }
        guard SpeakerRecognizer.isTitle(toks[title]) || SpeakerRecognizer.isTitle(toks[t]), t + 1 < s1, SpeakerResolver.affiliationPrepositions.contains(toks[t + 1]),
              let name = np(endingAt: comma - 1), isName(name) else { return nil }
        return name
    }

    /// Dash-aside rule: `Some economists - including a minority of the committee - warn that ...`: an aside set off
    /// by two dashes (the one at `j` closing it) stands between the subject and the cue; the subject is the noun
    /// phrase that ends before the opening dash, found as it would be right before a cue.
    func dashAsideSubject(_ j: Int) -> Range<Int>? {
        let mark = toks[j].lower
        var k = j - 1
        while k > s0 && j - k <= 30 && !(toks[k].lower == mark && !inQuote(k)) {
            if !inQuote(k) && (WordLists.sentenceEnds.contains(toks[k]) && !abbreviationPeriod(k) || toks[k].code == ":" || toks[k].code == ";") { return nil }
            k -= 1
        }
        guard k > s0, k + 1 < j, toks[k].lower == mark, let r = subject(endingBefore: k), r.upperBound == k else { return nil }
        // "Another player who never won the title – Jo "the Hammer" Roe – has admitted ...": a name set off by the
        // dashes after a description is the one the description stands for
        // (not "A source close to the leader – Jo Vale – said", "Staff at the biggest employer – Harbro – say": the aside
        // names what a preposition's noun phrase stands for)
        let governed = np(endingAt: k - 1).map { n in n.lowerBound - 1 >= s0 && toks[n.lowerBound - 1].has(WordFlag.preposition) } ?? false
        if !governed, r.contains(where: { toks[$0].kind == .word && !toks[$0].isCap }), toks[k + 1].isCap, toks[j - 1].isCap, !SpeakerRecognizer.isStop(toks[k + 1]),
           ((k + 1)..<j).allSatisfy({ toks[$0].kind == .word && (toks[$0].isCap || toks[$0].has(WordFlag.nameParticle)) || toks[$0].quote >= 0 && quotes[toks[$0].quote].wordCount <= 4 }) {
            return (k + 1)..<j
        }
        // ("Just a quarter of the committee – 28 members – can ask": the phrase that leads the sentence, as before a cue)
        return leadSubject(endingBefore: k, found: r, infinitive: false) ?? r
    }

    /// `X, the former secretary, said` / `X, who ..., said`: the subject before a one-piece appositive that
    /// ends with the comma at `j`.
    func appositiveSubject(_ j: Int, infinitive: Bool) -> Range<Int>? {
        var k = j - 1
        var n = 0
        while k > s0 && toks[k].code != "," && n < 40 {
            if inQuote(k) || WordLists.strongBreaks.contains(toks[k]) { return nil }
            k -= 1; n += 1
        }
        guard k > s0, toks[k].code == ",", n >= 1 else {
            // sentence-initial "X, a Y, said": no earlier comma, so the subject starts the sentence
            if k == s0 && n >= 1 { return nil }
            return nil
        }
        let inner = toks[k + 1].lower
        let appositive = Lexicon.determiners.contains(inner) || toks[k + 1].kind == .number && j - k <= 3 || WordLists.whoWhich.contains(inner)
            || toks[k + 1].isCap || !toks[k + 1].isCap && toks[k + 1].kind == .word || inner.hasByteSuffix("ing")
        guard appositive else { return nil }
        guard let np = np(endingAt: k - 1), np.lowerBound >= s0 else {
            // "One of the authors of that report, Ari Fleischer, said": the name in the appositive
            let app = (k + 1)..<j
            if app.count <= 5, toks[k - 1].kind == .word, app.allSatisfy({ toks[$0].isCap && toks[$0].kind == .word || toks[$0].code == "." || toks[$0].has(WordFlag.nameParticle) }),
               app.filter({ toks[$0].kind == .word }).count >= 2 {
                return app
            }
            return nil
        }
        // "Its director, Jane Roe, added": the name in the appositive
        let app = (k + 1)..<j
        if app.count <= 5, app.allSatisfy({ toks[$0].isCap && toks[$0].kind == .word || toks[$0].code == "." || toks[$0].has(WordFlag.nameParticle) }),
           app.filter({ toks[$0].kind == .word }).count >= 2 {
            return app
        }
        // "her mother, Ann, said": a relative named by the given name alone
        if app.count == 1, toks[app.lowerBound].isCap, toks[app.lowerBound].kind == .word, !toks[app.lowerBound].has(WordFlag.stop),
           np.count == 2, possessiveRelative(np.lowerBound) {
            return app
        }
        // "The party's coalition partner, the Green Alliance, said": an organisation's name in the appositive
        if isOrganisationName(app) { return app }
        // the noun phrase must stand at the start of its clause
        let before = np.lowerBound - 1
        if !infinitive && !opensSubject(after: before) && !isClose(before) { return nil }
        return np
    }

    /// "the Green Alliance", "the Federation of Port Workers": "the", then two to six capitalised words
    /// (with "of", "for", "and" between them), the last one capitalised.
    func isOrganisationName(_ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 7, toks[r.lowerBound].code == "the", toks[r.upperBound - 1].isCap else { return false }
        var capitalised = 0
        for k in (r.lowerBound + 1)..<r.upperBound {
            if toks[k].kind == .word && toks[k].isCap && !toks[k].has(WordFlag.stop) { capitalised += 1; continue }
            if WordLists.organisationNameLinks.contains(toks[k]) && k > r.lowerBound + 1 { continue }
            return false
        }
        return capitalised >= 2
    }

    /// `Jane Roe, an official at the agency in Springfield, Ill., which ..., said`, `Roe — who ... — told`:
    /// a name at the head of its clause, then an appositive of several comma- or dash-separated pieces
    /// ending with the comma or dash at `j`, is the subject.
    func longAppositiveSubject(_ j: Int) -> Range<Int>? {
        var k = j - 1
        var n = 0
        var found: Range<Int>? = nil
        while k > s0 && n < 60 {
            let t = toks[k]
            if t.kind == .quote || inQuote(k) {
                // a short quoted title inside the appositive ("host of “Harbour Hour,”")
                let q = t.quote
                guard q >= 0, quotes[q].wordCount <= 5 else { return found }
                k -= 1; n += 1; continue
            }
            // a period inside the sentence ends an abbreviation ("Mo.", "Mich."), not the clause
            if WordLists.sentenceEnds.contains(t) && t.code != "." || t.code == ":" { return found }
            if t.code == "," || WordLists.dashes.contains(t) || t.code == "-" {
                var e = k - 1
                if e > s0 && toks[e].code == ")" {
                    // "Sen. Jane Roe (D-Ore.), who ...": the name before the parenthesis
                    while e > s0 && toks[e].code != "(" { e -= 1 }
                    e -= 1
                }
                // ("Joseph R. Biden Jr., who ...": a name ending in the period of its suffix)
                let nameEnd = e >= s0 && (toks[e].isCap && toks[e].kind == .word || toks[e].code == "." && e > s0 && toks[e - 1].isCap && WordLists.nameSuffixes.contains(toks[e - 1]))
                // ("Earlier, Tom Vale, chief executive of the trust, had said": an adverb that opens the sentence is no name)
                if nameEnd, !toks[e].has(WordFlag.connective | WordFlag.subordinator | WordFlag.preposition | WordFlag.frontAdverb),
                   let np = np(endingAt: e), np.lowerBound >= s0,
                   k + 1 < j, toks[k + 1].kind == .word || toks[k + 1].kind == .number {
                    let before = np.lowerBound - 1
                    if opensSubject(after: before) || isClose(before) {
                        // the leftmost such name: "Jane Roe, a grower from Harrow, Ontario, said" is Roe's
                        found = np
                    }
                }
            }
            k -= 1; n += 1
        }
        return found
    }

    /// A noun phrase ending at token `e`, scanning left.
    func np(endingAt e: Int) -> Range<Int>? {
        // "James Roe Jr.", "Harbour Freight Inc.": a name ends with the period of its suffix
        if e - 1 >= s0, toks[e].code == ".", !toks[e].spaceBefore, toks[e - 1].isCap, WordLists.nameSuffixes.contains(toks[e - 1]), !inQuote(e),
           let r = np(endingAt: e - 1), r.count > 1 {
            return r.lowerBound..<(e + 1)
        }
        guard e >= s0, toks[e].kind == .word || toks[e].kind == .number, !inQuote(e) else { return nil }
        let el = toks[e].lower
        let te = toks[e]
        // ("told police someone told her": an indefinite pronoun is a whole subject, as a personal one is)
        if te.has(WordFlag.subjectPronoun) || Lexicon.indefinitePronouns.contains(te) { return e..<(e + 1) }
        let capMay = el == "may" && toks[e].isCap || willAsName(e)
        if !te.isCap && (el.hasByteSuffix("ed") && el.utf8.count > 3 || te.has(WordFlag.irregularPast)) { return nil }
        // "the report said": a noun that is also a reporting verb, after a determiner
        // "the judge said", "a federal judge ruled": a title that is also a verb is the noun before a verb
        // ("the thinking at the company": a gerund after a determiner is a noun)
        let cueNoun = WordLists.nounLikeCues.contains(el) && determinerBefore(e) || titleBeforeVerb(e)
            || el.hasByteSuffix("ing") && e > s0 && toks[e - 1].has(WordFlag.determiner) && !inQuote(e - 1)
        if te.has(WordFlag.preposition) && el != "per" || te.has(WordFlag.subordinator) || te.has(WordFlag.auxiliary) && !capMay
            || te.has(WordFlag.cue) && !te.isCap && !cueNoun || te.has(WordFlag.objectPronoun) && el != "us" {
            return nil
        }
        var k = e
        var n = 0
        var sawAnd = false
        while k - 1 >= s0 && n < 14 {
            let u = toks[k - 1]
            let l = u.lower
            let lc = u.code
            if inQuote(k - 1) { break }
            if u.kind == .quote {
                let q = u.quote
                if q >= 0 && quotes[q].isLabel { k = quotes[q].openTok; break }
                break
            }
            if u.kind == .punct {
                if lc == "." && !u.spaceBefore && k - 2 >= s0 && (toks[k - 2].has(WordFlag.abbreviation) || toks[k - 2].lower.count == 1) { k -= 1; n += 1; continue }
                if lc == ")" {
                    var m = k - 1
                    while m > s0 && toks[m].code != "(" { m -= 1 }
                    if m > s0 && toks[m].code == "(" && (toks[m - 1].isCap) { k = m; n += 1; continue }
                    break
                }
                if lc == "," && sawAnd && k - 2 >= s0 && (toks[k - 2].isCap || toks[k - 2].code == ")") { k -= 1; n += 1; continue }
                if lc == "-" || lc == "/" || lc == "&" { k -= 1; n += 1; continue }
                break
            }
            // "Jill A. Martin": a capital initial before its period is part of the name, not the article "a"
            let initial = lc == "a" && u.isCap && k < e + 1 && toks[k].code == "." && !toks[k].spaceBefore && k - 2 >= s0 && toks[k - 2].isCap && toks[k - 2].kind == .word
            if initial { k -= 1; n += 1; continue }
            // "Mr. Lund and other leaders", "Ward and his colleagues": a name joined to the group
            if (lc == "other" || u.has(WordFlag.possessivePronoun)) && !u.isCap && k - 3 >= s0 && toks[k - 2].code == "and" && !inQuote(k - 3)
                && toks[k - 3].isCap && toks[k - 3].kind == .word && !SpeakerRecognizer.isStop(toks[k - 3]) {
                k -= 2; n += 2; sawAnd = true; continue
            }
            if u.has(WordFlag.determiner) && lc != "that" || u.has(WordFlag.possessivePronoun) {
                // "Amy Adamczyk of the Kestrel College": the article of a body the name belongs to
                if lc == "the", k - 3 >= s0, toks[k - 2].code == "of" || toks[k - 2].code == "for", toks[k - 3].isCap, toks[k - 3].kind == .word, !inQuote(k - 3) {
                    k -= 1; n += 1; continue
                }
                k -= 1; break
            }
            if lc == "of" { k -= 1; n += 1; continue }
            if lc == "and" {
                // "he and Mr. Allen said", "she and another reporter said"
                if k - 2 >= s0 && toks[k - 2].has(WordFlag.subjectPronoun) && !inQuote(k - 2) { k -= 2; break }
                if k - 2 >= s0 && (toks[k - 2].isCap || toks[k - 2].code == ")" || toks[k - 2].kind == .word && !SpeakerRecognizer.isStop(toks[k - 2])) { sawAnd = true; k -= 1; n += 1; continue }
                break
            }
            if !u.isCap && SpeakerRecognizer.isTitle(u) && k < e + 1 && (toks[k].isCap || SpeakerRecognizer.isTitle(toks[k])) { k -= 1; n += 1; continue }
            // "an inside source", "the outside group": a preposition as an adjective after an article
            if u.has(WordFlag.preposition) && !u.isCap && k - 2 >= s0 && WordLists.articles.contains(toks[k - 2]) && k <= e { k -= 1; n += 1; continue }
            // "82 per cent agreed": the share is one word
            if lc == "per" && k <= e && toks[k].code == "cent" && k - 2 >= s0 && toks[k - 2].kind == .number { k -= 1; n += 1; continue }
            if SpeakerRecognizer.isStop(u) && !(u.isCap && !u.has(WordFlag.connective | WordFlag.subordinator | WordFlag.preposition | WordFlag.determiner | WordFlag.subjectPronoun)) {
                break
            }
            // ("the Harbour based watchdog": the second half of a compound adjective whose hyphen the text has lost, after
            // a determiner; not a verb a subject may have, "The MP backed campaigners who say")
            let compound = WordLists.placeParticiples.contains(u) && k - 3 >= s0 && toks[k - 2].isCap && toks[k - 2].kind == .word && !inQuote(k - 2)
                && toks[k - 3].has(WordFlag.determiner | WordFlag.possessivePronoun)
            if u.has(WordFlag.beVerb) || u.has(WordFlag.irregularPast) && !u.isCap && !compound { break }
            if !u.isCap && u.kind == .word && l.hasByteSuffix("ed") && l.utf8.count > 3 && !SpeakerRecognizer.isTitle(u) && !compound { break }
            if !u.isCap && u.kind == .word && l.hasByteSuffix("ly") && l.utf8.count > 4 { break }
            k -= 1; n += 1
        }
        // a noun phrase does not start with "of" or "and"
        while k < e && (toks[k].code == "of" || toks[k].code == "and" || toks[k].code == ",") { k += 1 }
        return k..<(e + 1)
    }

    /// Whether a determiner opens the phrase whose last word is at `e`, right before it or before up to three
    /// lower-case modifiers ("the report", "a new report", "an authoritative new report").
    func determinerBefore(_ e: Int) -> Bool {
        var j = e - 1
        while j >= s0 && e - j <= 4 {
            let t = toks[j]
            if inQuote(j) || t.kind != .word { return false }
            if t.has(WordFlag.determiner) { return true }
            if t.isCap || SpeakerRecognizer.isStop(t) || t.has(WordFlag.cue) { return false }
            j -= 1
        }
        return false
    }

    /// "her mother", "his brother": a possessive pronoun at `k`, then a family member.
    func possessiveRelative(_ k: Int) -> Bool {
        k >= s0 && k + 1 < s1 && toks[k].has(WordFlag.possessivePronoun) && WordLists.relatives.contains(toks[k + 1]) && !inQuote(k)
    }

    /// The end of a name set off by commas at `comma` (", Lena Hart," or ", Lena Hart." closing the
    /// sentence), if there is one; with `givenNameAlone`, a single name will do (", Ann," after "her mother").
    func appositiveName(after comma: Int, givenNameAlone: Bool = false) -> Int? {
        guard comma < s1, toks[comma].code == ",", comma + 1 < s1, !inQuote(comma + 1) else { return nil }
        var j = comma + 1
        var names = 0
        while j < s1 && j - comma <= 6 {
            let t = toks[j]
            if SpeakerRecognizer.isNameToken(t) && !SpeakerRecognizer.isStop(t) { names += 1; j += 1; continue }
            if t.code == "." && !t.spaceBefore && j + 1 < s1 && toks[j + 1].isCap { j += 1; continue }
            break
        }
        guard names >= 2 || givenNameAlone && names == 1 else { return nil }
        return j == s1 || WordLists.appositiveEnds.contains(toks[j]) ? j : nil
    }

    /// "said union safety representative Jane Roe": a few lower-case words ending in a title, then a name.
    /// "said engineer Asab Tabor", "said master of ceremonies Jo Hale", "said undecided voter Lea Ruiz": a role
    /// in lower case (up to four words, an "of" between them) before a full name of two capitalised words.
    func lowerCaseRoleBeforeName(_ s: Int) -> Bool {
        var k = s
        while k < s1 && k - s < 4 && toks[k].kind == .word && !toks[k].isCap && !inQuote(k) && !toks[k].has(WordFlag.timeHint)
                && (!SpeakerRecognizer.isStop(toks[k]) || toks[k].code == "of" && k > s && k + 1 < s1 && !toks[k + 1].isCap && toks[k + 1].kind == .word
                    || reportingNounBeforeTitle(k)) { k += 1 }
        guard k > s && k < s1 && toks[k].isCap && toks[k].kind == .word else { return false }
        if SpeakerRecognizer.isTitle(toks[k - 1]) { return true }
        guard toks[k - 1].code != "of", !SpeakerRecognizer.isStop(toks[k]), k + 1 < s1 else { return false }
        let n = toks[k + 1]
        return n.kind == .word && n.isCap && !SpeakerRecognizer.isStop(n) && !inQuote(k + 1)
    }

    /// "report author", "statement writer": a reporting word (a stop word, as every cue) that is a noun before a
    /// title in lower case.
    func reportingNounBeforeTitle(_ k: Int) -> Bool {
        k + 1 < s1 && toks[k].has(WordFlag.cue) && !toks[k].has(WordFlag.auxiliary) && toks[k + 1].kind == .word && !toks[k + 1].isCap
            && SpeakerRecognizer.isTitle(toks[k + 1]) && !toks[k + 1].has(WordFlag.cue)
    }

    /// "says a young man wearing a white face mask over his nose and mouth", "... wearing a cap pulled low": a
    /// description after the cue too long or too involved to read whole is the speaker up to its participle.
    func participleCut(_ s: Int, _ e: Int) -> Range<Int>? {
        guard e > s + 2 else { return nil }
        return (s + 2..<e).first { !toks[$0].isCap && toks[$0].lower.hasByteSuffix("ing") && toks[$0].lower.count > 5 }.map { s..<$0 }
    }

    /// A noun phrase starting at `s` and running right (for inversions and "according to").
    func npRight(_ s: Int, inverted: Bool = false) -> Range<Int>? {
        // `says “Connie” Hilton`: a nickname in quotation marks before the family name
        if inverted, s < s1, toks[s].kind == .quote, toks[s].opens, toks[s].quote >= 0, case let q = quotes[toks[s].quote], q.closed, q.wordCount <= 2,
           q.closeTok + 1 < s1, toks[q.closeTok + 1].isCap, toks[q.closeTok + 1].kind == .word, let r = npRight(q.closeTok + 1, inverted: true) {
            return s..<r.upperBound
        }
        guard s < s1, toks[s].kind == .word, !inQuote(s) else { return nil }
        let first = toks[s].lower
        if inverted && Lexicon.subjectPronouns.contains(first) {
            return (s + 1 >= s1 || WordLists.pronounSpeakerFollowers.contains(toks[s + 1])) ? s..<(s + 1) : nil
        }
        if !inverted && (Lexicon.subjectPronouns.contains(first) || Lexicon.possessivePronouns.contains(first)) {
            // "according to her account", "said he"
            var e = s + 1
            while e < s1 && toks[e].kind == .word && !inQuote(e) && !SpeakerRecognizer.isStop(toks[e]) && e - s < 4 { e += 1 }
            return s..<e
        }
        // `said another.`, `grumbled another about the plan`: one more of the speakers just quoted
        if inverted && first == "another" && (s + 1 >= s1 || toks[s + 1].kind == .punct || toks[s + 1].has(WordFlag.preposition)) { return s..<(s + 1) }
        let oneOf = inverted && describedOne(s)
        let role = inverted && !toks[s].isCap && lowerCaseRoleBeforeName(s)
        // "said his campaign manager Lena Hart", "said his manager, Lena Hart": a possessive before a role and a name
        let possessiveRole = inverted && Lexicon.possessivePronouns.contains(first) && s + 1 < s1 && !toks[s + 1].isCap
            && (lowerCaseRoleBeforeName(s + 1) || SpeakerRecognizer.isTitle(toks[s + 1]) && appositiveName(after: s + 2) != nil)
            // "said her mother", "said his brother, Tom": a relative
            || inverted && possessiveRelative(s)
        // "said State Senator Jo Hale", "wrote Post bureau chief Jo Hale": a capitalised cue word opening a name
        let capitalCue = toks[s].isCap && toks[s].has(WordFlag.cue) && s + 1 < s1 && (toks[s + 1].isCap && toks[s + 1].kind == .word || lowerCaseRoleBeforeName(s + 1))
        // "said this person", "said these officials": someone the text just described, pointed to again
        let pointedTo = inverted && (first == "this" || first == "these") && s + 1 < s1 && Lexicon.anonymousHeads.contains(toks[s + 1])
        // "..., say economists, ...", "..., said analysts.": a lone plural noun that a comma or the sentence's end closes
        let barePlural = inverted && lonePlural(toks[s]) && (s + 1 >= s1 || toks[s + 1].code == "," || isTerminal(s + 1))
        guard !inverted || toks[s].isCap || WordLists.articles.contains(first) || Lexicon.groupQuantifiers.contains(first)
                || SpeakerRecognizer.isTitle(toks[s]) && s + 1 < s1 && (toks[s + 1].isCap || SpeakerRecognizer.isTitle(toks[s + 1]))
                || role || oneOf || possessiveRole || pointedTo || barePlural else { return nil }
        guard !SpeakerRecognizer.isStop(toks[s]) || WordLists.articles.contains(first) || Lexicon.groupQuantifiers.contains(first) || oneOf
                || possessiveRole || capitalCue || pointedTo || role && reportingNounBeforeTitle(s) else { return nil }
        var e = s
        while e < s1 && e - s < 12 {
            let u = toks[e]
            // "according to the “Harbour for All” plan he released": a short quoted title, then the noun it names,
            // which ends the phrase
            if !inverted && e > s && u.kind == .quote && u.opens && u.quote >= 0, case let q = quotes[u.quote], q.closed, q.wordCount <= 6,
               q.closeTok + 1 < s1, toks[q.closeTok + 1].kind == .word, !toks[q.closeTok + 1].isCap, !toks[q.closeTok + 1].has(WordFlag.stop),
               Lexicon.cues[toks[q.closeTok + 1]] == nil || ExtractionRun.documentNouns.contains(toks[q.closeTok + 1]) {
                return s..<(q.closeTok + 2)
            }
            if inQuote(e) || u.kind == .quote { break }
            if u.kind == .punct {
                // ("Gov. Hale", "U. S. Grant", "a Sept. 14 memo": the period of an abbreviation)
                if u.code == "." && !u.spaceBefore && e > s && (toks[e - 1].has(WordFlag.abbreviation) || toks[e - 1].lower.count == 1) && e + 1 < s1
                    && (toks[e + 1].isCap || toks[e + 1].kind == .number && isMonthAbbreviation(e - 1)) { e += 1; continue }
                if inverted && e > s, let close = partyTagEnd(e) { e = close + 1 }
                break
            }
            if !inverted && e > s && WordLists.ofFrom.contains(u) { e += 1; continue }
            if e > s && (u.has(WordFlag.subordinator) && u.code != "and" || WordLists.speakerPhraseBreakers.contains(u)) { break }
            // (a capitalised cue word after a capitalised one is part of a name: "Harrow State University"; "said
            // former state Treasurer X": "state" before a capitalised title is a noun)
            // ("argues the report", "says its statement": a cue word after a determiner is a noun)
            if e > s && (u.has(WordFlag.auxiliary) || Lexicon.cues[u] != nil && !(u.isCap && toks[e - 1].isCap) && !(inverted && toks[e - 1].has(WordFlag.determiner | WordFlag.possessivePronoun) && !u.has(WordFlag.auxiliary))
                         && !(inverted && !u.isCap && e + 1 < s1 && SpeakerRecognizer.isTitle(toks[e + 1]) && toks[e + 1].isCap)) { break }
            // ("said Leeds based lawyer Jo Hale", "a US backed group": the second half of a compound adjective whose
            // hyphen the text has lost; not "the Center based on census data")
            if e > s && toks[e - 1].isCap && WordLists.compoundParticiples.contains(u) && e + 1 < s1 && toks[e + 1].kind == .word
               && !toks[e + 1].has(WordFlag.preposition) { e += 1; continue }
            // ("said undecided voter Lea Ruiz": a participle in the role is an adjective)
            if !u.isCap && (u.has(WordFlag.irregularPast) || u.lower.hasByteSuffix("ed") && u.lower.count > 4) && !(role && e == s) {
                return inverted ? participleCut(s, e) : nil
            }
            e += 1
        }
        // a role before a name ends with the name ("said business mogul Roe's refusal to ..." is no speaker); a
        // phrase cut at "and" ("writes a weekly column and, since 2013, leads ...") is a list of verbs' objects
        // ("says a young man wearing a white face mask over his nose and mouth": a long description is cut at its
        // participle before it is judged by where the twelfth word falls)
        if inverted && e - s == 12 && e < s1 && !WordLists.speakerPhraseEnds.contains(toks[e]), let cut = participleCut(s, e) { return cut }
        guard e > s, !role || toks[e - 1].isCap || toks[e - 1].code == ")", !WordLists.andButOr.contains(toks[e - 1]) else { return nil }
        // "said Okafor's deputy campaign manager, Lena Hart, who ...": the name in apposition to a description
        // ("said her mother, Ann.": a relative, named by the given name alone)
        if inverted, let n = appositiveName(after: e, givenNameAlone: e - s == 2 && possessiveRelative(s)),
           !toks[e - 1].isCap { e = n }
        // must end the clause
        if e < s1 && !WordLists.speakerPhraseEnds.contains(toks[e]) && !WordLists.speakerPhraseFollowers.contains(toks[e]) && toks[e].kind != .quote {
            return nil
        }
        return s..<e
    }
}

/// The word lists this file tests words against, as sets (one lookup instead of a string comparison
/// per element).
private enum WordLists {
    static let sentenceEnds: WordSet = [".", "?", "!", "…", ";"]
    /// What ends a quotation before its inverted attribution (`“...,” said`, `“...?” asked`).
    static let quoteEndMarks: WordSet = [",", "?", "!"]
    /// Modals of possibility ("one could say").
    static let possibilityModals: WordSet = ["could", "might", "may", "can", "would"]
    /// Modals of what one must conclude ("one must conclude", "you should note").
    static let obligationModals: WordSet = ["must", "should"]
    /// Words before "to say" in the writer's set phrases ("needless to say", "sad to say", "safe to say").
    static let toSayAdverbials: WordSet = ["needless", "sad", "strange", "safe", "fair", "suffice", "truth"]
    /// The small words inside an organisation's name ("Federation of Port Workers").
    static let organisationNameLinks: WordSet = ["of", "for", "and", "&", "on"]
    static let inOn: WordSet = ["in", "on", "since", "last", "this", "early", "late", "mid"]
    static let weekMonth: WordSet = ["week", "month", "year", "morning", "afternoon", "evening", "weekend"]
    /// Adverbs of where or when something was said, before what was ("told reporters backstage, “...”").
    static let placeTimeAdverbs: WordSet = ["backstage", "onstage", "offstage", "outside", "afterwards", "afterward", "later",
                                            "there", "here", "abroad", "overseas", "inside", "nearby", "again"]
    /// Participles before an infinitive of what a body is for ("a council set up to oversee ...", "a panel
    /// formed to review ...").
    static let participlesOfPurpose: WordSet = ["set", "created", "formed", "established", "designed", "tasked", "appointed",
                                                "convened", "launched", "founded", "organized", "organised", "assembled", "hired"]
    /// Units a phrase of time ends with ("over the past few months", "on several occasions").
    static let timeUnits: WordSet = ["days", "weeks", "months", "years", "decades", "occasions", "times", "week", "month", "year", "decade"]
    /// Prepositions that open a phrase of time inside a verb ("has over the past year warned").
    static let timePrepositions: WordSet = ["over", "in", "for", "during", "on", "throughout", "within"]
    static let thisLast: WordSet = ["this", "last", "next", "that", "the"]
    static let clauseBreaks: WordSet = [",", ";", "—", "–", "--", ":"]
    /// Subordinators that open an adverbial clause ("when", "if", "although" ...), not a relative or a noun clause.
    static let adverbialSubordinators: WordSet = ["when", "while", "if", "although", "though", "because", "once", "unless", "whereas"]
    static let andBut: WordSet = ["and", "but", "as", "while", "whereas", "though", "although", "because", "so", "yet"]
    /// What sets a name's quoted short form off from it ("hydraulic fracturing - “fracking”").
    static let nameAsides: WordSet = ["-", "—", "–", "--", "(", ","]
    /// Verbs in the present that take "to" and a verb ("refuses to publish"), which end a subject noun phrase.
    static let presentVerbsBeforeTo: WordSet = ["refuses", "wants", "intends", "declines", "fails", "vows", "threatens", "seeks", "agrees",
                                                "continues", "appears", "seems", "plans", "hopes", "expects", "tries", "needs", "aims",
                                                "promises", "pledges", "offers", "decides", "prefers", "struggles", "likes", "loves", "hates", "wishes"]
    /// Verbs that report the words of a post or a guest's remarks only after them ("“...,” Kelce shared").
    static let postingVerbs: Set<String> = ["share", "caption"]
    /// What follows a verb of change before its figure ("rose to 40", "fell by a fifth").
    static let figureMoves: WordSet = ["to", "by", "from"]
    /// Adverbs of time or addition between a subject and its verb ("Roe later addressed", "the board also denied"),
    /// which end the subject's noun phrase.
    static let adverbsBeforeVerb: WordSet = ["later", "also", "then", "again", "now", "still", "never", "once", "subsequently",
                                             "afterwards", "already", "first", "flat-out", "outright"]
    /// What reports a finding with "found" and no "that" ("the survey found most islanders want ...").
    static let findingBodies: WordSet = ["study", "survey", "report", "poll", "research", "review", "inquiry", "analysis", "audit",
                                         "investigation", "census", "studies", "surveys", "reports", "polls"]
    /// Words that show a figure rose, fell or counts up to ("up 25%", "down", "up to 80").
    static let figureWords: WordSet = ["up", "down", "%", "percent", "per", "rose", "fell"]
    /// The participles of ``compoundParticiples`` that are hardly ever a clause's verb ("Harbour based", "Leeds born").
    static let placeParticiples: WordSet = ["based", "born", "bred"]
    /// Participles that end a compound adjective after a name ("London based", "US backed", "Texas born").
    static let compoundParticiples: WordSet = ["based", "born", "backed", "owned", "led", "funded", "run", "bred"]
    /// Participles of what a statement set off ("A, prompting an inquiry", "A, sparking protests").
    static let setOffParticiples: WordSet = ["prompting", "sparking", "drawing", "triggering"]
    /// Adverbs a speaker's verb may take between commas before what was said ("added, though, that").
    static let asideAdverbs: WordSet = ["though", "too", "again", "later", "once", "separately", "privately", "publicly", "recently"]
    static let perfectAuxiliaries: WordSet = ["has", "have", "had"]
    static let whichWhom: WordSet = ["which", "whom"]
    static let pluralFiniteAuxiliaries: WordSet = ["have", "are", "were", "do", "don’t", "don't", "haven’t", "haven't", "aren’t", "aren't", "weren’t", "weren't"]
    static let nameFunctionWords: WordSet = ["of", "the", "and", "de", "van", "von", "del", "la", "le", "da", "bin", "al"]
    static let furtherMore: WordSet = ["further", "more", "most", "no", "every", "such", "nothing", "none", "only", "even", "not"]
    static let contrastConjunctions: WordSet = ["and", "but", "as", "while", "whereas", "though", "although", "because", "yet"]
    static let pauseMarks: WordSet = [",", ";", "—", "–", "--"]
    static let trailingPunctuation: WordSet = [".", ",", ";", ":", "—", "–", "--", "?", "!"]
    static let gaveOffered: WordSet = ["gave", "offered", "provided", "delivered", "gives", "offers", "provides"]
    static let newsMedia: WordSet = ["news", "media", "press", "police", "court", "official", "initial"]
    /// Quantifiers that stand as a clause's subject ("Many say", "Some said", "Most agree").
    static let subjectQuantifiers: WordSet = ["many", "some", "most", "several", "few", "both", "all"]
    /// Reporting verbs no noun is spelt like ("say", "tell", "warn" ...), unlike "report" or "claim".
    static let verbOnlyCues: WordSet = ["say", "tell", "warn", "insist", "argue", "explain", "add", "admit", "confirm", "deny",
                                            "suggest", "predict", "acknowledge", "contend", "maintain", "announce", "believe"]
    static let alsoNot: WordSet = ["also", "not", "never", "reportedly", "widely", "often", "been", "being"]
    static let invertedSpeakerEnds: WordSet = [".", ",", "?", "!", ";"]
    /// Abbreviated suffixes that end a person's or a company's name with their period ("Jr.", "Inc.").
    static let nameSuffixes: WordSet = ["jr", "sr", "inc", "corp", "co", "ltd", "bros"]
    static let toNot: WordSet = ["to", "not", "be", "been", "being"]
    static let describeCall: WordSet = ["describe", "call", "characterize", "characterise", "label", "brand", "dub"]
    static let recipientPhraseEnds: WordSet = [",", ":", ";", ".", "?", "!", "—"]
    /// Plural nouns of people told things in their office ("told police", "told jurors").
    static let hearerPlurals: WordSet = ["police", "detectives", "investigators", "officers", "reporters", "journalists", "jurors",
                                         "lawmakers", "agents", "prosecutors", "officials", "authorities", "deputies"]
    static let aboutAfter: WordSet = ["about", "after", "before", "during", "on", "in", "when", "while", "because", "if"]
    static let ofAt: WordSet = ["of", "at", "for", "from", "and"]
    static let todayYesterday: WordSet = ["today", "yesterday", "tonight", "earlier", "later", "again", "also", "repeatedly", "recently", "previously", "publicly", "privately", "late", "early"]
    static let aAn: WordSet = ["a", "an", "several", "few", "couple", "just"]
    static let quantityWords: WordSet = ["a", "an", "several", "few", "couple", "of", "just"]
    static let dayDays: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "minutes", "decades", "decade"]
    static let agoEarlier: WordSet = ["ago", "earlier", "later", "before", "after"]
    static let timeSpanNouns: WordSet = ["week", "month", "year", "weekend", "morning", "afternoon", "evening"]
    static let inAt: WordSet = ["in", "at", "on", "during", "after", "before", "to", "with", "via", "through", "over", "from", "while", "when", "under", "outside", "inside", "following", "ahead"]
    static let phraseBreaksWithParentheses: WordSet = [",", ".", ";", ":", "?", "!", "—", "(", ")"]
    static let theA: WordSet = ["the", "a", "an", "his", "her", "their", "its"]
    static let nounPhrasePrepositions: WordSet = ["of", "at", "in", "on", "for", "from", "to", "with", "and"]
    static let nounJoiningPrepositions: WordSet = ["in", "at", "on", "during", "of", "for", "with", "from", "to", "by"]
    static let cuePhraseEnds: WordSet = [",", ".", ";", ":", "?", "!"]
    static let explainDescribe: WordSet = ["explain", "describe", "detail", "recount", "reveal", "recall", "outline", "tell"]
    static let whetherIf: WordSet = ["whether", "if", "how", "what", "why", "when", "where", "who", "to", "for", "about", "of"]
    static let nothingGoodbye: WordSet = ["nothing", "goodbye", "so", "yes", "no", "little", "much", "something", "anything", "grace", "a", "an"]
    static let andWhile: WordSet = [",", "and", "while", "by", "upon", "after", "before", "without", "—", "when"]
    /// Verbs of blame or praise for something said: "accused of saying", "criticized him for suggesting".
    static let blameVerbs: WordSet = ["accused", "criticized", "criticised", "blasted", "slammed", "scolded", "attacked", "mocked",
                                      "ridiculed", "apologized", "apologised", "praised", "faulted", "rebuked", "condemned", "chided",
                                      "lambasted", "assailed", "admonished", "denounced", "thanked", "lauded", "excoriated", "berated",
                                      "castigated", "derided", "apologizes", "apologises", "apologize", "apologise", "censured", "reprimanded"]
    static let afterBefore: WordSet = ["after", "before", "while", "when", "since", "upon", "by"]
    /// Subordinators that an adverb may precede at the start of a sentence ("Even as", "Even though", "Only if").
    static let asThoughIf: WordSet = ["as", "though", "if", "although", "because", "until", "once"]
    static let quotedNameStops: WordSet = [",", ";", ":", ".", "—", "–", "?", "!", "(", ")"]
    static let nounClauseEnds: WordSet = [",", ";", ".", "—", "–", "?", "!"]
    static let clauseContinuations: WordSet = ["and", "but", "while", "saying", "adding"]
    static let theAn: WordSet = ["the", "an", "a", "their", "his", "her", "its"]
    static let answerExplanation: WordSet = ["answer", "explanation", "account", "reason", "response", "warning", "assessment", "verdict", "message", "version", "reply", "details", "assurance", "assurances"]
    static let whoWhich: WordSet = ["who", "which", "whose", "appearing", "speaking", "writing"]
    static let inOf: WordSet = ["in", "of", "at", "from", "for", "with", "on", "to"]
    static let ofFrom: WordSet = ["of", "from", "at", "for", "by", "in"]
    static let speakerPhraseBreakers: WordSet = ["in", "on", "at", "during", "after", "before", "to", "with", "from", "about", "while", "when", "as"]
    static let speakerPhraseEnds: WordSet = [",", ".", "?", "!", ";", "—", ")"]
    static let speakerPhraseFollowers: WordSet = ["in", "on", "at", "during", "after", "before", "to", "with", "while", "when", "as", "about", "who", "which",
                                                  "from"]
    static let makeMakes: WordSet = ["make", "makes", "made", "making"]
    /// Nouns for a claim made ("made the claim that", "made charges that").
    static let chargeNouns: WordSet = ["charge", "charges", "claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions"]
    static let whichThat: WordSet = ["which", "that", "who"]
    /// Time words that stand alone as an adjunct of the cue ("which he said yesterday was ...").
    static let timeAdverbs: WordSet = ["yesterday", "today", "tonight", "earlier", "recently", "previously"]
    /// The verbs of saying that invert before a lone plural in lower case ("..., say economists").
    static let invertingPluralCues: WordSet = ["say", "add", "argue", "warn", "note", "write", "insist", "caution", "predict", "explain", "agree", "contend"]
    /// Words that open a relative clause.
    static let relativeOpeners: WordSet = ["which", "who", "whose", "whom", "where", "that"]
    static let theyWe: WordSet = ["they", "we", "i", "you"]
    /// Plural nouns that do not end in s: "Police say", "Many people say".
    static let pluralsWithoutS: WordSet = ["police", "people", "children", "men", "women", "staff", "personnel", "clergy", "folk"]
    /// Modals and finite auxiliaries that show a clause has begun ("the city would need", "the plan has failed").
    static let finiteAuxiliaries: WordSet = ["will", "would", "could", "should", "can", "may", "might", "must", "is", "was", "are", "were",
                                             "has", "had", "have", "does", "did", "won’t", "won't", "wouldn’t", "wouldn't", "isn’t", "isn't", "wasn’t", "wasn't"]
    /// Nouns that count a plural after "of" ("a number of analysts", "a handful of residents").
    static let quantityNouns: WordSet = ["number", "handful", "couple", "host", "lot", "lots", "plenty", "dozen", "series", "variety", "group"]
    /// Finite auxiliaries of a singular subject ("the note has risen").
    static let singularFiniteAuxiliaries: WordSet = ["has", "is", "was", "does"]
    /// Words that make a subject a share of a group ("a third say", "a majority said").
    static let shareWords: WordSet = ["half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "minority", "plurality"]
    /// Participles that, after "those", name the people a poll asked ("those surveyed say").
    static let polledParticiples: WordSet = ["surveyed", "polled", "questioned", "interviewed", "asked", "sampled"]
    static let thatEtc: WordSet = ["that", ":", ","]
    static let articles: WordSet = ["the", "a", "an"]
    static let morningAfternoon: WordSet = ["morning", "afternoon", "evening", "night"]
    static let deicticDeterminers: WordSet = ["this", "last", "next"]
    static let dayNight: WordSet = ["day", "night"]
    static let reportersJournalists: WordSet = ["reporters", "journalists", "supporters", "lawmakers"]
    static let addObjectStarts: WordSet = ["a", "an", "to"]
    /// Predicates after a copula by which someone goes on to say something ("were keen to point out that").
    static let eagerPredicates: WordSet = ["keen", "quick", "careful", "anxious", "happy", "pleased"]
    /// Words that may stand between a copula and a willing predicate ("were all keen", "was always quick").
    static let copulaAdverbs: WordSet = ["very", "so", "always", "often", "all", "also", "now"]
    /// Words that take an infinitive and are never its subject ("fair to say", "able to tell", "something to say").
    static let beforeInfinitive: WordSet = ["able", "unable", "fair", "safe", "hard", "easy", "difficult", "quick", "eager",
                                            "willing", "unwilling", "reluctant", "likely", "unlikely", "ready", "free", "right",
                                            "wrong", "something", "nothing", "anything", "much", "little", "enough", "time",
                                            "chance", "way", "rather", "fails", "failed", "fail", "neglects", "neglected",
                                            "forgets", "forgot"]
    /// Pronouns that stand for words said or written elsewhere ("argued it", "said so", "said this").
    static let pronounObjects: WordSet = ["it", "this", "so", "them", "him", "her", "me", "us"]
    static let strongBreaks: WordSet = [";", ":", "—"]
    /// Words of quantity that open a verb's object ("means fewer sailings", "costs too much").
    static let quantityOpeners: WordSet = ["more", "fewer", "less", "too", "much", "many"]
    /// What may follow a counted object of "added" ("added two goals each").
    static let countedObjectFollowers: WordSet = ["each", "apiece", "and", "as", ",", "."]
    /// Prepositions after which a past participle is an adjective, not a verb ("above predicted levels",
    /// "less than announced", "under reported figures").
    static let comparisonPrepositions: WordSet = ["above", "below", "than", "beyond", "under", "over"]
    /// Family members: after a possessive ("her mother") a relative who may speak, named by the given name
    /// alone ("her mother, Ann,").
    static let relatives: WordSet = ["mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt",
                                     "grandmother", "grandfather", "cousin", "niece", "nephew", "widow", "widower",
                                     "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "stepfather", "stepmother"]
    static let subjectOpeners: WordSet = [",", "—", ":", ";"]
    static let pronounSpeakerFollowers: WordSet = [",", ".", "?", "!"]
    static let dashes: WordSet = ["—", "–", "--"]
    static let signatureDashes: WordSet = ["―", "—", "–", "--", "-"]
    /// Capitalised words that label a paragraph of a page rather than name a speaker ("Update:", "Watch:").
    static let layoutLabels: WordSet = ["update", "updated", "note", "editor", "watch", "read", "related", "photo", "video", "source",
                                        "sources", "correction", "clarification", "claim", "fact", "verdict", "q", "a", "breaking",
                                        "exclusive", "live", "warning", "summary", "background", "analysis", "opinion", "question",
                                        "answer", "caption", "credit", "disclaimer", "advertisement", "listen", "subscribe"]
    static let putPuts: WordSet = ["put", "puts"]
    static let approximately: WordSet = ["about", "around", "nearly", "almost", "roughly", "over", "some", "more", "fewer", "less"]
    static let nounLikeCues: WordSet = ["state", "states", "report", "reports", "rule", "rules"]
    static let appositiveEnds: WordSet = [",", ".", ";", "(", "—", "–"]
    static let howWhy: WordSet = ["how", "why", "what", "where", "when"]
    static let explainNote: WordSet = ["explain", "note", "reveal", "recall", "describe", "detail", "outline", "recount", "mention", "stress", "emphasize", "point"]
    static let statementNouns: WordSet = ["statement", "email", "e-mail", "letter", "tweet", "post", "release", "message", "video", "memo", "note", "op-ed", "column", "interview",
                                          "call", "ad", "pitch", "petition", "text", "voicemail", "mailer", "notice", "filing", "report",
                                          "article", "story", "editorial", "lawsuit", "suit", "complaint", "document", "brief", "speech", "flier", "flyer", "leaflet",
                                          "advisory", "advisories", "bulletin", "alert", "warning", "announcement", "update", "blog", "circular", "directive",
                                          "reply", "response"]
    static let aboutOf: WordSet = ["about", "of"]
    /// Reporting verbs whose "of"/"about" phrase is the content: "warned of ...", "wrote about ...".
    static let topicCues: WordSet = ["warn", "write", "complain", "boast", "brag", "testify", "joke", "caution", "tweet", "post"]
    static let ifWhen: WordSet = ["if", "when", "once", "unless"]
    static let titleFunctionWords: WordSet = ["the", "of", "and", "a", "an", "to", "in", "on", "for", "with", "at", "by", "from"]
    static let objectAdjuncts: WordSet = ["at", "during", "until", "since", "after", "before", "because", "while", "when",
                                         "despite", "including", "amid", "following", "ahead", "yesterday", "today", "tonight"]
    /// -ly words that modify the noun inside a noun phrase rather than the verb ("an early warning", "a family ...").
    static let objectAdverbs: WordSet = ["early", "only", "family", "daily", "weekly", "monthly", "yearly", "likely", "friendly", "holy", "ugly", "costly", "deadly", "elderly", "lonely", "timely"]
    static let andButOr: WordSet = ["and", "but", "or"]
    /// "more pledged delegates": a comparative before a participle makes it an adjective.
    static let comparatives: WordSet = ["more", "fewer", "less"]
    static let seasons: WordSet = ["spring", "summer", "autumn", "fall", "winter", "night"]
    static let bareObjects: WordSet = ["both", "it", "them", "this", "that", "those", "these", "so", "yes", "no"]
    static let negations: WordSet = ["not", "never", "without", "nor", "cannot"]
    static let refusals: WordSet = ["declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"]
    /// Words that may stand between a negation and its verb ("did not publicly say", "has not yet said").
    static let negationGaps: WordSet = ["yet", "even", "also", "ever", "once", "so", "much", "explicitly", "specifically"]
    /// "who’s argued": the relative pronoun with "has" contracted.
    static let whoHas: WordSet = ["who’s", "who's"]
    /// The relative pronoun "who", alone or with "has" contracted.
    static let whoForms: WordSet = ["who", "who’s", "who's"]
    /// Contractions read as "has" before a reporting verb's past participle ("she’s said", not a passive).
    static let hasContractions: WordSet = ["who’s", "who's", "he’s", "he's", "she’s", "she's"]
    /// Words before the time noun of "for years", "for several months", "for many decades".
    static let durationQuantifiers: WordSet = ["many", "several", "some", "two", "three", "few", "nearly", "more"]
    /// Adverbs that modify a subordinator leading the sentence ("Soon after ...", "Even though ...", "Long before ...").
    static let subordinatorAdverbs: WordSet = ["soon", "just", "even", "right", "long", "only", "not", "ever", "directly"]
    static let frontSubordinators: WordSet = ["while", "although", "though", "because", "if", "when", "after", "before", "since", "unless", "whereas", "once"]
}
