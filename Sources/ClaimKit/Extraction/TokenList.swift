/// A paragraph's tokens, read in place: `toks[i].lower` loads that one field.
///
/// `Array`'s subscript returns a copy of the whole token (its string retained and released) wherever the
/// optimizer does not inline it, and it stops inlining inside large functions such as the attribution
/// rules; this subscript is an addressor that is always inlined, so no token is copied to read a field.
///
/// The list allocates and owns its memory (a final class frees it when the last copy of the list goes), so
/// the element pointer it reads through stays valid as long as any copy does; no pointer escapes an
/// `Array` accessor. Copies share the memory until one of them is written (copy on write, as `Array`).
/// The tokenizer appends to it and the quote finder marks it, so a paragraph's tokens are never copied.
/// Indices are checked as `Array` checks them.
struct TokenList: RandomAccessCollection, MutableCollection {
    /// The owned tokens, written only through a list that holds the only reference to them.
    private final class Storage {
        var base: UnsafeMutablePointer<Token>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(1, capacity)
            base = UnsafeMutablePointer<Token>.allocate(capacity: self.capacity)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        func copy() -> Storage {
            let s = Storage(capacity: capacity)
            s.base.initialize(from: base, count: count)
            s.count = count
            return s
        }

        /// Doubles the capacity, moving the tokens (no copy, no reference counting).
        func grow() {
            let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
    }

    private var storage: Storage
    /// `storage.base` and `storage.count`, kept here so that a read loads no field of the class.
    private var elements: UnsafeMutablePointer<Token>
    private(set) var count: Int

    init(capacity: Int = 0) {
        storage = Storage(capacity: capacity)
        elements = storage.base
        count = 0
    }

    init<S: Sequence>(_ toks: S) where S.Element == Token {
        self.init(capacity: toks.underestimatedCount)
        for t in toks { append(t) }
    }

    /// The tokens as an array.
    var array: [Token] { Array(self) }

    mutating func append(_ t: Token) {
        makeUnique()
        if count == storage.capacity {
            storage.grow()
            elements = storage.base
        }
        (elements + count).initialize(to: t)
        count += 1
        storage.count = count
    }

    private mutating func makeUnique() {
        guard !isKnownUniquelyReferenced(&storage) else { return }
        storage = storage.copy()
        elements = storage.base
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    @inline(__always) func index(after i: Int) -> Int { i + 1 }
    @inline(__always) func index(before i: Int) -> Int { i - 1 }

    @inline(__always) subscript(_ i: Int) -> Token {
        unsafeAddress {
            precondition(i >= 0 && i < count, "Index out of range")
            return UnsafePointer(elements + i)
        }
        unsafeMutableAddress {
            precondition(i >= 0 && i < count, "Index out of range")
            makeUnique()
            return elements + i
        }
    }

    /// Lends the tokens as a buffer, valid inside `body`.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: elements, count: count)) }
    }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }
}
