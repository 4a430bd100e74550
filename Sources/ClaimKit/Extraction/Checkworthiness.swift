/// Scores how worth checking a sentence is, after ClaimBuster's idea: numbers, comparisons, named
/// entities and dates raise the score; questions, hedges, opinions and empty sentences lower it.
enum Checkworthiness {
    static let comparatives: WordSet = ["record", "historic", "highest", "lowest", "largest", "biggest", "smallest",
                                            "most", "least", "first", "worst", "best", "more", "less", "fewer", "greater",
                                            "increase", "increased", "decrease", "decreased", "rose", "fell", "grew",
                                            "doubled", "tripled", "halved", "surged", "plunged", "dropped", "jumped",
                                            "declined", "soared", "percent", "percentage", "majority", "minority",
                                            "average", "median", "only", "never", "always", "every", "all", "none",
                                            "higher", "lower", "larger", "bigger", "smaller", "faster", "slower",
                                            "lows", "highs", "low", "high", "unprecedented", "rate", "total", "million",
                                            "billion", "trillion", "thousand", "hundreds", "thousands", "millions"]
    static let eventVerbs: WordSet = ["sent", "met", "signed", "approved", "passed", "killed", "injured", "fined",
                                          "elected", "won", "lost", "appointed", "arrested", "charged", "convicted",
                                          "launched", "fired", "resigned", "voted", "rejected", "accepted", "agreed",
                                          "ordered", "imposed", "banned", "released", "published", "announced",
                                          "received", "paid", "raised", "cut", "reached", "attacked", "invaded",
                                          "visited", "held", "hit", "struck", "died", "closed", "opened", "created",
                                          "engaging", "acquired", "sold", "bought", "built", "destroyed", "seized"]
    static let hedges: WordSet = ["might", "could", "may", "perhaps", "should", "would", "believe", "think", "seems",
                                      "likely", "probably", "possibly", "if", "maybe", "hope", "feel", "opinion", "why",
                                      "must", "ought", "wonder", "i", "we", "you", "me", "my", "our"]
    static let numberWordSet: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
                                             "thousand", "million", "billion", "dozen", "half", "twice", "thrice"]

    /// Score in [0, 1] for the tokens `r` with `times` time expressions among them.
    static func score(_ toks: TokenList, _ r: Range<Int>, times: Int) -> Double {
        guard !r.isEmpty else { return 0 }
        var words = 0, numbers = 0, percentOrMoney = 0, names = 0, comps = 0, events = 0, hedge = 0
        var question = false
        var prevWasName = false
        // fields read through the buffer: copying each token (its string included) cost as much as the scoring
        toks.withUnsafeBufferPointer { toks in
            for k in r {
                switch toks[k].kind {
                case .number:
                    numbers += 1; words += 1
                case .word:
                    words += 1
                    let flags = toks[k].flags, tail = toks[k].tail, isCap = toks[k].isCap
                    if flags & WordFlag.numberWord != 0 { numbers += 1 }
                    if flags & WordFlag.comparative != 0 || !isCap && tail == 0x74 && toks[k].lower.hasByteSuffix("est") && toks[k].lower.utf8.count > 5 { comps += 1 }
                    if flags & WordFlag.event != 0 { events += 1 }
                    if flags & WordFlag.hedge != 0 { hedge += 1 }
                    if tail == 0x74 || tail == 0x73, toks[k].code == "percent" || toks[k].code == "dollars" || toks[k].code == "euros" { percentOrMoney += 1 }
                    let name = isCap && k > r.lowerBound && flags & (WordFlag.month | WordFlag.weekday) == 0
                    if name && !prevWasName { names += 1 }
                    prevWasName = name
                    continue
                case .punct:
                    let c = toks[k].lower.unicodeScalars.first!
                    if c == "%" || c == "$" || c == "€" || c == "£" { percentOrMoney += 1 }
                    if c == "?" { question = true }
                case .quote:
                    break
                }
                prevWasName = false
            }
        }
        var s = 0.2
        if numbers > 0 { s += 0.25 }
        if percentOrMoney > 0 { s += 0.15 }
        if times > 0 { s += 0.15 }
        s += min(0.2, Double(names) * 0.1)
        if comps > 0 { s += 0.15 }
        if events > 0 { s += 0.1 }
        if question { s -= 0.4 }
        if words < 6 { s -= 0.2 }
        s -= min(0.3, Double(hedge) * 0.1)
        return min(1, max(0, (s * 1000).rounded() / 1000))
    }
}
