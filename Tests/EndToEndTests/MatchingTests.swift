import Foundation
import Testing

/// `import factchecks`, `match` and the repeat flags of `load`, through the built binary, on the
/// invented prior checks and article of Fixtures/matching.
@Suite struct MatchingTests {
    private func store() throws -> String { try CLI.temporaryDirectory().appendingPathComponent("m.db").path }

    /// The ids `match TEXT --format json` ranks, best first.
    /// `wordsOnly`: without the sentence-embedding model, to test the lexical stage on its own.
    private func matchIDs(_ store: String, _ text: String, wordsOnly: Bool = false) throws -> [String] {
        let r = try CLI.run(["--store", store, "match", text, "--format", "json"],
                            environment: wordsOnly ? ["CLAIMCHECK_EMBEDDING_MODEL": "off"] : [:])
        #expect(r.status == 0, "\(r.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        return items.compactMap { $0["id"] as? String }
    }

    @Test(arguments: [
        ("reviews.jsonld", 2, "The tidal turbines in Port Halden lower the bay's water level", "https://checks.example.org/reviews/tidal-power"),
        ("reviews-array.json", 2, "ferry to Orrin Island is powered by cooking oil", "urn:review:2"),
        ("review-one.json", 1, "Wexham bridge tolls tripled", "https://checks.example.org/reviews/bridge-tolls"),
        ("reviews.jsonl", 2, "offshore wind farms killed 4000 seabirds", "urn:feed:a"),
        ("table.jsonl", 2, "Dunmore bus fares are doubling", "2"),
        ("table.tsv", 3, "Arden's mayor owns 3 racehorses", "3"),
    ])
    func eachInputFormImportsAndMatches(file: String, rows: Int, query: String, best: String) throws {
        let s = try store()
        let r = try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/" + file)])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("imported \(rows) fact-checks from"), "\(r.stdout)")
        #expect(try matchIDs(s, query).first == best)
        #expect(try CLI.run(["--store", s, "log", "verify"]).status == 0)
    }

