/// A command failed; the message is for the user. `usage` errors also print the command's usage.
public struct ShellError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var usage: String?

    public init(_ message: String, usage: String? = nil) {
        self.message = message
        self.usage = usage
    }

    public var description: String { message }
}
