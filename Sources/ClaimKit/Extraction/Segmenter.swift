/// Splits text into paragraphs (blank lines; hard-wrapped lines stay together) and sentences.
enum Segmenter {
    /// Paragraph scalar ranges in `[from, to)`. Lines separated by a single newline belong to one paragraph,
    /// unless the whole text has no blank line at all, in which case each line is a paragraph.
    static func paragraphs(_ text: ScalarText, from: Int, to: Int) -> [Range<Int>] {
        let s = text.scalars
        var hasBlank = false
        let lines = lines(text, from: from, to: to)
        func blank(_ r: Range<Int>) -> Bool { r.allSatisfy { ScalarText.isSpace(s[$0]) } }
        for r in lines where blank(r) { hasBlank = true; break }
        var out: [Range<Int>] = []
        if !hasBlank {
            for r in lines where !blank(r) { out.append(trim(text, r)) }
            return out
        }
        var cur: Range<Int>? = nil
        // the lines of the block being read, and whether one is too long to be a hard-wrapped line: such a block's
        // sentence-ending lines end paragraphs ("one paragraph a line" under a title set off by a blank line)
        var block: [Range<Int>] = []
        var longLine = false
        func close() {
            if block.count > 1, block.dropFirst().contains(where: { opensListItem(text, trim(text, $0)) }) {
                // "• C-MAX Hybrid: ..." / "• Fusion Hybrid: ...": each item of a list is a paragraph of its own (a
                // line after an item that opens none goes on with it)
                var start = block[0].lowerBound
                for (k, r) in block.enumerated() where k + 1 < block.count && opensListItem(text, trim(text, block[k + 1])) {
                    out.append(trim(text, start..<r.upperBound))
                    start = block[k + 1].lowerBound
                }
                out.append(trim(text, start..<block[block.count - 1].upperBound))
            } else if longLine && block.count > 1 {
                // a line that stops mid-sentence ("... and the city's finance director" / "Ana Ruiz, who ...") goes on
                // in the next
                var start = block[0].lowerBound
                for (k, r) in block.enumerated() where k + 1 == block.count || endsSentence(text, trim(text, r)) {
                    out.append(trim(text, start..<r.upperBound))
                    if k + 1 < block.count { start = block[k + 1].lowerBound }
                }
            } else if let c = cur { out.append(trim(text, c)) }
            cur = nil; block.removeAll(keepingCapacity: true); longLine = false
        }
        for r in lines {
            if blank(r) {
                close()
            } else {
                cur = cur.map { $0.lowerBound..<r.upperBound } ?? r
                block.append(r)
                if r.count > Self.hardWrapWidth { longLine = true }
            }
        }
        close()
        return out.filter { !$0.isEmpty }
    }

    /// The lines of `from..<to`, without their line breaks (a blank line is an empty or all-space range).
    static func lines(_ text: ScalarText, from: Int, to: Int) -> [Range<Int>] {
        let s = text.scalars
        var lines: [Range<Int>] = []
        var i = from
        while i < to {
            var j = i
            while j < to && s[j] != "\n" { j += 1 }
            lines.append(i..<j)
            i = j + 1
        }
        return lines
    }

    /// The marks that open a line as an item of a list: bullets, an asterisk, a hyphen or an en dash (an em dash
    /// opens a signature line, "— Jane Roe", as often).
    static let listBullets: [Unicode.Scalar] = ["•", "·", "▪", "◦", "‣", "*", "-", "–"]

    /// The (trimmed) line `r` opens an item of a list: one of ``listBullets``, then a space.
    static func opensListItem(_ text: ScalarText, _ r: Range<Int>) -> Bool {
        guard r.count >= 2, listBullets.contains(text.scalars[r.lowerBound]) else { return false }
        return ScalarText.isSpace(text.scalars[r.lowerBound + 1])
    }

    /// Longer than any hard-wrapped line (wrapped text keeps to about 80 characters).
    static let hardWrapWidth = 120

