/// Finds the article body in a parsed page, after Mozilla Readability's `_grabArticle`:
///
/// 1. Every paragraph of 25 characters or more scores for its container and the container's
///    ancestors (1 + commas + one point per 100 characters up to 3; the parent gets it whole, the
///    grandparent half, further ancestors a third of it per level).
/// 2. A container starts from its tag's base score and its class/id weight (article, story, content...
///    for; nav, footer, comment, share, related, promo... against), and ends scaled by 1 − link density.
/// 3. The best container wins; an ancestor that holds three of the five best, or scores higher than
///    it, wins instead. Its siblings join when they score close to it (and hold 100 characters) or read as prose.
/// 4. Inside the chosen subtree, link-heavy or negatively weighted containers are dropped.
///
/// `<article>` and `<main>` are not taken on trust: they score like any other container.
struct HTMLContent {
    let page: HTMLPage
    /// Element indices of each element's children.
    private let children: [[Int]]
    /// Block indices owned by each element.
    private let blocksOf: [Int: [Int]]

    init(page: HTMLPage) {
        self.page = page
        var children = [[Int]](repeating: [], count: page.elements.count)
        for (k, e) in page.elements.enumerated() where e.parent >= 0 { children[e.parent].append(k) }
        self.children = children
        var blocksOf: [Int: [Int]] = [:]
        for (k, b) in page.blocks.enumerated() where b.owner >= 0 { blocksOf[b.owner, default: []].append(k) }
        self.blocksOf = blocksOf
    }

    /// Indices of the blocks that make up the article body, in document order.
    func articleBlocks() -> [Int] {
        let strict = select(skipUnlikely: true)
        if characters(strict) >= 250 { return strict }
        let relaxed = select(skipUnlikely: false)
        let best = characters(relaxed) > characters(strict) ? relaxed : strict
        if !best.isEmpty { return best }
        // Nothing scored (a short page): every paragraph outside the chrome and furniture.
        var furniture = [Bool](repeating: false, count: page.elements.count)
        for k in page.elements.indices {
            let p = page.elements[k].parent
            furniture[k] = isFurniture(k) || (p >= 0 && furniture[p])
        }
        return page.blocks.indices.filter {
            let b = page.blocks[$0]
            return !b.chrome && (b.owner < 0 || !furniture[b.owner])
        }
    }

    private func characters(_ blocks: [Int]) -> Int {
        blocks.reduce(0) { $0 + length(page.blocks[$1]) }
    }