    @Test func tsvQuotingKeepsTabsQuotesAndLineBreaksInOneField() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/table.tsv")]).status == 0)
        let r = try CLI.run(["--store", s, "match", "a claim with a tab and a quote", "--format", "json"])
        #expect(r.stdout.contains(#""claim": "A claim with a tab\there, a \"quote\" and a\nline break""#), "\(r.stdout)")
    }

    @Test func malformedRowsAreNamedByLineAndNothingIsImported() throws {
        let s = try store()
        let tsv = CLI.fixture("matching/bad-fields.tsv")
        var r = try CLI.run(["--store", s, "import", "factchecks", tsv])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(tsv):3: 2 fields where the header has 3"), "\(r.stderr)")
        let jsonl = CLI.fixture("matching/bad.jsonl")
        r = try CLI.run(["--store", s, "import", "factchecks", jsonl])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(jsonl):3: no claim (row no-claim)"), "\(r.stderr)")
        #expect(r.stderr.contains("\(jsonl):4: not valid JSON"), "\(r.stderr)")
        #expect(try matchIDs(s, "a fine row").isEmpty, "a file with a bad row imports nothing")
    }

    @Test func reimportingTheSameFileIsANoOp() throws {
        let s = try store()
        let file = CLI.fixture("matching/table.jsonl")
        #expect(try CLI.run(["--store", s, "import", "factchecks", file]).status == 0)
        let again = try CLI.run(["--store", s, "import", "factchecks", file])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already imported (same SHA-256"), "\(again.stdout)")
        let log = try CLI.run(["--store", s, "log", "--format", "json"])
        #expect(log.stdout.components(separatedBy: "factchecks.import").count == 2, "one journal entry: \(log.stdout)")
        let verify = try CLI.run(["--store", s, "log", "verify"])
        #expect(verify.status == 0 && verify.stdout.hasPrefix("journal intact: 1 entries"), "\(verify.stdout)\(verify.stderr)")
    }

    @Test func logVerifyCatchesAPriorCheckEditedOutsideClaimcheck() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/table.jsonl")]).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", s, "UPDATE prior_check SET rating = 'true' WHERE external_id = 't-1';"]
        try p.run()
        p.waitUntilExit()
        let r = try CLI.run(["--store", s, "log", "verify"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("prior_check 1 differs from what journal entry #1 recorded"), "\(r.stderr)")
    }

    @Test func aRepeatIsFlaggedAtLoadInClaimsMatchedAndInShow() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/table.jsonl")]).status == 0)
        let load = try CLI.run(["--store", s, "load", CLI.fixture("matching/article.txt"), "--published", "2025-03-04"])
        #expect(load.status == 0, "\(load.stderr)")
        #expect(load.stdout.contains("1 claim checked before"), "\(load.stdout)")
        #expect(load.stdout.contains("was checked by Tap Facts: false (2025-02-10) · https://facts.example.net/fluoride"), "\(load.stdout)")
        let matched = try CLI.run(["--store", s, "claims", "--matched", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(matched.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        let earlier = try #require(items.first?["earlier_check"] as? [String: Any])
        #expect(earlier["id"] as? String == "t-1" && earlier["kind"] as? String == "prior")
        let id = try #require(items.first?["id"] as? String)
        let show = try CLI.run(["--store", s, "show", id])
        #expect(show.stdout.contains("earlier") && show.stdout.contains("Tap Facts"), "\(show.stdout)")
        // Reports mention the earlier check.
        let report = URL(fileURLWithPath: s).deletingLastPathComponent().appendingPathComponent("report.md").path
        #expect(try CLI.run(["--store", s, "export", "markdown", report, "--all"]).status == 0)  // the claim has no verdict yet
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.contains("*Checked before: was checked by Tap Facts: false (2025-02-10)"), "\(markdown)")
    }

    @Test func matchRanksTheStoresOwnVerdictsAndFlagsTheirRepeats() throws {
        let s = try store()
        let setup = try CLI.run(["--store", s, "--author", "checker"], stdin: """
            claim add "The city water supply has fluoride levels that cause memory loss" --by "A Blogger"
            claim add "Parking in the old town is free on Sundays" --by "A Blogger"
            verdict C1 false --because "Every reading is within national limits"
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let r = try CLI.run(["--store", s, "match", "fluoride in city water causes memory loss", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1, "only claims with a verdict are matched: \(r.stdout)")
        #expect(items.first?["id"] as? String == "C1" && items.first?["kind"] as? String == "claim")
        #expect(items.first?["rating"] as? String == "false" && items.first?["checked_by"] as? String == "checker")
        // A claim id matches that claim's statement, leaving the claim itself out.
        #expect(try matchIDs(s, "C1").isEmpty)
        let load = try CLI.run(["--store", s, "load", CLI.fixture("matching/article.txt")])
        #expect(load.stdout.contains("repeats a claim ruled false on "), "\(load.stdout)")
        #expect(load.stdout.contains("(C1)"), "\(load.stdout)")
    }

    /// A person is matched by their surname and by the aliases the store's speakers have, whichever
    /// of their names the query and the fact-check use (words only: the lexical stage's names).
    @Test func namesMatchBySurnameAndBySpeakerAliases() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/names.jsonl")]).status == 0)
        // The surname alone finds the check that names the person with a title.
        #expect(try matchIDs(s, "Okafor says the reservoir was half empty in June", wordsOnly: true).first == "okafor-reservoir")
        // Before the alias is known, the two checks say the same words about different people: the first stored comes first.
        let aliasQuery = "Sammy O says the reservoir was half empty in June"
        let fullNameQuery = "Sam Okafor: ferry fares rose by half"
        #expect(try matchIDs(s, aliasQuery, wordsOnly: true).first == "reeve-reservoir")
        #expect(try matchIDs(s, fullNameQuery, wordsOnly: true).first == "reeve-ferry")
        let setup = try CLI.run(["--store", s, "--author", "checker"], stdin: """
            claim add "The reservoir holds a year of water" --by "Sam Okafor"
            speaker alias "Sam Okafor" "Sammy O"
            speaker alias "Sam Okafor" "The Harbour Master"
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        // An alias in the query meets the surname in the check, and the full name in the query meets the alias in the check.
        #expect(try matchIDs(s, aliasQuery, wordsOnly: true).first == "okafor-reservoir")
        #expect(try matchIDs(s, fullNameQuery, wordsOnly: true).first == "alias-ferry")
    }

    @Test func queriesFileGivesATrecRun() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/table.jsonl")]).status == 0)
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/reviews.jsonld")]).status == 0)
        let r = try CLI.run(["--store", s, "match", "--queries", CLI.fixture("matching/queries.jsonl"), "--limit", "3", "--format", "trec"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.count == 6 && $0[1] == "Q0" && $0[5] == "claimcheck" && Double($0[4]) != nil })
        #expect(lines.first.map { [$0[0], $0[2], $0[3]] } == ["q1", "t-1", "1"])
        #expect(lines.first { $0[0] == "q2" }.map { [$0[2], $0[3]] } == ["https://checks.example.org/reviews/tidal-power", "1"])
        for q in ["q1", "q2"] {
            let ranks = lines.filter { $0[0] == q }.map { $0[3] }
            #expect(ranks == (1...ranks.count).map(String.init), "ranks in order for \(q)")
            let scores = lines.filter { $0[0] == q }.map { Double($0[4])! }
            #expect(scores == scores.sorted(by: >))
        }
        let tsv = try CLI.run(["--store", s, "match", "--queries", CLI.fixture("matching/queries.tsv"), "--format", "trec"])
        #expect(tsv.stdout.hasPrefix("q1 Q0 2 1 "), "\(tsv.stdout)")
        let missing = try CLI.run(["--store", s, "match", "--queries", CLI.fixture("matching/queries.tsv")])
        #expect(missing.status == 1 && missing.stderr.contains("--format trec"))
    }

    @Test func copiesOfOneCheckRankAsOneResult() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/copies.jsonl")]).status == 0)
        let r = try CLI.run(["--store", s, "match", "lighthouse keeper saw a sea serpent off Carrow Point", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        // c-2 differs from c-1 only in its quotation marks and a space: one result. c-4 has the same
        // words but another organisation's rating: a check of its own.
        #expect(items.map { $0["id"] as? String } == ["c-1", "c-4", "c-3"], "\(r.stdout)")
        #expect(items.first?["copies"] as? [String] == ["c-2"])
        #expect(items.dropFirst().allSatisfy { ($0["copies"] as? [String])?.isEmpty == true })
        let table = try CLI.run(["--store", s, "match", "lighthouse keeper saw a sea serpent off Carrow Point"])
        #expect(table.stdout.contains("c-1 (= c-2)"), "\(table.stdout)")
        // In a TREC run the copy follows, a millionth below: the scores say the order written.
        let queries = try CLI.temporaryDirectory().appendingPathComponent("q.tsv")
        try "id\ttext\nq1\tlighthouse keeper saw a sea serpent off Carrow Point\n".write(to: queries, atomically: true, encoding: .utf8)
        let trec = try CLI.run(["--store", s, "match", "--queries", queries.path, "--format", "trec"])
        let lines = trec.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.map { $0[2] } == ["c-1", "c-2", "c-4", "c-3"], "\(trec.stdout)")
        #expect(lines.map { $0[3] } == ["1", "2", "3", "4"])
        let scores = lines.map { Double($0[4])! }
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 > $1 }, "\(trec.stdout)")
        // c-4 says the same words too: a hair below, though not a copy.
        #expect(scores[0] - scores[2] < 0.00001, "\(trec.stdout)")
        let limited = try CLI.run(["--store", s, "match", "--queries", queries.path, "--format", "trec", "--limit", "1"])
        #expect(limited.stdout.split(separator: "\n").count == 1, "--limit counts lines: \(limited.stdout)")
    }

    /// Without the sentence-embedding model, matching works by words and says so once, on stderr.
    @Test func withoutTheModelMatchingSaysOnceThatItIsByWordsOnly() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/copies.jsonl")]).status == 0)
        let off = ["CLAIMCHECK_EMBEDDING_MODEL": "off"]
        let r = try CLI.run(["--store", s], stdin: """
            match "lighthouse keeper saw a sea serpent" --format json
            match "a sea serpent off the point" --format json
            """, environment: off)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: "matching by words only").count == 2, "\(r.stderr)")
        #expect(r.stdout.contains("\"c-1\"") && r.stdout.contains("\"similarity\": null"), "\(r.stdout)")
    }

    @Test func loadJSONAndTheCSVAndClaimReviewExportsNameTheEarlierCheck() throws {
        let s = try store()
        #expect(try CLI.run(["--store", s, "import", "factchecks", CLI.fixture("matching/table.jsonl")]).status == 0)
        let load = try CLI.run(["--store", s, "load", CLI.fixture("matching/article.txt"), "--format", "json"])
        #expect(load.status == 0, "\(load.stderr)")
        let loaded = try #require(try JSONSerialization.jsonObject(with: Data(load.stdout.utf8)) as? [String: Any])
        let flags = try #require(loaded["checked_before"] as? [[String: Any]])
        #expect(flags.count == 1, "\(load.stdout)")
        let claim = try #require(flags.first?["claim"] as? String)
        #expect((flags.first?["earlier_check"] as? [String: Any])?["id"] as? String == "t-1")
        // Loading the same text again flags nothing new.
        let again = try CLI.run(["--store", s, "load", CLI.fixture("matching/article.txt"), "--format", "json"])
        let reloaded = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect((reloaded["checked_before"] as? [Any])?.isEmpty == true, "\(again.stdout)")
        #expect(try CLI.run(["--store", s, "verdict", claim, "false", "--because", "Readings within limits"]).status == 0)
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("r.csv").path, jsonld = dir.appendingPathComponent("r.jsonld").path
        #expect(try CLI.run(["--store", s, "export", "csv", csv]).status == 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows.first?.hasSuffix(",checked_before") == true, "\(rows)")
        #expect(rows.contains { $0.hasPrefix(claim + ",") && $0.hasSuffix(",was checked by Tap Facts: false (2025-02-10) · https://facts.example.net/fluoride") }, "\(rows)")
        #expect(try CLI.run(["--store", s, "export", "claimreview", jsonld, "--org", "Desk", "--url", "https://desk.example.org/c"]).status == 0)
        let review = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonld))) as? [String: Any])
        let citation = try #require(review["citation"] as? [String: Any], "\(review)")
        #expect(citation["@type"] as? String == "ClaimReview" && citation["url"] as? String == "https://facts.example.net/fluoride")
        #expect((citation["author"] as? [String: Any])?["name"] as? String == "Tap Facts")
        #expect((citation["reviewRating"] as? [String: Any])?["alternateName"] as? String == "false")
    }
}