    /// Whether the (trimmed) line `r` ends a sentence: its last character closes one or a quotation.
    static func endsSentence(_ text: ScalarText, _ r: Range<Int>) -> Bool {
        guard let last = r.last else { return true }
        switch text.scalars[last] {
        case ".", "?", "!", "…", "\"", "”", "’", "'", ")", ":": return true
        default: return false
        }
    }

    static func trim(_ text: ScalarText, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && ScalarText.isSpace(text.scalars[a]) { a += 1 }
        while b > a && ScalarText.isSpace(text.scalars[b - 1]) { b -= 1 }
        return a..<b
    }

    /// Sentence ranges over a paragraph's tokens. Periods after abbreviations and initials do not end a
    /// sentence, nor does punctuation inside a quotation that the sentence goes on after.
    static func sentences(_ toks: TokenList, quotes: [QuoteRegion]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var begin = 0
        var i = 0
        let n = toks.count
        while i < n {
            // most tokens are words that cannot end a sentence: passed over on their fields, before the token is copied
            if toks[i].kind == .word && toks[i].tail != 0x2E || toks[i].kind == .number { i += 1; continue }
            let t = toks[i]
            var terminal = false
            if t.kind == .punct && (t.code == "." || t.code == "?" || t.code == "!" || t.code == "…") {
                terminal = true
                if t.code == "." && i > 0 && !t.spaceBefore {
                    if toks[i - 1].kind == .word && (Lexicon.abbreviations.contains(toks[i - 1]) || (toks[i - 1].lower.unicodeScalars.count == 1 && toks[i - 1].isCap)) {
                        // ("... including Harbour Motor Co. “We are committed ...”": a company's or a name's ending before a
                        // quotation that opens with a capital ends the sentence)
                        terminal = WordLists.closingAbbreviations.contains(toks[i - 1]) && i + 2 < n && toks[i + 1].kind == .quote && toks[i + 1].opens
                            && toks[i + 2].isCap
                    }
                    // "the No. 2 in the leadership": "No." before a number
                    if toks[i - 1].kind == .word && toks[i - 1].code == "no" && toks[i - 1].isCap && i + 1 < n && toks[i + 1].kind == .number && i >= 2 && toks[i - 2].kind == .word && !toks[i - 2].isCap {
                        terminal = false
                    }
                }
            } else if t.kind == .quote && !t.opens && i > 0 && (toks[i - 1].code == "." || toks[i - 1].code == "?" || toks[i - 1].code == "!" || toks[i - 1].code == "…") {
                terminal = true
            } else if t.kind == .word && t.lower.hasByteSuffix(".") && t.lower.count > 2 {
                // dotted abbreviation such as "U.S." ends a sentence only before a typical sentence opener
                // ("... back to the U.K. “While we disagree ...”": or before a quotation of some words that opens with a
                // capital)
                if i + 1 < n {
                    terminal = toks[i + 1].isCap && Lexicon.sentenceStarters.contains(toks[i + 1])
                        || toks[i + 1].kind == .quote && toks[i + 1].opens && i + 2 < n && toks[i + 2].isCap && toks[i + 1].quote >= 0
                            && !quotes[toks[i + 1].quote].isLabel && quotes[toks[i + 1].quote].wordCount >= 5
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
                while j < n && ((toks[j].kind == .quote && !toks[j].opens) || toks[j].code == ")" || toks[j].code == "’" || toks[j].code == "'") {
                    if toks[j].kind == .quote { closedQuote = true }
                    j += 1
                }
                var split = j >= n
                if j < n {
                    split = toks[j].isCap || toks[j].kind == .number || (toks[j].kind == .quote && toks[j].opens) || toks[j].code == "(" || toks[j].code == "—" || toks[j].code == "<"
                    if split && closedQuote && toks[j].kind != .quote {
                        // “...?” Roe demanded.  — the attribution follows the quote
                        var k = j
                        var seen = 0
                        while k < n && seen < 6 && (toks[k].kind != .punct || abbreviationPeriod(toks, k)) && toks[k].kind != .quote {
                            if let cue = Lexicon.cues[toks[k]], cue.cls != .thatOnly, cue.form != .ing {
                                // only a short attribution: `“...?” Roe demanded.` / `“...” X said, ...`
                                var m = k + 1
                                while m < n && m - k <= 3 && toks[m].kind == .word { m += 1 }
                                if m >= n || WordLists.marks.contains(toks[m]) { split = false }
                                // `“...!” Roe wrote on Twitter on Monday.`, `“...?” Roe asks as ...`: circumstances after the cue
                                if split, let e = circumstanceEnd(toks, after: afterHearer(toks, k + 1)), e >= n || WordLists.marks.contains(toks[e]) { split = false; m = e }
                                // `“... .” He adds, “...”`: after a full sentence, the attribution introduces the next quotation
                                if !split && m + 1 < n && WordLists.introMarks.contains(toks[m]) && toks[m + 1].kind == .quote && toks[m + 1].opens
                                    && toks[i].code != "?" && toks[i].code != "!" && !(t.kind == .quote && (toks[i - 1].code == "?" || toks[i - 1].code == "!")) {
                                    split = true
                                }
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

    /// `“...!” Mr. Roe wrote.`: the period at `k` closes a title or an initial inside the speaker's name.
    static func abbreviationPeriod(_ toks: TokenList, _ k: Int) -> Bool {
        guard k > 0, toks[k].code == ".", !toks[k].spaceBefore else { return false }
        let p = toks[k - 1]
        return p.kind == .word && p.isCap && (Lexicon.abbreviations.contains(p) || p.lower.unicodeScalars.count == 1)
    }

    /// `“...?” Roe asked reporters rhetorically during ...`: past the hearer and adverbs after a cue, where
    /// circumstances may begin.
    static func afterHearer(_ toks: TokenList, _ k: Int) -> Int {
        var m = k
        while m < toks.count && m - k < 2 && toks[m].kind == .word && !toks[m].isCap
                && (WordLists.hearers.contains(toks[m]) || toks[m].lower.hasByteSuffix("ly") && toks[m].lower.count > 4) { m += 1 }
        // `“...?” Roe said Sunday in ...`, `... said today at ...`: the day of the saying
        if m < toks.count && toks[m].kind == .word && (toks[m].has(WordFlag.weekday) || WordLists.sayingDays.contains(toks[m])) { m += 1 }
        return m
    }

    /// The end of a short phrase of circumstances after a cue at `after` (`on Twitter on Monday`, `as a
    /// guard walks in`): it opens with a preposition or subordinator and runs at most ten words.
    static func circumstanceEnd(_ toks: TokenList, after: Int) -> Int? {
        guard after < toks.count, toks[after].kind == .word, WordLists.circumstanceOpeners.contains(toks[after]) else { return nil }
        var m = after + 1
        // (`to a crowd of about 500`: numbers too)
        while m < toks.count && m - after <= 10 && (toks[m].kind == .word || toks[m].kind == .number) { m += 1 }
        return m - after <= 10 ? m : nil
    }
}

/// The word lists this file tests words against, as sets (one lookup instead of a string comparison
/// per element).
private enum WordLists {
    static let marks: WordSet = [".", ",", "?", "!", ";"]
    static let introMarks: WordSet = [",", ":"]
    static let hearers: WordSet = ["reporters", "journalists", "him", "her", "them", "me", "us"]
    static let circumstanceOpeners: WordSet = ["on", "in", "at", "during", "after", "before", "as", "while", "when", "to", "from", "via", "through",
                                               "about", "of", "aboard", "outside", "following"]
    static let sayingDays: WordSet = ["yesterday", "today", "tonight", "earlier", "later"]
    /// Abbreviations that end a company's or a person's name, after which a sentence may end.
    static let closingAbbreviations: WordSet = ["co", "inc", "corp", "ltd", "llc", "plc", "jr", "sr", "bros", "etc"]
}
