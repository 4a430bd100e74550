import Foundation
import Testing

/// The commands on a PostgreSQL store, through the built binary: the same answers as on SQLite,
/// `copy` between engines, and several processes writing one store at once. Needs
/// `CLAIMCHECK_TEST_POSTGRES=postgres://USER@HOST:PORT/DB` (and psql); skipped without it.
@Suite(.enabled(if: PostgresServer.url != nil, "set CLAIMCHECK_TEST_POSTGRES=postgres://USER@HOST:PORT/DB to run the PostgreSQL tests"),
       .serialized)
struct PostgresTests {
    private let now = ["CLAIMCHECK_NOW": "2025-05-01T12:00:00Z", "CLAIMCHECK_AUTHOR": "tester"]

    private func loadSeed(_ store: String) throws {
        let r = try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17", "--outlet", "EA WorldView"], environment: now)
        #expect(r.status == 0, "load: \(r.stderr)")
    }

    private static let session = """
        evidence add C2 contradicts --source "Customs data 2024" --reliability medium --quote "rose 12%"
        evidence add C3 supports --source "Reuters, 12 April" --title "Oman talks"
        verdict C2 false --because "Exports rose 12%" --cite E1
        claim add "Exports doubled last year" --by "Trade Minister"
        speaker alias S2 "Supreme Leader"
        evidence retract E2 --because "wrong day"
        set org "Example Checks"
        """

    private static let reads = [
        ["documents"], ["claims"], ["claims", "--by", "khamenei"], ["show", "C2"], ["show", "C2", "--format", "json"],
        ["speakers"], ["speakers", "--all"], ["evidence"], ["verdicts", "--all"], ["log"], ["log", "C2"], ["log", "2"], ["log", "verify"],
        ["export", "markdown"], ["export", "csv"], ["export", "json"], ["verify"], ["check"], ["read", "D1", "100-400"],
        ["export", "claimreview", "--url", "https://checks.example.org/x"],
    ]

    @Test func everyCommandAnswersAsOnSQLite() throws {
        let dir = try CLI.temporaryDirectory()
        let sqlite = dir.appendingPathComponent("s.db").path
        let postgres = try PostgresServer.freshDatabase()
        for store in [sqlite, postgres] {
            try loadSeed(store)
            let r = try CLI.run(["--store", store], stdin: Self.session, environment: now)
            #expect(r.status == 0, "\(store): \(r.stderr)")
        }
        for command in Self.reads {
            let a = try CLI.run(["--store", sqlite] + command, environment: now)
            let b = try CLI.run(["--store", postgres] + command, environment: now)
            // Each command must work, not merely fail the same way on both engines.
            #expect(a.status == 0, "\(command) on SQLite: \(a.stderr)")
            #expect(!a.stdout.isEmpty, "\(command) printed something")
            #expect(a.status == b.status, "\(command)")
            #expect(a.stdout == b.stdout, "\(command.joined(separator: " ")) differs:\n--- sqlite\n\(a.stdout)\n--- postgres\n\(b.stdout)")
            #expect(a.stderr == b.stderr, "\(command)")
        }
        // `check --strict` fails on both (claims without verdicts), the same way.
        let checkA = try CLI.run(["--store", sqlite, "check", "--strict"], environment: now)
        let checkB = try CLI.run(["--store", postgres, "check", "--strict"], environment: now)
        #expect(checkA.status == 1 && checkA.stderr.contains("have no verdict"), "\(checkA.stdout)\(checkA.stderr)")
        #expect(checkA.status == checkB.status && checkA.stdout == checkB.stdout && checkA.stderr == checkB.stderr)
        let find = try CLI.run(["--store", postgres, "find", "talks"])
        #expect(find.status == 0)
        #expect(find.stdout.contains("[talks]"))
        let stats = try CLI.run(["--store", postgres, "stats"])
        #expect(stats.stdout.contains("journal    8 entries"), "\(stats.stdout)")
    }

