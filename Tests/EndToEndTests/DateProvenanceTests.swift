import Foundation
import Testing

/// Every stored date says where it came from (`show`, the JSON of `claims`), a date set by hand says
/// so and survives `set published`, and a stored page says which charset it was read in.
@Suite struct DateProvenanceTests {
    @Test func showAndJSONSayWhereEachDateCameFrom() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)

        var r = try CLI.run(["--store", store, "show", "C2"])
        #expect(r.stdout.contains("2025-03-08 (carried from \"On March 8\" in ¶1, resolved against 2025-04-17)"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", "C3"])
        #expect(r.stdout.contains("2025-04-12 (from \"Five weeks later\" in ¶3, resolved against 2025-04-17)"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", "C9"])
        #expect(r.stdout.contains("2025-04 (from \"this month\" in ¶7"), "a month, not a day: \(r.stdout)")

        r = try CLI.run(["--store", store, "claims", "--format", "json"])
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let when = claims.map { $0["when"] as? [String: Any] }
        #expect(when[1]?["source"] as? String == "carried" && when[1]?["paragraph"] as? Int == 1, "\(String(describing: when[1]))")
        #expect(when[2]?["source"] as? String == "explicit" && when[2]?["paragraph"] as? Int == 3)
        #expect(when[3] == nil, "C4 is undated")

        r = try CLI.run(["--store", store, "claim", "edit", "C2", "--on", "2025-03"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.run(["--store", store, "set", "published", "2025-04-18", "--doc", "D1"]).status == 0)
        r = try CLI.run(["--store", store, "show", "C2"])
        #expect(r.stdout.contains("2025-03 (set by hand)"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", "C3"])
        #expect(r.stdout.contains("2025-04-12 (from \"Five weeks later\" in ¶3, resolved against 2025-04-18)"), "re-resolved: \(r.stdout)")
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 0 && r.stdout.contains("journal intact"), "\(r.stdout)\(r.stderr)")
    }

    @Test func documentsSayWhichCharsetEachFileWasReadIn() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        for file in [CLI.seed, CLI.fixture("html/latin1.html")] {
            let r = try CLI.run(["--store", store, "load", file])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let r = try CLI.run(["--store", store, "documents", "--format", "json"])
        let docs = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(docs.map { $0["charset"] as? String } == ["utf-8", "windows-1252"], "\(r.stdout)")
        let table = try CLI.run(["--store", store, "documents"])
        #expect(table.stdout.contains("charset") && table.stdout.contains("windows-1252"), "\(table.stdout)")
    }
}
