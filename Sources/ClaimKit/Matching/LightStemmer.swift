/// A light English stemmer: plurals, possessives and the common verb and adverb endings, so that
/// "released", "releases" and "releasing" meet. Deliberately conservative (no Porter step 2-5):
/// a matcher that conflates too much ranks distractors up.
enum LightStemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3 else { return word }
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3); w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 {
            w.removeLast()
        }
        for suffix in ["ingly", "edly", "ing", "ed", "ly"] where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            var base = String(w.dropLast(suffix.count))
            // "stopped" -> "stop", but "called" -> "call".
            if let last = base.last, base.count >= 2, base.dropLast().last == last, !"lsz".contains(last) { base.removeLast() }
            w = base
            break
        }
        if w.hasSuffix("e"), w.count > 4 { w.removeLast() }
        return w
    }
}
