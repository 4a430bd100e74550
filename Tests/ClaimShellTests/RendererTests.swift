import ClaimKit
import Testing
@testable import ClaimShell

@Suite struct RendererTests {
    let table = Table(columns: [Table.Column("id"), Table.Column("statement", flexible: true)],
                      rows: [[.string("C1"), .string("A long statement that will not fit in a narrow terminal at all")],
                             [.string("C2"), .null]])

    @Test func alignedTableFitsTheWidth() {
        let out = Renderer(format: .table, width: 30, style: Style(enabled: false)).render(table)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 30 })
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[2] == "C2  —")
    }

    @Test func noWidthMeansNoCutting() {
        let out = Renderer(format: .table, width: nil, style: Style(enabled: false)).render(table)
        #expect(out.contains("narrow terminal at all"))
    }

    @Test func csvQuotesAndNeutralisesFormulas() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("+1 (555)") == "'+1 (555)")
        #expect(CSV.field("@cmd") == "'@cmd")
        #expect(CSV.field("-3.5") == "-3.5")
        let out = Renderer(format: .csv, width: nil, style: Style(enabled: false)).render(table)
        #expect(out == "id,statement\r\nC1,A long statement that will not fit in a narrow terminal at all\r\nC2,\r\n")
    }

    @Test func markdownEscapesPipes() {
        let t = Table(columns: [Table.Column("a")], rows: [[.string("x | y")]])
        let out = Renderer(format: .markdown, width: nil, style: Style(enabled: false)).render(t)
        #expect(out == "| a |\n| --- |\n| x \\| y |\n")
    }

    @Test func jsonKeepsNullsAndTypes() {
        let out = Renderer(format: .json, width: nil, style: Style(enabled: false)).render(table)
        #expect(out.contains("\"statement\": null"))
        #expect(out.hasPrefix("[\n  {\n    \"id\": \"C1\""))
    }

    @Test func wideCharactersCountTwice() {
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
    }

    @Test func cappedColumnsGiveWayBeforeTheStatement() {
        let t = Table(columns: [Table.Column("speaker", maxWidth: 10), Table.Column("statement", flexible: true)],
                      rows: [[.string("A very long group of speakers indeed"), .string("The statement we want to read")]])
        let out = Renderer(format: .table, width: 45, style: Style(enabled: false)).render(t)
        #expect(out.contains("A very lo…  The statement we want to read"), "\(out)")
    }
}

