/// A command failed; the message is for the user. `usage` errors also print the command's usage.
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var usage: String?
    /// The word before the message.
    public var label = "error"

    public init(_ message: String, usage: String? = nil) {
        self.message = message
        self.usage = usage
    }

    /// A failed `expect`: printed like every other batch error, `FILE:LINE: error: expectation failed: MESSAGE`.
    public static func expectation(_ message: String) -> ShellError {
        ShellError("expectation failed: " + message)
    }

    public var description: String { message }
}
