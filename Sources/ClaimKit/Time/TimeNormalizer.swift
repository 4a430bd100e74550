/// Resolves English date expressions, as written in news, to intervals of civil days.
///
/// Conventions (documented choices):
/// - Weeks run Monday to Sunday. "last Friday" is the Friday of the previous week, "next Friday" the
///   Friday of the following week, "this Friday" the Friday of the current week; a bare "Friday" is the most
///   recent on or before the reference (`past`) or the next on or after it (`future`).
/// - "last May" / "this May" / "next May" are May of the previous / current / next calendar year (news style
///   writes "in May" for this year's May; SUTime and TimeML read it so too). Holidays and seasons are read as
///   the most recent past / first coming one ("last Easter", "next Christmas", "last summer"). A bare "May" is
///   the most recent May that has begun (`past`) or the next one that has not ended (`future`); a day without a
///   year ("March 8") the most recent on or before / next on or after; with a weekday ("Wednesday, March 5")
///   the nearer of two candidate years on which it falls on that weekday.
/// - Numeric dates: slashes and dashes are month first ("3/8/2025" = March 8), dots day first ("8.3.2025"),
///   unless only the other order is possible; "2025-03-08" is ISO.
/// - early = days 1-10, mid = 11-20, late = 21-end of a month; "the beginning of" = early, "the end of" = late.
///   For a year: early/beginning = Jan-Apr / Jan-Mar, mid = May-Aug, late/end = Sep-Dec; halves ("the first
///   half of 2024", "H2 2023") = Jan-Jun / Jul-Dec.
/// - Seasons are meteorological, northern hemisphere: spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov,
///   winter Dec-Feb; "winter 2023" is the winter that begins in December 2023. "last summer" is the most recent
///   summer that is over.
/// - "N days/weeks/months/years ago" is a day (reference minus N units); "N weeks later/earlier" is relative to
///   the anchor (the previous discourse date), or the reference when there is none.
/// - "the next day", "the following week", "the day before", "that day", "the previous Friday" are relative to
///   the anchor; "last week", "yesterday", "3 days ago", "in two weeks" to the reference.
/// - Intervals: "since X" runs from the start of X to the reference; "until X" from the reference (or X, when X
///   is already past) to the end of X; "from X to Y", "between X and Y", "X-Y" from the start of X to the end of
///   Y (a yearless Y is the first one on or after X); "earlier this month" ends, "later this week" starts, at the
///   reference. "last 3 days" / "the next two months" are whole units before / after the current one; likewise
///   "the past week" / "the past year" are the previous calendar week / year (the peers' reading), while "the
///   past decade" is the ten whole years before the current one.
/// - Two-digit years are placed in the century that puts them nearest the reference.
/// - Inexact quantities ("several", "a few") are refused; so is anything left over ("March 8 in Paris"),
///   except a time of day ("March 8 at 10 a.m.") and, when nothing else stands before the expression, plain
///   words ("The deadline is tomorrow").
public struct TimeNormalizer: Sendable {
    public let reference: CivilDate
    public let prefer: DatePreference

    public init(reference: CivilDate, prefer: DatePreference = .past) {
        self.reference = reference
        self.prefer = prefer
    }

    /// Resolves a whole expression ("on Wednesday", "five weeks later", "since late November", "2025-03-08").
    /// `anchor` is the previous date in the discourse, for relative forms; when nil they are taken relative to the
    /// reference. Leading prepositions and surrounding punctuation are tolerated. Nil when it cannot be read.
    public func resolve(_ expression: String, anchor: CivilDate? = nil) -> TimeResolution? {
        let all = TimeTokenizer.tokenize(expression)
        // Strip surrounding punctuation (keep an apostrophe before a two-digit year).
        var lo = 0, hi = all.tokens.count
        while lo < hi, all.tokens[lo].kind == .punct,
              !(all.tokens[lo].punct == 39 && lo + 1 < hi && all.tokens[lo + 1].kind == .number) { lo += 1 }
        while hi > lo, all.tokens[hi - 1].kind == .punct { hi -= 1 }
        guard lo < hi else { return nil }
        let trimmed = all.slice(lo, hi)
        let tokens = trimmed.tokens
        let parser = TimeParser(trimmed, strict: false)
        var found: (TimeExpression, Int)? = nil
        if let r = parser.mention(0), r.1 == tokens.count || parser.isTimeOfDay(from: r.1) { found = r }
        if found == nil {
            // Tolerate filler before the expression: "around", "sometime", "the deadline is ...".
            let mentions = TimeScanner.mentions(in: trimmed, strict: false)
            // Only words may stand before it ("The deadline is tomorrow"): never a number or a separator.
            if mentions.count == 1, mentions[0].2 == tokens.count,
               tokens[0..<mentions[0].1].allSatisfy({ $0.kind == .word }) {
                found = (mentions[0].0, mentions[0].2)
            }
        }
        guard let (expr, _) = found else { return nil }
        return resolve(expr, text: expression, anchor: anchor)
    }

