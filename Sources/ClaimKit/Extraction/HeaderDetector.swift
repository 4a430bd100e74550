/// What the lines before the body say about the document.
struct Header: Sendable {
    var title: String?
    var byline: String?
    var credits: [String] = []
    var dateline: String?
    var outlet: String?
    /// Index of the first body paragraph.
    var bodyStart = 0
    /// Index of the byline's paragraph (or of the last line of its credit under it), if there is one.
    var bylineParagraph: Int?
    /// Scalar offset where the first body paragraph's text begins after its dateline.
    var datelineEnd: Int?
    /// Paragraph indices (anywhere) that are credits or markup, not prose.
    var skipped: Set<Int> = []
    /// The publication date a line of the header gives ("Published 14 March 2026", "March 14, 2026");
    /// a line of when it was updated is not one.
    var published: CivilDate?
}

/// Finds the headline, byline, credits and dateline at the top of an article.
enum HeaderDetector {
    /// Words that label a picture's credit ("Photograph: Jo Roe/Getty Images", "Photo by Jo Roe").
    static let pictureLabels: WordSet = ["photograph", "photographs", "photo", "photos", "picture", "pictures", "illustration",
                                         "image", "images", "credit"]
    /// The first words of a credit line: a picture's labels and those of other work.
    static let creditHeads = WordSet(Array(pictureLabels) + ["cartoon", "cartoons", "illustrations", "video", "graphic", "graphics",
                                                             "credits", "caption", "map", "chart", "animation", "art", "artwork",
                                                             "drawing", "file", "source", "sources"])

    static let creditMarks: [[UInt8]] = ["getty images", "/ap", "ap photo", "/reuters", "via reuters"].map { Array($0.utf8) }

    /// Whitespace runs (line breaks, no-break spaces) folded to single spaces.
    static func fold(_ s: String) -> String { words(s).joined(separator: " ") }

