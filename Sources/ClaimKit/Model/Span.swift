/// A half-open range of Unicode scalar offsets into a document's stored text.
public struct Span: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var description: String { "\(start)-\(end)" }
}
