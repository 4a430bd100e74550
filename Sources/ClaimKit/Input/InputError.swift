/// Why a source file could not be turned into text.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, in words fit for the user ("invalid UTF-8 at byte 1234").
    public var message: String
    /// Byte offset in the file where the problem was found, when there is one.
    public var byteOffset: Int?

    public init(_ message: String, byteOffset: Int? = nil) {
        self.message = message
        self.byteOffset = byteOffset
    }

    public var description: String { message }

    /// Errors are equal when their messages are (the offset is part of the message).
    public static func == (a: InputError, b: InputError) -> Bool { a.message == b.message }

    static func invalidUTF8(at offset: Int) -> InputError {
        InputError("invalid UTF-8 at byte \(offset)", byteOffset: offset)
    }

    static func invalidUTF16(at offset: Int) -> InputError {
        InputError("invalid UTF-16 at byte \(offset)", byteOffset: offset)
    }

    static let binary = InputError("binary file, not text")
    static let empty = InputError("empty document")

    static func tooLarge(size: Int, limit: Int) -> InputError {
        InputError("file is \(size) bytes, over the limit of \(limit) (raise it with --max-size)")
    }
}
