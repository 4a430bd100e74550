/// Less common ways a reporting verb introduces a quotation or a question, each a small rule of its own:
/// `said of the plan: “...”`, `acknowledged, however, “...”`, `Said Roe, “...”`, `As Roe, a former
/// aide, put it: “...”`, and a sentence-initial adjunct (`Last month, X asked Y whether ...`) that is
/// not the content of a trailing attribution.
extension AttributionFinder {
    /// `said of the plan: “...”`, `said about the movement, “...”`, `acknowledged, however, “...”`,
    /// `posted this on Facebook: “...”`,
    /// `said on Twitter on Monday, in reference to ..., “...”`: a short phrase (a topic, a parenthetical
    /// or circumstances, never a clause) between the cue and a quotation that it introduces. Returns the
    /// quote region; none after a quotation that the attribution splits (`subjectStart` follows it).
    func quoteAfterCuePhrase(_ after: Int, subjectStart: Int) -> Int? {
        guard after < s1, !inQuote(after) else { return nil }
        // `“A,” Roe said, referring to ..., “B”`: the second half of a quotation split by its attribution
        if followsQuotation(subjectStart) { return nil }
        let first = toks[after]
        // `said as he introduced his wife, “...”`: a clause of time between the cue and the quotation
        let timeClause = QuoteIntroLists.timeClauseOpeners.contains(first.lower)
        // `posted this on Facebook: “...”`, `wrote the following:`: the quotation is the object the cue points to
        let pointer = first.code == "this" || first.code == "the" && after + 1 < s1 && toks[after + 1].code == "following"
        guard first.code == "," || pointer || first.has(WordFlag.preposition) || QuoteIntroLists.topicWords.contains(first.lower) || timeClause else { return nil }
        var k = first.code == "the" ? after + 2 : after + 1
        while k < s1 && k - after <= 20 {
            let t = toks[k]
            if t.kind == .quote {
                // the quotation must follow a comma or colon that closes the phrase
                guard t.opens, k - 1 > after, pointer ? toks[k - 1].code == ":" : QuoteIntroLists.introMarks.contains(toks[k - 1]),
                      let q = Optional(t.quote), q >= 0, !quotes[q].isLabel, quotes[q].wordCount >= 4 else { return nil }
                return q
            }
            if inQuote(k) || isTerminal(k) { return nil }
            if t.kind == .word && (t.has(WordFlag.cue) || !timeClause && (t.has(WordFlag.subjectPronoun | WordFlag.auxiliary) || QuoteIntroLists.clauseJoiners.contains(t.lower))) { return nil }
            if t.kind == .word && t.lower.hasByteSuffix("ing") && !t.has(WordFlag.preposition) { return nil }
            k += 1
        }
        return nil
    }

    /// `in the words of Paul Roe, a sociologist at the university, “...”`: the speaker after "of", then the quotation
    /// after a comma (the speaker's appositive between).
    func inTheWordsOf(_ i: Int) -> Frame? {
        guard i - 2 >= s0, code(i - 1) == "the", code(i - 2) == "in", code(i + 1) == "of", let np = npRight(i + 2) else { return nil }
        var k = np.upperBound
        while k < s1 && k - np.upperBound <= 16 && !isTerminal(k) {
            if isOpen(k) {
                guard k > np.upperBound, QuoteIntroLists.introMarks.contains(toks[k - 1]), let q = quoteAt(k) else { return nil }
                var f = Frame(cue: (i - 2)..<(i + 2), cueText: cueText(i - 2, i + 2), source: .subject(np), left: i - 2, right: k)
                attachQuote(&f, q)
                return f.isDirect ? f : nil
            }
            if inQuote(k) { return nil }
            k += 1
        }
        return nil
    }

