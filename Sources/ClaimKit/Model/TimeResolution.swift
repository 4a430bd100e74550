/// How coarse a resolved date is.
public enum DateGrain: String, Codable, Sendable, CaseIterable {
    case day, week, month, quarter, season, year, decade
}

/// Which way an underspecified expression ("Saturday", "May") is read.
/// News is written after the fact, so `past` is the default.
public enum DatePreference: String, Codable, Sendable, CaseIterable {
    case past, future
}

/// A time expression resolved to an inclusive interval of days.
public struct TimeResolution: Hashable, Codable, Sendable {
    /// The expression as it stands in the text ("on Wednesday", "five weeks later").
    public var text: String
    public var start: CivilDate
    /// Inclusive last day (equal to `start` for a day).
    public var end: CivilDate
    public var grain: DateGrain

    public init(text: String, start: CivilDate, end: CivilDate, grain: DateGrain) {
        self.text = text
        self.start = start
        self.end = end
        self.grain = grain
    }

    /// Whether `other` covers the same days, whatever its text or grain ("on Monday" and "that Monday").
    public func spansSameDays(as other: TimeResolution) -> Bool {
        start == other.start && end == other.end
    }
}
