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
                                          warnings: &warnings)
        if metadata.byline == nil, let byline = cleaner.byline { metadata.byline = byline }
        if metadata.dateline == nil, let dateline = cleaner.dateline { metadata.dateline = dateline }
        var source = SourceText(text: String(decoding: out, as: UTF8.self), metadata: metadata)
        source.warnings = warnings
        source.bodyWords = page.bodyWords
        return source
    }

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "asknewsarticle", "askpublicfeedbacknewsarticle",
        "blogposting", "liveblogposting", "report", "satiricalarticle", "scholarlyarticle", "techarticle",
    ]
}
