import Testing
@testable import ClaimShell

@Suite struct TokenizerTests {
    private func words(_ line: String) throws -> [String] {
        guard case .words(let w) = try Tokenizer.tokenize(line) else {
            Issue.record("expected words for \(line)")
            return []
        }
        return w
    }

    @Test(arguments: [
        ("claims", ["claims"]),
        ("  claims   --by   Araqchi  ", ["claims", "--by", "Araqchi"]),
        ("load \"my file.txt\" --outlet 'EA WorldView'", ["load", "my file.txt", "--outlet", "EA WorldView"]),
        ("find \"say \\\"hi\\\"\"", ["find", "say \"hi\""]),
        ("find 'it''s'", ["find", "its"]),
        ("find a\\ b", ["find", "a b"]),
        ("find “curly” quotes", ["find", "“curly”", "quotes"]),
        ("find \"“curly inside”\"", ["find", "“curly inside”"]),
        ("stats # a comment", ["stats"]),
        ("# only a comment", []),
        ("", []),
        ("find C#", ["find", "C#"]),
        ("set author \"\"", ["set", "author", ""]),
        ("find 'back\\slash'", ["find", "back\\slash"]),
        ("verdict c3 false", ["verdict", "c3", "false"]),
    ])
    func splitsWords(_ line: String, _ expected: [String]) throws {
        #expect(try words(line) == expected)
    }

    @Test func trailingBackslashAsksForMore() throws {
        #expect(try Tokenizer.tokenize("when \"five weeks later\" \\") == .needsContinuation)
        // Inside a double quote too: the quote goes on on the next line.
        #expect(try Tokenizer.tokenize("a \"b\\") == .needsContinuation)
        #expect(try words("when \"five weeks later\" " + " --ref 2025-03-08") == ["when", "five weeks later", "--ref", "2025-03-08"])
    }

    @Test(arguments: [
        ("find \"open", "unterminated \" quote", 6),
        ("find 'open", "unterminated ' quote", 6),
    ])
    func badQuotingIsAClearError(_ line: String, _ message: String, _ column: Int) {
        #expect(throws: Tokenizer.Failure(message: message, column: column)) { try Tokenizer.tokenize(line) }
    }

    @Test func controlCharactersAreRefused() {
        #expect(throws: Tokenizer.Failure.self) { try Tokenizer.tokenize("find a\u{07}b") }
    }

    @Test(arguments: ["plain", "two words", "quote\"d", "it's", "back\\slash", "#hash", "", "\n", "a\r\nb", "tab\there"])
    func quoteIfNeededRoundTrips(_ word: String) throws {
        #expect(try words("x " + Tokenizer.quoteIfNeeded(word)) == ["x", word])
    }

    @Test func longLineIsLinear() throws {
        let line = "find " + String(repeating: "word ", count: 200_000)
        #expect(try words(line).count == 200_001)
    }

    /// Inputs the fuzzer found (scripts/fuzz.sh): each must tokenize and round-trip through quoteIfNeeded.
    @Test(arguments: [
        "find \"say \\\"hi\\\"\" a\\ b \\\n",       // an escaped line break became a word that did not round-trip
        "x \\\\\n\u{0323}",                                  // a combining mark after a blank merged with it
        "\"\u{0301}\" '\u{0301}'",                             // a combining mark right after a quote
    ])
    func fuzzRegressions(_ line: String) throws {
        guard case .words(let words) = try Tokenizer.tokenize(line) else { return }
        let again = words.map(Tokenizer.quoteIfNeeded).joined(separator: " ")
        #expect(try Tokenizer.tokenize(again) == .words(words))
    }
}

