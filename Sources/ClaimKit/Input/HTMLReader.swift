import CGumbo

/// Article text and metadata from an HTML page.
///
/// The page is parsed by gumbo (`HTMLPage`), the article body found by content scoring
/// (`HTMLContent`), the standfirst under the headline put before it (`standfirst`), and the headline, byline,
/// datelines and share/read-more labels moved out of the body (`HTMLBodyCleaner`) into the metadata. The text is the body's paragraphs, one blank line apart.
enum HTMLReader {
    static func read(_ text: String, stripRawText: Bool = true) -> SourceText {
        let page = HTMLPage.parse(text, stripRawText: stripRawText)
        var chosen = HTMLContent(page: page).articleBlocks()
        let headline = HTMLHeadline.find(in: page, chosen: chosen)
        if let headline, let deck = standfirst(page, headline: headline.block, chosen: chosen) { chosen.insert(deck, at: 0) }
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

    /// The standfirst: the paragraph (or `<h2>`, `<h3>`) right after the headline, beside it in the same element
    /// (`<h1>` then `<p class="stand-first">`, or both in the article's `<header>`), when the body found starts after it. It
    /// summarises the story in a sentence (8 to 60 words, few links) and is part of the article; a byline or date
    /// line there is taken out by the cleaner like any other.
    static func standfirst(_ page: HTMLPage, headline h: Int, chosen: [Int]) -> Int? {
        let d = h + 1
        guard let first = chosen.first, d < first, d < page.blocks.count else { return nil }
        let head = page.blocks[h], deck = page.blocks[d]
        guard head.owner >= 0, deck.owner >= 0, deck.heading != 1, deck.words >= 8, deck.words <= 60,
              deck.linkBytes * 10 < deck.range.count else { return nil }
        let el = page.elements[deck.owner]
        guard el.tag == Int(GUMBO_TAG_P.rawValue) || deck.heading == 2 || deck.heading == 3,
              el.parent == page.elements[head.owner].parent,
              el.furniture == .none, !el.unlikely else { return nil }
        // Chrome only as the article's own header that holds the headline too.
        if deck.chrome {
            guard deck.chromeElement >= 0, deck.chromeElement == head.chromeElement,
                  HTMLTagInfo.table[page.elements[deck.chromeElement].tag].name == "header" else { return nil }
        }
        return d
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
