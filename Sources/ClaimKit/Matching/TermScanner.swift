import Foundation

/// Cuts normalised text into matching terms in one pass over its characters (the index reads
/// every stored fact-check this way, so no regular expressions here).
enum TermScanner {
    struct Result {
        var terms: [String] = []
        var numbers: Set<String> = []
        /// The last word's term of each capitalised name ("Joe Biden", "Mr. Biden", "Donald J. Trump"):
        /// a run of capitalised words, or one capitalised word that does not open a sentence.
        var surnames: [String] = []
    }

    /// How one word reads, whatever surrounds it: kept while an index is built, since the same
    /// words come back in every fact-check.
    struct Word {
        /// Lower-cased, joiners dropped, a number word as its digits ("three" = "3").
        var text: String
        /// A number (written in digits or as a word).
        var isNumber: Bool
        /// The matching term, or nil for a stop word.
        var term: String?
        /// Written with a capital and small letters ("Biden"), or a capital initial alone ("J").
        var isCapitalised: Bool = false
    }

    /// The words already read, by their text as written.
    typealias Cache = [String: Word]

    /// `openingNames`: whether one capitalised word opening a sentence counts as a name. A query's
    /// do ("Biden said …"): a name term the index does not know scores nothing. A fact-check's do not,
    /// since its every sentence would otherwise name its first word.
    static func scan(_ raw: String, openingNames: Bool = false) -> Result {
        var cache = Cache()
        return scan(raw, openingNames: openingNames, cache: &cache)
    }

    static func scan(_ raw: String, openingNames: Bool = false, cache: inout Cache) -> Result {
        var result = Result()
        // Compatibility forms (ligatures, full-width letters) folded; plain ASCII has none.
        let ascii = raw.utf8.allSatisfy { $0 < 0x80 }
        let scalars = Array((ascii ? raw : raw.precomposedStringWithCompatibilityMapping).unicodeScalars)
        var name = NameRun(openingNames: openingNames)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard isWordScalar(c) else {
                if c == "%", let last = result.terms.last, last.first?.isNumber == true { result.terms.append("percent") }
                name.separator(c, into: &result.surnames)
                i += 1
                continue
            }
            let start = i
            let numeric = isDigit(c)
            i += 1
            while i < scalars.count {
                if isWordScalar(scalars[i]) { i += 1; continue }
                // Joiners inside a word: "U.S", "don't", "3.5", "1,200".
                let j = scalars[i]
                let joins = j == "." || j == "'" || j == "\u{2019}" || (numeric && j == ",")
                if joins, i + 1 < scalars.count, isWordScalar(scalars[i + 1]), !numeric || isDigit(scalars[i + 1]) {
                    i += 2
                    continue
                }
                break
            }
            let written = String(String.UnicodeScalarView(scalars[start..<i]))
            let word: Word
            if let known = cache[written] {
                word = known
            } else {
                word = read(written, numeric: numeric)
                cache[written] = word
            }
            if word.isNumber { result.numbers.insert(word.text) }
            name.word(word, length: i - start, into: &result.surnames)
            if word.text == "cent", result.terms.last == "per" {
                result.terms[result.terms.count - 1] = "percent"
            } else if let term = word.term {
                result.terms.append(term)
            }
        }
        name.end(into: &result.surnames)
        return result
    }

    /// Follows the run of capitalised words being read, to give each name its last word.
    private struct NameRun {
        let openingNames: Bool
        /// The term of the run's last word so far, and how many words it has.
        var last: String?
        var length = 0
        var opensSentence = false
        /// Whether the next word opens a sentence.
        var atSentenceStart = true
        /// The previous word was an initial or a short title ("J.", "Mr."): its full stop continues the run.
        var lastWasShortCapital = false
        var broken = false

        mutating func separator(_ c: Unicode.Scalar, into out: inout [String]) {
            if c == " " || c == "\t" { return }
            if c == ".", lastWasShortCapital, !broken { lastWasShortCapital = false; return }
            end(into: &out)
            if c == "." || c == "!" || c == "?" || c == ":" || c == "\n" || c == "\"" || c == "\u{201C}" { atSentenceStart = true }
        }

        mutating func word(_ word: Word, length written: Int, into out: inout [String]) {
            defer { atSentenceStart = false }
            guard word.isCapitalised, !word.isNumber, let term = word.term else {
                end(into: &out)
                lastWasShortCapital = false
                return
            }
            if last == nil { opensSentence = atSentenceStart; length = 0 }
            last = term
            length += 1
            lastWasShortCapital = written <= 3
            broken = false
        }

        /// Closes the run: its last word is a surname when the run is a name.
        mutating func end(into out: inout [String]) {
            if let last, length > 1 || !opensSentence || openingNames { out.append(last) }
            last = nil
            length = 0
            broken = true
        }
    }

    /// One word on its own: normalised, and its term unless it is a stop word.
    private static func read(_ written: String, numeric: Bool) -> Word {
        var text = written.lowercased()
        if numeric {
            text.removeAll { $0 == "," }
        } else {
            text = text.replacingOccurrences(of: "\u{2019}", with: "'")
            text.removeAll { $0 == "." }
            if !text.hasSuffix("'s") { text.removeAll { $0 == "'" } }
        }
        var isNumber = numeric
        if let number = numberWords[text] { text = number; isNumber = true }
        guard !stopWords.contains(text) else { return Word(text: text, isNumber: isNumber, term: nil) }
        let letters = written.unicodeScalars
        let capitalised = !numeric && letters.first.map { $0.properties.isUppercase } == true
            && (letters.count == 1 || letters.contains { $0.properties.isLowercase })
        return Word(text: text, isNumber: isNumber, term: numeric ? text : LightStemmer.stem(text), isCapitalised: capitalised)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") }
        return c.properties.isAlphabetic || c.properties.numericType == .decimal
    }

    static let numberWords: [String: String] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
    ]

    /// Common function words that say nothing about what a claim is about ("per" only as in "per cent").
    static let stopWords: Set<String> = Set("""
        a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these those there here
        i me my we our you your he him his she her they them their what which who whom whose when where why how not no nor so than too very can will just
        do does did doing have has had having would should could may might must shall s t about into over after before under again further then once
        all any both each few more most other some such only own same up down out off also via amp rt
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
