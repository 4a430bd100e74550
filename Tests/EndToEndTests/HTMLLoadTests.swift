import Foundation
import Testing

/// Loading saved web pages: nothing is lost in silence.
@Suite struct HTMLLoadTests {
    @Test func folderOfEmptyPagesNamesEachAndFails() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store, "load", CLI.fixture("html/empty-folder")])
        #expect(r.status == 1)
        #expect(r.stdout.contains("loaded 0 articles"))
        #expect(r.stdout.contains("2 failed"))
        for name in ["first.html", "second.html"] {
            #expect(r.stderr.contains("no article text found in \(CLI.fixture("html/empty-folder/" + name)) (the body held 0 words of text)"),
                    "stderr: \(r.stderr)")
        }
    }

    @Test func emptyPageIsRefusedNotStored() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store, "-c", "load \(CLI.fixture("html/empty.html"))", "-c", "stats --format json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no article text found in"))
        #expect(r.stderr.contains("empty.html (the body held 0 words of text)"))
    }

    @Test func sameTextFromTwoFilesIsReportedWithBothNames() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        // Two pages that differ in their chrome but hold the same story.
        let page = try String(contentsOfFile: CLI.fixture("html/form-wrapped.html"), encoding: .utf8)
        try page.write(to: pages.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try page.replacingOccurrences(of: "Most read", with: "Most shared")
            .write(to: pages.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store, "load", pages.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("loaded 1 article"))
        #expect(r.stderr.contains("b.html: same text as D1 (\(pages.appendingPathComponent("a.html").path)), stored once"),
                "stderr: \(r.stderr)")
    }

    @Test func latin1PageLoadsAndSaysItsCharset() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.db").path
        let r = try CLI.run(["--store", store, "load", CLI.fixture("html/latin1.html")])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("read as windows-1252"))
        let u = try CLI.run(["--store", store, "load", CLI.fixture("html/undeclared-latin1.html")])
        #expect(u.stderr.contains("warning: the page declares no charset and is not valid UTF-8"))
    }
}