    /// Resolves an expression already parsed (by ``TimeScanner``) from `text`.
    func resolve(_ expression: TimeExpression, text: String, anchor: CivilDate? = nil) -> TimeResolution? {
        let ctx = TimeContext(reference: reference, anchor: anchor ?? reference, prefer: prefer)
        guard let r = ctx.resolve(expression) else { return nil }
        return TimeResolution(text: text, start: r.start, end: r.end, grain: r.grain)
    }
}

struct ResolvedTimeInterval: Sendable {
    var start: CivilDate
    var end: CivilDate
    var grain: DateGrain
}

struct TimeContext: Sendable {
    let reference: CivilDate
    let anchor: CivilDate
    let prefer: DatePreference

    // MARK: calendar helpers

    static func monday(_ d: CivilDate) -> CivilDate { d.adding(days: 1 - d.weekday) }
    static func monthStart(_ y: Int, _ m: Int) -> CivilDate { CivilDate(year: y, month: m, day: 1)! }
    static func monthEnd(_ y: Int, _ m: Int) -> CivilDate { CivilDate(year: y, month: m, day: CivilDate.daysIn(month: m, year: y))! }
    static func month(_ d: CivilDate) -> ResolvedTimeInterval {
        ResolvedTimeInterval(start: monthStart(d.year, d.month), end: monthEnd(d.year, d.month), grain: .month)
    }
    static func year(_ y: Int) -> ResolvedTimeInterval {
        ResolvedTimeInterval(start: CivilDate(year: y, month: 1, day: 1)!, end: CivilDate(year: y, month: 12, day: 31)!, grain: .year)
    }
    static func dayI(_ d: CivilDate) -> ResolvedTimeInterval { ResolvedTimeInterval(start: d, end: d, grain: .day) }
    static func week(_ d: CivilDate) -> ResolvedTimeInterval {
        let m = monday(d)
        return ResolvedTimeInterval(start: m, end: m.adding(days: 6), grain: .week)
    }
    static func quarter(_ y: Int, _ q: Int) -> ResolvedTimeInterval {
        ResolvedTimeInterval(start: monthStart(y, 3 * q - 2), end: monthEnd(y, 3 * q), grain: .quarter)
    }
    static func season(_ y: Int, _ s: Int) -> ResolvedTimeInterval {
        let startMonth = [3, 6, 9, 12][s]
        let start = monthStart(y, startMonth)
        let last = start.adding(months: 2)
        return ResolvedTimeInterval(start: start, end: monthEnd(last.year, last.month), grain: .season)
    }

    func pivot(_ y: Int) -> Int {
        guard y < 100 else { return y }
        let century = reference.year / 100 * 100
        let candidates = [century - 100 + y, century + y, century + 100 + y]
        return candidates.min { abs($0 - reference.year) < abs($1 - reference.year) }!
    }

    func shift(_ d: CivilDate, _ n: Int, _ u: TimeUnit) -> CivilDate {
        switch u {
        case .day: return d.adding(days: n)
        case .week: return d.adding(days: 7 * n)
        case .fortnight: return d.adding(days: 14 * n)
        case .month: return d.adding(months: n)
        case .quarter: return d.adding(months: 3 * n)
        case .year: return d.adding(years: n)
        case .decade: return d.adding(years: 10 * n)
        }
    }

