import Foundation
import Testing

/// Evidence, verdicts and scripted checks through the built binary.
@Suite struct CheckingTests {
    @Test func scriptedCheckRunsAndStrictCheckFailsOnTheUnruledClaim() throws {
        let dir = try CLI.temporaryDirectory()
        let file = CLI.fixture("batch/checking.cc")
        let r = try CLI.run(["--store", dir.appendingPathComponent("c.db").path, "--batch", file])
        #expect(r.status == 1)
        #expect(r.stdout.contains("V1 · C1 mostly-true · journal #5"))
        #expect(r.stdout.contains("check: journal intact (5 entries), 1 of 2 claims ruled\n  1 claim has no verdict (C2)"))
        #expect(r.stderr == "\(file):12: error: check failed: 1 claim has no verdict (C2)\n", "only the strict check fails: \(r.stderr)")
    }

    @Test func verdictsSupersedeAndEvidenceIsWithdrawnNotDeleted() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("c.db").path
        let script = """
            claim add "Exports doubled last year" --by "Trade Minister"
            evidence add C1 contradicts --source "Customs data 2024" --reliability medium
            verdict C1 false --because "Exports rose 12%" --cite E1
            verdict C1 mostly-false --because "Rose 12%, but doubled in one sector"
            evidence retract E1 --because "wrong year"
            show C1 --format json
            verdicts --all --format json
            """
        let r = try CLI.run(["--store", store], stdin: script)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("\"status\": \"mostly-false\""))
        #expect(r.stdout.contains("\"withdrawn_because\": \"wrong year\""))
        #expect(r.stdout.contains("\"current\": false"))
        let verify = try CLI.run(["--store", store, "log", "verify"])
        #expect(verify.status == 0)
        #expect(verify.stdout.hasPrefix("journal intact: 5 entries, head "))
    }

    @Test func badCheckingInputIsRefusedAndChangesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("c.db").path
        _ = try CLI.run(["--store", store], stdin: """
            claim add "A" --by X
            claim add "B" --by Y
            evidence add C2 supports --source s
            """)
        let cases: [([String], String)] = [
            (["verdict", "C1", "sorta-true", "--because", "x"], "not a rating"),
            (["verdict", "C1", "true"], "missing --because"),
            (["verdict", "C1", "true", "--because", "x", "--cite", "E1"], "E1 is evidence for C2, not C1"),
            (["verdict", "C9", "true", "--because", "x"], "no claim C9"),
            (["evidence", "add", "C1", "agrees", "--source", "s"], "stance must be"),
            (["evidence", "add", "C1", "supports"], "missing --source"),
            (["evidence", "add", "C1", "supports", "--source", "D7:1-5"], "no document D7"),
            (["evidence", "retract", "E1"], "missing --because"),
            (["speaker", "merge", "X", "Nobody"], "no speaker Nobody"),
            (["claim", "edit", "C1"], "nothing to change"),
            (["verdict", "C1", "true", "--because", "'); DROP TABLE claim; --"], ""),
        ]
        for (args, message) in cases {
            let r = try CLI.run(["--store", store] + args)
            if message.isEmpty {
                #expect(r.status == 0, "SQL in text is just text: \(r.stderr)")
            } else {
                #expect(r.status == 1 && r.stderr.contains(message), "\(args): \(r.stderr)")
            }
        }
        let verify = try CLI.run(["--store", store, "log", "verify"])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("4 entries"), "only the three setup changes and the one good verdict: \(verify.stdout)")
    }

    @Test func customScale() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("c.db").path
        let r = try CLI.run(["--store", store], stdin: """
            scale set meter true half-true false pants-on-fire unproven
            scale --format json
            claim add "X" --by Y
            verdict C1 pants-on-fire --because "no"
            expect verdict C1 pants-on-fire
            """)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"rating\": \"pants-on-fire\",\n    \"value\": 1"))
        #expect(r.stdout.contains("\"rating\": \"true\",\n    \"value\": 4"))
    }

    /// Every checking command and each of its errors, in one batch file; stderr must match
    /// Fixtures/expected/checking-errors.stderr (`make update-golden` rewrites it).
    @Test func everyErrorOfTheCheckingCommands() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("e.db").path
        let r = try CLI.run(["--store", store, "-f", "Fixtures/batch/checking-errors.cc"], in: CLI.packageRoot,
                            environment: ["CLAIMCHECK_NOW": "2025-04-20T12:00:00Z", "CLAIMCHECK_AUTHOR": "checker"])
        #expect(r.status == 1)
        try Golden.check(Data(r.stderr.utf8), against: "checking-errors.stderr", "stderr of checking-errors.cc")
        #expect(r.stderr.contains(":24: error: expectation failed: "), "a failed expect reads FILE:LINE: error: expectation failed: ...")
        #expect(r.stdout.contains("verified: "), "verify ran")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0, "the errors changed nothing")
    }

    @Test func verifyReportsAChangedArticleAndATamperedClaim() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("article.txt")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.seed), to: article)
        let store = dir.appendingPathComponent("v.db").path
        #expect(try CLI.run(["--store", store, "load", article.path, "--published", "2025-04-17"]).status == 0)
        let clean = try CLI.run(["--store", store, "verify"])
        #expect(clean.status == 0 && clean.stdout.contains("verified: "), "\(clean.stderr)")
        let handle = try FileHandle(forWritingTo: article)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nAn added line.\n".utf8))
        try handle.close()
        let changed = try CLI.run(["--store", store, "verify", "D1"])
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("has changed since it was loaded"))
    }
}

