/// A stretch of text between quotation marks.
struct QuoteRegion: Sendable {
    var paragraph: Int
    var openTok: Int
    /// Index of the closing mark, or -1 when the quote runs to the end of its paragraph.
    var closeTok: Int
    /// Scalar offsets of the quoted words (marks excluded).
    var contentStart: Int
    var contentEnd: Int
    /// This region continues a quotation left open at the end of the previous paragraph.
    var continues = false
    /// Used as a speaker label (“Two senior officials” said ...), not a quotation.
    var isLabel = false
    var wordCount = 0
    var closed: Bool { closeTok >= 0 }
}

enum QuoteFinder {
    /// Pairs the double quotation marks of one paragraph and marks the tokens inside. Straight quotes
    /// alternate; curly ones give their direction; mismatched pairs (“...") still close.
    static func find(_ toks: inout TokenList, paragraph: Int, paragraphEnd: Int, into regions: inout [QuoteRegion]) {
        var open: Int? = nil
        var openRegion = -1
        func close(at i: Int?) {
            guard let o = open else { return }
            let cs = o + 1 < toks.count ? toks[o + 1].start : toks[o].end
            var ce = paragraphEnd
            var ci = -1
            if let i { ce = toks[i].start; ci = i }
            var words = 0
            let last = i ?? toks.count
            if o + 1 < last { for k in (o + 1)..<last where toks[k].isWord { words += 1; toks[k].quote = openRegion } }
            regions[openRegion].closeTok = ci
            regions[openRegion].contentStart = min(cs, ce)
            regions[openRegion].contentEnd = ce
            regions[openRegion].wordCount = words
            if let i { toks[i].quote = openRegion }
            // punctuation inside
            if o + 1 < last { for k in (o + 1)..<last { toks[k].quote = openRegion } }
            open = nil
        }
        /// Whether the next straight mark after `i` ends a quoted sentence, or there is none: it follows punctuation,
        /// and the sentence does not go on after it in lower case but with an attribution, if at all. `"A. "B. C."`
        /// reopens at `"B`, where `"A. "Dune" is ..."` closes a title at `Dune"`.
        func nextStraightEndsQuote(after i: Int) -> Bool {
            guard let j = (i + 1..<toks.count).first(where: { toks[$0].kind == .quote && toks[$0].lower == "\"" }) else { return true }
            // (`"Harbour Ho!" is ...`: a title's mark, after a stop, that the sentence goes on past in lower case; not
            // `right," said` nor `ready?" asked`, an attribution)
            let after = j + 1 < toks.count ? toks[j + 1] : nil
            let sentenceGoesOn = after.map { $0.kind == .word && !$0.isCap && !$0.has(WordFlag.cue) } ?? false
            return toks[j - 1].kind != .word && toks[j - 1].kind != .number && !(sentenceGoesOn && toks[j - 1].code != ",")
        }
        for i in toks.indices where toks[i].kind == .quote {
            let c = toks[i].lower.unicodeScalars.first!
            let nextAdj = i + 1 < toks.count && !toks[i + 1].spaceBefore
            let opener: Bool
            switch c {
            case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}":
                opener = open == nil || (toks[i].spaceBefore && nextAdj)
            case "\u{201D}", "\u{00BB}", "\u{2019}":
                opener = open == nil && nextAdj && toks[i].spaceBefore
                // "workers’ rights": a plural possessive, not the end of a single-quoted quotation
                if c == "\u{2019}" && open != nil && i > 0 && toks[i - 1].lower.hasByteSuffix("s") && i + 1 < toks.count && toks[i + 1].kind == .word && !toks[i + 1].isCap && !toks[i].spaceBefore { continue }
            default:
                opener = open == nil && (nextAdj || toks[i].spaceBefore)
            }
            if open == nil {
                if opener {
                    open = i
                    openRegion = regions.count
                    regions.append(QuoteRegion(paragraph: paragraph, openTok: i, closeTok: -1, contentStart: toks[i].end, contentEnd: toks[i].end))
                    toks[i].quote = openRegion
                    toks[i].opens = true
                }
            } else {
                // `"A. "B."`: a straight mark after a sentence's end, with a space before it and a word right after, opens
                // the next paragraph of the same quotation (the break between them lost, the first left open by
                // convention): the quotation goes on through it, unless the next straight mark closes a title
                // (``nextStraightEndsQuote(after:)``)
                if c == "\"" && toks[i].spaceBefore && nextAdj && i > 0 && (toks[i - 1].code == "." || toks[i - 1].code == "?" || toks[i - 1].code == "!")
                    && i + 1 < toks.count && toks[i + 1].isWord && nextStraightEndsQuote(after: i) {
                    continue
                }
                close(at: i)
            }
        }
        if open != nil { close(at: nil) }
    }
}
