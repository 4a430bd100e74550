/// Takes out of a page, before gumbo parses it, the bytes whose content the reader never looks at:
/// the insides of `<script>` (JSON-LD excepted) and `<style>`, and comments. About a fifth of a
/// saved page's bytes, each of which gumbo's tokenizer would otherwise walk one code point at a time.
///
/// The page's visible text is not touched, so the article text (and every claim's span in it) is the
/// same as from the whole page; only gumbo's source positions, which the reader does not use, move.
/// The scan follows the HTML tokenizer's states far enough to never cut where a browser would not:
/// start tags are read to their end (quoted attribute values included), RCDATA and RAWTEXT elements
/// (`<title>`, `<textarea>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`) are copied whole, and so
/// is anything that would need more of the parser to be sure of: SVG and MathML content, a script
/// holding `<!--` (the escaped script states), a comment or element with no end, `<plaintext>`.
enum HTMLRawTextStripper {
    /// The page without the skipped contents; the tags themselves stay.
    static func strip(_ page: [UInt8]) -> [UInt8] {
        page.withUnsafeBufferPointer { strip($0) }
    }

    static func strip(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        do {
            let n = b.count
            var copied = 0  // bytes before this index are in `out` (or deliberately left out)
            var i = 0
            func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            func isLetter(_ c: UInt8) -> Bool { let l = c | 0x20; return l >= 0x61 && l <= 0x7A }
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
            /// The index of the next `>` at or after `j`, or `n`.
            func nextClose(_ j: Int) -> Int {
                var k = j
                while k < n, b[k] != 0x3E { k += 1 }
                return k
            }
            /// Where `</name` followed by a space, `/` or `>` starts, at or after `j`; `n` when never.
            func endTag(_ name: StaticString, from j: Int) -> Int {
                let len = name.utf8CodeUnitCount
                var k = j
                while k + 2 + len <= n {
                    if b[k] == 0x3C, b[k + 1] == 0x2F {
                        var m = 0
                        while m < len, lower(b[k + 2 + m]) == name.utf8Start[m] { m += 1 }
                        if m == len, k + 2 + len == n || isSpace(b[k + 2 + len]) || b[k + 2 + len] == 0x2F
                            || b[k + 2 + len] == 0x3E {
                            return k
                        }
                    }
                    k += 1
                }
                return n
            }
            /// Whether `b[from..<to]` holds `s` (lowercase) in any case.
            func contains(_ s: StaticString, _ from: Int, _ to: Int) -> Bool {
                let len = s.utf8CodeUnitCount
                var k = from
                while k + len <= to {
                    var m = 0
                    while m < len, lower(b[k + m]) == s.utf8Start[m] { m += 1 }
                    if m == len { return true }
                    k += 1
                }
                return false
            }
            /// Drops `start..<end` from the output.
            func skip(_ start: Int, _ end: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<start]))
                copied = end
            }

            while i < n {
                guard b[i] == 0x3C, i + 1 < n else { i += 1; continue }
                let c = b[i + 1]
                if c == 0x21 {  // <!
                    if i + 3 < n, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
                        // A comment: `<!-->` and `<!--->` end at once, else at `-->` or `--!>`.
                        var k = i + 4
                        var end = -1
                        if k < n, b[k] == 0x3E {
                            end = k + 1
                        } else if k + 1 < n, b[k] == 0x2D, b[k + 1] == 0x3E {
                            end = k + 2
                        } else {
                            while k + 2 < n {
                                if b[k] == 0x2D, b[k + 1] == 0x2D {
                                    if b[k + 2] == 0x3E { end = k + 3; break }
                                    if k + 3 < n, b[k + 2] == 0x21, b[k + 3] == 0x3E { end = k + 4; break }
                                }
                                k += 1
                            }
                        }
                        if end < 0 { break }  // runs to the end of the page: left as it is
                        // Only after a tag or a space: text on both sides must not join into a tag or
                        // an entity ("<<!-- -->p>", "&am<!-- -->p;").
                        if i == 0 || b[i - 1] == 0x3E || isSpace(b[i - 1]) { skip(i, end) }
                        i = end
                    } else {
                        i = nextClose(i + 2) + 1  // doctype, CDATA, bogus comment: as they are
                    }
                    continue
                }
                if c == 0x2F || c == 0x3F {  // end tag, or `<?` (a bogus comment): to its `>`
                    i = nextClose(i + 2) + 1
                    continue
                }
                guard isLetter(c) else { i += 1; continue }
                // A start tag: its name, then attributes to the `>` that ends it.
                var k = i + 1
                while k < n, !isSpace(b[k]), b[k] != 0x2F, b[k] != 0x3E { k += 1 }
                let nameStart = i + 1, nameEnd = k
                while k < n, b[k] != 0x3E {
                    if b[k] == 0x3D {  // `=`: a quoted value runs to its quote
                        k += 1
                        while k < n, isSpace(b[k]) { k += 1 }
                        if k < n, b[k] == 0x22 || b[k] == 0x27 {
                            let quote = b[k]
                            k += 1
                            while k < n, b[k] != quote { k += 1 }
                            k += 1
                            continue
                        }
                        continue
                    }
                    k += 1
                }
                if k >= n { break }  // a tag with no end: the rest as it is
                let tagEnd = k + 1
                i = tagEnd
                switch name(b, nameStart, nameEnd) {
                case .script:
                    // With no end tag the rest of the page is the script's: left as it is.
                    let close = endTag("script", from: tagEnd)
                    if close == n { i = n; break }
                    // JSON-LD is read for the metadata: kept (so is any script whose tag names it).
                    if contains("ld+json", nameEnd, tagEnd) { i = close; break }
                    // `<!--` in a script switches the tokenizer to its escaped states: left alone.
                    var escaped = false
                    var m = tagEnd
                    while m + 3 < close {
                        if b[m] == 0x3C, b[m + 1] == 0x21, b[m + 2] == 0x2D, b[m + 3] == 0x2D { escaped = true; break }
                        m += 1
                    }
                    if !escaped { skip(tagEnd, close) }
                    i = close
                case .style:
                    let close = endTag("style", from: tagEnd)
                    if close == n { i = n; break }
                    skip(tagEnd, close)
                    i = close
                case .rawText(let end):
                    i = endTag(end, from: tagEnd)
                case .foreign(let end):
                    // Foreign content has its own rules (a `<style>` in SVG holds elements): copied whole.
                    i = endTag(end, from: tagEnd)
                case .plaintext:
                    i = n
                case .other:
                    break
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<n]))
        }
        return out
    }

    private enum Kind {
        case script, style, plaintext, other
        case rawText(StaticString)
        case foreign(StaticString)
    }

    private static func name(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Kind {
        func matches(_ s: StaticString) -> Bool {
            guard end - start == s.utf8CodeUnitCount else { return false }
            for m in 0..<(end - start) where b[start + m] | 0x20 != s.utf8Start[m] { return false }
            return true
        }
        switch end - start {
        case 3:
            if matches("xmp") { return .rawText("xmp") }
            if matches("svg") { return .foreign("svg") }
        case 4:
            if matches("math") { return .foreign("math") }
        case 5:
            if matches("style") { return .style }
            if matches("title") { return .rawText("title") }
        case 6:
            if matches("script") { return .script }
            if matches("iframe") { return .rawText("iframe") }
        case 7:
            if matches("noembed") { return .rawText("noembed") }
        case 8:
            if matches("textarea") { return .rawText("textarea") }
            if matches("noframes") { return .rawText("noframes") }
        case 9:
            if matches("plaintext") { return .plaintext }
        default: break
        }
        return .other
    }
}
