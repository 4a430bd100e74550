/// The parsed, not yet resolved, form of a time expression.

/// How the year of a yearly thing (a month, a day of the year, a holiday, a season, a quarter) is chosen.
enum TimeYearSelection: Sendable, Equatable {
    /// By the normaliser's preference (most recent on or before / next on or after the reference).
    case preferred
    case explicit(Int)
    /// The reference year plus this ("last May" = -1, "this May" = 0, "next May" = +1: calendar-year reading).
    case offset(Int)
    /// The first one strictly after the reference ("this coming May").
    case coming
    /// The second one after the reference ("March after next").
    case afterNext
    /// The second one before the reference ("the Friday before last").
    case beforeLast
    /// The most recent one that is over ("last summer").
    case lastCompleted
    /// The one containing the reference, else the reference year's ("this winter").
    case current
    /// The year of the reference shifted by a signed amount ("thanksgiving 3 months ago").
    case shifted(Int, TimeUnit)
}

/// A calendar date, possibly partial ("March", "March 8", "the 8th", "Tuesday the 19th", "2019-03").
struct TimeDateSpec: Sendable, Equatable {
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var selection: TimeYearSelection = .preferred
}

/// How a bare or modified weekday is placed.
enum TimeWeekdaySelection: Sendable, Equatable {
    case preferred
    /// In the Monday-Sunday week this many weeks from the reference's ("last Friday" = -1, "next Friday" = +1).
    case week(Int)
    /// "this Friday": in the reference's Monday-Sunday week, but on a Sunday in the week that follows (said on a
    /// Sunday, "this Wednesday" is the coming one).
    case thisWeek
    case coming
    case afterNext
    case beforeLast
    /// Most recent strictly before the reference ("this past Friday").
    case recent
    /// Strictly after / before the anchor ("the following Monday", "the previous Friday").
    case anchorNext
    case anchorPrevious
}

enum TimePart: Sendable, Equatable { case early, mid, late, beginning, end, firstHalf, secondHalf }

enum TimeHoliday: Sendable, Equatable {
    case christmas, christmasEve, newYearsDay, newYearsEve, valentines, halloween, thanksgiving, blackFriday
    case mlkDay, easter, goodFriday, easterMonday, mothersDay, fathersDay, memorialDay, laborDay
    case stPatricks, independenceDay, veteransDay, columbusDay, boxingDay, juneteenth, presidentsDay, electionDay

    func date(in year: Int) -> CivilDate? {
        func nth(_ n: Int, _ weekday: Int, _ month: Int) -> CivilDate? {
            guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            let off = (weekday - first.weekday + 7) % 7
            return first.adding(days: off + 7 * (n - 1))
        }
        func lastWeekday(_ weekday: Int, _ month: Int) -> CivilDate? {
            guard let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) else { return nil }
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        switch self {
        case .christmas: return CivilDate(year: year, month: 12, day: 25)
        case .christmasEve: return CivilDate(year: year, month: 12, day: 24)
        case .newYearsDay: return CivilDate(year: year, month: 1, day: 1)
        case .newYearsEve: return CivilDate(year: year, month: 12, day: 31)
        case .valentines: return CivilDate(year: year, month: 2, day: 14)
        case .halloween: return CivilDate(year: year, month: 10, day: 31)
        case .thanksgiving: return nth(4, 4, 11)
        case .blackFriday: return nth(4, 4, 11)?.adding(days: 1)
        case .mlkDay: return nth(3, 1, 1)
        case .easter: return TimeHoliday.easterSunday(year)
        case .goodFriday: return TimeHoliday.easterSunday(year)?.adding(days: -2)
        case .easterMonday: return TimeHoliday.easterSunday(year)?.adding(days: 1)
        case .mothersDay: return nth(2, 7, 5)
        case .fathersDay: return nth(3, 7, 6)
        case .memorialDay: return lastWeekday(1, 5)
        case .laborDay: return nth(1, 1, 9)
        case .stPatricks: return CivilDate(year: year, month: 3, day: 17)
        case .independenceDay: return CivilDate(year: year, month: 7, day: 4)
        case .veteransDay: return CivilDate(year: year, month: 11, day: 11)
        case .columbusDay: return nth(2, 1, 10)
        case .boxingDay: return CivilDate(year: year, month: 12, day: 26)
        case .juneteenth: return CivilDate(year: year, month: 6, day: 19)
        case .presidentsDay: return nth(3, 1, 2)
        case .electionDay: return nth(1, 1, 11)?.adding(days: 1)  // US: the Tuesday after the first Monday of November
        }
    }

    /// Gregorian Easter Sunday (anonymous computus).
    static func easterSunday(_ y: Int) -> CivilDate? {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: y, month: month, day: day)
    }
}

enum TimeNthKind: Sendable, Equatable { case weekday(Int), day, week, month }

indirect enum TimeExpression: Sendable {
    case spec(TimeDateSpec)
    case weekday(Int, TimeWeekdaySelection)
    /// today+k (or anchor+k).
    case day(Int, anchor: Bool)
    /// The unit containing the reference (or anchor), moved k units ("last week", "the following month").
    case unit(TimeUnit, Int, anchor: Bool)
    /// Saturday-Sunday of the week k weeks from the reference's; nil: the nearest in the preferred direction.
    case weekend(Int?)
    /// Signed shift of a base date (reference, anchor or an expression) by whole units.
    case shift(Int, TimeUnit, base: TimeExpression?, anchor: Bool)
    /// The n-th given weekday after (n > 0) or before (n < 0) the reference.
    case weekdayCount(Int, Int)
    /// The last (n < 0) or next (n > 0) |n| whole units.
    case span(Int, TimeUnit)
    case part(TimePart, TimeExpression)
    /// 0 spring, 1 summer, 2 autumn, 3 winter.
    case season(Int, TimeYearSelection)
    case quarter(Int, TimeYearSelection)
    case year(Int)
    case decade(Int)
    case holiday(TimeHoliday, TimeYearSelection)
    /// The n-th (n < 0: from the end) weekday/day/week/month of a period.
    case nth(Int, TimeNthKind, TimeExpression)
    /// The n-th weekday after a base.
    case nthAfter(Int, Int, TimeExpression)
    case interval(TimeExpression, TimeExpression)
    case since(TimeExpression)
    case until(TimeExpression)
    /// "earlier this month" (true) / "later this week" (false).
    case narrow(Bool, TimeExpression)
    case forSpan(TimeExpression, Int, TimeUnit)
    /// The Monday-Sunday week containing a day ("the week of March 3").
    case weekOf(TimeExpression)

    var isAnchorRelative: Bool {
        switch self {
        case .day(_, let a), .unit(_, _, let a): return a
        case .shift(_, _, let base, let a): return a || (base?.isAnchorRelative ?? false)
        case .weekday(_, let s): return s == .anchorNext || s == .anchorPrevious
        case .part(_, let e), .nth(_, _, let e), .nthAfter(_, _, let e), .since(let e), .until(let e),
             .narrow(_, let e), .forSpan(let e, _, _), .weekOf(let e):
            return e.isAnchorRelative
        case .interval(let a, let b): return a.isAnchorRelative || b.isAnchorRelative
        default: return false
        }
    }
}
