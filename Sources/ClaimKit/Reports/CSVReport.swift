/// One row per claim, RFC 4180, formula-injection safe; `checked_before` names the earlier check a
/// claim repeats, as the HTML and Markdown reports do. The last line, after the rows, is a
/// comment that states the journal head the file was made at (`# claimcheck journal head N:HASH`,
/// no comma, so a spreadsheet shows it as one cell), for `log verify --report FILE`.
public enum CSVReport {
    public static let header = ["id", "document", "speaker", "kind", "date", "statement", "rating", "reason",
                                "supports", "contradicts", "context", "checked_before"]

    public static func render(_ data: ReportData) -> String {
        CSV.render(header: header, rows: data.allClaims.map { item in
            let c = item.claim
            return ["C\(c.id)", c.documentID.map { "D\($0)" } ?? "", ReportData.speakerLabel(c), c.kind.rawValue,
                    ReportData.dateLabel(c.when) ?? "", c.statement, item.current?.rating ?? c.status, item.current?.reason ?? "",
                    String(c.supports), String(c.contradicts), String(c.context), item.earlierCheck?.earlierCheckText ?? ""]
        }) + trailer(data)
    }

    /// The comment line that closes the file.
    static func trailer(_ data: ReportData) -> String {
        "# claimcheck journal head \(data.journalEntries):\(data.journalHead)\r\n"
    }
}
