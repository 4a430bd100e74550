import ClaimKit

/// What `claim edit --on` takes: a day (2025-04-12), a month (2025-04), a year (2025), `none`, or an
/// expression resolved as extraction resolves one ("last Tuesday", against the claim's document's
/// publication date, else today).
enum ClaimDateArgument {
    static func parse(_ text: String, reference: CivilDate) throws(ShellError) -> ClaimDateEdit {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "none" { return .none }
        if let day = CivilDate(iso: trimmed) {
            return .set(TimeResolution(text: trimmed, start: day, end: day, grain: .day))
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
           let first = CivilDate(year: year, month: month, day: 1) {
            let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
            return .set(TimeResolution(text: trimmed, start: first, end: last, grain: .month))
        }
        if parts.count == 1, trimmed.count == 4, let year = Int(trimmed), let first = CivilDate(year: year, month: 1, day: 1) {
            return .set(TimeResolution(text: trimmed, start: first, end: CivilDate(year: year, month: 12, day: 31)!, grain: .year))
        }
        guard let resolved = TimeNormalizer(reference: reference, prefer: .past).resolve(trimmed, anchor: nil) else {
            throw ShellError("--on: cannot read \(Tokenizer.quoteIfNeeded(text)) as a date (a day 2025-04-12, a month 2025-04, a year 2025, none, or an expression such as \"last Tuesday\")")
        }
        return .set(TimeResolution(text: trimmed, start: resolved.start, end: resolved.end, grain: resolved.grain))
    }
}
