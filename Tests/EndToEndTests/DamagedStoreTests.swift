import Foundation
import Testing

/// Rows damaged with the sqlite3 shell: every command answers with an error or a result, never a
/// crash, and `log verify` names the row, including the quiet kinds of damage (a BLOB holding the
/// same bytes as the text, text hidden after a NUL byte, an id at the edge of Int64).
@Suite struct DamagedStoreTests {
    private static let commands: [[String]] = [
        ["claims"], ["show", "C7"], ["verdicts", "--all"], ["log"], ["log", "C7"], ["export", "json"], ["export", "html"],
        ["stats"], ["find", "rial"], ["speakers"], ["evidence"], ["documents"], ["verify"],
    ]

    private func damaged(_ sql: String) throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let setup = try CLI.run(["--store", store], stdin: """
            load \(CLI.seed) --published 2025-04-17
            evidence add C7 supports --source https://example.org/rates --quote "fell"
            verdict C7 false --because "first"
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", store, sql]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return store
    }

    @Test(arguments: [
        ("UPDATE claim SET supports = 1e300 WHERE id = 7", "claim 7"),
        ("UPDATE verdict SET rating = CAST(rating AS BLOB) WHERE id = 1", "verdict 1"),
        ("UPDATE verdict SET reason = reason || char(0) || 'hidden' WHERE id = 1", "verdict 1"),
        ("UPDATE claim SET statement = x'00ff' WHERE id = 3", "claim 3"),
        ("UPDATE claim SET id = 9223372036854775807 WHERE id = 17", "claim 9223372036854775807"),
        ("UPDATE claim SET id = -5 WHERE id = 16", "claim -5"),
    ])
    func damageIsNamedNeverACrash(_ sql: String, _ named: String) throws {
        let store = try damaged(sql)
        for command in Self.commands {
            let r = try CLI.run(["--store", store] + command)
            #expect(r.status <= 1, "\(sql): \(command) crashed with status \(r.status): \(r.stderr.suffix(300))")
            if r.status == 1 { #expect(r.stderr.hasPrefix("error: "), "\(command): \(r.stderr.prefix(200))") }
        }
        let r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains(named), "\(sql): \(r.stderr)")
    }

    /// The row counts `stats` reads are derived data outside the journal: `log verify` recounts
    /// the tables and names the count that was edited.
    @Test(arguments: [
        ("UPDATE tally SET n = n + 1 WHERE name = 'claim'", "tally 'claim' says 18, the tables hold 17"),
        ("UPDATE tally SET n = 0 WHERE name = 'status:false'", "tally 'status:false' says 0, the tables hold 1"),
        ("INSERT INTO tally (name, n) VALUES ('kind:rumour', 2)", "tally 'kind:rumour' says 2, the tables hold 0"),
        ("DELETE FROM tally WHERE name = 'evidence'", "tally 'evidence' has no row, the tables hold 1"),
    ])
    func anEditedCountIsNamed(_ sql: String, _ named: String) throws {
        let store = try damaged(sql)
        let r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains(named), "\(sql): \(r.stderr)")
        #expect(try CLI.run(["--store", store, "stats"]).status == 0)
    }
}

/// Input that never ends or never stops growing is bounded, with a clear error.
@Suite struct BoundedInputTests {
    @Test func anEndlessBatchStopsWithAnError() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        // A line of 2 MiB with no newline, as /dev/zero or a binary file would give.
        let r = try CLI.run(["--store", store, "--batch", "-"], stdin: "stats\n" + String(repeating: "x", count: 2 << 20))
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2: error: line is longer than 1 MiB"), "\(r.stderr.prefix(300))")
        let zero = try CLI.run(["--store", store, "--batch", "/dev/zero"])
        #expect(zero.status == 1 && zero.stderr.contains("/dev/zero:1: error: line is longer than 1 MiB"), "\(zero.stderr.prefix(300))")
    }

    @Test func aHugeSearchIsRefused() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed]).status == 0)
        let r = try CLI.run(["--store", store, "find"] + Array(repeating: "economy", count: 200_000 / 100))
        #expect(r.status == 1 && r.stderr.contains("find takes at most 64 words"), "\(r.stderr.prefix(300))")
    }

    @Test func aHistoryFileThatIsNotAFileDoesNotStopTheShell() throws {
        let dir = try CLI.temporaryDirectory()
        let fifo = dir.appendingPathComponent("history").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for history in [fifo, "/dev/zero"] {
            let t = try PseudoTerminal(arguments: ["--store", dir.appendingPathComponent("s.db").path],
                                       environment: ["CLAIMCHECK_HISTORY": history], directory: dir)
            #expect(t.waitFor("is not a regular file: history is not kept"), "\(t.screen)")
            #expect(t.waitForPrompt(count: 1))
            t.send("stats\r")
            #expect(t.waitFor("journal"))
            #expect(t.waitForPrompt(count: 2))
            t.send("\u{04}")
            #expect(t.waitForExit() == 0)
        }
    }
}
