import Foundation

/// Takes out of the article body what is not the story: the headline, the byline and dateline lines
/// near the top, and the share / read-more / comments labels; the byline and dateline are kept for
/// the metadata.
struct HTMLBodyCleaner {
    let page: HTMLPage
    let headline: String?
    private(set) var byline: String?
    private(set) var dateline: String?

    init(page: HTMLPage, headline: String?) {
        self.page = page
        self.headline = headline.map { HTMLHeadline.words($0).joined(separator: " ") }
        for b in page.blocks where b.byline && b.words > 0 && b.words <= 12 {
            byline = Self.stripBy(text(b))
            break
        }
    }

    /// Labels of page furniture, as a whole short paragraph reads (letters only, lowercased).
    static let labels: Set<String> = [
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "tweet this", "email", "email this", "e mail", "print", "print this", "print this article",
        "comments", "comment", "leave a comment", "post a comment", "add a comment", "read more", "continue reading",
        "more", "advertisement", "advertisements", "related", "related articles", "related stories", "subscribe",
        "follow us", "like", "recommend", "sign in", "log in", "login", "register", "next", "previous",
        "next article", "previous article", "back to top", "top", "reply", "permalink", "loading", "click here",
        "sponsored", "ad", "facebook", "twitter", "linkedin", "reddit", "pinterest", "whatsapp", "digg",
        "stumbleupon", "google", "share this page", "more on this story", "see also", "also read", "read next",
        "view comments", "show comments", "hide comments", "enlarge this image", "enlarge", "toggle caption",
        "hide caption", "photo", "photos", "video", "audio", "listen", "watch", "save", "bookmark", "rss",
    ]

    func text(_ b: HTMLPage.Block) -> String { String(decoding: page.text[b.range], as: UTF8.self) }

    mutating func clean(_ chosen: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(chosen.count)
        for (position, k) in chosen.enumerated() {
            let b = page.blocks[k]
            let nearEdge = position < 6 || position >= chosen.count - 2
            if b.heading == 1 { continue }
            // A "Comments" / "12 Responses" / "Leave a reply" heading past the start opens the comment
            // section: the article has ended.
            if b.heading > 0, position >= 3, b.words <= 16, Self.opensComments(text(b)) { break }
            if b.heading > 0, let h = headline, b.words <= 40,
               HTMLHeadline.words(text(b)).joined(separator: " ") == h { continue }
            if b.words <= 6 {
                let key = HTMLHeadline.words(text(b)).joined(separator: " ")
                if Self.labels.contains(key) || key.isEmpty { continue }
                if b.linkBytes * 10 >= b.range.count * 9, b.words <= 4 { continue }
            }
            if b.words <= 80, Self.isPageFurniture(text(b), atEnd: position >= chosen.count - 3) { continue }
            if nearEdge, b.words <= 12, b.heading == 0 {
                let t = text(b)
                if Self.isByline(t) {
                    if byline == nil { byline = Self.stripBy(t) }
                    continue
                }
                if b.words <= 10, Self.isDateLine(t) {
                    if dateline == nil { dateline = t }
                    continue
                }
            }
            out.append(k)
        }
        return out
    }

    /// Lines that belong to the page rather than the story, by what they say: a post-to-post navigation
    /// line ("« Older post | Main | Newer post »"), a "Tags:", "Tagged as:" or "Filed under:" line, an image caption
    /// behind its "Enlarge" button, and at the very end a copyright notice or the author's short bio
    /// ("Ana Ruiz is a staff writer at ...").
    static func isPageFurniture(_ t: String, atEnd: Bool) -> Bool {
        let trimmed = t.trimmingInputWhitespace()
        if (trimmed.hasPrefix("«") || trimmed.hasSuffix("»")), trimmed.contains(" | ") { return true }
        let lower = trimmed.lowercased()
        for prefix in ["tags:", "tagged:", "tagged as:", "tagged with:", "filed under:", "filed in:", "categories:", "posted in:"]
            where lower.hasPrefix(prefix) {
            return true
        }
        if lower.contains(" | tags: ") { return true }
        if trimmed.hasPrefix("Enlarge "), trimmed.dropFirst(8).first?.isUppercase == true { return true }
        guard atEnd else { return false }
        if (lower.hasPrefix("©") || lower.hasPrefix("copyright")), lower.contains("rights reserved") { return true }
        return isAuthorBio(trimmed)
    }

    /// "Ana Ruiz is a staff writer for ...", "Ana Ruiz / Ana is the site's senior editor ...": a name
    /// (capitalised words), then "is" and, within the next few words, a writer's trade.
    static func isAuthorBio(_ t: String) -> Bool {
        let words = t.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 5 else { return false }
        var k = 0
        while k < words.count, k < 8, words[k] != "is" { k += 1 }
        guard k >= 2, k < words.count - 2, words[k] == "is" else { return false }
        let name = words[0..<k].filter { $0 != "/" }
        // Particles may be lowercase ("Piet de Vries"); the name starts and ends capitalised.
        guard name.count >= 2, name.first?.first?.isUppercase == true, name.last?.first?.isUppercase == true,
              name.filter({ $0.first?.isUppercase == true }).count * 2 >= name.count else { return false }
        let trades = ["writer", "editor", "reporter", "correspondent", "columnist", "contributor", "journalist",
                      "blogger", "author", "producer", "critic"]
        return words[(k + 2)..<min(words.count, k + 9)].contains { w in
            trades.contains { w.lowercased().hasPrefix($0) }
        }
    }