    /// `Said Roe, “...”`, `Continued Roe: “...”`, `But, said Roe, “...”`: a reporting verb at the head of
    /// the sentence, its speaker after it, then the quotation.
    func frontInvertedQuote(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        guard cue.form == .past || cue.form == .third, cue.cls != .thatOnly, isLead(i),
              let np = npRight(cueEnd, inverted: true) ?? nameBeforeColon(cueEnd), np.upperBound < s1,
              QuoteIntroLists.introMarks.contains(toks[np.upperBound]), let q = quoteAt(np.upperBound) else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(np), left: i, right: np.upperBound)
        attachQuote(&f, q)
        return f.isDirect ? f : nil
    }

    /// `Continued Roe: “...”`: one to four capitalised words from `s` up to a colon.
    func nameBeforeColon(_ s: Int) -> Range<Int>? {
        var e = s
        while e < s1 && e - s < 4 && toks[e].kind == .word && toks[e].isCap && !inQuote(e) { e += 1 }
        return e > s && e < s1 && toks[e].code == ":" ? s..<e : nil
    }

    /// `As Roe, a former port director, put it: “...”` / `..., as Roe, the chief economist, put it.`: the
    /// speaker of "put it" is the name right after "as", before its appositive.
    /// The period at `k` closes "No." before a number ("the No. 2 in the leadership"), not a sentence.
    func numberAbbreviation(_ k: Int) -> Bool {
        k > s0 && k + 1 < s1 && toks[k].code == "." && !toks[k].spaceBefore && toks[k - 1].code == "no" && toks[k - 1].isCap && toks[k + 1].kind == .number
    }

    func appositivePutIt(_ i: Int, cueEnd: Int) -> Frame? {
        // the appositive's closing comma, also inside a title's quotation marks ("author of “The Papers,” put it")
        guard i - 2 > s0, toks[i - 1].code == "," && !inQuote(i - 1) || isClose(i - 1) && toks[i - 2].code == "," else { return nil }
        var a = i - 2
        while a > s0 && i - a < 30 {
            if toks[a].code == "as" && !inQuote(a) { break }
            if isTerminal(a) && !numberAbbreviation(a) || toks[a].kind == .quote && !(toks[a].quote >= 0 && quotes[toks[a].quote].wordCount <= 6) { return nil }
            a -= 1
        }
        guard toks[a].code == "as", a + 1 < i - 1, toks[a + 1].kind == .word else { return nil }
        var e = a + 1
        while e < i - 1 && toks[e].code != "," { e += 1 }
        guard e > a + 1, e < i - 1, e - a <= 8, let subj = npRight(a + 1), subj.upperBound == e else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(subj), left: a, right: cueEnd)
        if let q = quoteAt(cueEnd) { attachQuote(&f, q); return f }
        if isLead(a) {
            // "As Roe, ..., put it, the plan is dead."
            guard cueEnd < s1, toks[cueEnd].code == "," || toks[cueEnd].code == ":" else { return nil }
            let c = cueEnd + 1
            let end = trimEnd(c, s1)
            guard end - c >= 3 else { return nil }
            f.parts = [c..<end]; f.forward = true; f.right = c
            return f
        }
        // "The plan is dead, as Roe, ..., put it."
        guard a - 1 > s0, toks[a - 1].code == ",", cueEnd >= s1 || isTerminal(cueEnd) else { return nil }
        var b = s0
        while b < a - 1 && (toks[b].has(WordFlag.connective) || toks[b].code == ",") { b += 1 }
        guard a - 1 - b >= 3 else { return nil }
        f.parts = [b..<(a - 1)]
        return f
    }

    /// `Last month, X asked ...`, `During the debate on Sunday, X said ...`: the comma before the subject
    /// at `subjectStart` closes a sentence-initial adjunct (a preposition or time phrase, no clause), so
    /// it is not the end of reported content before the attribution.
    func frontedAdjunctBefore(_ subjectStart: Int) -> Bool {
        let comma = subjectStart - 1
        guard comma > s0, toks[comma].code == ",", !inQuote(comma) else { return false }
        var a = s0
        while a < comma && toks[a].has(WordFlag.connective) && !toks[a].has(WordFlag.preposition) { a += 1 }
        guard a < comma, comma - a <= 15 else { return false }
        let first = toks[a]
        guard first.kind == .word, first.has(WordFlag.preposition | WordFlag.weekday | WordFlag.month) || QuoteIntroLists.timeOpeners.contains(first.lower) else { return false }
        for k in a..<comma {
            let t = toks[k]
            if t.kind == .quote || inQuote(k) { return false }
            if t.kind == .word && k > a && (t.has(WordFlag.auxiliary | WordFlag.cue | WordFlag.subjectPronoun) || !t.isCap && t.has(WordFlag.irregularPast)) { return false }
        }
        return true
    }
}

