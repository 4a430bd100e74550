/// What class and id names say about an element, in the manner of Mozilla Readability: substring
/// patterns weigh a container for or against being the article, whole tokens drop page furniture.
enum HTMLHints {
    /// Class or id tokens (whole tokens) of furniture never read as article text.
    static let droppedTokens: Set<String> = [
        "share", "sharing", "share-tools", "share-buttons", "sharebar", "share-bar", "social-share", "socialshare",
        "social", "social-links", "social-media", "socialmedia", "related", "related-articles", "related-content",
        "related-links", "related-posts", "relatedposts", "related-stories", "newsletter", "newsletter-signup",
        "advert", "advertisement", "ad", "ads", "ad-slot", "ad-container", "adsense", "promo", "cookie-banner",
        "cookie-notice", "breadcrumb", "breadcrumbs", "comments", "comment-list", "commentlist", "comments-area",
        "respond", "subscribe", "sr-only", "visually-hidden", "screen-reader-text", "element-invisible", "hidden",
        "hide", "sidebar", "navbar", "navigation", "nav", "menu", "footer", "pagination", "pager",
        "byline", "bylines", "author", "authors", "dateline", "caption", "wp-caption-text", "credit", "credits",
        "timestamp", "pubdate", "post-date", "entry-date", "date", "published", "toolbar", "tools", "masthead",
        "skip", "skip-link", "skiplink", "tags", "tag-list", "post-tags", "entry-meta", "post-meta", "meta",
        "article-meta", "postmetadata", "print", "email", "disqus_thread", "outbrain", "taboola",
        // Author boxes, newsletter boxes, story lists, tag and category lines, captions.
        "author-bio", "authorbio", "about-author", "author-box", "author-info", "author-details", "bio",
        "newsletter-box", "newsletter-form", "signup", "sign-up", "subscribe-box", "subscription",
        "more-stories", "recommended", "read-more", "readmore", "also-read", "more-from", "popular", "most-popular",
        "trending", "tagcloud", "tag-cloud", "tag-links", "tags-links", "entry-tags", "categories", "cat-links",
        "post-categories", "entry-categories", "image-caption", "photo-caption", "img-caption", "media-caption",
        "caption-text", "photo-credit", "image-credit",
    ]

    /// Dropped tokens that name metadata rather than furniture.
    static let metadataTokens: Set<String> = [
        "byline", "bylines", "author", "authors", "dateline", "caption", "wp-caption-text", "credit", "credits",
        "timestamp", "pubdate", "post-date", "entry-date", "date", "published", "entry-meta", "post-meta", "meta",
        "article-meta", "postmetadata", "image-caption", "photo-caption", "img-caption", "media-caption", "caption-text",
        "photo-credit", "image-credit",
    ]

    /// Roles of chrome.
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "tablist",
    ]

    /// Class or id substrings of an element that shows the article's date.
    static let datePatterns = ["date", "time", "publish", "posted"]

    /// Tokens whose text belongs to the byline.
    static let bylineTokens: Set<String> = ["byline", "bylines", "author", "authors", "vcard", "by-author", "writer"]

    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "social", "breadcrumb",
        "byline", "subscribe", "login", "signup", "teaser", "popular", "trending", "recommend", "most-",
    ]
    /// Readability's unlikely candidates: dropped unless a `maybe` pattern also matches.
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote",
    ]
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow", "post", "story", "entry", "text"]

    private static let positiveSet = PatternSet(positive)
    private static let negativeSet = PatternSet(negative)
    private static let unlikelySet = PatternSet(unlikely)
    private static let maybeSet = PatternSet(maybe)

    /// Readability's class weight: ±25 for the class and again for the id.
    static func weight(className: String, id: String) -> Double {
        weight(of: className) + weight(of: id)
    }

    private static func weight(of s: String) -> Double {
        guard !s.isEmpty else { return 0 }
        var s = s
        return s.withUTF8 { b in
            (negativeSet.matches(b) ? -25 : 0) + (positiveSet.matches(b) ? 25 : 0)
        }
    }

    static func isUnlikely(_ classAndID: String) -> Bool {
        guard !classAndID.isEmpty else { return false }
        var s = classAndID
        return s.withUTF8 { b in unlikelySet.matches(b) && !maybeSet.matches(b) }
    }

    /// Substring patterns indexed by their first byte: one pass over a class name finds whether any of
    /// them occurs, without allocating (this runs for every distinct class on a page).
    struct PatternSet: Sendable {
        private let patterns: [[UInt8]]
        /// For each byte value, the patterns starting with it.
        private let byFirst: [[Int]]

        init(_ strings: [String]) {
            patterns = strings.map { Array($0.utf8) }
            var byFirst = [[Int]](repeating: [], count: 256)
            for (k, p) in patterns.enumerated() where !p.isEmpty { byFirst[Int(p[0])].append(k) }
            self.byFirst = byFirst
        }

        func matches(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = b.count
            for i in 0..<n {
                for k in byFirst[Int(b[i])] {
                    let p = patterns[k]
                    let m = p.count
                    guard i + m <= n else { continue }
                    var j = 1
                    while j < m, b[i + j] == p[j] { j += 1 }
                    if j == m { return true }
                }
            }
            return false
        }
    }

    /// Substring search on bytes (Foundation's `contains` costs far more, once per element).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = haystack.count, m = needle.count
        guard m > 0, m <= n else { return m == 0 }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if haystack[i] == first {
                var k = 1
                while k < m, haystack[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    /// A token of a comment section: starts with "comment" ("comments", "commentbody", "comment-list";
    /// not "commentary", an opinion article), or names a comment system or reply form.
    static func namesComments(_ token: String) -> Bool {
        if token.hasPrefix("comment") { return !token.hasPrefix("commentary") }
        return commentTokens.contains(token)
    }

    static let commentTokens: Set<String> = [
        "respond", "replies", "disqus_thread", "dsq-content", "reader-comments", "user-comments", "usercomments",
        "discussion", "talkback",
    ]

    /// The separators of class tokens: space, tab, LF, CR, FF.
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    /// `display:none` or `visibility:hidden` in an inline style.
    static func styleHides(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for c in style.utf8 where c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D {
            compact.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        return contains(compact, displayNone) || contains(compact, visibilityHidden)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)
}
