import Foundation
import Testing

/// `log` as a person reads it: reasons, old → new, superseded verdicts, one entry in full, one
/// claim's history, the payload as JSON; retractions in `show` and `verdicts`.
@Suite struct LogReadingTests {
    private func checkedStore() throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let script = """
            load \(CLI.seed) --published 2025-04-17
            evidence add C7 supports --source https://example.org/rial --quote "fell 34.7%"
            verdict C7 false --because "first look"
            verdict C7 mostly-true --because "market rate fell" --cite E1
            claim edit C3 --statement "Officials met in Oman"
            claim retract C4 --because "duplicate of C3"
            """
        let r = try CLI.run(["--store", store], stdin: script, environment: ["CLAIMCHECK_AUTHOR": "alice"])
        #expect(r.status == 0, "\(r.stderr)")
        return store
    }

    @Test func theListingSaysWhyAndWhatWasSuperseded() throws {
        let store = try checkedStore()
        let r = try CLI.run(["--store", store, "log"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("VERDICT false") && $0.contains("because: “first look”") }, "\(r.stdout)")
        #expect(lines.contains { $0.contains("VERDICT mostly-true") && $0.contains("supersedes V1 (false)") && $0.contains("cites: E1") })
        #expect(lines.contains { $0.contains("claim.retract") && $0.contains("because: “duplicate of C3”") })
        #expect(lines.contains { $0.contains("document.load") && $0.contains("17 claims") })
    }

    @Test func oneEntryInFullShowsOldAndNewValues() throws {
        let store = try checkedStore()
        let r = try CLI.run(["--store", store, "log", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("entry      #5") && r.stdout.contains("action     claim.edit"))
        #expect(r.stdout.contains("statement: “Five weeks later in Oman") && r.stdout.contains("→ “Officials met in Oman”"), "\(r.stdout)")
        let missing = try CLI.run(["--store", store, "log", "99"])
        #expect(missing.status == 1 && missing.stderr.contains("no journal entry #99"))
    }

    @Test func oneClaimsHistoryAndJSONPayloads() throws {
        let store = try checkedStore()
        var r = try CLI.run(["--store", store, "log", "C7"])
        let seqs = r.stdout.split(separator: "\n").dropFirst().compactMap { Int($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) }
        #expect(seqs == [1, 2, 3, 4], "the load, the evidence and both verdicts: \(r.stdout)")
        r = try CLI.run(["--store", store, "log", "C3", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let edit = try #require(entries.last)
        let payload = try #require(edit["payload"] as? [String: Any], "the payload is an object, not a string")
        #expect((payload["change"] as? [String: Any])?["statement"] as? String == "Officials met in Oman")
        let changes = try #require(edit["changes"] as? [[String: Any]])
        let field = try #require((changes.first?["fields"] as? [[String: Any]])?.first { $0["field"] as? String == "statement" })
        #expect((field["old"] as? String)?.hasPrefix("Five weeks later") == true)
    }

    @Test func aRetractedClaimHasNoCurrentVerdictAndShowsWhy() throws {
        let store = try checkedStore()
        #expect(try CLI.run(["--store", store, "claim", "retract", "C7", "--because", "misread the chart"]).status == 0)
        var r = try CLI.run(["--store", store, "verdicts"])
        #expect(!r.stdout.contains("V2"), "no current verdict for a retracted claim: \(r.stdout)")
        r = try CLI.run(["--store", store, "verdicts", "--all"])
        #expect(r.stdout.contains("false (not current)") && r.stdout.contains("mostly-true (not current)"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", "C7"])
        #expect(r.stdout.contains("retracted") && r.stdout.contains("misread the chart"), "\(r.stdout)")
        #expect(r.stdout.contains("no longer current: the claim was retracted"))
    }
}
