/// Reported requests and questions that the plain rules miss, each a small rule of its own:
/// `X has asked the court to intervene` (the request, its hearer included, is what was said) and the agent of
/// a passive "asked" (`X was asked by Y whether ...`, `Asked by Y about ..., X said ...`: Y put the question).
extension AttributionFinder {
    /// `has asked the court to intervene`, `is also asking the board to hand over its file`, `urged residents to
    /// “heed every evacuation order”`: after "ask" with an auxiliary before it, or after "urge", a short noun phrase
    /// (at most eight words, no clause, no comma) and "to" with a lower-case verb or a quotation. The content is
    /// the noun phrase and the infinitive, up to a comma or the clause's end.
    func reportedRequest(_ f: inout Frame, cue: Lexicon.Cue, from: Int) -> Bool {
        guard cue.lemma == "ask" || cue.lemma == "urge", from < s1, !inQuote(from), toks[from].kind == .word,
              !toks[from].has(WordFlag.preposition | WordFlag.subordinator | WordFlag.subjectPronoun), toks[from].code != "it",
              let to = infinitiveMarker(after: from) else { return false }
        // an ongoing or standing request ("has asked", "is also asking"); a plain "asked Y to" is as often
        // a moderator's or host's instruction as a reported request (to urge is always to request)
        if cue.lemma == "ask" {
            var b = f.cue.lowerBound - 1
            while b > s0 && skippableLeft(b) && !toks[b].has(WordFlag.auxiliary) { b -= 1 }
            guard b >= s0, toks[b].has(WordFlag.auxiliary), !inQuote(b) else { return false }
        }
        // a request ends at its first comma ("asked the board to find them, which would mean ...")
        var end = to + 1
        while end < s1 && !isTerminal(end) && !(toks[end].code == "," && !inQuote(end)) { end += 1 }
        guard end - to >= 2 else { return false }
        f.parts = [from..<trimEnd(from, end)]; f.forward = true; f.openEnded = end >= s1 || isTerminal(end); f.right = from
        return true
    }

    /// The "to" of `NP to VERB` from `s`: one to eight words of a noun phrase (no auxiliary,
    /// clause word, comma or quotation), then "to" and a lower-case word that can be a verb, or a quotation that
    /// opens on one.
    func infinitiveMarker(after s: Int) -> Int? {
        var k = s
        while k < s1 && k - s <= 8 {
            let t = toks[k]
            if inQuote(k) || t.kind == .quote || isTerminal(k) { return nil }
            if t.code == "to" { break }
            if t.kind == .punct && !(t.code == "." && !t.spaceBefore) && t.code != "’s" && t.code != "'s" { return nil }
            if t.kind == .word && (t.has(WordFlag.auxiliary | WordFlag.subordinator) || RequestLists.clauseWords.contains(t)) { return nil }
            k += 1
        }
        guard k > s, k + 1 < s1, toks[k].code == "to" else { return nil }
        // ("urged residents to “heed every evacuation order”": the request in the speaker's words)
        let verb = isOpen(k + 1) && k + 2 < s1 ? k + 2 : k + 1
        guard verb > k + 1 || !inQuote(verb) else { return nil }
        let v = toks[verb]
        guard v.kind == .word, !v.isCap, !v.has(WordFlag.determiner | WordFlag.possessivePronoun | WordFlag.objectPronoun | WordFlag.numberWord | WordFlag.preposition),
              !v.lower.hasByteSuffix("ing") else { return nil }
        return k
    }

    /// `X was asked by Y whether ...`, `When asked by Y on Monday about ..., X said ...`, `Asked by Y if
    /// ..., X ...`: the agent Y of a passive "asked" is the speaker, and the question after it (a wh-clause,
    /// an about-phrase or a quotation) is what was asked. A question fronted before the main clause ends
    /// at its comma.
    func askedByAgent(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        guard cue.lemma == "ask", cue.form == .past, code(cueEnd) == "by" else { return nil }
        let a = cueEnd + 1
        var e = a
        while e < s1 && e - a < 8 {
            let t = toks[e]
            if inQuote(e) || t.kind == .quote || t.kind == .punct && !(t.code == "." && !t.spaceBefore) { break }
            if e > a && (t.has(WordFlag.preposition | WordFlag.subordinator | WordFlag.cue | WordFlag.auxiliary) && t.code != "of"
                         || RequestLists.questionWords.contains(t)) { break }
            e += 1
        }
        guard e > a, e < s1, toks[a].kind == .word, !toks[a].has(WordFlag.subjectPronoun) else { return nil }
        let q = afterAdjunctsSimple(e)
        guard q < s1, !inQuote(q) || isOpen(q) else { return nil }
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: .subject(a..<e), left: i, right: q)
        if let quote = quoteAt(q) { attachQuote(&f, quote); return f }
        guard RequestLists.questionWords.contains(toks[q]) || toks[q].code == "about" else { return nil }
        // fronted: "Asked by Y if ..., X said", "When asked by Y about ..., X said"
        var lead = i - 1
        while lead >= s0 && RequestLists.frontedAskOpeners.contains(toks[lead]) { lead -= 1 }
        if lead < s0 || isLead(lead + 1) {
            var end = q + 1
            while end < s1 && !isTerminal(end) && !(toks[end].code == "," && !inQuote(end)) { end += 1 }
            guard end < s1, toks[end].code == ",", end - q >= 3 else { return nil }
            f.parts = [q..<end]; f.forward = true
            return f
        }
        guard trimEnd(q, s1) - q >= 3 else { return nil }
        f.parts = [q..<s1]; f.forward = true; f.openEnded = true
        return f
    }
}

/// The word lists of the rules above.
enum RequestLists {
    /// Words that open a clause or a question: a noun phrase before "to" does not run through them.
    static let clauseWords: WordSet = ["that", "which", "who", "whom", "whose", "whether", "if", "what", "why", "how", "when", "where",
                                       "and", "but", "or", "because", "while"]
    /// Words that open an indirect question after "ask" ("asked whether ...", "asked by Y why ...").
    static let questionWords: WordSet = ["whether", "if", "what", "why", "how", "who", "when", "where", "which"]
    /// Words before a fronted passive "asked": `When asked by ...`, `After being asked by ...`.
    static let frontedAskOpeners: WordSet = ["when", "after", "before", "being", "once", "if", "as", "while", "later", "also"]
}
