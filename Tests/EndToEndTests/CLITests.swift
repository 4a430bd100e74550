import Foundation
import Testing

/// The built binary, run without a terminal: one-shot calls, `-c`, batch files and piped stdin.
@Suite struct CLITests {
    @Test func versionAndHelp() throws {
        let v = try CLI.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let h = try CLI.run(["help"])
        #expect(h.status == 0)
        for command in ["load", "claims", "show", "find", "speakers", "stats", "extract", "when", "set", "source"] {
            #expect(h.stdout.contains("  \(command) "), "help lists \(command)")
        }
        let usage = try CLI.run(["help", "claims"])
        #expect(usage.stdout.contains("usage: claims [--by SPEAKER]"))
        // "--help" after a command gives that command's help, as "help COMMAND" does
        let asked = try CLI.run(["claims", "--help"])
        #expect(asked.status == 0 && asked.stdout == usage.stdout, "\(asked.stderr)")
        #expect(try CLI.run(["extract", "some-article.txt", "--help"]).stdout.contains("usage: extract FILE"))
    }

    @Test func extractReadsAPipedArticleFromStandardInput() throws {
        let plain = try CLI.run(["extract", "-", "--published", "2026-03-12"],
                                stdin: "Harbour fees\n\nThe fees will double next year, the mayor said on Tuesday.\n")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("the mayor") && plain.stdout.contains("2026-03-10"), "\(plain.stdout)")
        // a page is read as HTML by its first tag
        let page = try CLI.run(["extract", "-", "--format", "json"],
                               stdin: "<!DOCTYPE html><html><head><title>Fees</title></head><body><article><p>The fees will double next year, the mayor said.</p></article></body></html>")
        #expect(page.status == 0 && page.stdout.contains("\"title\": \"Fees\""), "\(page.stdout)\(page.stderr)")
        let empty = try CLI.run(["extract", "-"])
        #expect(empty.status == 1 && empty.stderr.contains("standard input"), "\(empty.stderr)")
    }

    @Test func badInvocationExitsTwo() throws {
        let r = try CLI.run(["--no-such-flag"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown option"))
        let f = try CLI.run(["--format", "yaml", "stats"])
        #expect(f.status == 2)
        #expect(f.stderr.contains("unknown format yaml"))
    }

    @Test func pipedCommandsRunAsABatch() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("x.db").path
        let r = try CLI.run(["--store", store], stdin: "load \(CLI.seed) --published 2025-04-17\ndocuments\n")
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("D1"))
        #expect(r.stdout.contains("2025-04-17"))
        #expect(!r.stdout.contains("claimcheck>"), "no prompt without a terminal")
        #expect(FileManager.default.fileExists(atPath: store))
    }

    @Test func batchErrorNamesFileAndLineAndGoesOn() throws {
        let dir = try CLI.temporaryDirectory()
        let file = CLI.fixture("batch/unknown-line3.cc")
        let r = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "--batch", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file):3: error: unknown command bogus-command"))
        #expect(r.stdout.contains("no documents"), "line 4 still ran")
    }

    @Test func bailStopsAtTheFirstError() throws {
        let dir = try CLI.temporaryDirectory()
        let file = CLI.fixture("batch/unknown-line3.cc")
        let r = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "--bail", "-f", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains(":3: error:"))
        #expect(!r.stdout.contains("no documents"), "nothing after line 3 runs")
    }

    @Test func unterminatedQuoteIsAClearError() throws {
        let dir = try CLI.temporaryDirectory()
        let file = CLI.fixture("batch/bad-quote.cc")
        let r = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "-f", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file):2: error: unterminated \" quote"))
    }

    @Test func anUnterminatedQuoteInAContinuedCommandNamesTheLineItOpensOn() throws {
        let dir = try CLI.temporaryDirectory()
        let file = CLI.fixture("batch/continued-bad-quote.cc")
        let r = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "-f", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(file):4: error: unterminated \" quote (column 8)"), "\(r.stderr)")
        #expect(r.stdout.contains("documents"), "the next command still ran: \(r.stdout)")
    }

    @Test func aFolderLoadStaysInsideTheFolder() throws {
        let dir = try CLI.temporaryDirectory()
        let folder = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.fixture("articles/01_wire_brussels_herring.txt"), toPath: folder.appendingPathComponent("a.txt").path)
        let outside = dir.appendingPathComponent("private.txt")
        try "Secret notes, not an article.\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("c.txt").path, withDestinationPath: "a.txt")
        let store = dir.appendingPathComponent("s.db").path
        var r = try CLI.run(["--store", store, "load", folder.path])
        #expect(r.status == 1 && r.stderr.contains("b.txt is a symbolic link to \(outside.path)") && r.stderr.contains("--follow-links"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: store), "nothing was loaded")
        r = try CLI.run(["--store", store, "load", folder.path, "--follow-links"])
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["--store", store, "documents", "--format", "json"])
        #expect(r.stdout.contains("private.txt") || r.stdout.contains("b.txt"), "followed on request: \(r.stdout)")
    }

    @Test func continuationJoinsLines() throws {
        let r = try CLI.run(["-f", CLI.fixture("batch/continued.cc"), "--format", "json"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("\"start\":\"2025-04-12\""))
    }

    @Test func batchFromStdinWithDash() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "-f", "-"], stdin: "stats\nnope\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>:2: error: unknown command nope"))
    }

    @Test func commandsThatNeedNoStoreCreateNone() throws {
        let dir = try CLI.temporaryDirectory()
        _ = try CLI.run(["help"], in: dir)
        _ = try CLI.run(["when", "yesterday", "--ref", "2025-04-17"], in: dir)
        _ = try CLI.run(["extract", CLI.seed], in: dir)
        _ = try CLI.run(["claims"], in: dir)
        _ = try CLI.run(["stats"], in: dir)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("claimcheck.db").path))
    }

    @Test func defaultStoreAndEnvironment() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["load", CLI.seed], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("claimcheck.db").path))
        let other = dir.appendingPathComponent("env.db").path
        let e = try CLI.run(["load", CLI.seed], in: dir, environment: ["CLAIMCHECK_STORE": other])
        #expect(e.status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func oneShotJSONAndRepeatedC() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let load = try CLI.run(["--store", store, "-c", "load \(CLI.seed) --published 2025-04-17", "-c", "stats"])
        #expect(load.status == 0, "stderr: \(load.stderr)")
        #expect(load.stdout.contains("documents  1"))
        let docs = try CLI.run(["--store", store, "documents", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(docs.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(parsed?.first?["id"] as? String == "D1")
        #expect((parsed?.first?["sha256_full"] as? String)?.count == 64)
        let csv = try CLI.run(["--store", store, "--format", "csv", "documents"])
        #expect(csv.stdout.hasPrefix("id,published,claims,sha256,charset,title\r\n"))
    }

    @Test func loadingTheSameTextTwiceStoresItOnce() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store], stdin: "load \(CLI.seed)\nload \(CLI.seed)\nstats --format json\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("already loaded"))
        #expect(r.stdout.contains("\"documents\": 1"))
    }

    @Test func errorsForMissingThingsAndBadIds() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let cases: [([String], String)] = [
            (["load", "/no/such/article.txt"], "no such file"),
            (["load", dir.path], "no articles"),
            (["show", "C999"], "no claim C999"),
            (["show", "X1"], "not a valid id"),
            (["claims", "--kind", "rumour"], "--kind takes direct, indirect, mixed or assertion, not rumour"),
            (["when", "flibbertigibbet", "--ref", "2025-04-17"], "cannot read"),
            (["load", CLI.seed, "--published", "2025-02-30"], "not a valid date"),
            (["claims", "--bogus"], "unknown option --bogus"),
        ]
        for (args, message) in cases {
            let r = try CLI.run(["--store", store] + args)
            #expect(r.status == 1, "\(args) exits 1")
            #expect(r.stderr.contains("error: ") && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
    }

    @Test func refusesAFileThatIsNotAStoreAndLeavesItAlone() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("notes.txt")
        try Data("these are my notes\n".utf8).write(to: path)
        let r = try CLI.run(["--store", path.path, "load", CLI.seed])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a claimcheck store"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "these are my notes\n")
    }

    @Test func setPublishedResolvesDatesAgain() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("p.db").path
        let r = try CLI.run(["--store", store], stdin: """
            load \(CLI.seed)
            claims --format json
            set published 2025-04-17
            claims --format json
            """)
        #expect(r.status == 0, "\(r.stderr)")
        let parts = r.stdout.components(separatedBy: "D1 published 2025-04-17")
        #expect(parts.count == 2)
        #expect(!parts[0].contains("\"start\": \"2025-04-16\""), "no dates before the publication date is known")
        #expect(parts[1].contains("\"start\": \"2025-04-16\""), "\"on Wednesday\" resolves once it is")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
    }

    @Test func loadsAFolderOfArticlesInHTMLMarkdownAndText() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("f.db").path
        let r = try CLI.run(["--store", store, "load", CLI.fixture("input")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("loaded 2 articles"))
        let docs = try CLI.run(["--store", store, "documents", "--format", "json"])
        #expect(docs.stdout.contains("article.html") && docs.stdout.contains("article.md"))
        let again = try CLI.run(["--store", store, "load", CLI.fixture("input") + "/*.html"])
        #expect(again.stdout.contains("already loaded"))
    }
}