    func unitInterval(_ u: TimeUnit, containing d: CivilDate, moved k: Int) -> ResolvedTimeInterval? {
        switch u {
        case .day: return TimeContext.dayI(d.adding(days: k))
        case .week, .fortnight: return TimeContext.week(d.adding(days: 7 * k))
        case .month: return TimeContext.month(d.adding(months: k))
        case .quarter:
            let q = (d.month - 1) / 3 + 1
            let total = d.year * 4 + (q - 1) + k
            return TimeContext.quarter(total / 4, total % 4 + 1)
        case .year: return TimeContext.year(d.year + k)
        case .decade:
            let y = (d.year / 10 + k) * 10
            return ResolvedTimeInterval(start: CivilDate(year: y, month: 1, day: 1)!, end: CivilDate(year: y + 9, month: 12, day: 31)!, grain: .decade)
        }
    }

    /// Picks one instance of a yearly thing.
    func pickYearly(_ sel: TimeYearSelection, _ make: (Int) -> ResolvedTimeInterval?) -> ResolvedTimeInterval? {
        let ref = reference
        switch sel {
        case .explicit(let y): return make(pivot(y))
        case .offset(let k): return make(ref.year + k)
        case .shifted(let n, let u): return make(shift(ref, n, u).year)
        case .preferred:
            if prefer == .past {
                for y in stride(from: ref.year + 1, through: ref.year - 8, by: -1) {
                    if let r = make(y), r.start <= ref { return r }
                }
            } else {
                for y in (ref.year - 1)...(ref.year + 8) {
                    if let r = make(y), r.end >= ref { return r }
                }
            }
            return nil
        case .coming, .afterNext:
            var seen = 0
            for y in (ref.year - 1)...(ref.year + 9) {
                if let r = make(y), r.start > ref {
                    seen += 1
                    if sel == .coming || seen == 2 { return r }
                }
            }
            return nil
        case .beforeLast, .lastCompleted:
            var seen = 0
            for y in stride(from: ref.year + 1, through: ref.year - 9, by: -1) {
                if let r = make(y), r.end < ref {
                    seen += 1
                    if sel == .lastCompleted || seen == 2 { return r }
                }
            }
            return nil
        case .current:
            for y in (ref.year - 1)...(ref.year + 1) {
                if let r = make(y), r.start <= ref, ref <= r.end { return r }
            }
            return make(ref.year)
        }
    }

    // MARK: resolution

