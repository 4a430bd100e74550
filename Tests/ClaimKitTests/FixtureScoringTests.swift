import Foundation
import Testing
@testable import ClaimKit

/// Extraction scored on every article in Fixtures/articles that has a gold file: speech claims
/// must reach precision and recall of 0.9 over the whole set and 0.8 in every article, and the
/// dates of matched claims must be right (or absent where the text gives none).
@Suite struct FixtureScoringTests {
    static var root: URL { PackageRoot.url }

    /// Articles with a gold file beside them (NAME.txt, NAME.md or NAME.html with NAME.gold.json).
    static func articles() throws -> [(article: URL, gold: URL)] {
        let dir = root.appendingPathComponent("Fixtures/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        return names.compactMap { name in
            guard name.hasSuffix(".txt") || name.hasSuffix(".md") || name.hasSuffix(".html") else { return nil }
            let base = (name as NSString).deletingPathExtension
            let gold = dir.appendingPathComponent(base + ".gold.json")
            guard FileManager.default.fileExists(atPath: gold.path) else { return nil }
            return (dir.appendingPathComponent(name), gold)
        }
    }

    /// Articles below the per-article floor today, with the figure: marked as known issues (the floor
    /// stays; an article that comes back above it makes its mark fail, so the mark must then go).
    static let belowFloor: [String: String] = [:]

    @Test func speechClaimsReachPrecisionAndRecallOfNinetyAndEachArticleEighty() throws {
        let list = try Self.articles()
        #expect(list.count >= 8, "at least 8 gold fixtures")
        var total = GoldScorer.Score()
        for (article, goldURL) in list {
            let (published, gold) = try GoldScorer.load(goldURL)
            let extraction = try ArticleFile.extract(path: article.path, overrides: .init(published: published))
            let name = article.lastPathComponent
            let s = GoldScorer.score(gold: gold, predicted: extraction.claims, label: name)
            let figure = String(format: "%@: P %.2f R %.2f dates %d/%d undated %d/%d", name, s.precision, s.recall, s.datedRight, s.dated, s.undatedLeft, s.undated)
            print(figure)
            total = total + s
            // An article with no speech claims in its gold must have none extracted either.
            let floorHolds = s.gold == 0 ? s.predicted == 0 : s.precision >= 0.8 && s.recall >= 0.8
            if let known = Self.belowFloor[name] {
                withKnownIssue("\(name) is below the 0.8 floor (\(known))") {
                    #expect(floorHolds, "\(figure): \((s.misses + s.extras).joined(separator: "; "))")
                }
            } else {
                #expect(floorHolds, "\(figure): \((s.misses + s.extras).joined(separator: "; "))")
            }
        }
        print(String(format: "fixtures: P %.3f R %.3f (%d gold, %d predicted, %d matched), dates %d/%d, undated left %d/%d",
                     total.precision, total.recall, total.gold, total.predicted, total.matched, total.datedRight, total.dated,
                     total.undatedLeft, total.undated))
        for line in total.misses + total.extras { print("  " + line) }
        #expect(total.precision >= 0.9, "precision \(total.precision)")
        #expect(total.recall >= 0.9, "recall \(total.recall)")
        // Dates of the matched claims: the dated ones right, and the ones the text leaves undated left so.
        let dateMisses = total.misses.filter { $0.contains(": date ") || $0.contains(": spurious date ") }
        #expect(total.dated >= 20 && Double(total.datedRight) >= Self.dateFloor * Double(total.dated),
                "dates right \(total.datedRight)/\(total.dated): \(dateMisses)")
        #expect(total.undated >= 20 && Double(total.undatedLeft) >= Self.undatedFloor * Double(total.undated),
                "undated left \(total.undatedLeft)/\(total.undated): \(dateMisses)")
    }

    /// Date accuracy floors over the fixtures: the share of matched dated claims given the gold date,
    /// and of matched undated claims left undated. A ratchet at today's figures (2026-12-04: dates
    /// 158/204 = 0.77, undated left 104/129 = 0.81; 2026-12-05: dates 165/211 = 0.78, undated left
    /// 277/277): raise them as dating improves. Lowered once, on 2026-12-06 (dates 154/230 = 0.67): a blind
    /// annotation of 379 claims in 22 real articles showed that carrying an event's date to every later voice
    /// dated a quarter of the claims the text leaves undated (189/254 left undated); carrying it past the
    /// paragraph after the date only to the event's own speakers, and to voices the text places there, leaves
    /// 231/254 undated at a cost of 11 of 125 right dates there. The fixtures, invented single-event stories
    /// whose gold dates every voice of the meeting or match, lost 30 dates by it.
    static let dateFloor = 0.66
    static let undatedFloor = 0.97
}
