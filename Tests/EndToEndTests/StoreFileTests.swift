import Foundation
import Testing

/// The store file is the whole store: however a run ends, copying the `.db` file alone (no `-wal`,
/// no `-shm`) gives everything the run confirmed; `backup` makes a verified copy; a schema changed
/// behind claimcheck's back is caught.
@Suite struct StoreFileTests {
    /// Copies the store file alone into a new folder and counts what that copy holds.
    private func documentsInCopy(of store: URL) throws -> Int {
        let elsewhere = try CLI.temporaryDirectory()
        let copy = elsewhere.appendingPathComponent("copy.db")
        try FileManager.default.copyItem(at: store, to: copy)
        let r = try CLI.run(["--store", copy.path, "stats", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return object?["documents"] as? Int ?? -1
    }

    private func expectNoSideFiles(_ store: URL, _ what: String) {
        for suffix in ["-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: store.path + suffix), "\(what): \(suffix) left behind")
        }
    }

    @Test func theFileAloneHoldsEverythingAfterEveryKindOfRun() throws {
        let load = "load \(CLI.seed) --published 2025-04-17"
        let runs: [(name: String, arguments: [String], stdin: String, status: Int32)] = [
            ("one-shot command", ["load", CLI.seed, "--published", "2025-04-17"], "", 0),
            ("-c commands", ["-c", load, "-c", "stats"], "", 0),
            ("a command that fails after the load", ["-c", load, "-c", "show C999"], "", 1),
            ("a batch that fails with --bail", ["--bail", "--batch", "-"], "\(load)\nbogus\nstats\n", 1),
            ("quit in a batch", ["--batch", "-"], "\(load)\nquit\nstats\n", 0),
            ("commands piped on stdin", [], "\(load)\n", 0),
        ]
        for run in runs {
            let dir = try CLI.temporaryDirectory()
            let store = dir.appendingPathComponent("s.db")
            let r = try CLI.run(["--store", store.path] + run.arguments, stdin: run.stdin, in: dir)
            #expect(r.status == run.status, "\(run.name): \(r.stderr)")
            expectNoSideFiles(store, run.name)
            #expect(try documentsInCopy(of: store) == 1, "\(run.name)")
        }
    }

    @Test func theShellClosesTheStoreOnQuitCtrlDAndTermination() throws {
        // (what is typed to leave, the signal sent instead, the exit status)
        let endings: [(keys: String?, signal: Int32?, status: Int32)] = [
            ("quit\r", nil, 0), ("\u{04}", nil, 0), (nil, SIGTERM, 128 + SIGTERM), (nil, SIGHUP, 128 + SIGHUP),
        ]
        for ending in endings {
            let dir = try CLI.temporaryDirectory()
            let store = dir.appendingPathComponent("s.db")
            let t = try PseudoTerminal(arguments: ["--store", store.path],
                                       environment: ["CLAIMCHECK_HISTORY": dir.appendingPathComponent("h").path], directory: dir)
            #expect(t.waitForPrompt(count: 1))
            t.send("load \(CLI.seed) --published 2025-04-17\r")
            #expect(t.waitFor("17 claims"), "\(t.screen)")
            #expect(t.waitForPrompt(count: 2))
            #expect(FileManager.default.fileExists(atPath: store.path + "-wal"), "the shell keeps the store open meanwhile")
            if let keys = ending.keys { t.send(keys) }
            if let signal = ending.signal { t.signal(signal) }
            #expect(t.waitForExit() == ending.status, "\(ending): \(t.screen)")
            expectNoSideFiles(store, "\(ending)")
            #expect(try documentsInCopy(of: store) == 1, "\(ending)")
        }
    }

    @Test func backupWritesAVerifiedCopyAndReplacesNothingUnasked() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        #expect(try CLI.run(["--store", store, "verdict", "C7", "mostly-true", "--because", "rates fell"]).status == 0)
        let copy = dir.appendingPathComponent("copy.db").path
        var r = try CLI.run(["--store", store, "backup", copy])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("backed up to \(copy)") && r.stdout.contains("journal intact: 2 entries"), "\(r.stdout)")
        expectNoSideFiles(URL(fileURLWithPath: copy), "backup")
        r = try CLI.run(["--store", copy, "verdicts", "--format", "json"])
        #expect(r.stdout.contains("mostly-true"), "\(r.stdout)")
        #expect(try CLI.run(["--store", copy, "log", "verify"]).status == 0)

        // An existing file: refused unless --force; --force replaces only an SQLite file.
        r = try CLI.run(["--store", store, "backup", copy])
        #expect(r.status == 1 && r.stderr.contains("already exists"), "\(r.stderr)")
        #expect(try CLI.run(["--store", store, "backup", copy, "--force"]).status == 0)
        let notes = dir.appendingPathComponent("notes.txt").path
        try "my notes".write(toFile: notes, atomically: false, encoding: .utf8)
        r = try CLI.run(["--store", store, "backup", notes, "--force"])
        #expect(r.status == 1 && r.stderr.contains("not an SQLite database"), "\(r.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")
        r = try CLI.run(["--store", store, "backup", store])
        #expect(r.status == 1 && r.stderr.contains("onto itself"), "\(r.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("backup-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Runs the sqlite3 shell on `store`, as someone editing the file behind claimcheck's back would.
    private func sqlite3(_ store: String, _ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", store, sql]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "sqlite3 \(sql)")
    }

    @Test func aPlantedTriggerIsNamedAndNothingIsWrittenPastIt() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        try sqlite3(store, "CREATE TRIGGER zz AFTER INSERT ON verdict BEGIN UPDATE verdict SET rating = 'true' WHERE id = new.id; END;")
        var r = try CLI.run(["--store", store, "verdict", "C7", "false", "--because", "x"])
        #expect(r.status == 1, "a verdict on a store with a planted trigger is refused: \(r.stdout)")
        #expect(r.stderr.contains("trigger zz on verdict"), "\(r.stderr)")
        #expect(!r.stdout.contains("C7 true"))
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains("has a trigger zz on verdict that claimcheck did not create"), "\(r.stderr)")
        // Reading still works, so the checker can look at what is there.
        #expect(try CLI.run(["--store", store, "claims"]).status == 0)

