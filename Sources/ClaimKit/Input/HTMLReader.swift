/// Article text and metadata from an HTML page.
///
/// The page is parsed by gumbo (`HTMLPage`), the article body found by content scoring
/// (`HTMLContent`), and the headline, byline, datelines and share/read-more labels moved out of the
/// body (`HTMLBodyCleaner`) into the metadata. The text is the body's paragraphs, one blank line apart.
enum HTMLReader {
    static func read(_ text: String, stripRawText: Bool = true) -> SourceText {
        let page = HTMLPage.parse(text, stripRawText: stripRawText)
        let chosen = HTMLContent(page: page).articleBlocks()
        let headline = HTMLHeadline.find(in: page, chosen: chosen)
        var cleaner = HTMLBodyCleaner(page: page, headline: headline?.text)
        let body = cleaner.clean(chosen)

        var out = [UInt8]()
        out.reserveCapacity(body.reduce(0) { $0 + page.blocks[$1].range.count + 2 })
        for (k, b) in body.enumerated() {
            if k > 0 { out.append(0x0A); out.append(0x0A) }
            out.append(contentsOf: page.text[page.blocks[b].range])
        }
        if !out.isEmpty { out.append(0x0A) }

        var warnings: [String] = []
        var metadata = HTMLMetadata.build(metas: page.metas, canonical: page.canonical, title: page.title,
                                          h1: headline?.text, jsonLD: page.jsonLD, times: page.times.map(\.value),
                                          visibleDates: { visibleDates(page) }, warnings: &warnings)
        if let story = storyTitle(page, h1: headline?.text, current: metadata.title) { metadata.title = story }
        if metadata.byline == nil, let byline = cleaner.byline { metadata.byline = byline }
        if metadata.dateline == nil, let dateline = cleaner.dateline { metadata.dateline = dateline }
        var source = SourceText(text: String(decoding: out, as: UTF8.self), metadata: metadata)
        source.warnings = warnings
        source.bodyWords = page.bodyWords
        return source
    }

    /// A blog whose `<h1>` is its own name ("The BLT: The Blog of Legal Times") and whose `<title>` gives the story's
    /// headline before that name: the headline, when a heading of the page shows it too.
    static func storyTitle(_ page: HTMLPage, h1: String?, current: String?) -> String? {
        guard let h1 = h1.map(HTMLMetadata.clean), current == h1, let title = page.title.map(HTMLMetadata.clean),
              let sep = HTMLMetadata.siteSeparators.first(where: { title.hasSuffix($0 + h1) }) else { return nil }
        let story = String(title.dropLast(sep.count + h1.count)).trimmingCharacters(in: .whitespaces)
        guard !story.isEmpty else { return nil }
        let shown = page.blocks.contains { $0.heading > 1 && HTMLMetadata.clean(String(decoding: page.text[$0.range], as: UTF8.self)) == story }
        return shown ? story : nil
    }

    /// Short paragraphs outside the page's chrome whose element's class or id names a date ("timeLine", "post-date",
    /// "published"), not an update: what a reader sees as the article's date when no metadata gives one.
    static func visibleDates(_ page: HTMLPage) -> [String] {
        page.blocks.lazy.filter { b in
            guard !b.chrome, b.words >= 2, b.words <= 12, b.owner >= 0 else { return false }
            let names = page.elements[b.owner].classAndID
            return HTMLHints.datePatterns.contains { names.contains($0) } && !names.contains("updat") && !names.contains("modif")
        }.map { String(decoding: page.text[$0.range], as: UTF8.self) }
        .filter { text in !["updated", "last updated", "modified"].contains { text.lowercased().hasPrefix($0) } }
    }

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "asknewsarticle", "askpublicfeedbacknewsarticle",
        "blogposting", "liveblogposting", "report", "satiricalarticle", "scholarlyarticle", "techarticle",
    ]
}
