/// A time expression found in running text.
public struct TimeMention: Hashable, Sendable {
    /// The expression as it stands in the text, with a leading preposition ("On March 8", "since late November").
    public var text: String
    /// Where it stands in the scanned string.
    public var range: Range<String.Index>
    /// Relative to the previous date in the discourse ("five weeks later", "the next day").
    public var isAnchorRelative: Bool

    public init(text: String, range: Range<String.Index>, isAnchorRelative: Bool) {
        self.text = text
        self.range = range
        self.isAnchorRelative = isAnchorRelative
    }
}

/// Finds time expressions in sentences.
public enum TimeScanner {
    /// Finds time expressions in running text, left to right, non-overlapping, longest match.
    /// Conservative: "may"/"march" as words, bare numbers, fractions, percentages are not dates.
    public static func scan(_ text: String) -> [TimeMention] {
        var s = text
        let found: [(TimeExpression, Int, Int)] = s.withUTF8 { buf in
            let tokens = TimeTokenizer.tokenize(bytes: buf)
            return mentions(in: tokens, strict: true).map { ($0.0, tokens[$0.1].start, tokens[$0.2 - 1].end) }
        }
        guard !found.isEmpty else { return [] }
        let utf8 = text.utf8
        return found.map { e, a, b in
            let lo = utf8.index(utf8.startIndex, offsetBy: a)
            let hi = utf8.index(utf8.startIndex, offsetBy: b)
            return TimeMention(text: String(text[lo..<hi]), range: lo..<hi, isAnchorRelative: e.isAnchorRelative)
        }
    }

    /// Mentions as (expression, first token, end token).
    static func mentions(in tokens: [TimeToken], strict: Bool) -> [(TimeExpression, Int, Int)] {
        let parser = TimeParser(t: tokens, strict: strict)
        var out: [(TimeExpression, Int, Int)] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let tok = tokens[i]
            var candidate = false
            switch tok.kind {
            case .number: candidate = true
            case .punct: candidate = tok.text == "'"
            case .word:
                if tok.lex & TimeLexicon.starter != 0 {
                    candidate = !(strict && !tok.cap && tok.lex & TimeLexicon.capitalOnly != 0)
                    if candidate, i > 0, !tok.space, tokens[i - 1].kind == .punct, tokens[i - 1].text == "-" {
                        // "pile-on Tuesday", "mid-March": part of a hyphenated word, not a preposition.
                        candidate = tok.lex & TimeLexicon.function == 0 || tok.text == "mid"
                    }
                    if candidate, tok.lex & TimeLexicon.function != 0 {
                        // "the", "in", "a": only worth parsing before a number or a time word.
                        if i + 1 < n {
                            let nx = tokens[i + 1]
                            candidate = nx.kind == .number || nx.lex & TimeLexicon.keyword != 0
                                || (nx.kind == .punct && (nx.text == "'" || (nx.text == "-" && !nx.space)))
                        } else {
                            candidate = false
                        }
                    }
                }
            }
            if candidate, let (e, end) = parser.mention(i), end > i {
                out.append((e, i, end))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }
}
