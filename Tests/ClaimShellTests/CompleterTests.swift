import Testing
@testable import ClaimShell

@Suite struct CompleterTests {
    let completer = Completer(session: nil)

    @Test func commandNames() {
        #expect(completer.candidates(for: "sta").candidates == ["stats"])
        #expect(completer.candidates(for: "s").candidates == ["scale", "set", "show", "source", "speaker", "speakers", "stats"])
    }

    @Test func flagsAndTheirValues() {
        #expect(completer.candidates(for: "claims --ki").candidates == ["--kind"])
        #expect(completer.candidates(for: "claims --kind d").candidates == ["direct"])
        #expect(completer.candidates(for: "claims --format j").candidates == ["json"])
        #expect(completer.candidates(for: "when x --prefer ").candidates == ["past", "future"])
    }

    @Test func subcommandsOfHelpAndSet() {
        #expect(completer.candidates(for: "help cla").candidates == ["claim", "claims"])
        #expect(completer.candidates(for: "help claims").candidates == ["claims"])
        #expect(completer.candidates(for: "set pub").candidates == ["published"])
    }

    @Test func partialWordInsideAQuote() {
        let (words, partial) = Completer.split("load \"my fi")
        #expect(words == ["load"])
        #expect(partial == "my fi")
    }

    @Test func commonPrefix() {
        #expect(Completer.commonPrefix(["speakers", "speak", "spe"]) == "spe")
    }
}
