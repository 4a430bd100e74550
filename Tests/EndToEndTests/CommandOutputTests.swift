import Foundation
import Testing

/// Each shell command through the built binary, checked by what it prints on success and by its
/// error on bad input: the commands that other suites only ran, or only ran into errors.
@Suite struct CommandOutputTests {
    /// A new store holding the seed article, published 2025-04-17.
    private func seededStore() throws -> (dir: URL, store: String) {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"])
        #expect(r.status == 0, "load: \(r.stderr)")
        return (dir, store)
    }

    /// The table row that starts with `id` (the id column first), or "" when there is none.
    private func row(_ id: String, in output: String) -> String {
        output.split(separator: "\n").map(String.init).first { $0.hasPrefix(id + " ") } ?? ""
    }

    /// The ids (first column) of a table's rows, header left out.
    private func ids(_ output: String) -> [String] {
        output.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    private func expectError(_ r: CLI.Result, _ message: String, _ what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, "\(what) exits 1, not \(r.status)", sourceLocation: sourceLocation)
        #expect(r.stderr.contains("error: ") && r.stderr.contains(message), "\(what): \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func sourceRunsAFileOfCommandsAndNamesTheLineThatFailed() throws {
        let (dir, store) = try seededStore()
        let good = dir.appendingPathComponent("good.cc"), bad = dir.appendingPathComponent("bad.cc")
        try "stats\nclaims --kind direct\n".write(to: good, atomically: true, encoding: .utf8)
        try "claims --kind mixed\nbogus-command\ndocuments\n".write(to: bad, atomically: true, encoding: .utf8)
        var r = try CLI.run(["--store", store, "source", good.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("claims     17 (1 direct, 8 indirect, 1 mixed, 7 assertion)"), "stats ran: \(r.stdout)")
        #expect(row("C2", in: r.stdout).contains("Khamenei") && ids(r.stdout).filter { $0.hasPrefix("C") } == ["C2"],
                "the one direct quote: \(r.stdout)")
        r = try CLI.run(["--store", store, "source", bad.path])
        expectError(r, "\(bad.path):2: error: unknown command bogus-command", "a bad line in a sourced file")
        #expect(r.stderr.contains("1 command failed"), "\(r.stderr)")
        #expect(row("C15", in: r.stdout).contains("mixed"), "line 1 ran: \(r.stdout)")
        #expect(r.stdout.contains("2025-04-17") && r.stdout.contains("Why Iran"), "line 3 ran after the error: \(r.stdout)")
        expectError(try CLI.run(["--store", store, "source", dir.appendingPathComponent("none.cc").path]),
                    "none.cc: cannot read the file", "a missing file")
        expectError(try CLI.run(["--store", store, "source"]), "missing FILE", "no file")
    }

