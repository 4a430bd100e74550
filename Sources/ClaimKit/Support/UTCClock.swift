import Foundation

/// Wall-clock time as claimcheck records it: UTC, ISO 8601, to the second.
/// `CLAIMCHECK_NOW` fixes the time (tests and reproducible exports).
public enum UTCClock {
    /// Read once: building the environment dictionary on every call is costly.
    private static let fixed: String? = ProcessInfo.processInfo.environment["CLAIMCHECK_NOW"].flatMap { $0.isEmpty ? nil : $0 }

    public static func now() -> String {
        if let fixed { return fixed }
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// Today's civil date in UTC.
    public static func today() -> CivilDate {
        CivilDate(iso: now()) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}
