/// A reporting verb whose object names an utterance and a colon introduces it: `responded with a phrase of
/// his own: “...”`, `asked the panel a simple question: Who ...?`, `echoed a theme: trade is good for all`.
/// What follows the colon is what was said.
extension AttributionFinder {
    func utteranceAfterColon(_ f: inout Frame, from: Int) -> Bool {
        guard from < s1, !inQuote(from) else { return false }
        // the colon first, on the tokens' fields (most clauses have none): words and commas up to it
        var k = from
        while k < s1 && k - from <= 14 {
            if inQuote(k) || toks[k].kind == .quote { return false }
            if toks[k].kind == .punct {
                if toks[k].tail == 0x3A && toks[k].code == ":" { break }
                if toks[k].code != "," { return false }
            }
            k += 1
        }
        guard k < s1, toks[k].kind == .punct, toks[k].code == ":", k + 1 < s1,
              (from..<min(k, from + 9)).contains(where: { toks[$0].kind == .word && UtteranceLists.nouns.contains(toks[$0]) }) else { return false }
        if let q = quoteAt(k) { attachQuote(&f, q); return true }
        let c = k + 1
        let e = trimEnd(c, s1)
        guard e - c >= 3, !inQuote(c) else { return false }
        f.parts = [c..<e]; f.forward = true; f.right = c
        return true
    }
}

/// The word lists of the rule above.
enum UtteranceLists {
    /// Nouns naming something said or written, as the object before a colon.
    static let nouns: WordSet = ["phrase", "sentence", "words", "question", "theme", "message", "line", "warning",
                                 "retort", "reply", "answer", "plea", "request", "point", "argument", "refrain",
                                 "prediction", "promise", "vow", "slogan", "mantra", "challenge", "quip", "joke", "thing"]
}
