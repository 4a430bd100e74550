/// The page's visible headline: the `<h1>` (or a blog's `<h2>`) that the page title names, else the
/// first plain `<h1>` of three words or more. A site logo in an `<h1>` link is not a headline.
struct HTMLHeadline {
    var block: Int
    var text: String

    static func find(in page: HTMLPage, chosen: [Int]) -> HTMLHeadline? {
        // The titles without their site-name part: a logo heading must not match "... | Site".
        let site = page.metas["og:site_name"]
        let titles = [page.title, page.metas["og:title"]].compactMap { $0 }.map { HTMLMetadata.stripSiteSuffix($0, outlet: site) }
        let titleWords = Set(titles.flatMap(words))
        var best: (score: Double, block: Int)?
        var firstPlain: Int?
        let firstChosen = chosen.first ?? Int.max
        for (k, b) in page.blocks.enumerated() where b.heading == 1 || b.heading == 2 {
            let text = String(decoding: page.text[b.range], as: UTF8.self)
            let w = words(text)
            guard w.count >= 2, w.count <= 40 else { continue }
            if !titleWords.isEmpty {
                let shared = Double(w.filter { titleWords.contains($0) }.count) / Double(w.count)
                let score = shared + (b.heading == 1 ? 0.05 : 0) - (k > firstChosen ? 0.01 : 0)
                if shared >= 0.6, best == nil || score > best!.score { best = (score, k) }
            }
            if firstPlain == nil, b.heading == 1, w.count >= 3, b.linkBytes * 2 < b.range.count { firstPlain = k }
        }
        guard let k = best?.block ?? firstPlain else { return nil }
        return HTMLHeadline(block: k, text: HTMLScannerText.collapse(String(decoding: page.text[page.blocks[k].range], as: UTF8.self)))
    }

    /// Lowercased letter-and-digit words.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for u in s.lowercased().unicodeScalars {
            if u.properties.isAlphabetic || ("0"..."9").contains(u) {
                current.unicodeScalars.append(u)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