    @Test func speakersListsNamesRolesClaimCountsAndAliases() throws {
        let (_, store) = try seededStore()
        let r = try CLI.run(["--store", store, "speakers"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("id  name"), "\(r.stdout)")
        let president = row("S5", in: r.stdout).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(president == "S5 Masoud Pezeshkian President person 3 Pezeshkian", "\(r.stdout)")
        let author = row("S1", in: r.stdout).split(separator: " ").joined(separator: " ")
        #expect(author == "S1 Scott Lucas — article 7 —", "\(r.stdout)")
        #expect(!r.stdout.lowercased().contains("two senior iranian officials"), "groups only with --all")
        let all = try CLI.run(["--store", store, "speakers", "--all"])
        #expect(all.stdout.lowercased().contains("two senior iranian officials"), "\(all.stdout)")
        expectError(try CLI.run(["--store", store, "speakers", "--bogus"]), "unknown option --bogus", "a bad option")
        expectError(try CLI.run(["--store", store, "speakers", "extra"]), "unexpected argument extra", "an extra word")
    }

    @Test func extractPrintsEachClaimWithItsDateAndStoresNothing() throws {
        let dir = try CLI.temporaryDirectory()
        var r = try CLI.run(["extract", CLI.seed, "--published", "2025-04-17"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let c1 = row("C1", in: r.stdout), c2 = row("C2", in: r.stdout)
        #expect(c1.contains("2025-03-08") && c1.contains("Scott Lucas") && c1.contains("assertion") && c1.contains("On March 8"), "\(c1)")
        #expect(c2.contains("Khamenei (Ayatollah)") && c2.contains("direct") && c2.contains("assured"), "\(c2)")
        #expect(row("C4", in: r.stdout).contains(" —  "), "an undated claim stays undated: \(row("C4", in: r.stdout))")
        #expect(ids(r.stdout) == (1...17).map { "C\($0)" }, "\(r.stdout)")
        r = try CLI.run(["extract", CLI.seed, "--published", "2025-04-17", "--format", "json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.count == 17 && claims.first?["id"] as? String == "C1")
        #expect((json["document"] as? [String: Any])?["published"] as? String == "2025-04-17")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "extract stores nothing")
        expectError(try CLI.run(["extract", "/no/such/article.txt"], in: dir), "/no/such/article.txt: no such file", "a missing file")
        expectError(try CLI.run(["extract", CLI.seed, "--published", "2025-13-01"], in: dir), "not a valid date", "a bad date")
    }

    @Test func copyCarriesTheWholeStoreAndRefusesATargetThatHoldsData() throws {
        let (dir, store) = try seededStore()
        #expect(try CLI.run(["--store", store, "verdict", "C7", "mostly-true", "--because", "rate fell"]).status == 0)
        let target = dir.appendingPathComponent("t.db").path
        var r = try CLI.run(["--store", store, "copy", "--to", target])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("copied ") && r.stdout.contains("to \(target)") && r.stdout.contains("journal intact: 2 entries"), "\(r.stdout)")
        for command in [["claims", "--format", "json"], ["verdicts"], ["speakers", "--all"], ["log"]] {
            let a = try CLI.run(["--store", store] + command), b = try CLI.run(["--store", target] + command)
            #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty, "\(command) the same in both stores")
        }
        #expect(try CLI.run(["--store", target, "log", "verify"]).status == 0)
        let back = dir.appendingPathComponent("back.db").path
        r = try CLI.run(["--store", back, "copy", "--from", target])
        #expect(r.status == 0 && r.stdout.contains("journal intact: 2 entries"), "\(r.stdout)\(r.stderr)")
        #expect(try CLI.run(["--store", back, "verdicts"]).stdout.contains("mostly-true"))
        expectError(try CLI.run(["--store", store, "copy", "--to", target]), "\(target) already holds data", "a target with data")
        expectError(try CLI.run(["--store", store, "copy"]), "give either --to STORE or --from STORE", "no direction")
    }

    @Test func claimEditAndRetractChangeWhatShowAndClaimsPrint() throws {
        let (_, store) = try seededStore()
        var r = try CLI.run(["--store", store, "claim", "edit", "C3", "--statement", "Officials met in Oman", "--because", "tidy"])
        #expect(r.status == 0 && r.stdout.contains("C3 edited"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "show", "C3"])
        #expect(r.stdout.contains("statement Officials met in Oman"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "claim", "retract", "C4", "--because", "duplicate"])
        #expect(r.status == 0 && r.stdout.contains("C4 retracted (kept in history)"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--status", "retracted"])
        #expect(ids(r.stdout) == ["C4"] && row("C4", in: r.stdout).contains("retracted"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "claims", "--status", "unchecked"])
        #expect(ids(r.stdout).count == 16 && !ids(r.stdout).contains("C4"), "\(r.stdout)")
        expectError(try CLI.run(["--store", store, "claim", "retract", "C4", "--because", "again"]), "C4 was retracted on", "retracting twice")
        expectError(try CLI.run(["--store", store, "claim", "retract", "C5"]), "missing --because TEXT", "no reason")
        expectError(try CLI.run(["--store", store, "claim", "edit", "C3"]), "nothing to change", "an edit of nothing")
        expectError(try CLI.run(["--store", store, "claim", "edit", "C99", "--statement", "x"]), "no claim C99", "a missing claim")
        #expect(try CLI.run(["--store", store, "log", "verify"]).status == 0)
    }

    @Test func speakerAliasAndMergeRegroupTheClaims() throws {
        let (_, store) = try seededStore()
        var r = try CLI.run(["--store", store, "speaker", "alias", "S2", "Ali Khamenei"])
        #expect(r.status == 0 && r.stdout.contains("Ali Khamenei now names S2 Khamenei"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--by", "Ali Khamenei"])
        #expect(ids(r.stdout) == ["C2"], "the alias finds the claims: \(r.stdout)")
        let s2 = try row("S2", in: CLI.run(["--store", store, "speakers"]).stdout)
        #expect(s2.hasSuffix("Ali Khamenei"), "\(s2)")
        r = try CLI.run(["--store", store, "speaker", "merge", "S5", "S7"])
        #expect(r.status == 0 && r.stdout.contains("S7 Mohammad Baqer Qalibaf merged into S5 Masoud Pezeshkian"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "claims", "--by", "Pezeshkian"])
        #expect(ids(r.stdout) == ["C8", "C11", "C16", "C17"], "C11 (Qalibaf's) now under S5: \(r.stdout)")
        #expect(row("C11", in: r.stdout).contains("Masoud Pezeshkian"))
        let s5 = try row("S5", in: CLI.run(["--store", store, "speakers"]).stdout)
        #expect(s5.contains(" 4 ") && s5.contains("Qalibaf"), "\(s5)")
        expectError(try CLI.run(["--store", store, "speaker", "merge", "S5", "S99"]), "no speaker S99", "a missing speaker")
        expectError(try CLI.run(["--store", store, "speaker", "rename", "S1", "x"]), "unknown speaker action rename", "an unknown action")
        expectError(try CLI.run(["--store", store, "speaker", "alias", "S2"]), "ALIAS", "an alias with no name")
    }

    @Test func logListingsFilterByAuthorAndDate() throws {
        let (_, store) = try seededStore()
        #expect(try CLI.run(["--store", store, "--author", "alice", "claim", "retract", "C4", "--because", "duplicate"]).status == 0)
        #expect(try CLI.run(["--store", store, "--author", "bob", "verdict", "C7", "false", "--because", "wrong figure"]).status == 0)
        var r = try CLI.run(["--store", store, "log", "--author", "alice"])
        #expect(r.status == 0, "\(r.stderr)")
        let alice = r.stdout.split(separator: "\n").dropFirst()
        #expect(alice.count == 1 && alice.first?.contains("claim.retract") == true && alice.first?.contains("because: “duplicate”") == true,
                "\(r.stdout)")
        r = try CLI.run(["--store", store, "log", "--author", "bob"])
        #expect(r.stdout.split(separator: "\n").dropFirst().map { $0.contains("VERDICT false") } == [true], "\(r.stdout)")
        #expect(try CLI.run(["--store", store, "log", "--author", "carol"]).stdout.contains("no journal entries"))
        r = try CLI.run(["--store", store, "log", "--since", "2020-01-01"])
        #expect(r.stdout.split(separator: "\n").dropFirst().count == 3, "every entry: \(r.stdout)")
        #expect(try CLI.run(["--store", store, "log", "--since", "2999-01-01"]).stdout.contains("no journal entries"))
        expectError(try CLI.run(["--store", store, "log", "--since", "junk"]), "--since: junk is not a valid date", "a bad date")
    }

    @Test func whenScaleSetReadHelpAndQuitPrintWhatTheySay() throws {
        let (dir, store) = try seededStore()
        var r = try CLI.run(["when", "Tuesday", "--ref", "2025-04-17"], in: dir)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "2025-04-15 (day) · Tuesday", "\(r.stdout)")
        r = try CLI.run(["when", "Friday", "--ref", "2025-04-17", "--prefer", "future"], in: dir)
        #expect(r.stdout.hasPrefix("2025-04-18 (day)"), "\(r.stdout)")
        expectError(try CLI.run(["when", "Friday", "--ref", "2025-04-17", "--prefer", "sideways"], in: dir),
                    "--prefer takes past or future, not sideways", "a bad preference")

        r = try CLI.run(["--store", store, "scale"])
        #expect(r.stdout.hasPrefix("scale standard (best first)"), "\(r.stdout)")
        #expect(row("mostly-true", in: r.stdout).split(separator: " ").prefix(4).joined(separator: " ") == "mostly-true 4 Mostly true", "\(r.stdout)")
        r = try CLI.run(["--store", store, "scale", "set", "strict", "true", "false"])
        #expect(r.stdout.contains("scale strict: true, false"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "scale"])
        #expect(r.stdout.hasPrefix("scale strict (best first)") && !r.stdout.contains("mostly-true"), "\(r.stdout)")
        expectError(try CLI.run(["--store", store, "scale", "bogus"]), "unexpected argument bogus", "a bad scale action")

        r = try CLI.run(["--store", store], stdin: "set\nset format json\nstats\n")
        #expect(r.stdout.contains("format     table") && r.stdout.contains("store      \(store)"), "\(r.stdout)")
        #expect(r.stdout.contains("\"claims\": 17"), "stats as JSON after set format json: \(r.stdout)")
        expectError(try CLI.run(["--store", store, "set", "format", "yaml"]), "unknown format yaml", "a bad format")
        expectError(try CLI.run(["--store", store, "set", "nosuch", "1"]), "unknown setting nosuch", "a bad setting")

        r = try CLI.run(["--store", store, "read", "D1", "0-80"])
        let text = try String(contentsOfFile: CLI.seed, encoding: .utf8)
        let at28 = String(text.dropFirst(28).prefix(20))
        #expect(r.stdout.contains("  28  \(at28)"), "the margin gives the offset of the line: \(r.stdout)")
        expectError(try CLI.run(["--store", store, "read", "D1", "80-20"]), "a range is START-END", "a backwards range")
        expectError(try CLI.run(["--store", store, "read", "D9"]), "no document D9", "a missing document")

        r = try CLI.run(["help", "when"], in: dir)
        #expect(r.stdout.hasPrefix("usage: when EXPRESSION..."), "\(r.stdout)")
        expectError(try CLI.run(["help", "nosuch"], in: dir), "unknown command nosuch", "help on nothing")
        r = try CLI.run(["--store", store], stdin: "documents\nquit\nstats\n")
        #expect(r.status == 0 && r.stdout.contains("D1") && !r.stdout.contains("journal "), "nothing runs after quit: \(r.stdout)")
        expectError(try CLI.run(["--store", store, "quit", "now"]), "unexpected argument now", "quit with an argument")
    }

    @Test func documentsShowAndClaimFiltersSelectWhatTheyName() throws {
        let (_, store) = try seededStore()
        var r = try CLI.run(["--store", store, "documents"])
        #expect(row("D1", in: r.stdout).split(separator: " ").prefix(3).joined(separator: " ") == "D1 2025-04-17 17", "\(r.stdout)")
        r = try CLI.run(["--store", store, "claims", "--doc", "D1", "--kind", "mixed"])
        #expect(ids(r.stdout) == ["C15"] && row("C15", in: r.stdout).contains("Abbas Araqchi"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "claims", "--kind", "assertion", "--limit", "3"])
        #expect(ids(r.stdout) == ["C1", "C3", "C5"], "\(r.stdout)")
        #expect(try CLI.run(["--store", store, "claims", "--by", "Nobody"]).stdout.contains("no claims"))
        r = try CLI.run(["--store", store, "show", "S2"])
        #expect(r.stdout.hasPrefix("S2  Khamenei (Ayatollah)") && r.stdout.contains("claims    1"), "\(r.stdout)")
        r = try CLI.run(["--store", store, "show", "D1"])
        #expect(r.stdout.contains("byline    Scott Lucas") && r.stdout.contains("published 2025-04-17"), "\(r.stdout)")
        expectError(try CLI.run(["--store", store, "claims", "--limit", "many"]), "--limit needs a number", "a bad limit")
        expectError(try CLI.run(["--store", store, "claims", "--doc", "X1"]), "not a valid id", "a bad document id")
        expectError(try CLI.run(["--store", store, "show", "S99"]), "S99", "a missing speaker")
    }

    /// A passage may end at the text's last character (and not one past it); a span is snapped
    /// outward to whole words.
    @Test func evidenceSpansReachTheEndOfTheTextAndNoFurther() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        let text = "Harbour fees\n\nHarbour fees will rise by 12 percent next year, Mayor Ann Lee said on Tuesday.\n\n"
            + "The council meets again in the spring to vote on the plan"
        try Data(text.utf8).write(to: article)
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", article.path, "--published", "2025-04-17"]).status == 0)
        let end = text.unicodeScalars.count
        var r = try CLI.run(["--store", store, "evidence", "add", "C1", "context", "--span", "D1:\(end - 3)-\(end)"])
        #expect(r.status == 0 && r.stdout.contains("E1 added to C1 (context)"), "\(r.stdout)\(r.stderr)")
        r = try CLI.run(["--store", store, "evidence"])
        #expect(row("E1", in: r.stdout).hasSuffix("D1:\(end - 4)-\(end)"), "snapped to the whole last word: \(r.stdout)")
        expectError(try CLI.run(["--store", store, "evidence", "add", "C1", "context", "--span", "D1:\(end - 1)-\(end + 2)"]),
                    "span is outside D1 (\(end) characters)", "a span past the end")
    }
}
