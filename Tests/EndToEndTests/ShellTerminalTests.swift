import Foundation
import Testing

/// The interactive shell on a pseudo-terminal: type, see output, Tab, history, Ctrl-C, Ctrl-D.
@Suite(.serialized) struct ShellTerminalTests {
    private func shell(_ dir: URL, history: URL) throws -> PseudoTerminal {
        try PseudoTerminal(arguments: ["--store", dir.appendingPathComponent("s.db").path],
                           environment: ["CLAIMCHECK_HISTORY": history.path], directory: dir)
    }

    @Test func typeACommandAndSeeItsOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitFor("Ctrl-D leaves"), "banner: \(t.screen)")
        #expect(t.screen.contains("claimcheck 0.1.0"))
        #expect(t.waitForPrompt(count: 1))
        t.send("when \"five weeks later\" --ref 2025-03-08\r")
        #expect(t.waitFor("2025-04-12 (day) · Saturday"), "screen: \(t.screen)")
        #expect(t.waitForPrompt(count: 2))
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func tabCompletesCommandNamesFlagsAndValues() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        // libedit redraws with cursor moves, so look at what the completed line does, not at its echo.
        #expect(t.type("stat"))
        #expect(t.type("\t"), "Tab answered: \(t.screen)")
        t.send("\r")
        #expect(t.waitFor("journal"), "completed to stats and ran: \(t.screen)")
        #expect(t.waitForPrompt(count: 2))
        #expect(t.type("claims --ki"))
        #expect(t.type("\t"), "Tab answered: \(t.screen)")
        #expect(t.type("dir"))
        #expect(t.type("\t"), "Tab answered: \(t.screen)")
        t.send("\r")
        #expect(t.waitFor("no claims"), "ran claims --kind direct: \(t.screen)")
        #expect(!t.screen.contains("unknown option"))
        #expect(t.waitForPrompt(count: 3))
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func controlCharactersFromAnArticleNeverReachTheTerminalRaw() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        // An OSC 52 clipboard write and a screen clear hidden in a quote.
        try "“Prices \u{1B}]52;c;aGVsbG8=\u{07}rose\u{1B}[2J by 5 percent,” Finance Minister Ana Lima said on Monday.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        t.send("load \(article.path) --published 2025-04-17\r")
        #expect(t.waitForPrompt(count: 2))
        t.send("show C1\r")
        #expect(t.waitFor("^[]52;c;aGVsbG8=^G"), "shown in caret notation: \(t.screen)")
        #expect(!t.screen.contains("\u{1B}]52"), "no OSC sequence reached the terminal")
        #expect(!t.screen.contains("\u{1B}[2J"), "no screen clear reached the terminal")
        #expect(t.waitForPrompt(count: 3))
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    /// Piped on (`| cat`, `| less -R`) the output reaches a terminal all the same: every command that
    /// prints article text or an author shows control characters visibly there too.
    @Test func controlCharactersStayVisibleWhenTheOutputIsPiped() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        // A colour code (`ESC [ 8 m` conceals text) as well as other sequences.
        try "“Prices \u{1B}]52;c;aGVsbG8=\u{07}rose\u{1B}[2J by 5 \u{1B}[8mpercent,” Finance Minister Ana Lima said on Monday.\n"
            .write(to: article, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.db").path
        let load = try CLI.run(["--store", store, "--author", "eve\u{1B}]0;title\u{07}", "load", article.path, "--published", "2025-04-17"])
        #expect(load.status == 0, "\(load.stderr)")
        for command in [["extract", article.path], ["show", "C1"], ["claims"], ["find", "prices"], ["log"], ["log", "1"], ["read", "D1"]] {
            let r = try CLI.run(["--store", store] + command)
            #expect(r.status == 0, "\(command): \(r.stderr)")
            let raw = (r.stdout + r.stderr).unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }
            #expect(!raw, "\(command) wrote a raw control character: \(r.stdout.debugDescription.prefix(300))")
            #expect(r.stdout.contains("^["), "\(command) shows it in caret notation: \(r.stdout.prefix(300))")
        }
        let json = try CLI.run(["--store", store, "claims", "--format", "json"])
        #expect(json.stdout.contains("\\u001b]52"), "JSON keeps it escaped: \(json.stdout.prefix(300))")
    }

    @Test func longListingsGoThroughThePagerUntilItIsTurnedOff() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try PseudoTerminal(arguments: ["--store", dir.appendingPathComponent("s.db").path],
                                   environment: ["CLAIMCHECK_HISTORY": dir.appendingPathComponent("h").path, "PAGER": "sed s/^/PAGED:/"],
                                   directory: dir)
        #expect(t.waitForPrompt(count: 1))
        t.send("load \(CLI.fixture("articles")) --published 2025-04-17\r")
        #expect(t.waitForPrompt(count: 2))
        t.send("claims\r")
        #expect(t.waitFor("PAGED:C1 "), "a listing longer than the 40-row terminal is paged: \(t.screen)")
        #expect(t.waitForPrompt(count: 3))
        t.send("stats\r")
        #expect(t.waitFor("journal"))
        #expect(!t.screen.contains("PAGED:journal"), "a short result is not paged")
        #expect(t.waitForPrompt(count: 4))
        t.send("set pager off\r")
        #expect(t.waitForPrompt(count: 5))
        let before = t.screen.components(separatedBy: "PAGED:").count
        t.send("claims\r")
        #expect(t.waitForPrompt(count: 6))
        #expect(t.screen.components(separatedBy: "PAGED:").count == before, "no paging after set pager off")
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func anEightyColumnTerminalKeepsIdDateAndSpeakerAndWrapsShow() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        let t = try PseudoTerminal(arguments: ["--store", store], environment: ["CLAIMCHECK_HISTORY": dir.appendingPathComponent("h").path],
                                   directory: dir, columns: 80)
        #expect(t.waitForPrompt(count: 1))
        t.send("claims\r")
        #expect(t.waitFor("C17"), "\(t.screen)")
        #expect(t.waitForPrompt(count: 2))
        // "\r\n" is one Character in Swift: lines are split on it, not on "\n".
        let rows = t.screen.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init).filter { $0.hasPrefix("C") }
        #expect(rows.count >= 17, "\(t.screen.debugDescription.prefix(1500))")
        for row in rows {
            #expect(row.count <= 80, "fits 80 columns: \(row)")
        }
        let c2 = try #require(rows.first { $0.hasPrefix("C2 ") })
        #expect(c2.contains("2025-03-08") && c2.contains("Khamenei") && c2.hasSuffix("…"), "id, date, speaker kept, statement cut: \(c2)")
        t.send("show C2\r")
        #expect(t.waitFor("check-worthiness"))
        #expect(t.waitForPrompt(count: 3))
        let lines = t.screen.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
        let start = try #require(lines.lastIndex { $0.contains("statement") })
        #expect(lines[start].count <= 80 && lines[start + 1].hasPrefix("            "), "wrapped under its column: \(lines[start...start + 2])")
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func ctrlCAbandonsTheLineAndKeepsTheShell() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        t.send("bogus words here")
        #expect(t.waitFor("here"))
        t.send("\u{03}")
        #expect(t.waitForPrompt(count: 2), "a fresh prompt after Ctrl-C: \(t.screen)")
        t.send("stats\r")
        #expect(t.waitFor("journal"))
        #expect(!t.screen.contains("unknown command bogus"), "the abandoned line did not run")
        #expect(t.waitForPrompt(count: 3))
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func historySurvivesARestart() throws {
        let dir = try CLI.temporaryDirectory()
        let history = dir.appendingPathComponent("history")
        do {
            let t = try shell(dir, history: history)
            #expect(t.waitForPrompt(count: 1))
            t.send("when yesterday --ref 2025-04-17\r")
            #expect(t.waitFor("2025-04-16"))
            #expect(t.waitForPrompt(count: 2))
            t.send("\u{04}")
            #expect(t.waitForExit() == 0)
        }
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("yesterday"))
        let t = try shell(dir, history: history)
        #expect(t.waitForPrompt(count: 1))
        t.send("\u{1B}[A")  // up arrow: the last command comes back
        #expect(t.waitFor("--ref 2025-04-17"))
        t.send("\r")
        #expect(t.waitFor("2025-04-16 (day)"), "recalled command ran: \(t.screen)")
        #expect(t.waitForPrompt(count: 2))
        t.send("\u{04}")
        _ = t.waitForExit()
    }

    @Test func errorsDoNotLeaveTheShell() throws {
        let dir = try CLI.temporaryDirectory()
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        t.send("hlep\r")
        #expect(t.waitFor("did you mean help?"))
        #expect(t.waitForPrompt(count: 2))
        t.send("quit\r")
        #expect(t.waitForExit() == 0, "quit after an error leaves normally")
    }

    @Test func ctrlCStopsALongExtractAtOnceAndKeepsTheShell() throws {
        let dir = try CLI.temporaryDirectory()
        // One article far too long to extract in the moment before Ctrl-C.
        let paragraph = "“We will look at it again in the spring,” Mayor Ann Lee said on Monday of the harbour plan.\n\n"
        let article = dir.appendingPathComponent("long.txt")
        try Data(("Headline\n\n" + String(repeating: paragraph, count: 250_000)).utf8).write(to: article)
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        let idle = t.processorSeconds
        t.send("extract \(article.path) --max-size 100000000\r")
        #expect(t.waitForWork(seconds: 0.3, since: idle), "the extract is at work")
        t.interrupt()
        #expect(t.waitFor("error: interrupted", timeout: 5), "the extract stopped: \(t.screen.suffix(300))")
        #expect(t.waitForPrompt(count: 2), "the shell is still there")
        #expect(!t.screen.contains("Ann Lee"), "no claims were printed")
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
    }

    @Test func ctrlCInterruptsALongLoadAndKeepsWhatFinished() throws {
        let dir = try CLI.temporaryDirectory()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for i in 0..<1500 {
            let text = "Headline \(i)\n\nBy A. Writer\n\n\"We will look at it,\" Mayor Ann Lee said on Monday of plan \(i).\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent(String(format: "a%04d.txt", i)))
        }
        let t = try shell(dir, history: dir.appendingPathComponent("h"))
        #expect(t.waitForPrompt(count: 1))
        let idle = t.processorSeconds
        t.send("load \(articles.path)\r")
        #expect(t.waitForWork(seconds: 0.4, since: idle), "the load is at work")
        t.interrupt()
        #expect(t.waitFor("interrupted after"), "the load stopped: \(t.screen.suffix(300))")
        #expect(t.waitForPrompt(count: 2), "the shell is still there")
        t.send("log verify\r")
        #expect(t.waitFor("journal intact"), "what finished is consistent: \(t.screen.suffix(300))")
        #expect(t.waitForPrompt(count: 3))
        t.send("\u{04}")
        #expect(t.waitForExit() == 0)
        // The articles the message counts are the ones kept, no more and no fewer.
        let said = t.screen.components(separatedBy: "interrupted after ").last?.prefix { $0.isNumber } ?? ""
        let loaded = try #require(Int(said), "a count in: \(t.screen.suffix(300))")
        #expect(loaded > 0 && loaded < 1500, "stopped part way: \(loaded)")
        let docs = try CLI.run(["--store", dir.appendingPathComponent("s.db").path, "documents", "--format", "json"])
        let kept = try #require(try JSONSerialization.jsonObject(with: Data(docs.stdout.utf8)) as? [[String: Any]])
        #expect(kept.count == loaded, "\(loaded) said loaded, \(kept.count) in the store")
    }
}
