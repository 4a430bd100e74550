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

extension Span {
    /// `START-END` as a user types it (character offsets, START before END); nil for anything else.
    public init?(parsing text: some StringProtocol) {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard bounds.count == 2, let a = bounds[0], let b = bounds[1], a >= 0, a < b else { return nil }
        self.init(start: a, end: b)
    }
}
