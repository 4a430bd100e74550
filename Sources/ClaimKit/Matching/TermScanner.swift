import Foundation

/// Cuts normalised text into matching terms in one pass over its characters (the index reads
/// every stored fact-check this way, so no regular expressions here).
enum TermScanner {
    struct Result {
        var terms: [String] = []
        var entities: Set<String> = []
        var numbers: Set<String> = []
    }

    static func scan(_ raw: String) -> Result {
        var result = Result()
        let scalars = Array(raw.precomposedStringWithCompatibilityMapping.unicodeScalars)
        var i = 0
        // Whether the previous token ended a sentence (". " before a capital is no sign of a name).
        var sentenceStart = true
        while i < scalars.count {
            let c = scalars[i]
            guard isWordScalar(c) else {
                if c == "." || c == "!" || c == "?" || c == ":" || c == "\n" { sentenceStart = true }
                if c == "%", let last = result.terms.last, last.first?.isNumber == true { result.terms.append("percent") }
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
            var word = String(String.UnicodeScalarView(scalars[start..<i]))
            let capitalised = !numeric && scalars[start].properties.isUppercase
            word = word.lowercased()
            if numeric {
                word.removeAll { $0 == "," }
                result.numbers.insert(word)
            } else {
                word = word.replacingOccurrences(of: "\u{2019}", with: "'")
                word.removeAll { $0 == "." }
                if !word.hasSuffix("'s") { word.removeAll { $0 == "'" } }
            }
            if let number = numberWords[word] { word = number; result.numbers.insert(word) }
            if word == "cent", result.terms.last == "per" { result.terms.removeLast(); word = "percent" }
            defer { sentenceStart = false }
            if stopWords.contains(word) { continue }
            let term = numeric ? word : LightStemmer.stem(word)
            result.terms.append(term)
            if capitalised, !sentenceStart, word.count > 1 { result.entities.insert(term) }
        }
        return result
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
