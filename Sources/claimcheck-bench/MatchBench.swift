import ClaimBench
import ClaimKit
import Foundation

/// `claimcheck-bench match --checks N [--queries Q] [--tsv PATH]`: the claim matcher's speed on N
/// synthetic prior checks (seeded pseudo-words, Zipf-distributed, no real text): the index build
/// and the median and 95th percentile of one `rank` of a tweet-length text, as a session sees it
/// (index already built). `--tsv PATH` also writes the checks as an `import factchecks` table.
enum MatchBench {
    static func run(_ args: [String]) {
        var checks = 10_375, queries = 200
        var tsv: String?
        var j = 0
        while j < args.count {
            switch args[j] {
            case "--checks": checks = Int(args[j + 1]) ?? checks; j += 2
            case "--queries": queries = Int(args[j + 1]) ?? queries; j += 2
            case "--tsv": tsv = args[j + 1]; j += 2
            default: fail("unknown argument \(args[j])")
            }
        }
        var rng = SeededRandom(seed: 18)
        let vocabulary = (0..<20_000).map { _ in word(&rng) }
        // Zipf: rank r drawn with weight 1/r, through a cumulative table.
        var cumulative: [Double] = []
        var total = 0.0
        for r in 1...vocabulary.count { total += 1 / Double(r); cumulative.append(total) }
        func draw() -> String {
            let x = Double(rng.next() % 1_000_000) / 1_000_000 * total
            var lo = 0, hi = cumulative.count - 1
            while lo < hi { let mid = (lo + hi) / 2; if cumulative[mid] < x { lo = mid + 1 } else { hi = mid } }
            return vocabulary[lo]
        }
        func sentence(_ n: Int) -> String { (0..<n).map { _ in draw() }.joined(separator: " ") }
        let candidates = (0..<checks).map { i in
            MatchCandidate(kind: .prior, id: String(i), text: sentence(12 + Int(rng.next() % 16)), title: sentence(6 + Int(rng.next() % 8)))
        }
        if let tsv {
            var out = "id\tclaim\ttitle\n"
            for c in candidates { out += "\(c.id)\t\(c.text)\t\(c.title ?? "")\n" }
            guard FileManager.default.createFile(atPath: tsv, contents: Data(out.utf8)) else { fail("cannot write \(tsv)") }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let matcher = ClaimMatcher(candidates: candidates)
        let buildMs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // Queries: a candidate's words, some dropped, some added, with tweet clutter.
        let texts = (0..<queries).map { _ -> String in
            let c = candidates[Int(rng.next() % UInt64(checks))]
            let words = c.text.split(separator: " ").filter { _ in rng.next() % 4 != 0 }
            return words.joined(separator: " ") + " " + sentence(8) + " https://t.co/abc — Someone (@someone) January 1, 2020"
        }
        var times: [Double] = []
        for text in texts {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = matcher.rank(text, limit: 10)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
        }
        times.sort()
        print(String(format: "match: %d prior checks, index built in %.0f ms; one text: median %.2f ms, p95 %.2f ms (%d texts)",
                     checks, buildMs, times[times.count / 2], times[times.count * 95 / 100], queries))
        semantic(candidates: candidates, texts: Array(texts.prefix(40)))
    }

    /// With the sentence-embedding model, when installed: its load, and one text's ranking in
    /// three states of the session's embedding cache: cold (the text's best candidates embedded for
    /// the first time), a new text whose candidates were embedded before (what a session costs once
    /// its checks have been met: the text alone is embedded), and the same text again (nothing is
    /// embedded). Half the texts are used cold, the other half new and then again.
    private static func semantic(candidates: [MatchCandidate], texts: [String]) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        guard case .success(let encoder) = InstalledModel.shared else {
            print("match by meaning: no sentence-embedding model installed (make setup)")
            return
        }
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        let semantic = SemanticReranker(encoder: encoder)
        let matcher = ClaimMatcher(candidates: candidates, semantic: semantic)
        func median(_ texts: [String], prepare: (String) -> Void = { _ in }, _ run: (String) -> Void) -> Double {
            var times: [Double] = []
            for text in texts {
                prepare(text)
                let t = DispatchTime.now().uptimeNanoseconds
                run(text)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            return times.sorted()[times.count / 2]
        }
        let coldTexts = Array(texts.prefix(texts.count / 2)), newTexts = Array(texts.dropFirst(texts.count / 2))
        let cold = median(coldTexts) { _ = matcher.rank($0, limit: 10) }
        let new = median(newTexts, prepare: { text in
            _ = semantic.embeddings(matcher.rank(text, limit: SemanticReranker.depth, semantic: false).map(\.candidate.text))
        }) { _ = matcher.rank($0, limit: 10) }
        let again = median(newTexts) { _ = matcher.rank($0, limit: 10) }
        let tokens = newTexts.map { encoder.tokenCount(MatchText(query: $0).readableText) }.reduce(0, +) / max(1, newTexts.count)
        print(String(format: "match by meaning (\(encoder.arithmetic.rawValue)): model loaded in %.0f ms; one text (%d tokens on average): median %.1f ms cold (its %d best embedded too), %.1f ms new (its best embedded before), %.1f ms again (%d texts each)",
                     loadMs, tokens, cold, SemanticReranker.depth, new, again, newTexts.count))
    }

    private static func word(_ rng: inout SeededRandom) -> String {
        let consonants = Array("bcdfghklmnprstvz"), vowels = Array("aeiou")
        let syllables = 1 + Int(rng.next() % 3)
        return String((0..<syllables).flatMap { _ in [consonants[Int(rng.next() % 16)], vowels[Int(rng.next() % 5)]] })
    }
}
