import ClaimKit

/// Dates typed by the user: YYYY-MM-DD, checked to be a real day.
enum DateArgument {
    static func parse(_ text: String, what: String) throws(ShellError) -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ShellError("\(what): \(text) is not a valid date (expected YYYY-MM-DD, a real day)")
        }
        return date
    }
}
