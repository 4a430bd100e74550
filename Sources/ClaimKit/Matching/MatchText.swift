import Foundation

/// Text as the matcher reads it. A tweet or an article passage loses its clutter (links, the
/// "— Name (@handle) Date" signature of an embedded tweet, `@` and `#` marks, whose words are
/// split at capitals: "#AustralianFires" reads "Australian Fires"), then is cut into terms:
/// lower-cased, stop words dropped, numbers written one way ("1,200" = "1200", "70%" =
/// "70 per cent" = "70 percent", "three" = "3"), and stemmed by ``LightStemmer``.
public struct MatchText: Sendable {
    /// The terms of the body, in order.
    public let terms: [String]
    /// The terms of an embedded tweet's signature (who posted it, and when), kept apart: they count less.
    public let signatureTerms: [String]
    /// The numbers written in the text.
    public let numbers: Set<String>
    /// The people the body names, as name terms ("=biden"): the last word of each capitalised name
    /// ("Joe Biden", "Mr. Biden", "Biden") and the surnames of everyone named by a known alias.
    /// Kept apart from `terms` so that they add to BM25 without changing the word overlaps.
    public let names: [String]
    /// A query's body as a sentence again, clutter removed and spaces collapsed (what a
    /// sentence-embedding model reads); empty for a stored fact-check's text.
    public let readableText: String

    /// Reads a query: a tweet, a passage, a claim.
    public init(query text: String, aliases: NameAliases = .none) {
        let (body, signature) = MatchText.splitSignature(text)
        let cleaned = MatchText.removeClutter(body)
        readableText = cleaned.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let scan = TermScanner.scan(cleaned, openingNames: true)
        terms = scan.terms
        numbers = scan.numbers
        names = MatchText.names(scan, aliases: aliases)
        signatureTerms = signature.map { TermScanner.scan(MatchText.removeClutter($0)).terms } ?? []
    }

    /// Reads a stored fact-check's text (no clutter to remove).
    public init(document text: String, aliases: NameAliases = .none) {
        var cache = TermScanner.Cache()
        self.init(document: text, aliases: aliases, cache: &cache)
    }

    /// Reads a stored fact-check's text with the words read before (as an index is built).
    init(document text: String, aliases: NameAliases, cache: inout TermScanner.Cache) {
        let scan = TermScanner.scan(text, cache: &cache)
        terms = scan.terms
        numbers = scan.numbers
        names = MatchText.names(scan, aliases: aliases)
        signatureTerms = []
        readableText = ""
    }

    /// A name term: marked so that it never meets a plain word.
    static func nameTerm(_ surname: String) -> String { "=" + surname }

    private static func names(_ scan: TermScanner.Result, aliases: NameAliases) -> [String] {
        var out: [String] = []
        for s in scan.surnames + aliases.surnames(mentionedIn: scan.terms) where !out.contains(nameTerm(s)) {
            out.append(nameTerm(s))
        }
        return out
    }

    /// "… — Name (@handle) Month D, YYYY" at the end of an embedded tweet: the body before it and
    /// the signature after the dash.
    static func splitSignature(_ text: String) -> (body: String, signature: String?) {
        let chars = Array(text)
        var end = chars.count
        while end > 0, chars[end - 1].isWhitespace { end -= 1 }
        // The date: a month word (maybe abbreviated), a day, a comma, a year.
        var i = end
        func digits(_ most: Int) -> Bool {
            let stop = i
            while i > 0, chars[i - 1].isASCII, chars[i - 1].isNumber, stop - i < most { i -= 1 }
            return i < stop
        }
        func blanks() -> Bool {
            let stop = i
            while i > 0, chars[i - 1].isWhitespace { i -= 1 }
            return i < stop
        }
        guard digits(4), end - i == 4 else { return (text, nil) }
        _ = blanks()
        guard i > 0, chars[i - 1] == "," else { return (text, nil) }
        i -= 1
        let dayEnd = i
        guard digits(2), dayEnd - i <= 2, blanks() else { return (text, nil) }
        if i > 0, chars[i - 1] == "." { i -= 1 }
        let monthEnd = i
        while i > 0, chars[i - 1].isLetter { i -= 1 }
        guard i < monthEnd, blanks(), i > 0, chars[i - 1] == ")" else { return (text, nil) }
        // "(@handle)" before the date.
        i -= 1
        while i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_" { i -= 1 }
        guard i >= 2, chars[i - 1] == "@", chars[i - 2] == "(" else { return (text, nil) }
        let handleStart = i - 2
        // The dash before the name: the nearest em or en dash within 80 characters, else the farthest hyphen.
        var dash: Int?
        var k = handleStart - 1
        while k >= 0, handleStart - k <= 81, chars[k] != "\n" {
            if chars[k] == "\u{2014}" || chars[k] == "\u{2013}" { dash = k; break }
            if chars[k] == "-" { dash = k }
            k -= 1
        }
        guard let dash else { return (text, nil) }
        // The name, handle and date: who posted it and when both help find what it is about (a
        // claim that names the poster, or the month and year of the event).
        return (String(chars[..<dash]), String(chars[(dash + 1)..<end]).trimmingCharacters(in: .whitespaces))
    }

    /// Links removed; `@handle` and `#TagWords` become their words.
    static func removeClutter(_ text: String) -> String {
        var out = ""
        for piece in text.split(whereSeparator: \.isWhitespace) {
            var word = Substring(piece)
            // A link, even glued to the word before it ("#Tagpic.twitter.com/…").
            for marker in ["pic.twitter.com/", "https://", "http://"] {
                if let r = word.range(of: marker, options: .caseInsensitive) { word = word[..<r.lowerBound] }
            }
            if word.lowercased().hasPrefix("www.") { continue }
            var chars = word.makeIterator()
            var pending: Character? = chars.next()
            while let c = pending {
                pending = chars.next()
                guard c == "@" || c == "#", let first = pending, isHandleCharacter(first) else { out.append(c); continue }
                var run = ""
                while let n = pending, isHandleCharacter(n) { run.append(n); pending = chars.next() }
                out += " " + splitWords(Substring(run)) + " "
            }
            out.append(" ")
        }
        return out
    }

    private static func isHandleCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// A handle's or hashtag's words: split at underscores, at a small letter followed by a
    /// capital, before the last capital of a run followed by a small letter, and between letters and digits.
    static func splitWords(_ word: Substring) -> String {
        let chars = Array(word)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == "_" { out.append(" "); continue }
            if i > 0 {
                let p = chars[i - 1]
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                if (p.isLowercase && c.isUppercase) || (p.isUppercase && c.isUppercase && next.isLowercase)
                    || (p.isLetter && c.isNumber) || (p.isNumber && c.isLetter) {
                    out.append(" ")
                }
            }
            out.append(c)
        }
        return out
    }
}
