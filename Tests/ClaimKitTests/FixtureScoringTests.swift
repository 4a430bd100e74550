import Foundation
import Testing
@testable import ClaimKit

/// Extraction scored on every article in Fixtures/articles that has a gold file: speech claims
/// must reach precision and recall of 0.9 over the whole set.
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

    @Test func speechClaimsReachPrecisionAndRecallOfNinety() throws {
        let list = try Self.articles()
        #expect(list.count >= 8, "at least 8 gold fixtures")
        var total = GoldScorer.Score()
        for (article, goldURL) in list {
            let (published, gold) = try GoldScorer.load(goldURL)
            let extraction = try ArticleFile.extract(path: article.path, overrides: .init(published: published))
            let s = GoldScorer.score(gold: gold, predicted: extraction.claims, label: article.lastPathComponent)
            print(String(format: "%@: P %.2f R %.2f dates %d/%d undated %d/%d", article.lastPathComponent, s.precision, s.recall, s.datedRight, s.dated, s.undatedLeft, s.undated))
            total = total + s
        }
        print(String(format: "fixtures: P %.3f R %.3f (%d gold, %d predicted, %d matched), dates %d/%d, undated left %d/%d",
                     total.precision, total.recall, total.gold, total.predicted, total.matched, total.datedRight, total.dated,
                     total.undatedLeft, total.undated))
        for line in total.misses + total.extras { print("  " + line) }
        #expect(total.precision >= 0.9, "precision \(total.precision)")
        #expect(total.recall >= 0.9, "recall \(total.recall)")
    }
}