    func resolve(_ e: TimeExpression) -> ResolvedTimeInterval? {
        let ref = reference
        switch e {
        case .spec(let s): return resolveSpec(s)
        case .weekday(let wd, let sel):
            let d: CivilDate
            switch sel {
            case .preferred:
                if prefer == .past { d = ref.adding(days: -((ref.weekday - wd + 7) % 7)) }
                // looking ahead, a weekday is the next one after today (today is "today")
                else { d = ref.adding(days: (wd - ref.weekday + 6) % 7 + 1) }
            case .week(let k): d = TimeContext.monday(ref).adding(days: 7 * k + wd - 1)
            case .thisWeek: d = TimeContext.monday(ref).adding(days: (ref.weekday == 7 && wd != 7 ? 7 : 0) + wd - 1)
            case .coming: d = ref.adding(days: (wd - ref.weekday + 6) % 7 + 1)
            case .afterNext: d = ref.adding(days: (wd - ref.weekday + 6) % 7 + 8)
            case .recent: d = ref.adding(days: -((ref.weekday - wd + 6) % 7 + 1))
            case .beforeLast: d = ref.adding(days: -((ref.weekday - wd + 6) % 7 + 8))
            case .anchorNext: d = anchor.adding(days: (wd - anchor.weekday + 6) % 7 + 1)
            case .anchorPrevious: d = anchor.adding(days: -((anchor.weekday - wd + 6) % 7 + 1))
            }
            return TimeContext.dayI(d)
        case .day(let k, let a): return TimeContext.dayI((a ? anchor : ref).adding(days: k))
        case .unit(let u, let k, let a): return unitInterval(u, containing: a ? anchor : ref, moved: k)
        case .weekend(let k0):
            // The nearest weekend: the current one on a Saturday or Sunday, else the last (past) or coming (future) one.
            let k = k0 ?? (ref.weekday >= 6 ? 0 : (prefer == .past ? -1 : 0))
            let sat = TimeContext.monday(ref).adding(days: 7 * k + 5)
            return ResolvedTimeInterval(start: sat, end: sat.adding(days: 1), grain: .week)
        case .shift(let n, let u, let base, let a):
            let b: CivilDate
            if let base { guard let r = resolve(base) else { return nil }; b = r.start } else { b = a ? anchor : ref }
            // "two years ago", "three years from now": a month, not a day counted back from publication
            if base == nil, !a, u == .year || u == .decade { return TimeContext.month(shift(b, n, u)) }
            return TimeContext.dayI(shift(b, n, u))
        case .weekdayCount(let n, let wd):
            if n > 0 {
                let first = ref.adding(days: (wd - ref.weekday + 6) % 7 + 1)
                return TimeContext.dayI(first.adding(days: 7 * (n - 1)))
            } else {
                let first = ref.adding(days: -((ref.weekday - wd + 6) % 7 + 1))
                return TimeContext.dayI(first.adding(days: 7 * (n + 1)))
            }
        case .span(let n, let u):
            guard n != 0, abs(n) <= 1000 else { return nil }
            guard let cur = unitInterval(u, containing: ref, moved: 0) else { return nil }
            let grain = cur.grain
            if n < 0 {
                guard let first = unitInterval(u, containing: ref, moved: n) else { return nil }
                return ResolvedTimeInterval(start: first.start, end: cur.start.adding(days: -1), grain: grain)
            } else {
                guard let last = unitInterval(u, containing: ref, moved: n) else { return nil }
                return ResolvedTimeInterval(start: cur.end.adding(days: 1), end: last.end, grain: grain)
            }
        case .part(let p, let base):
            if case .spec(let s) = base, s.year == nil, s.day == nil, s.selection == .preferred, let m = s.month {
                // "late November": the most recent (next) late November, not the late part of the nearest November.
                return pickYearly(.preferred) { y in part(p, of: TimeContext.month(TimeContext.monthStart(y, m))) }
            }
            guard let r = resolve(base) else { return nil }
            return part(p, of: r)
        case .season(let s, let sel):
            return pickYearly(sel) { TimeContext.season($0, s) }
        case .quarter(let q, let sel):
            return pickYearly(sel) { TimeContext.quarter($0, q) }
        case .year(let y): return TimeContext.year(pivot(y))
        case .decade(let d0):
            let d = d0 < 100 ? pivot(d0) / 10 * 10 : d0
            return ResolvedTimeInterval(start: CivilDate(year: d, month: 1, day: 1)!, end: CivilDate(year: d + 9, month: 12, day: 31)!, grain: .decade)
        case .holiday(let h, let sel):
            return pickYearly(sel) { y in h.date(in: y).map { TimeContext.dayI($0) } }
        case .nth(let n, let kind, let base):
            if case .spec(let s) = base, s.year == nil, s.day == nil, s.selection == .preferred, let m = s.month {
                // "the third Thursday of November": the most recent (next) such day, not the one in the nearest November.
                return pickYearly(.preferred) { y in nth(n, kind, in: TimeContext.month(TimeContext.monthStart(y, m))) }
            }
            guard let r = resolve(base) else { return nil }
            return nth(n, kind, in: r)
        case .nthAfter(let n, let wd, let base):
            guard let r = resolve(base) else { return nil }
            let b = r.end
            let first = b.adding(days: (wd - b.weekday + 6) % 7 + 1)
            return TimeContext.dayI(first.adding(days: 7 * (n - 1)))
        case .interval(let a, let b):
            guard let l = resolve(a) else { return nil }
            var r: ResolvedTimeInterval?
            var follows = false
            if case .spec(let s) = b, s.year == nil, s.selection == .preferred { follows = true }
            if case .weekday(_, .preferred) = b { follows = true }
            if follows {
                // The right end follows the left one: the first such date (or weekday) on or after its start.
                let follow = TimeContext(reference: l.start, anchor: anchor, prefer: .future)
                r = follow.resolve(b)
            } else {
                r = resolve(b)
            }
            guard let r, l.start <= r.end else { return nil }
            let grain: DateGrain = l.grain == r.grain ? l.grain : .day
            return ResolvedTimeInterval(start: l.start, end: r.end, grain: grain)
        case .since(let x):
            guard let r = resolve(x) else { return nil }
            if r.start > ref { return r }
            return ResolvedTimeInterval(start: r.start, end: ref, grain: r.grain)
        case .until(let x):
            guard let r = resolve(x) else { return nil }
            return ResolvedTimeInterval(start: ref <= r.end ? ref : r.start, end: r.end, grain: r.grain)
        case .narrow(let earlier, let x):
            guard let r = resolve(x) else { return nil }
            if earlier, r.start <= ref, ref <= r.end { return ResolvedTimeInterval(start: r.start, end: ref, grain: r.grain) }
            if !earlier, r.start <= ref, ref <= r.end { return ResolvedTimeInterval(start: ref, end: r.end, grain: r.grain) }
            return r
        case .weekOf(let x):
            guard let r = resolve(x) else { return nil }
            // a week named by its Sunday ("the week of October 6", a Sunday) is the one that Sunday begins
            return TimeContext.week(r.start.weekday == 7 ? r.start.adding(days: 1) : r.start)
        case .forSpan(let x, let n, let u):
            guard let r = resolve(x), n > 0 else { return nil }
            return ResolvedTimeInterval(start: r.start, end: shift(r.start, n, u).adding(days: -1), grain: .day)
        }
    }