    /// Characters (Unicode scalars) of a block.
    func length(_ b: HTMLPage.Block) -> Int {
        var n = 0
        for k in b.range where page.text[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private func tagName(_ e: Int) -> String { HTMLTagInfo.table[page.elements[e].tag].name }

    private func linkDensity(_ e: Int) -> Double {
        let el = page.elements[e]
        return el.textBytes == 0 ? 0 : Double(el.linkBytes) / Double(el.textBytes)
    }

    private func select(skipUnlikely: Bool) -> [Int] {
        let elements = page.elements
        let n = elements.count
        guard n > 0 else { return [] }
        // Removed: inside an unlikely candidate (when skipping them).
        var removed = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let p = elements[k].parent
            removed[k] = (skipUnlikely && elements[k].unlikely) || isFurniture(k) || (p >= 0 && removed[p])
        }

        // 1. Score paragraphs into their ancestors.
        var score = [Double](repeating: 0, count: n)
        var isCandidate = [Bool](repeating: false, count: n)
        for b in page.blocks where !b.chrome && b.owner >= 0 && !removed[b.owner] {
            let len = length(b)
            if len < 25 { continue }
            let points = 1 + Double(b.commas) + Double(min(len / 100, 3))
            var node = HTMLTagInfo.table[elements[b.owner].tag].isParagraph ? elements[b.owner].parent : b.owner
            var level = 0
            while node >= 0, level < 5 {
                let name = tagName(node)
                if name == "html" { break }
                if !isCandidate[node] {
                    isCandidate[node] = true
                    score[node] = elements[node].weight
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                score[node] += points / divider
                node = elements[node].parent
                level += 1
            }
        }
        var candidates: [Int] = []
        for k in 0..<n where isCandidate[k] {
            score[k] *= 1 - linkDensity(k)
            candidates.append(k)
        }
        guard var top = candidates.max(by: { score[$0] < score[$1] || (score[$0] == score[$1] && $0 > $1) }) else {
            return []
        }

        func isAncestor(_ a: Int, of d: Int) -> Bool {
            var x = elements[d].parent
            while x >= 0 {
                if x == a { return true }
                x = elements[x].parent
            }
            return false
        }
        func isBody(_ e: Int) -> Bool { let t = tagName(e); return t == "body" || t == "html" }

        // 3. An ancestor holding three of the five best candidates wins.
        let best = candidates.sorted { score[$0] > score[$1] }.prefix(5)
        let alternatives = best.dropFirst().filter { score[$0] / max(score[top], 0.0001) >= 0.75 }
        if alternatives.count >= 3 {
            var ancestor = elements[top].parent
            while ancestor >= 0, !isBody(ancestor) {
                if alternatives.filter({ isAncestor(ancestor, of: $0) }).count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = elements[ancestor].parent
            }
        }
        // A parent that scores higher wins; one that scores far lower stops the climb.
        var lastScore = score[top]
        let climbThreshold = score[top] / 3
        var parent = elements[top].parent
        while parent >= 0, !isBody(parent) {
            if !isCandidate[parent] {
                parent = elements[parent].parent
                continue
            }
            if score[parent] < climbThreshold { break }
            if score[parent] > lastScore {
                top = parent
                break
            }
            lastScore = score[parent]
            parent = elements[parent].parent
        }
        // A sole child stands for its parent.
        while elements[top].parent >= 0, !isBody(elements[top].parent), children[elements[top].parent].count == 1 {
            top = elements[top].parent
        }

        // Siblings that belong to the story.
        var roots: Set<Int> = [top]
        let threshold = max(10, score[top] * 0.2)
        if elements[top].parent >= 0 {
            let topClass = elements[top].classAndID
            for s in children[elements[top].parent] where s != top && !removed[s] && !elements[s].comments {
                var sScore = isCandidate[s] ? score[s] : 0
                if !topClass.isEmpty, elements[s].classAndID == topClass { sScore += score[top] * 0.2 }
                // By score only with a paragraph's worth of text: a short line ("Posted in ...", a tag list) can
                // score on its class name alone.
                if sScore >= threshold, elements[s].textBytes >= 100 {
                    roots.insert(s)
                } else if tagName(s) == "p" {
                    let density = linkDensity(s)
                    let text = ownText(s)
                    let count = text.unicodeScalars.count
                    if count > 80, density < 0.25 {
                        roots.insert(s)
                    } else if count > 0, count <= 80, density == 0, text.contains(". ") || text.hasSuffix(".") {
                        roots.insert(s)
                    }
                }
            }
        }

        // 4. Selected subtree minus furniture.
        var inside = [Bool](repeating: false, count: n)
        var dropped = [Bool](repeating: false, count: n)
        for k in 0..<n {
            let p = elements[k].parent
            if roots.contains(k) {
                inside[k] = true
                continue
            }
            inside[k] = p >= 0 && inside[p]
            guard inside[k] else { continue }
            // Inside the article, a comment section goes whatever it scores.
            dropped[k] = (p >= 0 && dropped[p]) || removed[k] || elements[k].comments
                || cleanedAway(k, isCandidate[k] ? score[k] : 0)
        }
        var out: [Int] = []
        for (k, b) in page.blocks.enumerated() where !b.chrome && b.owner >= 0 && inside[b.owner] && !dropped[b.owner] {
            out.append(k)
        }
        return out
    }

    /// Furniture by class or id, and small enough to be it: metadata (byline, date, caption) under
    /// 400 characters, furniture under 2,000 or mostly links. A "byline" div that holds the whole
    /// story (malformed markup) is not a byline.
    private func isFurniture(_ e: Int) -> Bool {
        let el = page.elements[e]
        switch el.furniture {
        case .none: return false
        case .metadata: return el.textBytes < 400
        case .furniture: return el.textBytes < 2000 || linkDensity(e) > 0.3
        }
    }

    private func cleanedAway(_ e: Int, _ candidateScore: Double) -> Bool {
        let el = page.elements[e]
        let name = tagName(e)
        let weight = el.weight - HTMLTagInfo.table[el.tag].baseScore
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return weight < 0 || linkDensity(e) > 0.33
        case "div", "section", "ul", "ol", "table", "form", "fieldset", "dl", "center", "aside", "header":
            // A class that weighs against it, not outweighed by its text (the tag's own base score, -3 for a list,
            // chose candidates and does not count here: a list of short items scores below zero on it).
            if weight < 0, weight + candidateScore < 0 { return true }
            if name == "ul" || name == "ol", introducedByColon(e) { return false }
            // A small form is a sign-up or search box; a large one wraps the page (ASP.NET).
            if name == "form" || name == "fieldset", el.textBytes < 300 { return true }
            if el.commas >= 10 { return false }
            let density = linkDensity(e)
            // Long items with some links (a list of deals, of sources) are prose, not navigation.
            if el.paragraphs > 0, el.textBytes / el.paragraphs >= 80, density < 0.5 { return false }
            if density > 0.2, weight < 25 { return true }
            if density > 0.5 { return true }
            return false
        default:
            return false
        }
    }

    /// A list of items of some length (40 characters and more on average) right after a paragraph that ends in a
    /// colon ("The seven papers in the issue are:", "Other deals:") is the story's own list, though its items are
    /// mostly links, when they say something besides their links (an author, a price): a list of bare headlines
    /// after "More stories from ...:" is a teaser list. A "Related:" or "See also:" label does not count.
    private func introducedByColon(_ e: Int) -> Bool {
        let el = page.elements[e]
        guard el.paragraphs > 0, el.textBytes / el.paragraphs >= 40, el.parent >= 0, linkDensity(e) < 0.9 else {
            return false
        }
        let siblings = children[el.parent]
        guard let at = siblings.firstIndex(of: e), at > 0 else { return false }
        let previous = siblings[at - 1]
        guard HTMLTagInfo.table[page.elements[previous].tag].isParagraph,
              HTMLTagInfo.table[page.elements[previous].tag].headingLevel == 0 else { return false }
        let text = ownText(previous).trimmingInputWhitespace()
        guard text.hasSuffix(":") else { return false }
        return !HTMLBodyCleaner.labels.contains(HTMLHeadline.words(text).joined(separator: " "))
    }

    /// The text of an element's blocks (for short sibling checks).
    private func ownText(_ e: Int) -> String {
        var out: [UInt8] = []
        for k in blocksOf[e] ?? [] {
            let b = page.blocks[k]
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: page.text[b.range])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
