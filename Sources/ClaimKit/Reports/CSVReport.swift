/// One row per claim, RFC 4180, formula-injection safe; `checked_before` names the earlier check a
/// claim repeats, as the HTML and Markdown reports do.
public enum CSVReport {
    public static let header = ["id", "document", "speaker", "kind", "date", "statement", "rating", "reason",
                                "supports", "contradicts", "context", "checked_before"]

    public static func render(_ data: ReportData) -> String {
        CSV.render(header: header, rows: data.allClaims.map { item in
            let c = item.claim
            return ["C\(c.id)", c.documentID.map { "D\($0)" } ?? "", ReportData.speakerLabel(c), c.kind.rawValue,
                    ReportData.dateLabel(c.when) ?? "", c.statement, item.current?.rating ?? c.status, item.current?.reason ?? "",
                    String(c.supports), String(c.contradicts), String(c.context), item.earlierCheck?.earlierCheckText ?? ""]
        })
    }
}
