import Foundation
import Testing

/// Corrections that stick: `claim add` with a span found in the document, `verify` naming what it
/// could not check, `document edit`, and a reload that asks for another publication date.
@Suite struct CorrectionTests {
    private func seeded() throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        return store
    }

    @Test func claimAddFindsItsSpanOrSaysWhereItOccurs() throws {
        let store = try seeded()
        // Once in the article; typed with other spacing than the article's.
        var r = try CLI.run(["--store", store, "claim", "add", "led by the real   estate developed Steve Witkoff", "--by", "Scott Lucas", "--doc", "D1"])
        #expect(r.status == 0, "\(r.stderr)")
        let id = try #require(r.stdout.split(separator: " ").first.map(String.init))
        #expect(r.stdout.contains("D1 chars "), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", id])
        #expect(r.stdout.contains("verified against sha256"), "the span holds the statement: \(r.stdout)")

        r = try CLI.run(["--store", store, "claim", "add", "Khamenei", "--by", "X", "--doc", "D1"])
        #expect(r.status == 1 && r.stderr.contains("occurs 5 times in D1") && r.stderr.contains("--span START-END"), "\(r.stderr)")
        let first = try #require(r.stderr.firstMatch(of: /at (\d+)-(\d+)/))
        r = try CLI.run(["--store", store, "claim", "add", "Khamenei", "--by", "X", "--doc", "D1", "--span", "\(first.1)-\(first.2)"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["--store", store, "claim", "add", "Words the article never used", "--by", "X", "--doc", "D1"])
        #expect(r.status == 1 && r.stderr.contains("does not occur in D1"), "\(r.stderr)")
    }

    @Test func verifyNamesClaimsItCouldNotCheck() throws {
        let store = try seeded()
        #expect(try CLI.run(["--store", store, "claim", "add", "Inflation hit 40 percent", "--by", "Central Bank"]).status == 0)
        let r = try CLI.run(["--store", store, "verify"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("C18  —    not checked: added by hand without a document"), "\(r.stdout)")
        #expect(r.stdout.contains("not checked (no span): C18"))
        let show = try CLI.run(["--store", store, "show", "C18"])
        #expect(show.stdout.contains("no span"), "\(show.stdout)")
    }

    @Test func documentEditIsJournaledAndAReloadNamesTheOtherDate() throws {
        let store = try seeded()
        var r = try CLI.run(["--store", store, "document", "edit", "D1", "--title", "A better title", "--byline", ""])
        #expect(r.status == 0 && r.stdout.contains("D1 edited: title, byline cleared"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "show", "D1", "--format", "json"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["title"] as? String == "A better title")
        #expect(doc["byline"] is NSNull || doc["byline"] == nil)
        r = try CLI.run(["--store", store, "log", "D1"])
        #expect(r.stdout.contains("document.edit") && r.stdout.contains("→ “A better title”") && r.stdout.contains("byline cleared"), "\(r.stdout)")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
        r = try CLI.run(["--store", store, "document", "edit", "D9", "--title", "x"])
        #expect(r.status == 1 && r.stderr.contains("no document D9"))
        r = try CLI.run(["--store", store, "document", "edit", "D1"])
        #expect(r.status == 1 && r.stderr.contains("nothing to change"))

        r = try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-20"])
        #expect(r.stdout.contains("stored with published 2025-04-17, not 2025-04-20") && r.stdout.contains("set published 2025-04-20 --doc D1"), "\(r.stdout)")
    }
}

/// `claim edit --on` in every form, and a date set by hand surviving `set published`.
@Suite struct ClaimDateEditTests {
    @Test func everyFormAndTheHandSetDateWins() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        let edits: [(claim: String, on: String, start: String?, grain: String?)] = [
            ("C5", "2025-04", "2025-04-01", "month"), ("C6", "2024", "2024-01-01", "year"), ("C8", "2025-04-02", "2025-04-02", "day"),
            ("C3", "none", nil, nil), ("C11", "last Tuesday", "2025-04-08", "day"),
        ]
        for e in edits {
            let r = try CLI.run(["--store", store, "claim", "edit", e.claim, "--on", e.on])
            #expect(r.status == 0 && r.stdout.contains("set by hand"), "\(e.on): \(r.stderr)")
        }
        var r = try CLI.run(["--store", store, "claim", "edit", "C4", "--on", "not a date at all"])
        #expect(r.status == 1 && r.stderr.contains("cannot read"), "\(r.stderr)")

        func when(_ claim: String) throws -> [String: Any]? {
            let show = try CLI.run(["--store", store, "show", claim, "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
            return object?["when"] as? [String: Any]
        }
        // A new publication date re-resolves the rest; the dates set by hand stay, and it says how many.
        r = try CLI.run(["--store", store, "set", "published", "2025-05-20", "--doc", "D1"])
        #expect(r.status == 0 && r.stdout.contains("5 dates set by hand kept"), "\(r.stdout)\(r.stderr)")
        for e in edits {
            let w = try when(e.claim)
            #expect(w?["start"] as? String == e.start, "\(e.claim) keeps \(e.on): \(String(describing: w))")
            #expect(w?["grain"] as? String == e.grain)
        }
        #expect(try when("C1")?["start"] as? String == "2025-03-08", "'On March 8' still resolves against the new date")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
    }
}
