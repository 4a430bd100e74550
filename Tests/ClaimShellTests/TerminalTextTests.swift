import Testing
@testable import ClaimShell

/// Control characters from documents never reach the terminal raw; claimcheck's own colours do.
@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownInCaretNotation() {
        #expect(TerminalText.visible("a\u{1B}]52;c;aGk=\u{07}b") == "a^[]52;c;aGk=^Gb", "an OSC 52 clipboard write is inert")
        #expect(TerminalText.visible("over\rwrite") == "over^Mwrite")
        #expect(TerminalText.visible("a,b\r\nc\r") == "a,b\r\nc^M", "CSV's CR LF stays; a lone CR does not")
        #expect(TerminalText.visible("del\u{7F}") == "del^?")
        #expect(TerminalText.visible("c1\u{85}x") == "c1<U+0085>x")
        #expect(TerminalText.visible("lines\nand\ttabs stay") == "lines\nand\ttabs stay")
        #expect(TerminalText.visible("plain “text” 🧪") == "plain “text” 🧪")
    }

    @Test func ownColourCodesStayButOthersDoNot() {
        let styled = "\u{1B}[1mC1\u{1B}[0m · \u{1B}[31;1mfalse\u{1B}[0m"
        #expect(TerminalText.keepingColour(styled) == styled)
        #expect(TerminalText.keepingColour("\u{1B}[1mC1\u{1B}[0m \u{1B}[2J\u{1B}]0;title\u{07}")
                == "\u{1B}[1mC1\u{1B}[0m ^[[2J^[]0;title^G")
        // Colour codes claimcheck never writes come from a document: concealed text is shown.
        #expect(TerminalText.keepingColour("\u{1B}[36mC1\u{1B}[0m \u{1B}[8mhidden\u{1B}[31;1m")
                == "\u{1B}[36mC1\u{1B}[0m ^[[8mhidden\u{1B}[31;1m")
    }
}
