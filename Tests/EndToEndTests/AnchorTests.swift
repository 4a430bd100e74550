import Foundation
import Testing

/// Heads published outside the store catch what a hash chain alone cannot: the tail cut off or the
/// chain recomputed. `key init`, `log anchor`, `log verify` with anchors, `--head` and `--report`.
@Suite struct AnchorTests {
    private func run(_ arguments: [String], _ config: URL) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["CLAIMCHECK_CONFIG": config.path, "CLAIMCHECK_AUTHOR": "alice"])
    }

    @Test func aCutTailIsCaughtOnlyByAPublishedHead() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("config")
        let store = dir.appendingPathComponent("s.db").path
        #expect(try run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"], config).status == 0)
        var r = try run(["--store", store, "log", "anchor"], config)
        #expect(r.status == 1 && r.stderr.contains("key init"), "no key yet: \(r.stderr)")
        r = try run(["key", "init"], config)
        #expect(r.status == 0 && r.stdout.contains("public key "), "\(r.stderr)")
        let keyFile = config.appendingPathComponent("signing-key").path
        let mode = (try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600, "the key is private")
        #expect(try run(["key", "init"], config).status == 1, "a key is never replaced")

        #expect(try run(["--store", store, "set", "org", "Example Checks"], config).status == 0)
        r = try run(["--store", store, "log", "anchor"], config)
        #expect(r.status == 0 && r.stdout.contains("anchored head #"), "\(r.stderr)")
        let head = try #require(r.stdout.firstMatch(of: /#(\d+)/).map { Int($0.1)! })
        let report = dir.appendingPathComponent("report.md").path
        #expect(try run(["--store", store, "export", "markdown", report], config).status == 0)

        // Cut the last entry and the row it wrote, as someone with the sqlite3 shell could.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", store, "DELETE FROM journal WHERE seq = \(head); DELETE FROM setting WHERE key LIKE 'signing_key:%';"]
        try p.run()
        p.waitUntilExit()
        // The chain alone still verifies: the tail is simply gone.
        r = try run(["--store", store, "log", "verify", "--anchors", dir.appendingPathComponent("none.jsonl").path], config)
        #expect(r.status == 0, "a hash chain cannot see its own tail cut: \(r.stderr)")
        // The anchored head and the report's head catch it.
        r = try run(["--store", store, "log", "verify"], config)
        #expect(r.status == 1 && r.stderr.contains("entry #\(head) is gone"), "\(r.stderr)")
        r = try run(["--store", store, "log", "verify", "--report", report, "--anchors", dir.appendingPathComponent("none.jsonl").path], config)
        #expect(r.status == 1 && r.stderr.contains("the head \(report) states"), "\(r.stderr)")
    }

    @Test func csvAndClaimReviewStateTheHeadAndACutIsCaught() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("config")
        let store = dir.appendingPathComponent("s.db").path
        let setup = try CLI.run(["--store", store], stdin: """
            load \(CLI.seed) --published 2025-04-17
            verdict C7 false --because "first"
            verdict C2 mixed --because "second"
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let csv = dir.appendingPathComponent("claims.csv").path, reviews = dir.appendingPathComponent("reviews.jsonld").path
        #expect(try run(["--store", store, "export", "csv", csv], config).status == 0)
        #expect(try run(["--store", store, "export", "claimreview", reviews, "--url", "https://checks.example.org/a", "--org", "Example"], config).status == 0)
        let csvText = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(csvText.hasSuffix("0,0,0,\r\n# claimcheck journal head 3:\(try headHash(store))\r\n"), "\(csvText.suffix(120))")
        let parsed = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reviews))) as? [[String: Any]]
        let identifier = parsed?.first?["identifier"] as? [String: Any]
        #expect(identifier?["propertyID"] as? String == "claimcheck-journal-head" && identifier?["@type"] as? String == "PropertyValue")
        for file in [csv, reviews] {
            let r = try run(["--store", store, "log", "verify", "--report", file], config)
            #expect(r.status == 0 && r.stdout.contains("1 published head still in the chain (#3)"), "\(file): \(r.stdout) \(r.stderr)")
        }
        // The last verdict cut away with its entry: the chain verifies, both files name the cut.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", store, "DELETE FROM journal WHERE seq = 3; DELETE FROM verdict WHERE claim_id = 2; UPDATE claim SET status = 'unchecked' WHERE id = 2;"]
        try p.run()
        p.waitUntilExit()
        #expect(try run(["--store", store, "log", "verify"], config).status == 0)
        for file in [csv, reviews] {
            let r = try run(["--store", store, "log", "verify", "--report", file], config)
            #expect(r.status == 1 && r.stderr.contains("the head \(file) states: entry #3 is gone"), "\(file): \(r.stderr)")
        }
    }

    @Test func aConfigFolderThatCannotBeMadeIsOneLine() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        // The config folder would have to be made inside a regular file.
        let r = try run(["key", "init"], file.appendingPathComponent("claimcheck"))
        #expect(r.status == 1 && r.stderr.hasPrefix("error: cannot make the folder \(file.path)/claimcheck"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }

    private func headHash(_ store: String) throws -> String {
        let r = try CLI.run(["--store", store, "log", "verify"])
        return String(try #require(r.stdout.firstMatch(of: /head ([0-9a-f]{64})/)).1)
    }

    @Test func aForgedOrEditedAnchorIsNamed() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("config")
        let store = dir.appendingPathComponent("s.db").path
        #expect(try run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"], config).status == 0)
        #expect(try run(["key", "init"], config).status == 0)
        #expect(try run(["--store", store, "log", "anchor"], config).status == 0)
        var r = try run(["--store", store, "log", "verify"], config)
        #expect(r.status == 0 && r.stdout.contains("1 published head still in the chain"), "\(r.stdout)\(r.stderr)")
        // Someone without the key moves the anchor to a head of their own making.
        let anchors = config.appendingPathComponent("anchors.jsonl")
        let text = try String(contentsOf: anchors, encoding: .utf8)
        let forged = text.replacingOccurrences(of: "\"seq\":2", with: "\"seq\":1")
        #expect(forged != text)
        try forged.write(to: anchors, atomically: true, encoding: .utf8)
        r = try run(["--store", store, "log", "verify"], config)
        #expect(r.status == 1 && r.stderr.contains("bad signature"), "\(r.stderr)")
        r = try run(["--store", store, "log", "verify", "--head", "1:0000000000000000", "--anchors", dir.appendingPathComponent("x").path], config)
        #expect(r.status == 1 && r.stderr.contains("the journal was rewritten"), "\(r.stderr)")
    }
}
