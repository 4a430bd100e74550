/// How listings and records are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown

    public init(parsing text: String) throws(ShellError) {
        guard let f = OutputFormat(rawValue: text.lowercased()) else {
            throw ShellError("unknown format \(text) (expected table, json, csv or markdown)")
        }
        self = f
    }
}
