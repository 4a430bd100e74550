/// "Did you mean ...?": the closest known word by edit distance, when it is close enough.
enum Suggest {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)? = nil
        for candidate in candidates {
            let d = distance(w, Array(candidate.lowercased()))
            if d <= max(1, min(3, candidate.count / 3)), best.map({ d < $0.1 }) ?? true {
                best = (candidate, d)
            }
        }
        if best == nil, w.count >= 2, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(String(w)) }) {
            return prefixed
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent transpositions.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cur[j] = min(cur[j], prev2[j - 2] + 1)
                }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