    static func opensComments(_ t: String) -> Bool {
        var words = HTMLHeadline.words(t)
        guard words.count <= 16 else { return false }
        if let first = words.first, Int(first) != nil || first == "no" || first == "one" {
            words.removeFirst()
            // "14 Responses to “The Title”", "3 thoughts on “The Title”".
            if words.count >= 2, ["responses to", "thoughts on", "comments on", "replies to"].contains(words[0] + " " + words[1]) {
                return true
            }
        }
        return words.count <= 5 && commentHeadings.contains(words.joined(separator: " "))
    }

    static let commentHeadings: Set<String> = [
        "comments", "comment", "responses", "response", "replies", "reader comments", "user comments",
        "leave a reply", "leave a comment", "post a comment", "add a comment", "add your comment", "discussion",
        "join the discussion", "join the conversation", "what do you think", "trackbacks", "pingbacks",
        "comments and trackbacks", "reactions",
    ]

    /// "By Ana Ruiz", "By Ana Ruiz, Staff Writer", "Posted by ana".
    static func isByline(_ t: String) -> Bool {
        let l = t.lowercased()
        for prefix in ["by ", "posted by ", "written by ", "words by ", "story by ", "von "] where l.hasPrefix(prefix) {
            // "Posted by", "Written by": a byline whatever follows.
            if prefix != "by " { return t.dropFirst(prefix.count).first?.isLetter ?? false }
            // Names, not a sentence: "By Monday, the river had risen." is story.
            let name = stripBy(t)
            if name.hasSuffix("."), !(name.dropLast().last?.isUppercase ?? false) { return false }
            let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
            let joiners: Set<String> = ["and", "of", "the", "de", "van", "von", "der", "da", "del", "la", "le", "staff",
                                        "writer", "reporter", "editor", "correspondent", "in", "for", "&"]
            guard !words.isEmpty, words.count <= 10 else { return false }
            let named = words.filter { $0.first?.isUppercase == true || joiners.contains($0.lowercased()) }.count
            return named * 10 >= words.count * 8
        }
        return false
    }

    /// A line that is a date and little else ("March 5, 2012 10:32 AM", "Posted on 2012-03-05",
    /// "Updated: Monday, March 5, 2012").
    static func isDateLine(_ t: String) -> Bool {
        guard MetadataDate.parse(t) != nil || MetadataDate.parse(stripLeadingWords(t)) != nil else { return false }
        let w = HTMLHeadline.words(t)
        let dateish: Set<String> = [
            "posted", "on", "updated", "published", "last", "modified", "at", "am", "pm", "edt", "est", "gmt", "utc",
            "bst", "pst", "pdt", "cst", "cdt", "et", "pt", "by", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "date", "filed",
            "under", "the", "of", "st", "nd", "rd", "th",
        ]
        var other = 0
        for word in w where !dateish.contains(word) && MetadataDate.months[word] == nil && Int(word) == nil
            && !(word.count <= 4 && word.first?.isNumber == true) {
            other += 1
        }
        return other == 0
    }

    private static func stripLeadingWords(_ t: String) -> String {
        var s = Substring(t)
        for prefix in ["Posted on ", "Posted ", "Published on ", "Published ", "Updated on ", "Updated: ", "Updated ",
                       "Published: ", "Date: "] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        return String(s)
    }

    /// "By Ana Ruiz on Oct 29th 2012 10:30AM" → "Ana Ruiz": the prefix and a trailing date go.
    /// A month's name or short form ("October", "Oct.", "Oct,"), which starts a date after a byline's name.
    static func isMonthName(_ word: Substring) -> Bool {
        MetadataDate.months[word.lowercased().trimmingCharacters(in: .punctuationCharacters)] != nil
    }
    /// Words that open a dateline rather than a name ("On October 12, 2012").
    static let bylineLeads: Set<String> = ["on", "posted", "updated", "published", "by"]

    static func stripBy(_ s: String) -> String {
        var t = s.trimmingInputWhitespace()
        let l = t.lowercased()
        for prefix in ["posted by ", "written by ", "words by ", "story by ", "by "] where l.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count)).trimmingInputWhitespace()
            break
        }
        // "1:54 pm August 9, 2012, by Jane Roe": the time of posting before "by"
        if let by = t.range(of: " by ", options: .caseInsensitive), t[..<by.lowerBound].contains(where: \.isNumber) {
            t = String(t[by.upperBound...]).trimmingInputWhitespace()
        }
        for separator in [" on ", " | ", " - ", " – ", " — ", " • ", " · ", ", posted", " at ", " updated "] {
            guard let r = t.range(of: separator) else { continue }
            let rest = t[r.upperBound...]
            if rest.contains(where: \.isNumber) || MetadataDate.parse(String(rest)) != nil {
                t = String(t[..<r.lowerBound]).trimmingInputWhitespace()
            }
        }
        // "Jane Roe October 31, 2012": a date after the name, from a month's name on
        let words = t.split(separator: " ")
        if words.count >= 3, let m = words.indices.dropFirst().first(where: { isMonthName(words[$0]) }),
           words[m...].contains(where: { $0.contains(where: \.isNumber) }), !bylineLeads.contains(words[0].lowercased()) {
            t = words[..<m].joined(separator: " ")
        }
        // "Jane Roe 7": a count of comments or shares after the name
        if let last = words.last, words.count >= 2, (1...3).contains(last.count), last.allSatisfy({ $0.isASCII && $0.isNumber }), t.hasSuffix(last) {
            t = words.dropLast().joined(separator: " ")
        }
        return t
    }
}