/// A place name inside the adjuncts of a cue.
extension AttributionFinder {
    /// `told a packed crowd in Alder Falls, Vermont, on Monday that ...`, `said in Lyon, France, that ...`: the
    /// adjuncts after the cue stop at the comma after a place name (`after`); when one to five capitalised
    /// words set off by a second comma follow it ("Town, State,"), and then only adjuncts up to "that",
    /// returns where that "that" is, else `after` itself.
    func thatAfterPlaceName(_ after: Int) -> Int {
        guard after < s1, after - 1 > s0, toks[after].code == ",", !inQuote(after), toks[after - 1].kind == .word, toks[after - 1].isCap else { return after }
        var k = after + 1
        while k < s1 && k - after <= 6 && !inQuote(k) && (toks[k].kind == .word && toks[k].isCap || toks[k].code == "." && !toks[k].spaceBefore) { k += 1 }
        guard k > after + 1, k < s1, toks[k].code == ",", !inQuote(k) else { return after }
        let m = afterAdjunctsSimple(k + 1)
        return m < s1 && toks[m].code == "that" && !inQuote(m) ? m : after
    }
}

/// A subject pronoun written together with its auxiliary.
extension AttributionFinder {
    /// `He’s telling allies that ...`, `she’s said she ...`, `they’ve argued that ...`: the token at `j` is a
    /// subject pronoun with a contracted auxiliary, the subject of the cue after it (not of a passive
    /// "he’s said to ...", nor a question "Where’s ...").
    func contractedPronounSubject(_ j: Int) -> Range<Int>? {
        guard j >= s0, j + 1 < s1, toks[j].kind == .word, toks[j].has(WordFlag.subjectPronoun), !inQuote(j) else { return nil }
        let base = Self.pronounBase(toks[j].lower)
        guard base != toks[j].lower, Lexicon.subjectPronouns.contains(base), toks[j + 1].code != "to" else { return nil }
        var k = j + 1
        while k < s1 && skippableLeft(k) { k += 1 }
        guard k < s1, toks[k].has(WordFlag.cue), k + 1 >= s1 || toks[k + 1].code != "to" else { return nil }
        return j..<(j + 1)
    }
}

/// The word lists of the rules above.
enum QuoteIntroLists {
    static let introMarks: WordSet = [",", ":"]
    static let glossDashes: WordSet = ["—", "–", "--"]
    /// "said of ...", "said about ...": the topic of what was said.
    static let topicWords: WordSet = ["of", "about"]
    /// Words that join a new clause: a quotation after them is not introduced by the cue before them.
    static let clauseJoiners: WordSet = ["and", "but", "or", "nor", "yet", "so", "while", "whereas", "because", "although", "though",
                                         "that", "which", "who", "whom", "whose", "if", "unless", "whether", "where"]
    /// The endings of nouns for people by what they do ("trader", "investor", "economist").
    static let agentEndings: [StaticString] = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents"]
    /// Words that open a time adjunct at the head of a sentence ("Last month, ...", "Earlier, ...").
    static let timeClauseOpeners: WordSet = ["as", "when", "while", "after", "before"]
    static let timeOpeners: WordSet = ["last", "this", "next", "earlier", "later", "yesterday", "today", "tonight", "then",
                                       "recently", "previously", "meanwhile", "afterward", "afterwards", "once", "separately"]
}

/// Speakers after an inverted cue that the plain noun phrase misses.
extension AttributionFinder {
    /// `said one former campaign staffer, who ...`, `said one trader`, `said one of the traders`: "one" and
    /// a lower-case description (at most five words) ending in a noun for a person: one of the lexicon's, or
    /// an agent noun ("trader", "investor", "economist", "historian").
    func describedOne(_ s: Int) -> Bool {
        guard s + 1 < s1, toks[s].code == "one", !inQuote(s) else { return false }
        var first = s + 1
        if toks[first].code == "of" && first + 1 < s1 && toks[first + 1].has(WordFlag.determiner | WordFlag.possessivePronoun) { first += 2 }
        var k = first
        // ("one Romney insider", "one White House aide": a name may modify the noun)
        while k < s1 && k - first < 5 && toks[k].kind == .word && !inQuote(k) && !toks[k].has(WordFlag.stop) { k += 1 }
        guard k > first, !toks[k - 1].isCap else { return false }
        let head = toks[k - 1].lower
        return Lexicon.anonymousHeads.contains(head) || head.utf8.count >= 5 && QuoteIntroLists.agentEndings.contains { head.hasByteSuffix($0) }
    }

