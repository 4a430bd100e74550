import ClaimKit

/// A web address given on the command line (`--url`, `set url`): a plain http(s) address that a
/// report may link to (``WebLink/isSafe(_:)``), or an error naming the option.
enum WebAddressArgument {
    static func check(_ value: String, what: String) throws(ShellError) {
        guard WebLink.isSafe(value) else {
            throw ShellError("\(what) must be an http:// or https:// address without blanks or quotes, not \(Tokenizer.quoteIfNeeded(value))")
        }
    }
}
