import Foundation
import Testing

/// Evidence from a passage: `read` prints offsets in the margin, `--span` snaps to whole words and
/// keeps the quote on one line, and citing the claim's own article is warned about.
@Suite struct PassageTests {
    private func store() throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        #expect(try CLI.run(["--store", store, "load", CLI.fixture("articles/09_business_central_bank.txt"), "--published", "2025-12-12"]).status == 0)
        return store
    }

    @Test func readPrintsEachLinesOffsetAndTheTextAtIt() throws {
        let store = try store()
        let r = try CLI.run(["--store", store, "read", "D2"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: CLI.fixture("articles/09_business_central_bank.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        for line in r.stdout.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            guard let offset = Int(trimmed.prefix { $0.isNumber }) else { continue }
            let shown = String(trimmed.drop { $0.isNumber }.dropFirst(2))
            guard !shown.isEmpty else { continue }
            // The margin's offset is where the shown text starts in the stored text.
            let stored = String(String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + shown.unicodeScalars.count)]))
            #expect(stored == shown, "offset \(offset)")
            checked += 1
        }
        #expect(checked > 5)
        let part = try CLI.run(["--store", store, "show", "D2", "--text"])
        #expect(part.stdout == r.stdout, "show --text is read")
        let past = try CLI.run(["--store", store, "read", "D2", "99999-100000"])
        #expect(past.status == 1 && past.stderr.contains("past its end"))
    }

    @Test func aSpanSnapsToWordsAndItsQuoteIsOneLine() throws {
        let store = try store()
        // 3 characters into a word, ending inside another, across a paragraph break.
        let text = try String(contentsOfFile: CLI.fixture("articles/09_business_central_bank.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let breakAt = try #require(scalars.indices.first { $0 > 200 && scalars[$0] == "\n" && scalars[$0 + 1] == "\n" })
        let isLetter: (Int) -> Bool = { scalars[$0].properties.isAlphabetic }
        // Inside a word some way before the break, and inside a word just after it.
        let start = try #require((100..<breakAt - 20).reversed().first { isLetter($0 - 1) && isLetter($0) && isLetter($0 + 1) })
        let end = try #require((breakAt + 3..<breakAt + 60).first { isLetter($0 - 1) && isLetter($0) })
        let r = try CLI.run(["--store", store, "evidence", "add", "C1", "supports", "--span", "D2:\(start)-\(end)"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try CLI.run(["--store", store, "evidence", "C1", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let source = try #require(items.first?["source"] as? String)
        let bounds = source.dropFirst(3).split(separator: "-").compactMap { Int($0) }
        #expect(bounds.count == 2)
        let isWord: (Unicode.Scalar) -> Bool = { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        #expect(bounds[0] <= start && !(isWord(scalars[bounds[0] - 1]) && isWord(scalars[bounds[0]])), "starts on a word: \(source)")
        #expect(bounds[1] >= end && !(isWord(scalars[bounds[1] - 1]) && isWord(scalars[bounds[1]])), "ends on a word: \(source)")
        let quote = try #require(items.first?["quote"] as? String)
        #expect(!quote.contains("\n"), "one line: \(quote)")
    }

    @Test func citingTheClaimsOwnArticleIsCircular() throws {
        let store = try store()
        let claim = try CLI.run(["--store", store, "show", "C7", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(claim.stdout.utf8)) as? [String: Any])
        let span = try #require(object["span"] as? [String: Int])
        var r = try CLI.run(["--store", store, "evidence", "add", "C7", "supports", "--span", "D1:\(span["start"]!)-\(span["end"]!)"])
        #expect(r.status == 0 && r.stderr.contains("cannot be evidence for itself (circular evidence)"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "evidence", "add", "C7", "supports", "--span", "D1:10-40"])
        #expect(r.stderr.contains("the article C7 comes from"), "\(r.stderr)")
        r = try CLI.run(["--store", store, "evidence", "add", "C7", "supports", "--span", "D2:10-40"])
        #expect(r.status == 0 && !r.stderr.contains("circular"), "another article is fine: \(r.stderr)")
    }
}
