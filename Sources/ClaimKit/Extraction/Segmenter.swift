/// A paragraph of the body with its tokens and sentences.
struct Paragraph: Sendable {
    var start: Int
    var end: Int
    var tokens: [Token] = []
    /// Token index ranges, one per sentence.
    var sentences: [Range<Int>] = []
}

/// Splits text into paragraphs (blank lines; hard-wrapped lines stay together) and sentences.
enum Segmenter {
    /// Paragraph scalar ranges in `[from, to)`. Lines separated by a single newline belong to one paragraph,
    /// unless the whole text has no blank line at all, in which case each line is a paragraph.
    static func paragraphs(_ text: ScalarText, from: Int, to: Int) -> [Range<Int>] {
        let s = text.scalars
        var hasBlank = false
        var lines: [Range<Int>] = []
        var i = from
        while i < to {
            var j = i
            while j < to && s[j] != "\n" { j += 1 }
            lines.append(i..<j)
            i = j + 1
        }
        func blank(_ r: Range<Int>) -> Bool { r.allSatisfy { ScalarText.isSpace(s[$0]) } }
        var blanks = 0
        for r in lines where blank(r) { blanks += 1; hasBlank = true }
        var out: [Range<Int>] = []
        if !hasBlank || (blanks * 4 < lines.count && lines.count > 12) && !hasBlank {
            for r in lines where !blank(r) { out.append(trim(text, r)) }
            return out
        }
        var cur: Range<Int>? = nil
        for r in lines {
            if blank(r) {
                if let c = cur { out.append(trim(text, c)) }
                cur = nil
            } else {
                cur = cur.map { $0.lowerBound..<r.upperBound } ?? r
            }
        }
        if let c = cur { out.append(trim(text, c)) }
        return out.filter { !$0.isEmpty }
    }

    static func trim(_ text: ScalarText, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && ScalarText.isSpace(text.scalars[a]) { a += 1 }
        while b > a && ScalarText.isSpace(text.scalars[b - 1]) { b -= 1 }
        return a..<b
    }

    /// Sentence ranges over a paragraph's tokens. Periods after abbreviations and initials do not end a
    /// sentence, nor does punctuation inside a quotation that the sentence goes on after.
    static func sentences(_ toks: [Token], quotes: [QuoteRegion]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var begin = 0
        var i = 0
        let n = toks.count
        while i < n {
            let t = toks[i]
            var terminal = false
            if t.kind == .word && t.lower.utf8.last != 0x2E || t.kind == .number { i += 1; continue }
            if t.kind == .punct && (t.lower == "." || t.lower == "?" || t.lower == "!" || t.lower == "…") {
                terminal = true
                if t.lower == "." && i > 0 && !t.spaceBefore {
                    let p = toks[i - 1]
                    if p.kind == .word && (Lexicon.abbreviations.contains(p.lower) || (p.lower.unicodeScalars.count == 1 && p.isCap)) {
                        terminal = false
                    }
                }
            } else if t.kind == .quote && !t.opens && i > 0 && [".", "?", "!", "…"].contains(toks[i - 1].lower) {
                terminal = true
            } else if t.kind == .word && t.lower.hasSuffix(".") && t.lower.count > 2 {
                // dotted abbreviation such as "U.S." ends a sentence only before a typical sentence opener
                if i + 1 < n {
                    let nx = toks[i + 1]
                    terminal = nx.isCap && Lexicon.sentenceStarters.contains(nx.lower)
                } else { terminal = true }
            }
            // inside a quotation that is still open: no break
            if terminal && t.quote >= 0 {
                let q = quotes[t.quote]
                if q.closeTok < 0 || q.closeTok > i { terminal = false }
            }
            if terminal {
                var j = i + 1
                var closedQuote = t.kind == .quote
                while j < n && ((toks[j].kind == .quote && !toks[j].opens) || toks[j].lower == ")" || toks[j].lower == "’" || toks[j].lower == "'") {
                    if toks[j].kind == .quote { closedQuote = true }
                    j += 1
                }
                var split = j >= n
                if j < n {
                    let nx = toks[j]
                    split = nx.isCap || nx.kind == .number || (nx.kind == .quote && nx.opens) || nx.lower == "(" || nx.lower == "—" || nx.lower == "<"
                    if split && closedQuote && nx.kind != .quote {
                        // “...?” Vitter demanded.  — the attribution follows the quote
                        var k = j
                        var seen = 0
                        while k < n && seen < 6 && toks[k].kind != .punct && toks[k].kind != .quote {
                            if let cue = Lexicon.cues[toks[k].lower], cue.cls != .thatOnly, cue.form != .ing {
                                // only a short attribution: `“...?” Vitter demanded.` / `“...” X said, ...`
                                var m = k + 1
                                while m < n && m - k <= 3 && toks[m].kind == .word { m += 1 }
                                if m >= n || [".", ",", "?", "!", ";"].contains(toks[m].lower) { split = false }
                                break
                            }
                            k += 1; seen += 1
                        }
                    }
                }
                if split {
                    out.append(begin..<j)
                    begin = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        if begin < n { out.append(begin..<n) }
        return out
    }
}

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
    static func find(_ toks: inout [Token], paragraph: Int, paragraphEnd: Int, into regions: inout [QuoteRegion]) {
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
                if c == "\u{2019}" && open != nil && i > 0 && toks[i - 1].lower.hasSuffix("s") && i + 1 < toks.count && toks[i + 1].kind == .word && !toks[i + 1].isCap && !toks[i].spaceBefore { continue }
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
                close(at: i)
            }
        }
        if open != nil { close(at: nil) }
    }
}
