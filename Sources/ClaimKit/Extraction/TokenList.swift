/// A paragraph's tokens, read in place: `toks[i].lower` loads that one field.
///
/// `Array`'s subscript returns a copy of the whole token (its string retained and released) wherever the
/// optimizer does not inline it, and it stops inlining inside large functions such as the attribution
/// rules; this subscript is an addressor that is always inlined, so no token is copied to read a field.
/// The list keeps its array alive and never mutates it, so the element pointer stays valid as long as the
/// list does. Indices are checked as `Array` checks them.
struct TokenList {
    private let storage: [Token]
    private let elements: UnsafePointer<Token>
    let count: Int

    init(_ toks: [Token]) {
        storage = toks
        elements = storage.withUnsafeBufferPointer { $0.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Token>.alignment)! }
        count = toks.count
    }

    /// The array the list reads.
    var array: [Token] { storage }

    @inline(__always) subscript(_ i: Int) -> Token {
        unsafeAddress {
            precondition(i >= 0 && i < count, "Index out of range")
            return elements + i
        }
    }
}