    func part(_ p: TimePart, of r: ResolvedTimeInterval) -> ResolvedTimeInterval? {
        let s = r.start
        // "the end of the month", "at the end of 2012": the last day, as a schedule means it (not the
        // month's last ten days or the year's last third, as "late March" and "late 2012" are read)
        if p == .end, r.grain == .month || r.grain == .year { return TimeContext.dayI(r.end) }
        switch r.grain {
        case .month:
            let last = CivilDate.daysIn(month: s.month, year: s.year)
            let (a, b): (Int, Int)
            switch p {
            case .early, .beginning: (a, b) = (1, 10)
            case .mid: (a, b) = (11, 20)
            case .late, .end: (a, b) = (21, last)
            case .firstHalf: (a, b) = (1, 15)
            case .secondHalf: (a, b) = (16, last)
            }
            return ResolvedTimeInterval(start: CivilDate(year: s.year, month: s.month, day: a)!, end: CivilDate(year: s.year, month: s.month, day: b)!, grain: .month)
        case .year:
            let (a, b): (Int, Int)
            switch p {
            case .beginning: (a, b) = (1, 3)
            case .early: (a, b) = (1, 4)
            case .mid: (a, b) = (5, 8)
            case .late, .end: (a, b) = (9, 12)
            case .firstHalf: (a, b) = (1, 6)
            case .secondHalf: (a, b) = (7, 12)
            }
            return ResolvedTimeInterval(start: TimeContext.monthStart(s.year, a), end: TimeContext.monthEnd(s.year, b), grain: .month)
        case .week:
            let (a, b): (Int, Int)
            switch p {
            case .early, .beginning, .firstHalf: (a, b) = (0, 2)
            case .mid: (a, b) = (2, 3)
            case .late, .end: (a, b) = (4, 6)
            case .secondHalf: (a, b) = (3, 6)
            }
            return ResolvedTimeInterval(start: s.adding(days: a), end: s.adding(days: b), grain: .week)
        case .decade:
            let (a, b): (Int, Int)
            switch p {
            case .early, .beginning: (a, b) = (0, 3)
            case .mid: (a, b) = (3, 6)
            case .late, .end: (a, b) = (7, 9)
            case .firstHalf: (a, b) = (0, 4)
            case .secondHalf: (a, b) = (5, 9)
            }
            return ResolvedTimeInterval(start: CivilDate(year: s.year + a, month: 1, day: 1)!, end: CivilDate(year: s.year + b, month: 12, day: 31)!, grain: .year)
        case .season, .quarter:
            let k: Int
            switch p {
            case .early, .beginning: k = 0
            case .mid: k = 1
            case .late, .end: k = 2
            case .firstHalf, .secondHalf: return nil
            }
            let m = s.adding(months: k)
            var i = TimeContext.month(m)
            i.grain = .month
            return i
        case .day:
            return nil
        }
    }

