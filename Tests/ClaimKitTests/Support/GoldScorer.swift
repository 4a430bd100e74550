import Foundation
@testable import ClaimKit

/// Scores extracted claims against a gold file in the seed format, by the rules of the shared
/// evaluation scorer: a predicted speech claim matches a gold one when the statements share
/// enough words (token F1 >= 0.5) and the speaker is right (a gold speaker string occurs in the
/// predicted name, mention or members, or a predicted name of 4+ letters occurs in a gold one).
/// Predictions that match only an optional gold item count neither way.
struct GoldScorer {
    struct Gold {
        var kind: String
        var speakers: [String]
        var statement: String
        var date: String?
        /// The date expression the gold gives (nil with a nil date: the text leaves the claim undated).
        var whenText: String?
        var optional: Bool
        /// The gold date comes from the context ("date_source": "context": the occasion told earlier, not given
        /// in the claim's sentence nor carried without a break): its date is neither rewarded nor penalised,
        /// as in the shared scorer.
        var fromContext = false
    }

    struct Score {
        var gold = 0
        var predicted = 0
        var matched = 0
        var dated = 0
        var datedRight = 0
        /// Matched claims the text leaves undated, and how many of them the prediction left undated.
        var undated = 0
        var undatedLeft = 0
        var misses: [String] = []
        var extras: [String] = []

        var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }

        static func + (a: Score, b: Score) -> Score {
            Score(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched,
                  dated: a.dated + b.dated, datedRight: a.datedRight + b.datedRight,
                  undated: a.undated + b.undated, undatedLeft: a.undatedLeft + b.undatedLeft,
                  misses: a.misses + b.misses, extras: a.extras + b.extras)
        }
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their"]

    static func load(_ url: URL) throws -> (published: CivilDate?, claims: [Gold]) {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let doc = root["document"] as? [String: Any]
        let published = (doc?["published"] as? String).flatMap(CivilDate.init(iso:))
        let claims = (root["claims"] as? [[String: Any]] ?? []).map { c -> Gold in
            var speakers: [String] = []
            if let list = c["speaker"] as? [String] { speakers = list } else if let s = c["speaker"] as? String { speakers = [s] }
            speakers += c["members"] as? [String] ?? []
            return Gold(kind: c["kind"] as? String ?? "", speakers: speakers,
                        statement: (c["statement_plain"] as? String) ?? (c["statement"] as? String ?? ""),
                        date: c["date"] as? String, whenText: c["when_text"] as? String, optional: c["optional"] as? Bool ?? false,
                        fromContext: c["date_source"] as? String == "context")
        }
        return (published, claims)
    }

    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in s.lowercased().replacingOccurrences(of: "’", with: "'") {
            if ch.isLetter || ch.isNumber || ch == "_" || ch == "'" { current.append(ch) } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func f1(_ a: String, _ b: String) -> Double {
        let ta = tokens(a), tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for t in ta { counts[t, default: 0] += 1 }
        var hit = 0
        for t in tb where (counts[t] ?? 0) > 0 {
            hit += 1
            counts[t]! -= 1
        }
        guard hit > 0 else { return 0 }
        let p = Double(hit) / Double(tb.count), r = Double(hit) / Double(ta.count)
        return 2 * p * r / (p + r)
    }

    static func norm(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces)
    }

    static func speakerOK(_ gold: Gold, _ pred: ExtractedClaim) -> Bool {
        let have = ([pred.speaker.name, pred.speaker.mention] + pred.speaker.members + [pred.speaker.role].compactMap { $0 })
            .map(norm).filter { !$0.isEmpty && !pronouns.contains($0) }
        var wants = gold.speakers
        for x in gold.speakers {
            let words = x.split(separator: " ")
            if words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last, last.count >= 3 {
                wants.append(String(last))
            }
        }
        let w = wants.map(norm).filter { !$0.isEmpty }
        if w.contains(where: { want in have.contains { $0.contains(want) } }) { return true }
        return have.contains { h in h.count >= 4 && w.contains { $0.contains(h) } }
    }

    static func score(gold: [Gold], predicted: [ExtractedClaim], label: String) -> Score {
        let speech = gold.filter { ["direct", "indirect", "mixed"].contains($0.kind) }
        let required = speech.filter { !$0.optional }
        let optional = speech.filter(\.optional)
        let preds = predicted.filter { $0.kind.isSpeech }.filter { p in
            !optional.contains { f1($0.statement, p.statement) >= 0.5 } || required.contains { f1($0.statement, p.statement) >= 0.5 }
        }
        var s = Score(gold: required.count, predicted: preds.count)
        var used = Set<Int>()
        for g in required {
            var best = 0.0, bestIndex: Int? = nil
            for (i, p) in preds.enumerated() where !used.contains(i) {
                let v = f1(g.statement, p.statement)
                if v > best { best = v; bestIndex = i }
            }
            if let i = bestIndex, best >= 0.5, speakerOK(g, preds[i]) {
                used.insert(i)
                s.matched += 1
                if g.fromContext {
                    // a date from the context counts neither way
                } else if let want = g.date {
                    s.dated += 1
                    let got = preds[i].when?.start.description ?? ""
                    if want.count == 7 ? got.hasPrefix(want) : got == want { s.datedRight += 1 } else {
                        s.misses.append("\(label): date \(want) ≠ \(got.isEmpty ? "none" : got): \(g.statement.prefix(50))")
                    }
                } else if g.whenText == nil {
                    s.undated += 1
                    if let got = preds[i].when { s.misses.append("\(label): spurious date \(got.start): \(g.statement.prefix(50))") } else { s.undatedLeft += 1 }
                }
            } else {
                let who = bestIndex.map { preds[$0].speaker.name } ?? "—"
                s.misses.append("\(label): missed [\(g.speakers.first ?? "")] \(g.statement.prefix(60)) (best \(String(format: "%.2f", best)), \(who))")
            }
        }
        for (i, p) in preds.enumerated() where !used.contains(i) {
            s.extras.append("\(label): extra [\(p.speaker.name)] \(p.statement.prefix(60))")
        }
        return s
    }
}
