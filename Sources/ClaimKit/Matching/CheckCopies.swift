/// Copies of one check: prior checks whose claim and title are the same words in the same order
/// (differing only in case, punctuation, quotation marks or spacing), with the same rating and
/// organisation. A collection merged from two sources can hold one fact-check twice, once with
/// "double" and once with 'single' quotes; nothing in such copies tells them apart, so the matcher
/// ranks them as one result: the first stored stands for the check and the others are listed as its
/// copies. The store's own claims are never copies of each other (each has its own verdict).
enum CheckCopies {
    /// The index of the first stored candidate of each set of copies, in storage order, and for
    /// each of them the indices of its later copies.
    static func group(_ candidates: [MatchCandidate]) -> (records: [Int], copies: [[Int]]) {
        var records: [Int] = []
        var copies: [[Int]] = []
        var slot: [String: Int] = [:]
        records.reserveCapacity(candidates.count)
        copies.reserveCapacity(candidates.count)
        for (i, c) in candidates.enumerated() {
            let key = c.kind == .prior ? [words(c.text), words(c.title ?? ""), c.rating ?? "", c.checkedBy ?? ""].joined(separator: "\u{1}") : nil
            if let key, let s = slot[key] {
                copies[s].append(i)
            } else {
                if let key { slot[key] = records.count }
                records.append(i)
                copies.append([])
            }
        }
        return (records, copies)
    }

    /// The text's letters and digits, lower-cased, each run of anything else one space (one pass,
    /// ASCII without a table lookup: the index reads every prior check this way).
    static func words(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var gap = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isWord = scalar.isASCII
                ? (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            guard isWord else { gap = true; continue }
            if gap, !out.isEmpty { out.append(" ") }
            gap = false
            if scalar.isASCII {
                out.append(v <= 0x5A && v >= 0x41 ? Unicode.Scalar(v + 0x20)! : scalar)
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