    /// The whitespace-separated words, split on scalars (no Character segmentation: this runs on every
    /// leading paragraph).
    static func words(_ s: String) -> [Substring] {
        var out: [Substring] = []
        let u = s.unicodeScalars
        var start: String.Index? = nil
        var i = u.startIndex
        while i < u.endIndex {
            if isWhite(u[i]) {
                if let a = start { out.append(s[a..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            i = u.index(after: i)
        }
        if let a = start { out.append(s[a..<u.endIndex]) }
        return out
    }

    static func isWhite(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == " " || (c.value >= 9 && c.value <= 13) : c.properties.isWhitespace
    }

    /// `haystack` contains `needle`, compared byte for byte (for ASCII needles; no Foundation).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The first `limit` bytes of `s` with ASCII letters lower-cased.
    static func asciiLowerPrefix(_ s: String, _ limit: Int) -> [UInt8] {
        var s = s
        return s.withUTF8 { b in b.prefix(limit).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 } }
    }

    /// Number of whitespace-separated words, counted on the bytes (no Character segmentation).
    /// Stops counting past `limit` (the callers only ask whether a line is short).
    static func wordCount(_ s: String, limit: Int = .max) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var n = 0
            var inWord = false
            var prev: UInt8 = 0
            for b in bytes {
                let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || (b == 0xA0 && prev == 0xC2)
                if space { inWord = false } else if !inWord && !(b == 0xC2) {
                    inWord = true; n += 1
                    if n > limit { return n }
                }
                prev = b
            }
            return n
        }
    }

    static func isCredit(_ s: String) -> Bool {
        guard wordCount(s, limit: 16) <= 16 else { return false }
        let w = words(s)
        guard let first = w.first, w.count <= 16 else { return false }
        if w.count >= 2, creditHeads.contains(first.lowercased().ccTrim(":(")) {
            let second = w[1].lowercased()
            if second == "by" || first.hasSuffix(":") || second == "credit:" || second.hasPrefix("(") || second == "courtesy" { return true }
        }
        if s.hasPrefix("(") && s.hasByteSuffix(")") && w.count <= 10 { return true }
        guard w.count <= 10 else { return false }
        let low = asciiLowerPrefix(s, .max)
        return low.starts(with: "credit".utf8) || creditMarks.contains { contains(low, $0) }
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters": the name(s).
    static func byline(_ s: String) -> String? {
        // the first word must be "by": its first letter settles most lines without splitting them
        guard let first = s.unicodeScalars.first(where: { !isWhite($0) }), first == "b" || first == "B" else { return nil }
        guard wordCount(s, limit: 12) <= 12 else { return nil }
        let w = words(s)
        guard w.count >= 2, w.count <= 12, w[0].lowercased() == "by" else { return nil }
        let rest = w.dropFirst().joined(separator: " ")
        guard rest.first?.isUppercase == true else { return nil }
        return String(rest.ccTrim(".|"))
    }

    /// The date a byline line ends with ("Lena Ward, Harbour Post, 12 March 2026", "Jane Roe, March 12, 2026"): the
    /// byline before it and the date, or nil.
    static func bylineDate(_ byline: String) -> (String, CivilDate)? {
        var from = byline.startIndex
        while let comma = byline[from...].firstIndex(of: ",") {
            let rest = String(byline[byline.index(after: comma)...])
            // (the date opens the rest: a day, a month or a weekday; "Harbour Post, 12 March 2026" is an outlet first)
            let opening = words(rest).first.map { String($0).lowercased().ccTrim(".,") } ?? ""
            let opensDate = opening.first?.isNumber == true || Lexicon.months.contains(opening) || Lexicon.months.contains(opening + ".")
                || Lexicon.weekdays.contains(opening)
            if opensDate, rest.unicodeScalars.contains(where: { ScalarText.isDigit($0) }), let date = MetadataDate.parse(rest) {
                let names = String(byline[..<comma]).ccTrim(" ")
                return names.isEmpty ? nil : (names, date)
            }
            from = byline.index(after: comma)
        }
        return nil
    }

    /// Words of a byline's trailing job title ("Jane Roe, Education Correspondent").
    static let bylineTitles: WordSet = ["correspondent", "editor", "reporter", "writer", "columnist", "contributor",
                                        "producer", "critic", "staff", "intern", "fellow", "journalist"]

    /// The people a byline names, without a job title after a comma: "Jane Roe, Education Correspondent" →
    /// "Jane Roe" (an outlet after the comma stays: "Jane Roe, Reuters"); a site's name after a bar goes ("Jane
    /// Roe | Financial Times" → "Jane Roe").
    static func bylineNames(_ byline: String) -> String {
        if let bar = byline.range(of: " | "), bar.lowerBound > byline.startIndex { return bylineNames(String(byline[..<bar.lowerBound])) }
        guard let comma = byline.firstIndex(of: ","),
              words(String(byline[byline.index(after: comma)...])).contains(where: { bylineTitles.contains($0.lowercased()) })
        else { return byline }
        return String(byline[..<comma])
    }

    /// Every word of the line capitalised, and no stop at its end ("AP Television Writer").
    static func isCapitalisedLine(_ s: String) -> Bool {
        guard let last = s.last, !".!?:;,".contains(last) else { return false }
        return words(s).allSatisfy { $0.first?.isUppercase == true }
    }

    /// A line that is only a personal name ("Scott Lucas").
    static func isLoneName(_ s: String) -> Bool {
        guard wordCount(s, limit: 4) <= 4 else { return false }
        let w = words(s)
        guard w.count >= 2, w.count <= 4 else { return false }
        if s.last == "." || s.last == "?" || s.last == "!" || s.last == ":" { return false }
        for x in w {
            guard let f = x.first else { return false }
            let lw = x.lowercased()
            if Lexicon.nameParticles.contains(lw) { continue }
            if !f.isUppercase { return false }
            if Lexicon.orgWords.contains(lw) || Lexicon.subordinators.contains(lw) || Lexicon.determiners.contains(lw) || Lexicon.prepositions.contains(lw) { return false }
            if x.count > 1 && x.allSatisfy({ $0.isUppercase }) && x.count > 3 { return false }
        }
        return true
    }

    /// A header line without the Markdown emphasis around it ("*Published 3 March 2026*", "_March 3, 2026_").
    static func withoutEmphasis(_ s: String) -> String {
        let trimmed = s.ccTrim(" *_")
        return trimmed.isEmpty ? s : trimmed
    }

    /// The labels that open a line of when the article appeared.
    static let dateLabels = ["published", "updated", "posted", "last updated", "first published"]

    /// The date a date line gives: the whole line as a date ("March 3, 2026", "Tuesday 3 March 2026 10.14 GMT"), or
    /// what follows its label ("Published: 2026-03-03", "Posted on 2026/03/03"), or nil.
    static func dateLineDate(_ s: String) -> CivilDate? {
        let line = withoutEmphasis(s)
        if let d = MetadataDate.parse(line) { return d }
        var rest = Substring(line)
        let low = line.lowercased()
        guard let label = dateLabels.first(where: { low.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(label.count)
        rest = rest.drop { $0 == ":" || $0 == " " }
        if rest.lowercased().hasPrefix("on ") { rest = rest.dropFirst(3) }
        return MetadataDate.parse(String(rest))
    }

    static func isDateLine(_ s: String) -> Bool {
        guard wordCount(s, limit: 10) <= 10 else { return false }
        let w = words(s)
        guard w.count <= 10 else { return false }
        let low = asciiLowerPrefix(withoutEmphasis(s), 16)
        if dateLabels.contains(where: { low.starts(with: $0.utf8) }) { return true }
        // a year (four ASCII digits once commas and periods are trimmed) first: most lines have none
        let hasYear = w.contains { x in
            let digits = x.utf8.drop { $0 == 0x2C || $0 == 0x2E }.reversed().drop { $0 == 0x2C || $0 == 0x2E }
            guard digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            let y = digits.reversed().reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return y > 1900 && y < 2200
        }
        guard hasYear else { return false }
        return w.contains { x in
            let lx = x.lowercased().ccTrim(",.")
            return Lexicon.months.contains(lx) || Lexicon.months.contains(lx + ".") || Lexicon.weekdays.contains(lx)
        }
    }

    static func sentenceCount(_ s: String) -> Int {
        var s = s
        return s.withUTF8 { bytes in
            var n = 0
            var prev: UInt8 = 0x20
            for c in bytes {
                if (prev == 0x2E || prev == 0x3F || prev == 0x21) && c == 0x20 { n += 1 }
                prev = c
            }
            return n + 1
        }
    }

    /// Examines the leading paragraphs. `paras` are the paragraph texts.
    static func detect(_ paras: [String], offsets: [Int], knownTitle: String? = nil) -> Header {
        var h = Header()
        var i = 0
        let known = knownTitle.map(fold)
        while i < paras.count && i < 8 {
            let p = paras[i]
            let wc = wordCount(p, limit: 30)
            if let k = known, fold(p) == k { h.title = h.title ?? p; i += 1; continue }
            if isCredit(p) { h.credits.append(p); i += 1; continue }
            if let b = byline(p), h.byline == nil {
                h.byline = b
                h.bylineParagraph = i
                if let (names, date) = bylineDate(b) {
                    h.byline = names
                    if h.published == nil, MetadataDate.placeholder(date) == nil { h.published = date }
                }
                i += 1
                continue
            }
            if isDateLine(p) {
                let low = asciiLowerPrefix(withoutEmphasis(p), 12)
                if h.published == nil, !low.starts(with: "updated".utf8), !low.starts(with: "last updated".utf8),
                   let d = dateLineDate(p), MetadataDate.placeholder(d) == nil { h.published = d }
                i += 1
                continue
            }
            if h.title != nil && h.byline == nil && isLoneName(p) { h.byline = p; i += 1; continue }
            // the byline's agency or desk on a line of its own ("AP Television Writer", "Associated Press Sports")
            if let b = h.bylineParagraph, i == b + 1, wc <= 4, isCapitalisedLine(p), i + 1 < paras.count {
                h.bylineParagraph = i
                i += 1
                continue
            }
            // a body paragraph: long, several sentences, or opening with a dateline
            // (a headline with the page's posting line after it runs long, but ends with no sentence's stop)
            let endsSentence = ".!?”\"’)".contains(p.last ?? ".")
            if wc >= 25 && (endsSentence || wc > 30) || (sentenceCount(p) >= 2 && wc >= 14) || dateline(p) != nil && (p.contains("—") || p.contains(" -") || p.contains("–")) { break }
            if h.title == nil && wc <= 30 && i + 1 < paras.count && known == nil {
                h.title = p
                i += 1
                continue
            }
            if h.title != nil && wc <= 20 && !endsSentence && i + 1 < paras.count && h.byline == nil {
                // a deck / subtitle under the headline
                i += 1
                continue
            }
            break
        }
        if i >= paras.count { i = 0; h = Header() }
        h.bodyStart = i
        // dateline at the start of the first body paragraph
        if i < paras.count, let d = dateline(paras[i]) {
            h.dateline = d.label
            h.outlet = d.outlet
            h.datelineEnd = offsets[i] + d.length
        }
        for (k, p) in paras.enumerated() where k >= i {
            if p.hasPrefix("<") || (k > i && isCredit(p)) || isFooter(p) || isSectionLabel(p) || k > i && isTitleCaseLine(p) { h.skipped.insert(k) }
        }
        return h
    }

    /// A section's label on a line of its own: one to three words in capitals ending with a period or a colon
    /// ("ABSTRACT.", "FULL TEXT.", "UPDATE:"), not prose and no one's name.
    static func isSectionLabel(_ p: String) -> Bool {
        guard p.utf8.count <= 32, let last = p.last, last == "." || last == ":" else { return false }
        let w = words(String(p.dropLast()))
        return !w.isEmpty && w.count <= 3 && w.allSatisfy { word in
            word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy { ScalarText.isUpper($0) || $0 == "-" || $0 == "&" }
        }
    }

    /// A headline on a line of its own in the body, a link to another story or a section's title: four or more
    /// words, every one capitalised but the short function words, and no stop at the end ("Ferry Crews
    /// Most Likely To Strike, According To New Survey [HP]", "Mayor Says Depot Will Close in June"). Not prose,
    /// so nothing in it is a claim.
    static func isTitleCaseLine(_ p: String) -> Bool {
        guard p.utf8.count <= 200, let last = p.unicodeScalars.last, !lineStops.contains(last) else { return false }
        var capitalised = 0
        for word in words(p) {
            guard let first = word.unicodeScalars.first else { continue }
            if ScalarText.isUpper(first) { capitalised += 1; continue }
            if ScalarText.isDigit(first) || !ScalarText.isAlnum(first) || titleLowerWords.contains(word.lowercased()) { continue }
            return false
        }
        return capitalised >= 4
    }
    /// The marks that end a line of prose or a quotation.
    static let lineStops: Set<Unicode.Scalar> = Set(".!?:;,…\"”’'".unicodeScalars)
    /// The short function words a title leaves in lower case ("Mayor Says Depot Will Close in June").
    static let titleLowerWords: Set<String> = ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                                               "with", "from", "as", "vs", "vs.", "v.", "into", "over", "up", "off", "per", "via"]

    /// Notes about the article rather than its content: corrections, reporting credits, invitations to follow.
    static func isFooter(_ p: String) -> Bool {
        // the first byte turns most paragraphs away before any copy
        guard let f = p.utf8.first, footerInitial[Int(f >= 65 && f <= 90 ? f + 32 : f)] else { return false }
        let low = asciiLowerPrefix(p, 48)
        return footerPrefixes.contains { low.starts(with: $0) }
    }

    static let footerPrefixes: [[UInt8]] = [
        // ("Update:" and "Editor's note:" paragraphs are read: they report what was said since, or what a
        // source says of the story)
        "correction:", "clarification:", "updated:", "--",
        "additional reporting", "reporting by", "writing by", "editing by", "this post has been updated",
        "this article has been updated", "this story has been updated", "this article was updated",
        "this story was updated", "follow us", "read more:", "related:", "sign up", "subscribe",
    ].map { Array($0.utf8) }
    static let footerInitial: [Bool] = (0..<256).map { b in footerPrefixes.contains { $0.first == UInt8(b) } }

    struct Dateline: Sendable { var label: String; var outlet: String?; var length: Int }

    /// "WASHINGTON —", "NEW YORK (Reuters) -", "Washington (AFP) –", "EA World:" at the start of the lead paragraph.
    static func dateline(_ p: String) -> Dateline? {
        // a dateline's first word is capitalised (or parenthesised): most lead paragraphs are turned away here
        if let f = p.unicodeScalars.first, f != " ", !(ScalarText.isUpper(f) || f == "(") { return nil }
        let scalars = Array(p.unicodeScalars.prefix(80))
        var k = 0
        var words = 0
        var allCaps = true
        var inWord = false
        var inParen = false
        // "Washington (AFP) –": a wire service in parentheses after the place (letters only: "(R-Texas)" is a
        // politician's party and state)
        var sawParen = false
        var wireParen = true
        // "NINGBO, China —", "SPRINGFIELD, Ill. (AP) —": the city in capitals, then its country or state as
        // written (an abbreviation's periods included)
        var inPlace = false
        // "OSLO, Oct 29 (Reuters) -": the wire's date after the place ends the label and is skipped
        var labelEnd: Int? = nil
        while k < scalars.count {
            let c = scalars[k]
            if c == ",", !inParen, words >= 1, labelEnd == nil, let after = datelineDate(scalars, from: k + 1) {
                labelEnd = k; inWord = false; k = after
                continue
            }
            if c == "(" { inParen = true; sawParen = true } else if c == ")" { inParen = false }
            else if inParen && !(c == " " || ScalarText.isUpper(c) || c.properties.isLowercase) { wireParen = false }
            if c == "," && !inParen && allCaps { inPlace = true }
            if !inParen && (c == "—" || c == "–" || (c == "-" && k + 1 < scalars.count && (scalars[k + 1] == " " || scalars[k + 1] == "-")) || c == ":") {
                break
            }
            if c == " " { inWord = false } else if !inWord {
                inWord = true; words += 1
                if !(ScalarText.isUpper(c) || c == "(") { return nil }
            }
            if (c.value < 128 ? c.value >= 97 && c.value <= 122 : c.properties.isLowercase) && !inParen && !inPlace { allCaps = false }
            if c == "\"" || c == "“" || c == "." && !inParen && !inPlace { return nil }
            k += 1
        }
        guard k < scalars.count, words >= 1, words <= 6 else { return nil }
        let isColon = scalars[k] == ":"
        // a place in capitals, or any place with its wire service in parentheses ("Mexico City (AFP) –")
        if !allCaps && !isColon && !(sawParen && wireParen && !inParen && words <= 4) { return nil }
        if isColon && words > 4 { return nil }
        var e = k + 1
        if scalars[k] == "-" && e < scalars.count && scalars[e] == "-" { e += 1 }
        while e < scalars.count && scalars[e] == " " { e += 1 }
        guard e < scalars.count, ScalarText.isUpper(scalars[e]) || ScalarText.isDigit(scalars[e]) || ScalarText.isDoubleQuote(scalars[e]) else { return nil }
        var label = String(p.unicodeScalars.prefix(labelEnd ?? k)).ccTrim(" ,")
        var outlet: String? = (!allCaps && isColon) ? label : nil
        if let open = label.firstIndex(of: "("), let close = label.firstIndex(of: ")"), open < close {
            outlet = String(label[label.index(after: open)..<close])
            label = String(label[..<open]).ccTrim(" ,")
            if label.isEmpty, let o = outlet { label = o }
        }
        return Dateline(label: label, outlet: outlet, length: e)
    }

    /// The end of a wire dateline's date starting after the place's comma at `from` ("Oct 29", "Sept. 5",
    /// "3 March": a month name, or its abbreviation with or without a dot (``MetadataDate/months``), and a day of
    /// one or two digits, in either order), or nil.
    static func datelineDate(_ scalars: [Unicode.Scalar], from: Int) -> Int? {
        var k = from
        while k < scalars.count && scalars[k] == " " { k += 1 }
        func month(_ k: inout Int) -> Bool {
            let start = k
            while k < scalars.count, scalars[k].value < 128, ScalarText.isAlnum(scalars[k]), !ScalarText.isDigit(scalars[k]) { k += 1 }
            guard k > start, MetadataDate.months[String(String.UnicodeScalarView(scalars[start..<k])).lowercased()] != nil else { return false }
            if k < scalars.count && scalars[k] == "." { k += 1 }
            return true
        }
        func day(_ k: inout Int) -> Bool {
            let start = k
            while k < scalars.count && ScalarText.isDigit(scalars[k]) && k - start < 3 { k += 1 }
            return k > start && k - start <= 2 && (k == scalars.count || !ScalarText.isAlnum(scalars[k]))
        }
        func space(_ k: inout Int) -> Bool {
            let start = k
            while k < scalars.count && scalars[k] == " " { k += 1 }
            return k > start
        }
        var j = k
        if month(&j), space(&j), day(&j) { return j }
        j = k
        if day(&j), space(&j), month(&j) { return j }
        return nil
    }
}

extension Substring {
    /// Drops the characters of `set` from both ends.
    func ccTrim(_ set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return s
    }
}

extension String {
    func ccTrim(_ set: String) -> String { String(Substring(self).ccTrim(set)) }
}
