import ClaimKit

/// Options shared by `load` and `extract`: what the file is and what its metadata does not say.
enum ExtractOptions {
    static let published = ShellOption.date("--published", help: "publication date (YYYY-MM-DD) that relative dates resolve against")
    static let url = ShellOption.text("--url", "URL", help: "where the article was published")
    static let outlet = ShellOption.text("--outlet", "NAME", help: "the publication")
    static let format = ShellOption(OptionSpec("--as", value: "FORMAT", completion: .values(SourceFormat.allCases.map(\.rawValue)),
                                          help: "read the file as this format (default: from its extension)")) { text throws(ShellError) in
        guard let format = SourceFormat(rawValue: text.lowercased()) else {
            throw ShellError("unknown input format \(text) (expected plain, markdown or html)")
        }
        return format
    }
    static let maxSize = ShellOption.count("--max-size", "BYTES", help: "largest file accepted (default 20 MiB)")
    static let all = [published.spec, url.spec, outlet.spec, format.spec, maxSize.spec]

    static func overrides(_ args: Arguments) throws(ShellError) -> ArticleFile.Overrides {
        var o = ArticleFile.Overrides()
        o.published = try args[published]
        o.url = try args[url]
        o.outlet = try args[outlet]
        o.format = try args[format]
        return o
    }

    static func maxBytes(_ args: Arguments, _ session: Session) throws(ShellError) -> Int {
        try args[maxSize] ?? session.settings.maxBytes
    }
}
