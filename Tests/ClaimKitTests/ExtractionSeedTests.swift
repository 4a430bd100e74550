import Foundation
import Testing
@testable import ClaimKit

/// The seed article against its reference annotation (Fixtures/articles/seed.gold.json).
@Suite("Extraction: seed article")
struct ExtractionSeedTests {
    struct Gold: Decodable {
        struct Document: Decodable {
            var title: String
            var byline: String
            var outlet: String?
            var credits: [String]
        }
        struct Claim: Decodable {
            var kind: String
            var speaker: [String]
            var statement: String
            var date: String?
            var members: [String]?
        }
        var document: Document
        var claims: [Claim]
    }

    static var root: URL { PackageRoot.url }

    static func load() throws -> (Extraction, Gold) {
        let text = try String(contentsOf: root.appendingPathComponent("seeds/000_c0b0ef25e89ca8b0.txt"), encoding: .utf8)
        let data = try Data(contentsOf: root.appendingPathComponent("Fixtures/articles/seed.gold.json"))
        let gold = try JSONDecoder().decode(Gold.self, from: data)
        let e = Extractor(published: CivilDate(year: 2025, month: 4, day: 17)).extract(SourceText(text: text))
        return (e, gold)
    }

    /// Token F1 as the evaluation scorer computes it (one implementation: GoldScorer).
    static func tokenF1(_ gold: String, _ pred: String) -> Double { GoldScorer.f1(gold, pred) }

    static func speakerMatches(_ gold: Gold.Claim, _ c: ExtractedClaim) -> Bool {
        let have = ([c.speaker.name, c.speaker.mention] + c.speaker.members).map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        let wants = (gold.speaker + (gold.members ?? [])).map { $0.lowercased().replacingOccurrences(of: "’", with: "'") }
        return wants.contains { w in have.contains { $0.contains(w) } }
    }

    @Test("every speech claim of the reference is found with its speaker and date, and no other")
    func speechClaims() throws {
        let (e, gold) = try Self.load()
        var used = Set<Int>()
        for g in gold.claims where g.kind != "assertion" {
            let candidates = e.claims.enumerated().filter { $0.element.kind.isSpeech && !used.contains($0.offset) }
            let best = candidates.max { Self.tokenF1(g.statement, $0.element.statement) < Self.tokenF1(g.statement, $1.element.statement) }
            guard let (index, claim) = best, Self.tokenF1(g.statement, claim.statement) >= 0.5 else {
                Issue.record("not found: \(g.statement)")
                continue
            }
            used.insert(index)
            #expect(Self.speakerMatches(g, claim), "speaker of “\(g.statement.prefix(50))”: got \(claim.speaker.name) / \(claim.speaker.mention)")
            if let date = g.date {
                // a month-grain gold date ("2025-04") wants that month, a day that very day
                let got = claim.when?.start.description ?? "none"
                let same = date.count == 7 ? String(got.prefix(7)) == date : got == date
                #expect(same, "date of “\(g.statement.prefix(50))”: want \(date), got \(got)")
                #expect(claim.when?.grain == (date.count == 7 ? .month : .day), "grain of “\(g.statement.prefix(50))”: got \(claim.when?.grain.rawValue ?? "none")")
                #expect(claim.dateSource != nil, "date of “\(g.statement.prefix(50))” says where it came from")
            } else {
                #expect(claim.when == nil, "“\(g.statement.prefix(50))” is undated in the text, got \(claim.when?.start.description ?? "")")
            }
        }
        // Every speech claim extracted answers one in the reference: no extras.
        let extras = e.claims.enumerated().filter { $0.element.kind.isSpeech && !used.contains($0.offset) }.map(\.element.statement)
        #expect(extras.isEmpty, "speech claims not in the reference: \(extras.map { String($0.prefix(60)) })")
    }

    @Test("dates say where they came from: the expression's own clause, or the event they continue")
    func dateProvenance() throws {
        let (e, _) = try Self.load()
        let speech = e.claims.filter { $0.kind.isSpeech }
        // the quote right after the paragraph that set the occasion continues it
        let quote = try #require(speech.first { $0.statement.hasPrefix("The insistence") })
        #expect(quote.dateSource == .carried && quote.whenText == "On March 8" && quote.dateParagraph == 1)
        // a date in the claim's own clause
        let wednesday = try #require(speech.first { $0.statement.contains("American businesses") })
        #expect(wednesday.dateSource == .explicit && wednesday.when?.start.description == "2025-04-16")
        // a month is a month
        let cuts = try #require(speech.first { $0.statement.contains("power cuts") })
        #expect(cuts.when?.grain == .month && cuts.dateSource == .explicit)
        // the event date set by "Five weeks later" stops at its paragraph
        let assertion = try #require(e.claims.first { $0.statement.hasPrefix("Five weeks later") })
        #expect(assertion.dateSource == .explicit && assertion.dateParagraph == 3)
    }

    @Test("the header goes to metadata, not into claims")
    func header() throws {
        let (e, gold) = try Self.load()
        #expect(e.metadata.title == gold.document.title)
        #expect(e.metadata.byline == gold.document.byline)
        #expect(e.metadata.outlet == gold.document.outlet)
        #expect(e.metadata.credits.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") } == gold.document.credits)
        let header = [gold.document.title, gold.document.byline] + gold.document.credits
        for c in e.claims {
            for h in header {
                #expect(Self.tokenF1(h, c.statement) < 0.8, "header line became a claim: \(c.statement)")
            }
        }
    }

    @Test("assertions are attributed to the article and scored in [0, 1]")
    func assertions() throws {
        let (e, _) = try Self.load()
        let assertions = e.claims.filter { $0.kind == .assertion }
        #expect(!assertions.isEmpty)
        for a in assertions {
            #expect(a.speaker.kind == .article)
            #expect(a.speaker.name == "Scott Lucas")
            #expect((0...1).contains(a.checkworthiness))
        }
        // the statistic is worth checking
        #expect(assertions.contains { $0.statement.contains("35%") })
    }

    @Test("JSON rendering is deterministic and has the contract's fields")
    func json() throws {
        let (e, _) = try Self.load()
        let a = ExtractionJSON.render(e, sha256: "abc")
        let b = ExtractionJSON.render(e, sha256: "abc")
        #expect(a == b)
        let object = try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any]
        let document = object?["document"] as? [String: Any]
        #expect(document?["sha256"] as? String == "abc")
        #expect(document?["published"] as? String == "2025-04-17")
        let claims = object?["claims"] as? [[String: Any]] ?? []
        #expect(claims.count == e.claims.count)
        #expect(claims.first?["id"] as? String == "C1")
        for key in ["kind", "speaker", "cue", "recipient", "statement", "span", "when", "when_text", "checkworthiness"] {
            #expect(claims.first?.keys.contains(key) == true, "missing \(key)")
        }
    }
}
