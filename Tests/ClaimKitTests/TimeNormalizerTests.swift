import Testing
@testable import ClaimKit

/// One row of the normaliser table: an expression, its reference date and reading, an optional discourse
/// anchor, and the expected inclusive interval and grain (nil: the expression must be refused).
struct TimeTableCase: Sendable, CustomTestStringConvertible {
    let expression: String
    let reference: String
    let prefer: DatePreference
    let anchor: String?
    let expected: (start: String, end: String, grain: DateGrain)?

    var testDescription: String { "\(expression) @\(reference) \(prefer.rawValue)\(anchor.map { " anchor \($0)" } ?? "")" }
}

private func C(_ e: String, _ ref: String, _ p: DatePreference, anchor: String?,
               _ x: (String, String, DateGrain)?) -> TimeTableCase {
    TimeTableCase(expression: e, reference: ref, prefer: p, anchor: anchor, expected: x.map { (start: $0.0, end: $0.1, grain: $0.2) })
}

// Written for this project. References: 2025-11-12 is a Wednesday (week Mon 10 - Sun 16);
// 2024-03-01 a Friday in a leap year; 2023-01-03 a Tuesday just after New Year.
let timeCases: [TimeTableCase] = [
    C("2025-03-08", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("March 8", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("8 March", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("March 8, 2025", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("Mar. 8", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("3/8/2025", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("8 March 2025", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("the 8th", "2025-11-12", .past, anchor: nil, ("2025-11-08", "2025-11-08", .day)),
    C("Wednesday, March 5", "2025-11-12", .past, anchor: nil, ("2025-03-05", "2025-03-05", .day)),
    C("December 25", "2025-11-12", .past, anchor: nil, ("2024-12-25", "2024-12-25", .day)),
    C("December 25", "2025-11-12", .future, anchor: nil, ("2025-12-25", "2025-12-25", .day)),
    C("Nov. 12", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("Nov. 13", "2025-11-12", .past, anchor: nil, ("2024-11-13", "2024-11-13", .day)),
    C("Nov. 13", "2025-11-12", .future, anchor: nil, ("2025-11-13", "2025-11-13", .day)),
    C("the 20th", "2025-11-12", .past, anchor: nil, ("2025-10-20", "2025-10-20", .day)),
    C("the 20th", "2025-11-12", .future, anchor: nil, ("2025-11-20", "2025-11-20", .day)),
    C("July 4th, 1776", "2025-11-12", .past, anchor: nil, ("1776-07-04", "1776-07-04", .day)),
    C("12/25/1990", "2025-11-12", .past, anchor: nil, ("1990-12-25", "1990-12-25", .day)),
    C("25.12.1990", "2025-11-12", .past, anchor: nil, ("1990-12-25", "1990-12-25", .day)),
    C("8.3.2020", "2025-11-12", .past, anchor: nil, ("2020-03-08", "2020-03-08", .day)),
    C("8-3-2020", "2025-11-12", .past, anchor: nil, ("2020-08-03", "2020-08-03", .day)),
    C("2019-06", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-06-30", .month)),
    C("June 2019", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-06-30", .month)),
    C("June of 2019", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-06-30", .month)),
    C("6/2019", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-06-30", .month)),
    C("Sept. 11, 2001", "2025-11-12", .past, anchor: nil, ("2001-09-11", "2001-09-11", .day)),
    C("Friday, Sept. 12", "2025-11-12", .past, anchor: nil, ("2025-09-12", "2025-09-12", .day)),
    C("the 3rd of October", "2025-11-12", .past, anchor: nil, ("2025-10-03", "2025-10-03", .day)),
    C("October 3rd", "2025-11-12", .past, anchor: nil, ("2025-10-03", "2025-10-03", .day)),
    C("Aug 9, '05", "2025-11-12", .past, anchor: nil, ("2005-08-09", "2005-08-09", .day)),
    C("2 February 2024", "2025-11-12", .past, anchor: nil, ("2024-02-02", "2024-02-02", .day)),
    C("Feb. 29, 2024", "2025-11-12", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("Feb. 30, 2024", "2025-11-12", .past, anchor: nil, nil),
    C("February 29", "2025-11-12", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("on Wednesday", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("Wednesday", "2025-11-12", .future, anchor: nil, ("2025-11-19", "2025-11-19", .day)),
    C("Thursday", "2025-11-12", .future, anchor: nil, ("2025-11-13", "2025-11-13", .day)),
    C("Thursday", "2025-11-12", .past, anchor: nil, ("2025-11-06", "2025-11-06", .day)),
    C("Thursday", "2025-11-12", .future, anchor: nil, ("2025-11-13", "2025-11-13", .day)),
    C("on Monday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("Sunday", "2025-11-12", .past, anchor: nil, ("2025-11-09", "2025-11-09", .day)),
    C("last Friday", "2025-11-12", .past, anchor: nil, ("2025-11-07", "2025-11-07", .day)),
    C("next Tuesday", "2025-11-12", .past, anchor: nil, ("2025-11-18", "2025-11-18", .day)),
    C("this Wednesday", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("this Saturday", "2025-11-12", .past, anchor: nil, ("2025-11-15", "2025-11-15", .day)),
    C("this coming Monday", "2025-11-12", .past, anchor: nil, ("2025-11-17", "2025-11-17", .day)),
    C("this past Monday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("Friday after next", "2025-11-12", .past, anchor: nil, ("2025-11-21", "2025-11-21", .day)),
    C("Tuesday of next week", "2025-11-12", .past, anchor: nil, ("2025-11-18", "2025-11-18", .day)),
    C("Saturday last week", "2025-11-12", .past, anchor: nil, ("2025-11-08", "2025-11-08", .day)),
    C("the following Monday", "2025-11-12", .past, anchor: "2025-06-04", ("2025-06-09", "2025-06-09", .day)),
    C("the previous Friday", "2025-11-12", .past, anchor: "2025-06-04", ("2025-05-30", "2025-05-30", .day)),
    C("Friday night", "2025-11-12", .past, anchor: nil, ("2025-11-07", "2025-11-07", .day)),
    C("last Wednesday", "2025-11-12", .past, anchor: nil, ("2025-11-05", "2025-11-05", .day)),
    C("yesterday", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-11", .day)),
    C("today", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("tomorrow", "2025-11-12", .past, anchor: nil, ("2025-11-13", "2025-11-13", .day)),
    C("tonight", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("this morning", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("last night", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-11", .day)),
    C("the day before yesterday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("the day after tomorrow", "2025-11-12", .past, anchor: nil, ("2025-11-14", "2025-11-14", .day)),
    C("yesterday afternoon", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-11", .day)),
    C("last week", "2025-11-12", .past, anchor: nil, ("2025-11-03", "2025-11-09", .week)),
    C("this week", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-16", .week)),
    C("next week", "2025-11-12", .past, anchor: nil, ("2025-11-17", "2025-11-23", .week)),
    C("last month", "2025-11-12", .past, anchor: nil, ("2025-10-01", "2025-10-31", .month)),
    C("this month", "2025-11-12", .past, anchor: nil, ("2025-11-01", "2025-11-30", .month)),
    C("next month", "2025-11-12", .past, anchor: nil, ("2025-12-01", "2025-12-31", .month)),
    C("last year", "2025-11-12", .past, anchor: nil, ("2024-01-01", "2024-12-31", .year)),
    C("this year", "2025-11-12", .past, anchor: nil, ("2025-01-01", "2025-12-31", .year)),
    C("next year", "2025-11-12", .past, anchor: nil, ("2026-01-01", "2026-12-31", .year)),
    C("this weekend", "2025-11-12", .past, anchor: nil, ("2025-11-15", "2025-11-16", .week)),
    C("last weekend", "2025-11-12", .past, anchor: nil, ("2025-11-08", "2025-11-09", .week)),
    C("over the weekend", "2025-11-12", .past, anchor: nil, ("2025-11-08", "2025-11-09", .week)),
    C("the weekend", "2025-11-12", .future, anchor: nil, ("2025-11-15", "2025-11-16", .week)),
    C("the weekend", "2025-11-16", .past, anchor: nil, ("2025-11-15", "2025-11-16", .week)),
    C("last quarter", "2025-11-12", .past, anchor: nil, ("2025-07-01", "2025-09-30", .quarter)),
    C("this quarter", "2025-11-12", .past, anchor: nil, ("2025-10-01", "2025-12-31", .quarter)),
    C("the past week", "2025-11-12", .past, anchor: nil, ("2025-11-03", "2025-11-09", .week)),
    C("the coming week", "2025-11-12", .past, anchor: nil, ("2025-11-17", "2025-11-23", .week)),
    C("3 days ago", "2025-11-12", .past, anchor: nil, ("2025-11-09", "2025-11-09", .day)),
    C("a week ago", "2025-11-12", .past, anchor: nil, ("2025-11-05", "2025-11-05", .day)),
    C("two weeks ago", "2025-11-12", .past, anchor: nil, ("2025-10-29", "2025-10-29", .day)),
    C("three months ago", "2025-11-12", .past, anchor: nil, ("2025-08-12", "2025-08-12", .day)),
    // years before or after publication: a month, not a day counted back
    C("five years ago", "2025-11-12", .past, anchor: nil, ("2020-11-01", "2020-11-30", .month)),
    C("two years from now", "2025-11-12", .past, anchor: nil, ("2027-11-01", "2027-11-30", .month)),
    C("a couple of days ago", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("a fortnight ago", "2025-11-12", .past, anchor: nil, ("2025-10-29", "2025-10-29", .day)),
    C("twenty-one days ago", "2025-11-12", .past, anchor: nil, ("2025-10-22", "2025-10-22", .day)),
    C("10 days ago", "2025-11-12", .past, anchor: nil, ("2025-11-02", "2025-11-02", .day)),
    C("five weeks later", "2025-11-12", .past, anchor: "2025-03-08", ("2025-04-12", "2025-04-12", .day)),
    C("two days earlier", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-06", "2025-03-06", .day)),
    C("that afternoon", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-08", "2025-03-08", .day)),
    C("that night", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-08", "2025-03-08", .day)),
    C("a month later", "2025-11-12", .past, anchor: "2025-01-31", ("2025-02-28", "2025-02-28", .day)),
    C("the next day", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-09", "2025-03-09", .day)),
    C("the day before", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-07", "2025-03-07", .day)),
    C("that day", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-08", "2025-03-08", .day)),
    C("the following week", "2025-11-12", .past, anchor: "2025-03-08", ("2025-03-10", "2025-03-16", .week)),
    C("the previous month", "2025-11-12", .past, anchor: "2025-03-08", ("2025-02-01", "2025-02-28", .month)),
    C("five weeks later", "2025-11-12", .past, anchor: nil, ("2025-12-17", "2025-12-17", .day)),
    C("in three days", "2025-11-12", .past, anchor: nil, ("2025-11-15", "2025-11-15", .day)),
    C("two weeks from now", "2025-11-12", .past, anchor: nil, ("2025-11-26", "2025-11-26", .day)),
    C("a year later", "2025-11-12", .past, anchor: "2024-02-29", ("2025-02-28", "2025-02-28", .day)),
    C("three days after Christmas", "2025-11-12", .past, anchor: nil, ("2024-12-28", "2024-12-28", .day)),
    C("several days ago", "2025-11-12", .past, anchor: nil, nil),
    C("a few weeks ago", "2025-11-12", .past, anchor: nil, nil),
    C("early March", "2025-11-12", .past, anchor: nil, ("2025-03-01", "2025-03-10", .month)),
    C("mid-March", "2025-11-12", .past, anchor: nil, ("2025-03-11", "2025-03-20", .month)),
    C("late March", "2025-11-12", .past, anchor: nil, ("2025-03-21", "2025-03-31", .month)),
    C("the end of March", "2025-11-12", .past, anchor: nil, ("2025-03-31", "2025-03-31", .day)),
    C("late March", "2025-11-12", .past, anchor: nil, ("2025-03-21", "2025-03-31", .month)),
    C("the beginning of March", "2025-11-12", .past, anchor: nil, ("2025-03-01", "2025-03-10", .month)),
    C("mid-2024", "2025-11-12", .past, anchor: nil, ("2024-05-01", "2024-08-31", .month)),
    C("early 2024", "2025-11-12", .past, anchor: nil, ("2024-01-01", "2024-04-30", .month)),
    C("late 2024", "2025-11-12", .past, anchor: nil, ("2024-09-01", "2024-12-31", .month)),
    C("the beginning of 2024", "2025-11-12", .past, anchor: nil, ("2024-01-01", "2024-03-31", .month)),
    C("the first half of 2024", "2025-11-12", .past, anchor: nil, ("2024-01-01", "2024-06-30", .month)),
    C("the second half of the year", "2025-11-12", .past, anchor: nil, ("2025-07-01", "2025-12-31", .month)),
    C("H2 2023", "2025-11-12", .past, anchor: nil, ("2023-07-01", "2023-12-31", .month)),
    C("the first half of last year", "2025-11-12", .past, anchor: nil, ("2024-01-01", "2024-06-30", .month)),
    // "the end of the month/year" is its last day; "late" keeps the last ten days or last third
    C("the end of the year", "2025-11-12", .past, anchor: nil, ("2025-12-31", "2025-12-31", .day)),
    C("at the end of 2012", "2025-11-12", .past, anchor: nil, ("2012-12-31", "2012-12-31", .day)),
    C("late 2012", "2025-11-12", .past, anchor: nil, ("2012-09-01", "2012-12-31", .month)),
    C("the end of the month", "2025-11-12", .past, anchor: nil, ("2025-11-30", "2025-11-30", .day)),
    C("end of last month", "2025-11-12", .past, anchor: nil, ("2025-10-31", "2025-10-31", .day)),
    C("end of the month", "2024-02-10", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("at the end of April", "2025-11-12", .future, anchor: nil, ("2026-04-30", "2026-04-30", .day)),
    C("the end of the week", "2025-11-12", .past, anchor: nil, ("2025-11-14", "2025-11-16", .week)),
    C("late this year", "2025-11-12", .past, anchor: nil, ("2025-09-01", "2025-12-31", .month)),
    C("late last year", "2025-11-12", .past, anchor: nil, ("2024-09-01", "2024-12-31", .month)),
    C("early next week", "2025-11-12", .past, anchor: nil, ("2025-11-17", "2025-11-19", .week)),
    C("late November", "2025-11-12", .past, anchor: nil, ("2024-11-21", "2024-11-30", .month)),
    C("late November", "2025-11-12", .future, anchor: nil, ("2025-11-21", "2025-11-30", .month)),
    C("early October", "2025-11-12", .past, anchor: nil, ("2025-10-01", "2025-10-10", .month)),
    C("the late 1990s", "2025-11-12", .past, anchor: nil, ("1997-01-01", "1999-12-31", .year)),
    C("the mid-1990s", "2025-11-12", .past, anchor: nil, ("1993-01-01", "1996-12-31", .year)),
    C("early Monday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("late last night", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-11", .day)),
    C("the summer of 2019", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-08-31", .season)),
    C("winter 2023", "2025-11-12", .past, anchor: nil, ("2023-12-01", "2024-02-29", .season)),
    C("last summer", "2025-11-12", .past, anchor: nil, ("2025-06-01", "2025-08-31", .season)),
    C("this winter", "2025-11-12", .past, anchor: nil, ("2025-12-01", "2026-02-28", .season)),
    C("spring 2020", "2025-11-12", .past, anchor: nil, ("2020-03-01", "2020-05-31", .season)),
    C("last winter", "2025-11-12", .past, anchor: nil, ("2024-12-01", "2025-02-28", .season)),
    C("next spring", "2025-11-12", .past, anchor: nil, ("2026-03-01", "2026-05-31", .season)),
    C("autumn 2022", "2025-11-12", .past, anchor: nil, ("2022-09-01", "2022-11-30", .season)),
    C("the fall of 2008", "2025-11-12", .past, anchor: nil, ("2008-09-01", "2008-11-30", .season)),
    C("in 2019", "2025-11-12", .past, anchor: nil, ("2019-01-01", "2019-12-31", .year)),
    C("2019", "2025-11-12", .past, anchor: nil, ("2019-01-01", "2019-12-31", .year)),
    C("the 1990s", "2025-11-12", .past, anchor: nil, ("1990-01-01", "1999-12-31", .decade)),
    C("the '80s", "2025-11-12", .past, anchor: nil, ("1980-01-01", "1989-12-31", .decade)),
    C("the year 2000", "2025-11-12", .past, anchor: nil, ("2000-01-01", "2000-12-31", .year)),
    C("the 2010s", "2025-11-12", .past, anchor: nil, ("2010-01-01", "2019-12-31", .decade)),
    C("Q3 2024", "2025-11-12", .past, anchor: nil, ("2024-07-01", "2024-09-30", .quarter)),
    C("the third quarter", "2025-11-12", .past, anchor: nil, ("2025-07-01", "2025-09-30", .quarter)),
    C("the first quarter of 2023", "2025-11-12", .past, anchor: nil, ("2023-01-01", "2023-03-31", .quarter)),
    C("Q1", "2025-11-12", .past, anchor: nil, ("2025-01-01", "2025-03-31", .quarter)),
    C("the fourth quarter of last year", "2025-11-12", .past, anchor: nil, ("2024-10-01", "2024-12-31", .quarter)),
    C("in May", "2025-11-12", .past, anchor: nil, ("2025-05-01", "2025-05-31", .month)),
    C("last May", "2025-11-12", .past, anchor: nil, ("2024-05-01", "2024-05-31", .month)),
    C("last March", "2025-02-10", .past, anchor: nil, ("2024-03-01", "2024-03-31", .month)),
    C("next December", "2025-11-12", .past, anchor: nil, ("2026-12-01", "2026-12-31", .month)),
    C("this past May", "2025-11-12", .past, anchor: nil, ("2025-05-01", "2025-05-31", .month)),
    C("next Christmas", "2025-02-10", .past, anchor: nil, ("2025-12-25", "2025-12-25", .day)),
    C("last November", "2025-11-12", .past, anchor: nil, ("2024-11-01", "2024-11-30", .month)),
    C("last Christmas", "2025-11-12", .past, anchor: nil, ("2024-12-25", "2024-12-25", .day)),
    C("next Easter", "2025-11-12", .past, anchor: nil, ("2026-04-05", "2026-04-05", .day)),
    C("May 2024", "2025-11-12", .past, anchor: nil, ("2024-05-01", "2024-05-31", .month)),
    C("this May", "2025-11-12", .past, anchor: nil, ("2025-05-01", "2025-05-31", .month)),
    C("next May", "2025-11-12", .past, anchor: nil, ("2026-05-01", "2026-05-31", .month)),
    C("in December", "2025-11-12", .past, anchor: nil, ("2024-12-01", "2024-12-31", .month)),
    C("in December", "2025-11-12", .future, anchor: nil, ("2025-12-01", "2025-12-31", .month)),
    C("in November", "2025-11-12", .past, anchor: nil, ("2025-11-01", "2025-11-30", .month)),
    C("this coming January", "2025-11-12", .past, anchor: nil, ("2026-01-01", "2026-01-31", .month)),
    C("March of last year", "2025-11-12", .past, anchor: nil, ("2024-03-01", "2024-03-31", .month)),
    C("since late November", "2025-12-05", .past, anchor: nil, ("2025-11-21", "2025-12-05", .month)),
    C("from March to May", "2025-11-12", .past, anchor: nil, ("2025-03-01", "2025-05-31", .month)),
    C("between 2019 and 2021", "2025-11-12", .past, anchor: nil, ("2019-01-01", "2021-12-31", .year)),
    C("until Friday", "2025-11-12", .future, anchor: nil, ("2025-11-12", "2025-11-14", .day)),
    C("until Friday", "2025-11-12", .past, anchor: nil, ("2025-11-07", "2025-11-07", .day)),
    C("until the end of the year", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-12-31", .day)),
    C("since 2019", "2025-11-12", .past, anchor: nil, ("2019-01-01", "2025-11-12", .year)),
    C("from March 3 to March 7", "2025-11-12", .past, anchor: nil, ("2025-03-03", "2025-03-07", .day)),
    C("March 3-7", "2025-11-12", .past, anchor: nil, ("2025-03-03", "2025-03-07", .day)),
    C("from 3 to 7 March 2024", "2025-11-12", .past, anchor: nil, ("2024-03-03", "2024-03-07", .day)),
    C("between Monday and Wednesday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-12", .day)),
    C("from 2010 to 2014", "2025-11-12", .past, anchor: nil, ("2010-01-01", "2014-12-31", .year)),
    // ranges between weekdays: the right end is the first such weekday on or after the left one
    C("from Tuesday to Friday", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-14", .day)),
    C("Tuesday - Friday", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-14", .day)),
    C("from Thursday to Saturday", "2025-11-12", .past, anchor: nil, ("2025-11-06", "2025-11-08", .day)),
    C("Friday to Monday", "2025-11-12", .future, anchor: nil, ("2025-11-14", "2025-11-17", .day)),
    // "this <weekday>": this Monday-Sunday week, but said on a Sunday the coming one
    C("this Wednesday", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-12", .day)),
    C("this Monday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    C("this Wednesday", "2025-11-16", .past, anchor: nil, ("2025-11-19", "2025-11-19", .day)),
    C("this Sunday", "2025-11-16", .past, anchor: nil, ("2025-11-16", "2025-11-16", .day)),
    C("Monday of this week", "2025-11-16", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    // a week named by its Sunday is the week that Sunday begins
    C("the week of November 9", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-16", .week)),
    C("the week of November 3", "2025-11-12", .past, anchor: nil, ("2025-11-03", "2025-11-09", .week)),
    C("the week of November 16", "2025-11-12", .future, anchor: nil, ("2025-11-17", "2025-11-23", .week)),
    // "few" in a span is three; a point "a few days ago" names no day
    C("the next few days", "2025-11-12", .past, anchor: nil, ("2025-11-13", "2025-11-15", .day)),
    C("the past few weeks", "2025-11-12", .past, anchor: nil, ("2025-10-20", "2025-11-09", .week)),
    C("a few days ago", "2025-11-12", .past, anchor: nil, nil),
    // ranges between days of one month
    C("between the 15th and 16th", "2025-11-12", .past, anchor: nil, ("2025-10-15", "2025-10-16", .day)),
    C("between the 15th and 16th", "2025-11-12", .future, anchor: nil, ("2025-11-15", "2025-11-16", .day)),
    C("from the 3rd to the 7th", "2025-11-12", .past, anchor: nil, ("2025-11-03", "2025-11-07", .day)),
    C("between the 16th and 15th", "2025-11-12", .past, anchor: nil, nil),
    C("from 2018/08/05 to 2018/08/16", "2025-11-12", .past, anchor: nil, ("2018-08-05", "2018-08-16", .day)),
    // a weekday with its day of the month fixes the month
    C("Friday 27", "2025-11-12", .past, anchor: nil, ("2025-06-27", "2025-06-27", .day)),
    C("on Friday 27", "2025-11-12", .future, anchor: nil, ("2026-02-27", "2026-02-27", .day)),
    C("Monday 10", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-10", .day)),
    // month/day with a slash
    C("on 8/15", "2025-11-12", .past, anchor: nil, ("2025-08-15", "2025-08-15", .day)),
    C("8/15", "2025-11-12", .future, anchor: nil, ("2026-08-15", "2026-08-15", .day)),
    C("from 8/5 to 8/16", "2025-11-12", .past, anchor: nil, ("2025-08-05", "2025-08-16", .day)),
    C("Dec. 30 - Jan. 2", "2025-01-10", .past, anchor: nil, ("2024-12-30", "2025-01-02", .day)),
    C("since Monday", "2025-11-12", .past, anchor: nil, ("2025-11-10", "2025-11-12", .day)),
    C("earlier this month", "2025-11-12", .past, anchor: nil, ("2025-11-01", "2025-11-12", .month)),
    C("later this week", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-16", .week)),
    C("Christmas", "2025-11-12", .past, anchor: nil, ("2024-12-25", "2024-12-25", .day)),
    C("Christmas Day 2020", "2025-11-12", .past, anchor: nil, ("2020-12-25", "2020-12-25", .day)),
    C("Thanksgiving", "2025-11-12", .future, anchor: nil, ("2025-11-27", "2025-11-27", .day)),
    C("Easter 2024", "2025-11-12", .past, anchor: nil, ("2024-03-31", "2024-03-31", .day)),
    C("New Year's Day", "2025-11-12", .past, anchor: nil, ("2025-01-01", "2025-01-01", .day)),
    C("New Year's Eve", "2025-11-12", .past, anchor: nil, ("2024-12-31", "2024-12-31", .day)),
    C("Labor Day 2025", "2025-11-12", .past, anchor: nil, ("2025-09-01", "2025-09-01", .day)),
    C("Memorial Day 2024", "2025-11-12", .past, anchor: nil, ("2024-05-27", "2024-05-27", .day)),
    C("Mother's Day 2025", "2025-11-12", .past, anchor: nil, ("2025-05-11", "2025-05-11", .day)),
    C("Election Day 2020", "2025-11-12", .past, anchor: nil, ("2020-11-03", "2020-11-03", .day)),
    C("within two weeks", "2025-11-12", .past, anchor: nil, ("2025-11-12", "2025-11-26", .day)),
    C("the first week of March", "2025-11-12", .past, anchor: nil, ("2025-03-03", "2025-03-09", .week)),
    C("the last Sunday of October", "2025-11-12", .past, anchor: nil, ("2025-10-26", "2025-10-26", .day)),
    C("the first Monday in September 2025", "2025-11-12", .past, anchor: nil, ("2025-09-01", "2025-09-01", .day)),
    C("the last day of February 2024", "2025-11-12", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("the third Thursday of November", "2025-11-12", .past, anchor: nil, ("2024-11-21", "2024-11-21", .day)),
    C("the 20th of next month", "2025-11-12", .past, anchor: nil, ("2025-12-20", "2025-12-20", .day)),
    C("the week of March 3", "2025-11-12", .past, anchor: nil, ("2025-03-03", "2025-03-09", .week)),
    C("(on March 8),", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("as of March 8", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("by 2030", "2025-11-12", .past, anchor: nil, ("2030-01-01", "2030-12-31", .year)),
    C("during the summer of 2019", "2025-11-12", .past, anchor: nil, ("2019-06-01", "2019-08-31", .season)),
    C("On March 8.", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("March 8 at 10 a.m.", "2025-11-12", .past, anchor: nil, ("2025-03-08", "2025-03-08", .day)),
    C("Tuesday, 5:30 pm ET", "2025-11-12", .past, anchor: nil, ("2025-11-11", "2025-11-11", .day)),
    C("Jan. 6, 2021, at noon", "2025-11-12", .past, anchor: nil, ("2021-01-06", "2021-01-06", .day)),
    C("March 8 at the White House", "2025-11-12", .past, anchor: nil, nil),
    C("hello", "2025-11-12", .past, anchor: nil, nil),
    C("35%", "2025-11-12", .past, anchor: nil, nil),
    C("2 1/2 hours", "2025-11-12", .past, anchor: nil, nil),
    C("next", "2025-11-12", .past, anchor: nil, nil),
    C("March 32", "2025-11-12", .past, anchor: nil, nil),
    C("13/13/2020", "2025-11-12", .past, anchor: nil, nil),
    C("several weeks later", "2025-11-12", .past, anchor: "2025-03-08", nil),
    C("yesterday", "2024-03-01", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("last month", "2024-03-01", .past, anchor: nil, ("2024-02-01", "2024-02-29", .month)),
    C("a year ago", "2024-03-01", .past, anchor: nil, ("2023-03-01", "2023-03-31", .month)),
    C("a year ago tomorrow", "2024-03-01", .past, anchor: nil, ("2023-03-02", "2023-03-02", .day)),
    C("last week", "2024-03-01", .past, anchor: nil, ("2024-02-19", "2024-02-25", .week)),
    C("this week", "2024-03-01", .past, anchor: nil, ("2024-02-26", "2024-03-03", .week)),
    C("on Friday", "2024-03-01", .past, anchor: nil, ("2024-03-01", "2024-03-01", .day)),
    C("Thursday", "2024-03-01", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("last Friday", "2024-03-01", .past, anchor: nil, ("2024-02-23", "2024-02-23", .day)),
    C("February 29", "2024-03-01", .past, anchor: nil, ("2024-02-29", "2024-02-29", .day)),
    C("one month ago", "2024-03-01", .past, anchor: nil, ("2024-02-01", "2024-02-01", .day)),
    C("winter", "2024-03-01", .past, anchor: nil, ("2023-12-01", "2024-02-29", .season)),
    C("the first quarter", "2024-03-01", .past, anchor: nil, ("2024-01-01", "2024-03-31", .quarter)),
    C("last spring", "2024-03-01", .past, anchor: nil, ("2023-03-01", "2023-05-31", .season)),
    C("last year", "2023-01-03", .past, anchor: nil, ("2022-01-01", "2022-12-31", .year)),
    C("last week", "2023-01-03", .past, anchor: nil, ("2022-12-26", "2023-01-01", .week)),
    C("in December", "2023-01-03", .past, anchor: nil, ("2022-12-01", "2022-12-31", .month)),
    C("Christmas", "2023-01-03", .past, anchor: nil, ("2022-12-25", "2022-12-25", .day)),
    C("next week", "2023-01-03", .past, anchor: nil, ("2023-01-09", "2023-01-15", .week)),
    C("the 31st", "2023-01-03", .past, anchor: nil, ("2022-12-31", "2022-12-31", .day)),
    C("Monday", "2023-01-03", .past, anchor: nil, ("2023-01-02", "2023-01-02", .day)),
    C("the last two weeks", "2023-01-03", .past, anchor: nil, ("2022-12-19", "2023-01-01", .week)),
    C("the past three days", "2023-01-03", .past, anchor: nil, ("2022-12-31", "2023-01-02", .day)),
    C("the next two months", "2023-01-03", .past, anchor: nil, ("2023-02-01", "2023-03-31", .month)),
]

/// A sentence and the mentions the scanner must find in it.
struct TimeScanCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let mentions: [String]
    var testDescription: String { sentence }
}

let timeScanCases: [TimeScanCase] = [
    TimeScanCase(sentence: "On March 8, the minister said the deal was done.", mentions: ["On March 8"]),
    TimeScanCase(sentence: "Five weeks later, officials said this month would be decisive.", mentions: ["Five weeks later", "this month"]),
    TimeScanCase(sentence: "The vote took place on Wednesday, and the results came the next day.", mentions: ["on Wednesday", "the next day"]),
    TimeScanCase(sentence: "She arrived on May 3 and left in May, but may return in March 2024.", mentions: ["on May 3", "in May", "in March 2024"]),
    TimeScanCase(sentence: "One of the officials said in 2019 that it would happen by late November.", mentions: ["in 2019", "by late November"]),
    TimeScanCase(sentence: "Earlier this month, prices rose 3.5% compared with last year.", mentions: ["Earlier this month", "last year"]),
    TimeScanCase(sentence: "In the third quarter of 2024, revenue fell; in Q4 it rose.", mentions: ["In the third quarter of 2024", "in Q4"]),
    TimeScanCase(sentence: "He served from 2010 to 2014 and again between March and June 2019.", mentions: ["from 2010 to 2014", "between March and June 2019"]),
    TimeScanCase(sentence: "The meeting is set for Tuesday, Nov. 18, at 10 a.m.", mentions: ["Tuesday, Nov. 18"]),
    TimeScanCase(sentence: "He was born on 12/25/1990 and died 2020-03-08.", mentions: ["on 12/25/1990", "2020-03-08"]),
    TimeScanCase(sentence: "Two days later the police came; a day earlier, the mayor left.", mentions: ["Two days later", "a day earlier"]),
    TimeScanCase(sentence: "Since late November, more than 1,200 people have been detained.", mentions: ["Since late November"]),
    TimeScanCase(sentence: "the summer of 2019 and the 1990s", mentions: ["the summer of 2019", "the 1990s"]),
    TimeScanCase(sentence: "A week ago, on Christmas Eve, they met.", mentions: ["A week ago", "on Christmas Eve"]),
    TimeScanCase(sentence: "Sales peaked at Thanksgiving and on St. Patrick's Day 2024.", mentions: ["at Thanksgiving", "on St. Patrick's Day 2024"]),
    TimeScanCase(sentence: "On Tuesday President Biden spoke, and Trump replied Thursday night.", mentions: ["On Tuesday", "Thursday night"]),
    TimeScanCase(sentence: "A week before, nothing; a day after Christmas and two weeks prior to Easter, a year later.",
                 mentions: ["A week before", "a day after Christmas", "two weeks prior to Easter", "a year later"]),
    TimeScanCase(sentence: "In 2000 the euro fell; by 2030 it will rise, around March 8 or in 2018 and 2019.",
                 mentions: ["In 2000", "by 2030", "around March 8", "in 2018", "2019"]),
    TimeScanCase(sentence: "They met the week of March 3, the last Sunday of October and the 20th of next month.",
                 mentions: ["the week of March 3", "the last Sunday of October", "the 20th of next month"]),
    TimeScanCase(sentence: "The plan, due by the end of May, 2024, slipped to Sunday, March 6, 2016 in the draft.",
                 mentions: ["by the end of May, 2024", "Sunday, March 6, 2016"]),
    TimeScanCase(sentence: "The Fed held rates on Wednesday, its third pause since July.", mentions: ["on Wednesday", "since July"]),
    TimeScanCase(sentence: "Police said the attack began early Monday and ended late last night.", mentions: ["early Monday", "late last night"]),
    TimeScanCase(sentence: "He was arrested on 3 March 2022 and released 18 months later.", mentions: ["on 3 March 2022", "18 months later"]),
    TimeScanCase(sentence: "In the 1980s and 1990s, and again in the mid-2020s.", mentions: ["In the 1980s", "1990s", "in the mid-2020s"]),
    TimeScanCase(sentence: "The trial begins on Jan. 15 and could last until mid-February.", mentions: ["on Jan. 15", "until mid-February"]),
    TimeScanCase(sentence: "Senators joined the pile-on Tuesday; in mid-March, a sit-in on Friday.", mentions: ["Tuesday", "in mid-March", "on Friday"]),
    TimeScanCase(sentence: "Over the weekend, prices rose more than over the past decade.", mentions: ["Over the weekend", "over the past decade"]),
    TimeScanCase(sentence: "The festival runs from Tuesday to Friday, and the fair Tuesday - Friday.", mentions: ["from Tuesday to Friday", "Tuesday - Friday"]),
    TimeScanCase(sentence: "Voting is between the 15th and 16th, with results on Friday 27.", mentions: ["between the 15th and 16th", "on Friday 27"]),
    TimeScanCase(sentence: "The camp ran from 2018/08/05 to 2018/08/16 and reopened on 9/1.", mentions: ["from 2018/08/05 to 2018/08/16", "on 9/1"]),
    TimeScanCase(sentence: "Payment is due at the end of the month.", mentions: ["at the end of the month"]),
    TimeScanCase(sentence: "On Friday 27 people were hurt.", mentions: ["On Friday"]),
]

let timeNoDateSentences: [String] = [
    "They may go if they want to.",
    "There was a march on the capital.",
    "Will Smith said the Sun newspaper reported growth.",
    "Growth was 35% over 2 1/2 hours.",
    "One of the officials left.",
    "Sun Microsystems and Jan Smith met at 3/4 of the way.",
    "The score was 3-2 and the 8th floor was closed.",
    "May I ask a question? March forward!",
    "Theresa May and Will Jones met.",
    "In 2000 people died, and 1,500 were hurt.",
    "At the end of the day, the vote was 5-4.",
    "The war, now in its third year, has killed 10,000 people.",
    "He said 9/11 changed everything, and 24/7 coverage followed.",
    "Senators joined the pile-on at the hearing.",
    "They flew to Easter Island and prayed at St. Patrick's Cathedral.",
    "The Sunday Times said Monday Night Football would move.",
    "She told the Today programme and the Tonight Show that she would run.",
    "A USA TODAY poll and a USA Today survey found the same.",
    "Over 2000 troops and up to 2000 people, about 1990 units, more than 2000 votes.",
    "In 1900 cases the index rose to 2019 levels.",
    "Two days after the attack, police acted within 60 days of notice, as version 2.1.17 shows.",
    "Turnout rose between 5 and 10 percent.",
    "They rallied on the last night of the campaign.",
    "He won 2/3 of the vote in 1/2 the time.",
]

@Suite("Time normaliser")
struct TimeNormalizerTests {
    @Test("table", arguments: timeCases)
    func resolves(_ c: TimeTableCase) throws {
        let ref = try #require(CivilDate(iso: c.reference))
        let anchor = c.anchor.flatMap { CivilDate(iso: $0) }
        let got = TimeNormalizer(reference: ref, prefer: c.prefer).resolve(c.expression, anchor: anchor)
        guard let x = c.expected else {
            #expect(got == nil, "expected no reading, got \(String(describing: got))")
            return
        }
        let r = try #require(got)
        #expect(r.start.description == x.start)
        #expect(r.end.description == x.end)
        #expect(r.grain == x.grain)
        #expect(r.text == c.expression)
    }

    @Test func tableIsLarge() {
        #expect(timeCases.count >= 150)
    }

    @Test("finds time expressions", arguments: timeScanCases)
    func scans(_ c: TimeScanCase) {
        let got = TimeScanner.scan(c.sentence)
        #expect(got.map(\.text) == c.mentions)
        for m in got {
            #expect(String(c.sentence[m.range]) == m.text)
        }
    }

    @Test("no false positives", arguments: timeNoDateSentences)
    func noFalsePositives(_ s: String) {
        #expect(TimeScanner.scan(s).map(\.text) == [])
    }

    @Test func anchorRelativeFlags() {
        let got = TimeScanner.scan("On March 8 the talks began; five weeks later they ended, and the next day this month was over.")
        #expect(got.map(\.text) == ["On March 8", "five weeks later", "the next day", "this month"])
        #expect(got.map(\.isAnchorRelative) == [false, true, true, false])
    }

    @Test func scannedMentionsResolveInDiscourse() throws {
        let text = "On March 8, the board met. Five weeks later, it voted again."
        let ref = try #require(CivilDate(iso: "2025-06-01"))
        let n = TimeNormalizer(reference: ref)
        var previous: CivilDate? = nil
        var starts: [String] = []
        for m in TimeScanner.scan(text) {
            let r = try #require(n.resolve(m.text, anchor: previous))
            previous = r.start
            starts.append(r.start.description)
        }
        #expect(starts == ["2025-03-08", "2025-04-12"])
    }

    /// A month and day without a year, in discourse: the coming one when the past one is almost a year back
    /// (rows: text, published, expected start).
    static let discourseYearCases: [(String, String, String)] = [
        ("The ferry vote is set for May 20.", "2024-05-10", "2024-05-20"),
        ("Voters in the county go to the polls on June 30.", "2024-05-10", "2024-06-30"),
        ("The depot closed on May 2.", "2024-05-10", "2024-05-02"),
        ("The depot closed on Aug. 14.", "2024-05-10", "2023-08-14"),
        ("The depot closed in August.", "2024-05-10", "2023-08-01"),
    ]

    @Test("a yearless day almost a year back is the coming one", arguments: discourseYearCases)
    func yearlessDayInDiscourse(_ c: (String, String, String)) throws {
        let text = ScalarText(c.0)
        var anchor = TemporalAnchor(published: CivilDate(iso: c.1))
        let spot = try #require(TemporalAnchor.spots(text, 0, text.count).first)
        #expect(anchor.resolve(spot)?.start.description == c.2, "\(c.0)")
    }

    @Test func emptyAndUnicodeInput() {
        #expect(TimeScanner.scan("").isEmpty)
        let s = "Le 8 mars — “On March 8” — café ünïcode 2019 ✓"
        let got = TimeScanner.scan(s)
        #expect(got.map(\.text) == ["On March 8"])
        for m in got { #expect(String(s[m.range]) == m.text) }
    }

    @Test func adversarialInputIsBounded() throws {
        let s = String(repeating: "2 days before ", count: 5000) + "today"
        // Finishing at all is the point (a runaway pass would hang here); its speed is `make bench`'s business.
        #expect(TimeScanner.scan(s).count > 0)
        let ref = try #require(CivilDate(iso: "2025-11-12"))
        #expect(TimeNormalizer(reference: ref).resolve(s) == nil)
        #expect(TimeNormalizer(reference: ref).resolve("2 days before 2 days before today")?.start.description == "2025-11-08")
    }

    @Test func scannerFindsEveryDateInALongText() {
        let sentence = "The minister said on Wednesday that the talks, which began in March 2024, would resume next week, "
            + "while 35% of the 1,200 delegates may leave before a march on the capital. "
        let text = String(repeating: sentence, count: 2000)
        // ~380 KB in one long "sentence": three dates a sentence, and no number or "march" taken for one
        // (timing is measured by `make bench`, never asserted in a test).
        let found = TimeScanner.scan(text)
        #expect(found.count == 6000)
        #expect(Set(found.map(\.text)) == ["on Wednesday", "in March 2024", "next week"], "\(Set(found.map(\.text)))")
    }
}
