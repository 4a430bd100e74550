import Testing
import ClaimKit
@testable import ClaimShell

@Suite struct ArgumentsTests {
    static let speaker = ShellOption.text("--by", "SPEAKER", help: "")
    static let bail = ShellFlag("--bail", help: "")
    let specs = [speaker.spec, bail.spec]

    @Test func splitsPositionalsAndOptions() throws {
        let a = try Arguments(["C3", "--by", "Araqchi", "--bail", "rest"], options: specs, usage: "u")
        #expect(a.positionals == ["C3", "rest"])
        #expect(try a[Self.speaker] == "Araqchi")
        #expect(a[Self.bail])
        #expect(!a.has(Arguments.format))
    }

    @Test func equalsFormAndDoubleDash() throws {
        let a = try Arguments(["--by=Khamenei", "--", "--bail"], options: specs, usage: "u")
        #expect(try a[Self.speaker] == "Khamenei")
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
        #expect(try Arguments(["--format", "json"], options: [], usage: "u")[Arguments.format] == "json")
    }

    /// Typed options convert their value and name a bad one, in one wording for every command.
    @Test func typedOptionsConvertAndNameBadValues() throws {
        let limit = ShellOption.count("--limit", help: "")
        let kind = ShellOption<ClaimKind>.choice("--kind", "KIND", help: "")
        let document = ShellOption.documentID(help: "")
        let since = ShellOption.date("--since", help: "")
        let stance = ShellOption.word("--stance", "S", among: ["for", "against"], help: "")
        let cite = ShellOption.text("--cite", "E", help: "", repeatable: true)
        let options = [limit.spec, kind.spec, document.spec, since.spec, stance.spec, cite.spec]
        let a = try Arguments(["--limit", "7", "--kind", "Direct", "--doc", "d4", "--since", "2025-02-28", "--stance", "FOR",
                               "--cite", "E1", "--cite", "E2"], options: options, usage: "u")
        #expect(try a[limit] == 7)
        #expect(try a[kind] == .direct)
        #expect(try a[document] == 4)
        #expect(try a[since]?.description == "2025-02-28")
        #expect(try a[stance] == "for")
        #expect(try a.values(cite) == ["E1", "E2"])
        #expect(try Arguments([], options: options, usage: "u")[limit] == nil)
        func error(_ words: [String], _ read: (Arguments) throws -> Void) -> String? {
            do { try read(try Arguments(words, options: options, usage: "u")) } catch let e as ShellError { return e.message } catch { return "\(error)" }
            return nil
        }
        #expect(error(["--limit", "0"]) { _ = try $0[limit] } == "--limit needs a positive number, not 0")
        #expect(error(["--kind", "quoted"]) { _ = try $0[kind] } == "--kind takes direct, indirect, mixed or assertion, not quoted")
        #expect(error(["--doc", "C4"]) { _ = try $0[document] }?.hasPrefix("not a valid id: C4") == true)
        #expect(error(["--since", "2025-02-30"]) { _ = try $0[since] }?.contains("not a valid date") == true)
        #expect(error(["--stance", "maybe"]) { _ = try $0[stance] } == "--stance takes for or against, not maybe")
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