    @Test func copyRoundTripsTheSeedStoreSQLiteToPostgresToSQLite() throws {
        let dir = try CLI.temporaryDirectory()
        let original = dir.appendingPathComponent("original.db").path
        let back = dir.appendingPathComponent("back.db").path
        let postgres = try PostgresServer.freshDatabase()
        try loadSeed(original)
        #expect(try CLI.run(["--store", original], stdin: Self.session, environment: now).status == 0)

        let to = try CLI.run(["--store", original, "copy", "--to", postgres])
        #expect(to.status == 0, "\(to.stderr)")
        #expect(to.stdout.contains("journal intact: 8 entries"), "\(to.stdout)")
        let from = try CLI.run(["--store", back, "copy", "--from", postgres])
        #expect(from.status == 0, "\(from.stderr)")

        let exports = try [original, postgres, back].map { store in
            let r = try CLI.run(["--store", store, "export", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout
        }
        #expect(exports[0] == exports[2], "SQLite → PostgreSQL → SQLite changed the export")
        #expect(exports[0] == exports[1], "the PostgreSQL copy exports differently")
        #expect(try CLI.run(["--store", back, "log", "verify"]).status == 0)
        // A copy into a store that holds data is refused and changes nothing.
        let again = try CLI.run(["--store", original, "copy", "--to", postgres])
        #expect(again.status == 1)
        #expect(again.stderr.contains("needs an empty store"), "\(again.stderr)")
    }

    /// Commands for one writer: `count` pieces of evidence and as many verdicts, each tagged.
    private static func script(writer: Int, count: Int) -> String {
        (1...count).map { i in
            let claim = (writer * 7 + i) % 17 + 1
            return "evidence add C\(claim) supports --source \"w\(writer)-\(i)\"\nverdict C\(claim) true --because \"w\(writer)-\(i)\"\n"
        }.joined()
    }

    private static func start(_ store: String, script: URL) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["--store", store, "--batch", script.path]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    private func prepare(writers: Int, count: Int) throws -> (store: String, scripts: [URL]) {
        let dir = try CLI.temporaryDirectory()
        let store = try PostgresServer.freshDatabase()
        try loadSeed(store)
        let scripts = try (1...writers).map { w -> URL in
            let url = dir.appendingPathComponent("writer\(w).cc")
            try Data(Self.script(writer: w, count: count).utf8).write(to: url)
            return url
        }
        return (store, scripts)
    }

    private func tags(_ store: String, _ sql: String) throws -> [String] {
        try PostgresServer.psql(store, sql).split(separator: "\n").map(String.init)
    }

    @Test func fourProcessesWritingAtOnceKeepOneChain() throws {
        let (store, scripts) = try prepare(writers: 4, count: 500)
        let running = try scripts.map { try Self.start(store, script: $0) }
        for (process, out, err) in running {
            let outText = out.fileHandleForReading.readDataToEndOfFile()
            let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(errText)")
            #expect(String(decoding: outText, as: UTF8.self).split(separator: "\n").count == 1000)
        }
        let evidence = try tags(store, "SELECT source FROM evidence")
        let verdicts = try tags(store, "SELECT reason FROM verdict")
        let expected = Set((1...4).flatMap { w in (1...500).map { "w\(w)-\($0)" } })
        #expect(evidence.count == 2000 && Set(evidence) == expected)
        #expect(verdicts.count == 2000 && Set(verdicts) == expected)
        #expect(try PostgresServer.psql(store, "SELECT count(*) FROM journal") == "4001")
        let verify = try CLI.run(["--store", store, "log", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.hasPrefix("journal intact: 4001 entries"))
    }

    @Test func aWriterKilledMidwayLeavesOnlyItsConfirmedChanges() throws {
        let (store, scripts) = try prepare(writers: 4, count: 500)
        let running = try scripts.map { try Self.start(store, script: $0) }
        // Kill writer 4 once it has confirmed 300 commands.
        let (victim, victimOut, _) = running[3]
        var confirmed = Data()
        while confirmed.filter({ $0 == UInt8(ascii: "\n") }).count < 300 {
            let chunk = victimOut.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            confirmed.append(chunk)
        }
        kill(victim.processIdentifier, SIGKILL)
        confirmed.append(victimOut.fileHandleForReading.readDataToEndOfFile())
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal)
        for (process, out, err) in running.prefix(3) {
            _ = out.fileHandleForReading.readDataToEndOfFile()
            let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(errText)")
        }
        // Confirmed lines are the first commands of writer 4's script, in order: an evidence line then a verdict line.
        let lines = String(decoding: confirmed, as: UTF8.self).split(separator: "\n")
        #expect(lines.count >= 300 && lines.count < 1000)
        let evidenceConfirmed = (lines.count + 1) / 2, verdictsConfirmed = lines.count / 2
        let evidence = Set(try tags(store, "SELECT source FROM evidence WHERE source LIKE 'w4-%'"))
        let verdicts = Set(try tags(store, "SELECT reason FROM verdict WHERE reason LIKE 'w4-%'"))
        // Every confirmed change is there; of the rest, at most the one command in flight when it died.
        let present = evidence.count + verdicts.count
        #expect(present == lines.count || present == lines.count + 1, "\(present) changes for \(lines.count) confirmed")
        #expect(Set((1...evidenceConfirmed).map { "w4-\($0)" }).isSubset(of: evidence))
        #expect(verdictsConfirmed == 0 || Set((1...verdictsConfirmed).map { "w4-\($0)" }).isSubset(of: verdicts))
        #expect(evidence.allSatisfy { Int($0.dropFirst(3))! <= evidenceConfirmed + 1 })
        #expect(try PostgresServer.psql(store, "SELECT count(*) FROM evidence WHERE source NOT LIKE 'w4-%'") == "1500")
        #expect(try PostgresServer.psql(store, "SELECT count(*) FROM verdict WHERE reason NOT LIKE 'w4-%'") == "1500")
        let verify = try CLI.run(["--store", store, "log", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func aPlantedTriggerOrChangedFunctionIsNamedAndNothingIsWrittenPastIt() throws {
        let store = try PostgresServer.freshDatabase()
        try loadSeed(store)
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
        _ = try PostgresServer.psql(store, """
            CREATE FUNCTION zz() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.rating := 'true'; RETURN NEW; END $$;
            CREATE TRIGGER zz BEFORE INSERT ON verdict FOR EACH ROW EXECUTE FUNCTION zz();
            """)
        var r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains("claimcheck did not create"), "\(r.stderr)")
        // As on SQLite, a write is refused before the planted trigger can rewrite it; reading still works.
        let ruled = try CLI.run(["--store", store, "verdict", "C7", "false", "--because", "x"])
        #expect(ruled.status == 1 && ruled.stderr.contains("refusing to change it"), "\(ruled.stderr)")
        #expect(!ruled.stdout.contains("C7 true"))
        r = try CLI.run(["--store", store, "verdicts"])
        #expect(r.status == 0 && !r.stdout.contains("V1"), "\(r.stdout)")
        _ = try PostgresServer.psql(store, "DROP TRIGGER zz ON verdict; DROP FUNCTION zz();")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
        _ = try PostgresServer.psql(store, "CREATE OR REPLACE FUNCTION tally_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")
        r = try CLI.run(["--store", store, "log", "verify"])
        #expect(r.status == 1 && r.stderr.contains("function tally_rows differs"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "verdict", "C7", "false", "--because", "x"])
        #expect(r.status == 1 && r.stderr.contains("function tally_rows differs"), "\(r.stderr)")
    }
}

/// Store URLs that cannot work fail in one line, with or without a server to test against.
@Suite struct PostgresURLErrorTests {
    @Test func badServerURLsAreOneLineErrors() throws {
        for (url, message) in [
            ("postgres://claimcheck:secret@127.0.0.1:5432/x", "do not put the password in the URL"),
            ("postgres://claimcheck@127.0.0.1:1/x?sslmode=disable", "cannot open store postgres://claimcheck@127.0.0.1:1/x"),
        ] {
            let r = try CLI.run(["--store", url, "stats"])
            #expect(r.status == 1)
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(!r.stderr.contains("secret"))
        }
    }
}
