/// A reporting verb in the infinitive after a verb of going on, starting or breaking in (`went on to say`,
/// `continued to insist`, `interjected to say`, `took to the radio to argue`): the clause's subject is the
/// speaker, and the verb takes its content as a finite one would (a quotation, a clause with or without
/// "that", a wh-clause after "explain"). After other verbs an infinitive reports nothing yet ("plans to
/// announce", "wants to say"), so only a "that"-clause is read there, as before.
extension AttributionFinder {
    /// The token before the "to" of the infinitive cue at `i` closes a catenative verb phrase: returns where
    /// that phrase starts (the subject ends before it), or nil.
    func catenativeVerbStart(beforeInfinitiveCue i: Int) -> Int? {
        guard i - 2 >= s0, toks[i - 1].code == "to", !inQuote(i - 1) else { return nil }
        let v = i - 2
        let l = toks[v].lower
        let lc = toks[v].code
        guard toks[v].kind == .word, !toks[v].isCap || lc == "twitter" else { return nil }
        // "went on to say", "carried on to argue"
        if lc == "on" || lc == "up", v - 1 >= s0, CatenativeLists.goOn.contains(toks[v - 1]) { return v - 1 }
        if CatenativeLists.verbs.contains(l) { return v }
        // "took to Twitter to say", "took to the radio to argue": a medium between "took to" and the infinitive
        var k = v
        while k > s0 && v - k < 3 && !inQuote(k) && toks[k].code != "to" && toks[k].kind == .word { k -= 1 }
        if k > s0, toks[k].code == "to", CatenativeLists.tookTurned.contains(toks[k - 1]), k < v { return k - 1 }
        return nil
    }

    /// The content of an infinitive cue after a catenative verb, from `after` (the first token past the cue
    /// and its adjuncts): a quotation, a "that"-clause, a clause without "that" (speech verbs), or the
    /// wh-clause of "explain"/"describe".
    func catenativeContent(_ f: inout Frame, cue: Lexicon.Cue, after: Int) -> Bool {
        guard after < s1, !isTerminal(after) else { return false }
        if let q = quoteAt(after) { attachQuote(&f, q); return true }
        if Lexicon.quoteOnly.contains(cue.lemma) { return false }
        var from = after
        if toks[from].code == ":" && !inQuote(from) { from += 1 }
        guard from < s1, !inQuote(from) else { return false }
        if toks[from].code == "that" { from += 1 }
        else if CatenativeLists.whWords.contains(toks[from]) && CatenativeLists.explainers.contains(cue.lemma) {
            guard trimEnd(from, s1) - from >= 4 else { return false }
        } else {
            guard cue.cls == .speech, looksLikeClause(from) else { return false }
        }
        guard from < s1, trimEnd(from, s1) - from >= 3 else { return false }
        f.parts = [from..<s1]; f.forward = true; f.openEnded = true; f.right = from
        return true
    }

    /// A catenative verb phrase and its reporting infinitive start at `k` ("went on to say", "continued to
    /// insist"): after "and"/"but" inside reported content, the speaker's next statement begins there.
    func catenativeCueAhead(_ k: Int) -> Bool {
        var m = k + 2
        while m < s1 && m - k <= 5 {
            if toks[m].has(WordFlag.cue), !inQuote(m), Lexicon.cues[toks[m]]?.form == .base {
                return catenativeVerbStart(beforeInfinitiveCue: m) == k
            }
            m += 1
        }
        return false
    }

    /// The frame of an infinitive cue at `i` after a catenative verb (see the type's comment), or nil.
    func catenativeFrame(_ i: Int, cue: Lexicon.Cue, cueEnd: Int) -> Frame? {
        guard cue.form == .base, let v = catenativeVerbStart(beforeInfinitiveCue: i) else { return nil }
        let subj = subject(endingBefore: v)
        var f = Frame(cue: i..<cueEnd, cueText: cueText(i, cueEnd), source: subj.map { .subject($0) } ?? .inherit,
                      left: subj?.lowerBound ?? v, right: cueEnd)
        let after = afterAdjuncts(cueEnd, cue: cue, frame: &f)
        return catenativeContent(&f, cue: cue, after: after) ? f : nil
    }
}

/// The word lists of the rule above.
enum CatenativeLists {
    /// Verbs before "on to" or "up to": "went on to say", "stood up to ask".
    static let goOn: WordSet = ["went", "go", "goes", "going", "gone", "carried", "moved", "stood", "got", "spoke"]
    /// Verbs that take a reporting infinitive as what they go on, start or break in with.
    static let verbs: WordSet = ["continued", "continues", "continue", "continuing", "began", "begins", "begin", "begun",
                                 "started", "starts", "interjected", "interjects", "rose", "stood", "paused", "stopped",
                                 "proceeded", "proceeds", "hastened", "returned", "stepped", "jumped", "chimed", "weighed"]
    /// "took to Twitter to say", "turned to the crowd to add".
    static let tookTurned: WordSet = ["took", "takes", "taking", "turned", "turns", "went", "came"]
    /// Verbs whose content may be a wh-clause: "went on to explain why ...".
    static let explainers: WordSet = ["explain", "describe", "detail", "outline", "recount", "ask"]
    /// Words opening the wh-clause an explaining verb reports.
    static let whWords: WordSet = ["what", "why", "how", "where", "when", "whether"]
}