        try sqlite3(store, "DROP TRIGGER zz; DROP INDEX claim_status;")
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains("lacks the index claim_status"), "\(r.stderr)")
        try sqlite3(store, "CREATE INDEX claim_status ON claim(status); ALTER TABLE claim ADD COLUMN extra TEXT;")
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains("the table claim differs"), "\(r.stderr)")
    }

    @Test func aForeignDatabaseKeepsEveryByteAndAReadCreatesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let foreign = dir.appendingPathComponent("other.db").path
        try sqlite3(foreign, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');")
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        for command in [["stats"], ["claims"], ["log", "verify"], ["load", CLI.seed]] {
            let r = try CLI.run(["--store", foreign] + command)
            #expect(r.status == 1 && r.stderr.contains("not a claimcheck store"), "\(command): \(r.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before, "not one byte changed (no switch to WAL)")
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))

        // An empty file: reading it writes no schema into it; the first write makes it a store.
        let empty = dir.appendingPathComponent("empty.db").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(try CLI.run(["--store", empty, "stats"]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int == 0, "still 0 bytes")
        #expect(try CLI.run(["--store", empty, "load", CLI.seed]).status == 0)
        #expect(try documentsInCopy(of: URL(fileURLWithPath: empty)) == 1)
        // A missing store: read-only commands create nothing.
        let missing = dir.appendingPathComponent("missing.db").path
        #expect(try CLI.run(["--store", missing, "claims"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    /// A store from a newer claimcheck (a schema version this build does not know) is refused by
    /// write and read commands alike, with the file's bytes exactly as they were.
    @Test func aStoreFromANewerClaimcheckKeepsEveryByte() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        try sqlite3(store, "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        for command in [["verdict", "C7", "false", "--because", "x"], ["load", CLI.seed], ["claims"], ["log", "verify"]] {
            let r = try CLI.run(["--store", store] + command)
            #expect(r.status == 1 && r.stderr.contains("was written by a newer claimcheck"), "\(command): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before, "\(command) changed the file")
        }
        expectNoSideFiles(URL(fileURLWithPath: store), "a refused store")
    }

    /// A store this user cannot write: root may write anything whatever the file's mode, so as root
    /// the commands run as `nobody` (setpriv); otherwise the file and its folder are made read-only.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "as root this needs setpriv"))
    func aStoreThisUserCannotWriteIsReadAndVerifiedAndKeptAsItIs() throws {
        let dir = try CLI.temporaryDirectory()
        let folder = dir.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("s.db").path
        let setup = try CLI.run(["--store", store], stdin: "load \(CLI.seed) --published 2025-04-17\nverdict C7 false --because first\n")
        #expect(setup.status == 0, "\(setup.stderr)")
        let config = dir.appendingPathComponent("config").path
        func asReader(_ arguments: [String]) throws -> CLI.Result {
            guard getuid() == 0 else { return try CLI.run(["--store", store] + arguments, environment: ["CLAIMCHECK_CONFIG": config]) }
            return try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path, "--store", store] + arguments,
                               environment: ["CLAIMCHECK_CONFIG": config], executable: "/usr/bin/setpriv")
        }
        // Everyone may read the folder and the file; nobody but its owner (or nobody at all) may write them.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        try FileManager.default.setAttributes([.posixPermissions: getuid() == 0 ? 0o644 : 0o444], ofItemAtPath: store)
        try FileManager.default.setAttributes([.posixPermissions: getuid() == 0 ? 0o755 : 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))

        var r = try asReader(["claims", "--status", "false"])
        #expect(r.status == 0 && r.stdout.contains("C7"), "\(r.stderr)")
        r = try asReader(["log", "verify"])
        #expect(r.status == 0 && r.stdout.contains("journal intact: 2 entries"), "\(r.stderr)")
        r = try asReader(["export", "json"])
        #expect(r.status == 0 && r.stdout.contains("\"journal_head\""), "\(r.stderr)")
        r = try asReader(["verdict", "C7", "true", "--because", "second"])
        #expect(r.status == 1 && r.stderr.contains("the store is read-only"), "\(r.stdout) \(r.stderr)")

        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before, "not one byte changed")
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(beside == ["s.db"], "nothing created beside the store: \(beside)")
    }

    @Test func sixProcessesCreatingOneStoreShareIt() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("new.db").path
        let processes: [(Process, Pipe)] = try (1...6).map { i in
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["--store", store, "-c", "claim add \"Claim from writer \(i)\" --by \"Writer \(i)\"", "-c", "stats"]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return (p, err)
        }
        for (p, err) in processes {
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(message)")
        }
        let r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 0 && r.stdout.contains("6 entries"), "\(r.stdout)\(r.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("creating") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func anImportCutShortIsRefusedAndLeavesNoStore() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        #expect(try CLI.run(["--store", store, "verdict", "C7", "false", "--because", "x"]).status == 0)
        let export = dir.appendingPathComponent("all.json")
        #expect(try CLI.run(["--store", store, "export", "json", export.path]).status == 0)
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: export)) as? [String: Any])
        // The head the file claims is one entry further than what it holds: a file cut short.
        var head = try #require(root["journal_head"] as? [String: Any])
        head["entries"] = 3
        root["journal_head"] = head
        let cut = dir.appendingPathComponent("cut.json")
        try JSONSerialization.data(withJSONObject: root).write(to: cut)
        let target = dir.appendingPathComponent("copy.db").path
        var r = try CLI.run(["--store", target, "import", cut.path])
        #expect(r.status == 1 && r.stderr.contains("cut short or edited"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target), "a failed import leaves no store file")
        root.removeValue(forKey: "journal_head")
        try JSONSerialization.data(withJSONObject: root).write(to: cut)
        r = try CLI.run(["--store", target, "import", cut.path])
        #expect(r.status == 1 && r.stderr.contains("no \"journal_head\""), "\(r.stderr)")
        r = try CLI.run(["--store", target, "import", export.path])
        #expect(r.status == 0, "the whole export imports: \(r.stderr)")
    }
}
