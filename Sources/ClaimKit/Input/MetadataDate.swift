/// Publication dates as metadata writes them: `2025-04-17`, `2025-04-17T10:00:00Z`, `2025/04/17`,
/// `April 17, 2025`, `Thu, 17 Apr 2025 10:00:00 +0000`, `17th April 2025`.
enum MetadataDate {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// The day an article's address gives as three path segments, year, month and day
    /// (`/2012/10/31/story`, `/2012/nov/01/story`), or nil.
    static func fromURL(_ url: String) -> CivilDate? {
        let parts = url.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 3 else { return nil }
        for i in 0..<(parts.count - 2) {
            guard parts[i].utf8.count == 4, let y = Int(parts[i]), (1990...2100).contains(y) else { continue }
            let month = parts[i + 1].lowercased()
            guard let m = month.utf8.count <= 2 ? Int(month) : months[month], (1...12).contains(m),
                  parts[i + 2].utf8.count <= 2, let d = Int(parts[i + 2]), (1...31).contains(d) else { continue }
            return CivilDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// Why a date is a placeholder rather than a publication date (0001-01-01, the Unix epoch, a date
    /// after today), or nil when it is a real one.
    static func placeholder(_ d: CivilDate, today: CivilDate? = CivilDate(iso: UTCClock.now())) -> String? {
        if d.year < 1971 { return d.year <= 1 ? "a placeholder" : "the Unix epoch or before" }
        if let today, today < d { return "after today" }
        return nil
    }

    static func parse(_ raw: String) -> CivilDate? {
        let text = raw.trimmingInputWhitespace()
        guard !text.isEmpty, text.utf8.count < 200 else { return nil }
        if let d = CivilDate(iso: text) { return d }
        // 2025/04/17, 2025.04.17, 2025-04-17 with other trailers (2025-04-17+02:00).
        let scalars = Array(text.unicodeScalars)
        if scalars.count >= 10, scalars[4] == scalars[7], scalars[4] == "/" || scalars[4] == "." || scalars[4] == "-",
           let y = Int(String(String.UnicodeScalarView(scalars[0..<4]))),
           let m = Int(String(String.UnicodeScalarView(scalars[5..<7]))),
           let d = Int(String(String.UnicodeScalarView(scalars[8..<10]))),
           scalars.count == 10 || !("0"..."9").contains(scalars[10]) {
            return CivilDate(year: y, month: m, day: d)
        }
        // Compact 20250417.
        if scalars.count == 8, let v = Int(text), v > 10_000_000 {
            return CivilDate(year: v / 10000, month: v / 100 % 100, day: v % 100)
        }
        // Words: month name with a day next to it and a four-digit year after.
        var tokens: [String] = []
        var current = ""
        for s in text.unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                current.unicodeScalars.append(s)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        guard let mi = tokens.firstIndex(where: { months[$0.lowercased()] != nil }) else { return nil }
        let month = months[tokens[mi].lowercased()]!
        func dayValue(_ t: String) -> Int? {
            var digits = t
            for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
                digits = String(digits.dropLast(2))
            }
            guard digits.count <= 2, let v = Int(digits), (1...31).contains(v) else { return nil }
            return v
        }
        func yearValue(_ t: String) -> Int? {
            guard t.count == 4, let v = Int(t), v >= 1000 else { return nil }
            return v
        }
        var day: Int?
        var yearIndex: Int?
        if mi + 1 < tokens.count, let d = dayValue(tokens[mi + 1]) {  // April 17, 2025
            day = d
            if mi + 2 < tokens.count, yearValue(tokens[mi + 2]) != nil { yearIndex = mi + 2 }
        }
        if day == nil || yearIndex == nil, mi > 0, let d = dayValue(tokens[mi - 1]) {  // 17 April 2025
            day = d
            if mi + 1 < tokens.count, yearValue(tokens[mi + 1]) != nil { yearIndex = mi + 1 }
        }
        guard let d = day, let yi = yearIndex, let y = yearValue(tokens[yi]) else { return nil }
        return CivilDate(year: y, month: month, day: d)
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode), without Foundation.
    func trimmingInputWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
