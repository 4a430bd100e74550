import Testing
@testable import ClaimShell

@Suite struct ArgumentsTests {
    let specs = [OptionSpec("--by", value: "SPEAKER"), OptionSpec("--bail")]

    @Test func splitsPositionalsAndOptions() throws {
        let a = try Arguments(["C3", "--by", "Araqchi", "--bail", "rest"], options: specs, usage: "u")
        #expect(a.positionals == ["C3", "rest"])
        #expect(a.value("--by") == "Araqchi")
        #expect(a.has("--bail"))
        #expect(!a.has("--format"))
    }

    @Test func equalsFormAndDoubleDash() throws {
        let a = try Arguments(["--by=Khamenei", "--", "--bail"], options: specs, usage: "u")
        #expect(a.value("--by") == "Khamenei")
        #expect(a.positionals == ["--bail"])
    }

    @Test func negativeNumbersArePositionals() throws {
        #expect(try Arguments(["-5"], options: specs, usage: "u").positionals == ["-5"])
    }

    @Test func unknownOptionSuggests() {
        #expect(throws: ShellError("unknown option --bi; did you mean --by?", usage: "u")) {
            try Arguments(["--bi", "x"], options: specs, usage: "u")
        }
    }

    @Test func missingValue() {
        #expect(throws: ShellError("--by needs a value (SPEAKER)", usage: "u")) {
            try Arguments(["--by"], options: specs, usage: "u")
        }
    }

    @Test func everyCommandAcceptsFormat() throws {
        #expect(try Arguments(["--format", "json"], options: [], usage: "u").value("--format") == "json")
    }

    @Test func idsAreCaseInsensitive() throws {
        #expect(try Identifier.parse("c3", prefix: "C") == 3)
        #expect(try Identifier.parse("C3", prefix: "C") == 3)
        #expect(try Identifier.parse("3", prefix: "C") == 3)
        #expect(throws: ShellError.self) { try Identifier.parse("C0", prefix: "C") }
        #expect(throws: ShellError.self) { try Identifier.parse("Cx", prefix: "C") }
        #expect(Identifier.kind(of: "d12") == "D")
    }

    @Test func suggestions() {
        #expect(Suggest.closest(to: "cliams", among: ["claims", "clear"]) == "claims")
        #expect(Suggest.closest(to: "hlep", among: ["help", "load"]) == "help")
        #expect(Suggest.closest(to: "zzzzzz", among: ["help", "load"]) == nil)
    }
}
