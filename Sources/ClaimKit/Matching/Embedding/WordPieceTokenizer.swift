import Foundation

/// BERT's uncased tokenizer, as the sentence-embedding model was trained with it: the text cleaned
/// (control characters dropped, every kind of space one space), CJK ideographs set apart,
/// lower-cased, accents stripped (NFD, combining marks dropped), split at whitespace and around
/// every punctuation character, then each word cut greedily into the longest pieces of the
/// vocabulary (`##` marks a piece that continues a word; a word that cannot be cut is `[UNK]`).
struct WordPieceTokenizer: Sendable {
    private let vocabulary: [String: Int32]
    let classifyID: Int32
    let separatorID: Int32
    let unknownID: Int32
    /// Words longer than this (in characters) are `[UNK]`, as in BERT.
    static let longestWord = 100

    /// `vocabulary`: one token a line, the line number its id (BERT's vocab.txt).
    init(vocabulary text: String) throws {
        var ids: [String: Int32] = [:]
        var n: Int32 = 0
        text.enumerateLines { line, _ in
            if ids[line] == nil { ids[line] = n }
            n += 1
        }
        guard let cls = ids["[CLS]"], let sep = ids["[SEP]"], let unk = ids["[UNK]"] else {
            throw SentenceEncoder.LoadError("the vocabulary has no [CLS], [SEP] or [UNK] token")
        }
        vocabulary = ids
        classifyID = cls
        separatorID = sep
        unknownID = unk
    }

    /// The ids of a text: `[CLS]`, its pieces (at most `maxLength` - 2 of them), `[SEP]`.
    func encode(_ text: String, maxLength: Int) -> [Int32] {
        var ids: [Int32] = [classifyID]
        for word in Self.basicWords(text) {
            ids.append(contentsOf: pieces(word))
            if ids.count >= maxLength - 1 { break }
        }
        if ids.count > maxLength - 1 { ids.removeLast(ids.count - (maxLength - 1)) }
        ids.append(separatorID)
        return ids
    }

    /// The text as words and punctuation marks, lower-cased, accents stripped.
    static func basicWords(_ text: String) -> [String] {
        var cleaned = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0 || v == 0xFFFD { continue }
            let category = s.properties.generalCategory
            if s == "\t" || s == "\n" || s == "\r" || s == " " || category == .spaceSeparator {
                cleaned.append(" ")
            } else if category == .control || category == .format {
                continue
            } else if isIdeograph(v) {
                cleaned.append(" "); cleaned.append(s); cleaned.append(" ")
            } else {
                cleaned.append(s)
            }
        }
        var words: [String] = []
        for token in String(cleaned).split(separator: " ", omittingEmptySubsequences: true) {
            let folded = token.lowercased().decomposedStringWithCanonicalMapping
            var current = String.UnicodeScalarView()
            for s in folded.unicodeScalars {
                if s.properties.generalCategory == .nonspacingMark { continue }
                if isPunctuation(s) {
                    if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
                    words.append(String(s))
                } else {
                    current.append(s)
                }
            }
            if !current.isEmpty { words.append(String(current)) }
        }
        return words
    }

    /// A word's pieces: the longest prefix in the vocabulary, then the longest `##` continuation, and so on.
    func pieces(_ word: String) -> [Int32] {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count <= Self.longestWord else { return [unknownID] }
        var out: [Int32] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var found: Int32?
            while start < end {
                var piece = start > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: scalars[start..<end])
                if let id = vocabulary[piece] { found = id; break }
                end -= 1
            }
            guard let found else { return [unknownID] }
            out.append(found)
            start = end
        }
        return out
    }

    /// BERT's punctuation: every non-letter, non-digit ASCII sign, and Unicode's punctuation categories.
    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v) { return true }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The CJK ideograph blocks BERT sets apart as words of their own.
    private static func isIdeograph(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
            || (0x2A700...0x2B73F).contains(v) || (0x2B740...0x2B81F).contains(v) || (0x2B820...0x2CEAF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
    }
}
