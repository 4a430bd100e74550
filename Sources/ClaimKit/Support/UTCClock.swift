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
        // Written digit by digit: String(format:) costs more than the rest of a small command's bookkeeping.
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func digits(_ value: Int32, _ width: Int) {
            var v = Int(value)
            var d = [UInt8](repeating: 0x30, count: width)
            for i in stride(from: width - 1, through: 0, by: -1) { d[i] = UInt8(0x30 + v % 10); v /= 10 }
            out.append(contentsOf: d)
        }
        digits(parts.tm_year + 1900, 4); out.append(0x2D)
        digits(parts.tm_mon + 1, 2); out.append(0x2D)
        digits(parts.tm_mday, 2); out.append(0x54)
        digits(parts.tm_hour, 2); out.append(0x3A)
        digits(parts.tm_min, 2); out.append(0x3A)
        digits(parts.tm_sec, 2); out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Today's civil date in UTC.
    public static func today() -> CivilDate {
        CivilDate(iso: now()) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }
}
