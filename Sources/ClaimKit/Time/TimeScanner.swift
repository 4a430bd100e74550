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
        let found = s.withUTF8 { mentions(inBytes: $0) }
        guard !found.isEmpty else { return [] }
        let utf8 = text.utf8
        return found.map { e, a, b in
            let lo = utf8.index(utf8.startIndex, offsetBy: a)
            let hi = utf8.index(utf8.startIndex, offsetBy: b)
            return TimeMention(text: String(text[lo..<hi]), range: lo..<hi, isAnchorRelative: e.isAnchorRelative)
        }
    }

    /// Mentions in running text as (expression, first byte, end byte).
    static func mentions(inBytes bytes: UnsafeBufferPointer<UInt8>) -> [(TimeExpression, Int, Int)] {
        let tt = TimeTokenizer.tokenize(bytes: bytes)
        return mentions(in: tt, strict: true).map { ($0.0, tt.tokens[$0.1].start, tt.tokens[$0.2 - 1].end) }
    }

    /// Mentions as (expression, first token, end token).
    static func mentions(in tt: TimeTokens, strict: Bool) -> [(TimeExpression, Int, Int)] {
        let parser = TimeParser(tt, strict: strict)
        let tokens = tt.tokens
        var out: [(TimeExpression, Int, Int)] = []
        var i = 0
        let n = tokens.count
        // The nearest token at or after `i` that names a time (a number, a time word): a word further than
        // `reach` tokens before one cannot start a mention. (`i` only moves forward, so one index follows it.)
        var nextCore = 0
        func isCore(_ t: TimeToken) -> Bool { t.kind == .number || t.lex & TimeLexicon.core != 0 }
        let reach = 8
        while i < n {
            if nextCore < i { nextCore = i }
            while nextCore < n && !isCore(tokens[nextCore]) { nextCore += 1 }
            let tok = tokens[i]
            var candidate = false
            switch tok.kind {
            case .number: candidate = true
            case .punct: candidate = tok.punct == 39  // "'90s"
            case .word:
                if tok.lex & TimeLexicon.starter != 0 && nextCore < n && nextCore - i < reach {
                    candidate = !(strict && !tok.cap && tok.lex & TimeLexicon.capitalOnly != 0)
                    if candidate, i > 0, !tok.space, tokens[i - 1].kind == .punct, tokens[i - 1].punct == 45 {
                        // "pile-on Tuesday", "mid-March": part of a hyphenated word, not a preposition.
                        candidate = tok.lex & TimeLexicon.function == 0 || tok.code == "mid"
                    }
                    if candidate, tok.lex & TimeLexicon.function != 0 {
                        // "the", "in", "a": only worth parsing before a number or a time word.
                        if i + 1 < n {
                            let nx = tokens[i + 1]
                            candidate = nx.kind == .number || nx.lex & TimeLexicon.keyword != 0
                                || (nx.kind == .punct && (nx.punct == 39 || (nx.punct == 45 && !nx.space)))
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