    /// `said Jane Roe (D), a ...`, `said Rep. Bob Tran (R-Ohio).`: the closing parenthesis of a short tag
    /// (party, state; at most five tokens, no quotation) that opens at `open`.
    func partyTagEnd(_ open: Int) -> Int? {
        guard toks[open].code == "(", !inQuote(open) else { return nil }
        var k = open + 1
        while k < s1 && k - open <= 6 {
            let t = toks[k]
            if t.code == ")" { return k > open + 1 ? k : nil }
            if t.kind == .quote || t.kind == .word && !t.isCap && t.lower.count > 2 { return nil }
            k += 1
        }
        return nil
    }
}

/// A trailing attribution followed by circumstances rather than content.
extension AttributionFinder {
    /// `A, Roe said this week at an event in the harbour — a reversal of ...`, `A, Roe said in posing the
    /// question.`, `A, the office reported on Tuesday -- a development that ...`: after a trailing cue, a
    /// phrase that is no clause (at most fourteen tokens, no reporting verb, "that" or quotation) runs to
    /// the sentence's end or to a dash that adds the writer's gloss. Returns where the attribution ends.
    /// The content before the subject must be at least five words and not open with a subordinator,
    /// preposition or time word (a fronted adverbial, not a reported clause).
    func circumstanceAfterTrailingCue(_ after: Int, subjectStart: Int) -> Int? {
        /// The verbs up to the sentence's end are infinitives only ("to be a delegate"): no clause of its own.
        func onlyInfinitiveVerbs(_ k: Int) -> Bool {
            var e = k
            while e < s1 && !isTerminal(e) {
                let t = toks[e]
                if t.kind == .word && !inQuote(e) && e > k && (isFiniteVerbWord(t) || !t.isCap && t.lower.hasByteSuffix("ed") && t.lower.count > 4)
                    && toks[e - 1].code != "to" { return false }
                e += 1
            }
            return true
        }
        /// A gloss dash within the phrase's reach with no finite verb before it: what follows the dash (a clause
        /// of its own, "a reversal of the law that ushered in ...") is the writer's.
        func glossDashSoon(_ k: Int) -> Bool {
            var e = k
            while e < s1 && e - k <= 14 && !isTerminal(e) {
                let t = toks[e]
                if t.kind == .punct && QuoteIntroLists.glossDashes.contains(t.lower) { return true }
                if t.kind == .word && !inQuote(e) && isFiniteVerbWord(t) { return false }
                e += 1
            }
            return false
        }
        guard after < s1, subjectStart - s0 >= 6 else { return nil }
        // "..., he said according to a transcript seen by the Harbour Times.": the record it is known from
        if code(after) == "according" && code(after + 1) == "to" && !inQuote(after) {
            var e = after + 2
            while e < s1 && !isTerminal(e) && !inQuote(e) && toks[e].kind != .quote { e += 1 }
            return e >= s1 || isTerminal(e) ? e : nil
        }
        guard !looksLikeClause(after) || onlyInfinitiveVerbs(after) || glossDashSoon(after) else { return nil }
        let first = toks[after]
        guard first.has(WordFlag.preposition | WordFlag.timeHint) || QuoteIntroLists.glossDashes.contains(first.lower) else { return nil }
        // the words before the subject are a reported clause, not a fronted adverbial ("Although ..., X denied ...")
        var a = s0
        while a < subjectStart && toks[a].has(WordFlag.connective) { a += 1 }
        guard a < subjectStart, !toks[a].has(WordFlag.preposition | WordFlag.subordinator | WordFlag.timeHint) else { return nil }
        var e = after
        while e < s1 && e - after <= 14 {
            let t = toks[e]
            if isTerminal(e) || t.kind == .punct && QuoteIntroLists.glossDashes.contains(t.lower) { break }
            if t.kind == .quote || inQuote(e) || t.code == "," || t.code == "that" { return nil }
            // (an auxiliary after "to" is an infinitive: "to be a delegate")
            // (a cue word after a determiner is a noun: "posing the question")
            let noun = e > after && toks[e - 1].has(WordFlag.determiner) && !t.isCap
            if t.kind == .word && (t.has(WordFlag.cue) && !noun || t.has(WordFlag.subjectPronoun) || t.has(WordFlag.auxiliary) && !(t.code == "to" && e > after) && !(e > after && toks[e - 1].code == "to")) { return nil }
            e += 1
        }
        guard e - after <= 14, e >= s1 || isTerminal(e) || QuoteIntroLists.glossDashes.contains(toks[e]) else { return nil }
        return e
    }
}
