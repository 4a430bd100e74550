/// Why the store refused or failed an operation. The message is meant for the user.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static func notFound(_ what: String, _ id: String) -> StoreError { StoreError("no \(what) \(id)") }
}
