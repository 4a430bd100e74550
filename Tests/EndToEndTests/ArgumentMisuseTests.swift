import Foundation
import Testing

/// The smaller cases of the hardening review: an option given twice, an empty alias, evidence cited
/// twice, a merge that would make a cycle, a date past year 9999. Each is a clear error that changes
/// nothing, never a silent choice.
@Suite struct ArgumentMisuseTests {
    private func seeded() throws -> String {
        let store = try CLI.temporaryDirectory().appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        return store
    }

    @Test func anOptionGivenTwiceIsAnError() throws {
        let store = try seeded()
        var r = try CLI.run(["--store", store, "claims", "--kind", "direct", "--kind", "indirect"])
        #expect(r.status == 1 && r.stderr.contains("--kind given twice (direct, then indirect): give it once"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "verdict", "C7", "true", "--because", "a", "--because=b"])
        #expect(r.status == 1 && r.stderr.contains("--because given twice"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "verdicts", "--format", "json"])
        #expect(r.status == 0 && r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "nothing was ruled: \(r.stdout)")
    }

    @Test func citeMayRepeatButNotNameTheSameEvidenceTwice() throws {
        let store = try seeded()
        #expect(try CLI.run(["--store", store], stdin: "evidence add C7 supports --source a\nevidence add C7 supports --source b\n").status == 0)
        var r = try CLI.run(["--store", store, "verdict", "C7", "true", "--because", "x", "--cite", "E1,E1"])
        #expect(r.status == 1 && r.stderr.contains("E1 is cited twice"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "verdict", "C7", "true", "--because", "x", "--cite", "E1", "--cite", "E2"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["--store", store, "show", "C7", "--format", "json"])
        #expect(r.stdout.contains("\"E1\"") && r.stdout.contains("\"E2\""), "both cited: \(r.stdout)")
    }

    @Test func anEmptyAliasIsRefused() throws {
        let store = try seeded()
        let r = try CLI.run(["--store", store, "speaker", "alias", "S1", "  "])
        #expect(r.status == 1 && r.stderr.contains("an alias cannot be empty"), "\(r.stderr)")
    }

    @Test func aMergeThatWouldMakeACycleIsRefused() throws {
        let store = try seeded()
        var r = try CLI.run(["--store", store, "speaker", "merge", "S2", "S3"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["--store", store, "speaker", "merge", "S3", "S2"])
        #expect(r.status == 1 && r.stderr.contains("S3 Two senior Iranian officials was merged into S2: keep S2 instead"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "speaker", "merge", "S5", "S3"])
        #expect(r.status == 1 && r.stderr.contains("was already merged into S2"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "speakers"])
        #expect(r.stdout.contains("S2 ") && r.stdout.contains("Khamenei"), "the survivor is listed: \(r.stdout)")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
    }

    @Test func aClaimsFilterNamingNothingThatExistsIsAnError() throws {
        let store = try seeded()
        var r = try CLI.run(["--store", store, "claims", "--status", "nope"])
        #expect(r.status == 1 && r.stderr.contains("unknown status nope (expected unchecked, in-progress, retracted, true"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--doc", "D7"])
        #expect(r.status == 1 && r.stderr.contains("no document D7"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--doc", "D7", "--matched"])
        #expect(r.status == 1 && r.stderr.contains("no document D7"), "\(r.stderr)")
        // A real status that no claim has yet is an empty answer, not an error.
        r = try CLI.run(["--store", store, "claims", "--status", "mostly-true"])
        #expect(r.status == 0 && r.stdout.contains("no claims"), "\(r.stdout) \(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--status", "UNCHECKED", "--doc", "d1", "--limit", "1"])
        #expect(r.status == 0 && r.stdout.contains("C1"), "\(r.stderr)")
    }

    @Test func aDateBeyondYear9999IsAnError() throws {
        let store = try seeded()
        var r = try CLI.run(["--store", store, "when", "10000-01-01"])
        #expect(r.status == 1 && r.stderr.contains("cannot read \"10000-01-01\" as a date"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "claim", "edit", "C4", "--on", "10000-01-01"])
        #expect(r.status == 1, "\(r.stdout)")
    }
}