    func nth(_ n: Int, _ kind: TimeNthKind, in r: ResolvedTimeInterval) -> ResolvedTimeInterval? {
        guard n != 0, abs(n) <= 400 else { return nil }
        switch kind {
        case .weekday(let wd):
            if n > 0 {
                let first = r.start.adding(days: (wd - r.start.weekday + 7) % 7)
                let d = first.adding(days: 7 * (n - 1))
                return d <= r.end ? TimeContext.dayI(d) : nil
            } else {
                let last = r.end.adding(days: -((r.end.weekday - wd + 7) % 7))
                let d = last.adding(days: 7 * (n + 1))
                return d >= r.start ? TimeContext.dayI(d) : nil
            }
        case .day:
            let d = n > 0 ? r.start.adding(days: n - 1) : r.end.adding(days: n + 1)
            return d >= r.start && d <= r.end ? TimeContext.dayI(d) : nil
        case .week:
            // Whole Monday-Sunday weeks inside the period.
            let firstMonday = r.start.adding(days: (1 - r.start.weekday + 7) % 7)
            let lastSunday = r.end.adding(days: -((r.end.weekday - 7 + 7) % 7))
            let m = n > 0 ? firstMonday.adding(days: 7 * (n - 1)) : lastSunday.adding(days: -6 + 7 * (n + 1))
            guard m >= r.start, m.adding(days: 6) <= r.end else { return nil }
            return ResolvedTimeInterval(start: m, end: m.adding(days: 6), grain: .week)
        case .month:
            let m = n > 0 ? r.start.adding(months: n - 1) : TimeContext.monthStart(r.end.year, r.end.month).adding(months: n + 1)
            guard m >= r.start, m <= r.end else { return nil }
            return TimeContext.month(m)
        }
    }

    func resolveSpec(_ s: TimeDateSpec) -> ResolvedTimeInterval? {
        let ref = reference
        if let y0 = s.year {
            let y = pivot(y0)
            if let m = s.month {
                if let d = s.day {
                    guard let date = CivilDate(year: y, month: m, day: d) else { return nil }
                    return TimeContext.dayI(date)
                }
                return TimeContext.month(TimeContext.monthStart(y, m))
            }
            return TimeContext.year(y)
        }
        if let m = s.month {
            if let d = s.day {
                guard d <= CivilDate.daysIn(month: m, year: 2000) else { return nil }
                let make: (Int) -> ResolvedTimeInterval? = { y in CivilDate(year: y, month: m, day: d).map { TimeContext.dayI($0) } }
                if let wd = s.weekday, s.selection == .preferred {
                    // Prefer the nearest year whose date falls on the weekday given (checking two candidates).
                    var cands: [ResolvedTimeInterval] = []
                    if prefer == .past {
                        for y in stride(from: ref.year, through: ref.year - 8, by: -1) {
                            if let r = make(y), r.start <= ref { cands.append(r) }
                            if cands.count == 2 { break }
                        }
                    } else {
                        for y in ref.year...(ref.year + 8) {
                            if let r = make(y), r.start >= ref { cands.append(r) }
                            if cands.count == 2 { break }
                        }
                    }
                    return cands.first { $0.start.weekday == wd } ?? cands.first
                }
                return pickYearly(s.selection, make)
            }
            return pickYearly(s.selection) { y in TimeContext.month(TimeContext.monthStart(y, m)) }
        }
        if let d = s.day {
            // Day of month alone (possibly with weekday): search months.
            var cur = TimeContext.monthStart(ref.year, ref.month)
            let step = prefer == .past ? -1 : 1
            for _ in 0..<28 {
                if let date = CivilDate(year: cur.year, month: cur.month, day: d),
                   prefer == .past ? date <= ref : date >= ref,
                   s.weekday == nil || date.weekday == s.weekday {
                    return TimeContext.dayI(date)
                }
                cur = cur.adding(months: step)
            }
            return nil
        }
        return nil
    }
}
