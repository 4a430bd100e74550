import Foundation
import Testing

/// Commands that only read leave a store this user can write exactly as it was (SQLite's WAL
/// set-up on a read-write open used to bump 3 bytes of the file's header), and derived data edited
/// behind claimcheck's back is named by `log verify` and rebuilt by `reindex`.
@Suite struct ReadOnlyCommandTests {
    private func loadedStore() throws -> (dir: URL, store: String) {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store], stdin: "load \(CLI.seed) --published 2025-04-17\nverdict C7 false --because first\n")
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, store)
    }

    private func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func readOnlyCommandsKeepEveryByteOfAWritableStore() throws {
        let (dir, store) = try loadedStore()
        let before = try bytes(store)
        let commands: [[String]] = [
            ["show", "C7"], ["claims"], ["find", "economy"], ["log"], ["log", "C7"], ["log", "verify"],
            ["log", "verify", "--full-text"], ["export", "json"], ["export", "csv"], ["stats"], ["documents"],
            ["speakers"], ["verdicts"], ["evidence", "C7"],
            ["-c", "show C7", "-c", "claims --status false", "-c", "log verify", "-c", "find rial"],
        ]
        for command in commands {
            let r = try CLI.run(["--store", store] + command, in: dir)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(try bytes(store) == before, "\(command) changed the store file")
            for suffix in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: store + suffix), "\(command) left \(suffix) behind")
            }
        }
        // A session that reads and then writes reopens the store for writing.
        let r = try CLI.run(["--store", store, "-c", "show C7", "-c", "verdict C7 true --because second", "-c", "show C7"], in: dir)
        #expect(r.status == 0 && r.stdout.contains("second"), "\(r.stderr)")
        #expect(try bytes(store) != before)
        #expect(try CLI.run(["--store", store, "log", "verify"]).stdout.contains("journal intact: 3 entries"))
    }

    @Test func anEditedSearchIndexIsNamedAndReindexRebuildsIt() throws {
        let (_, store) = try loadedStore()
        let edit = Process()
        edit.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        edit.arguments = ["sqlite3", store, "DELETE FROM claim_fts_docsize WHERE id = 7"]
        try edit.run()
        edit.waitUntilExit()
        #expect(edit.terminationStatus == 0)

        var r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1, "\(r.stdout)")
        #expect(r.stderr.contains("the full-text index claim_fts was edited outside claimcheck (claim_fts_docsize has no row for C7)"), "\(r.stderr)")
        #expect(r.stderr.contains("`reindex` rebuilds it"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "reindex"])
        #expect(r.status == 0 && r.stdout.contains("rebuilt the full-text index and the tally counts"), "\(r.stdout) \(r.stderr)")
        r = try CLI.run(["--store", store, "log", "verify", "--full-text"])
        #expect(r.status == 0 && r.stdout.contains("journal intact: 2 entries"), "\(r.stderr)")
    }
}
