/// A lower-cased word's first 16 UTF-8 bytes as two integers (zero-padded), so that testing a token against
/// a word written in the code, `toks[i].code == "said"`, is two integer comparisons: the literal's bytes are
/// folded into constants when the code is compiled, where `String`'s `==` is a call into the runtime for
/// every pair of different words (and a slower one when either holds a character beyond ASCII, such as a
/// curly quotation mark or a dash).
///
/// Equal codes mean equal words for words of at most 16 bytes. A longer word's second half is all ones,
/// which no word of 16 bytes or fewer has (no UTF-8 byte is 0xFF); literals must therefore have at most
/// 16 bytes, which `init(stringLiteral:)` asserts. Compare longer words as strings.
struct WordCode: Equatable, Sendable, ExpressibleByStringLiteral {
    var head: UInt64
    var rest: UInt64

    /// The code of the empty word (and of no token: `AttributionFinder.code(_:)` past the sentence).
    static let none = WordCode(head: 0, rest: 0)
    /// The code of a word not packed (too long, or beyond ASCII, for the date tokenizer): all ones, which no
    /// word written in the code has.
    static let unknown = WordCode(head: ~0, rest: ~0)

    @inline(__always) init(head: UInt64, rest: UInt64) {
        self.head = head
        self.rest = rest
    }

    /// The code of a word spelt by `bytes` (already lower-cased).
    @inline(__always) init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(packed: WordTable<UInt32>.pack(bytes))
    }

    /// The code of a word from its ``WordTable/pack(_:)``.
    @inline(__always) init(packed: (UInt64, UInt64, Int)) {
        self.init(head: packed.0, rest: packed.2 > 16 ? ~0 : packed.1)
    }

    @inline(__always) init(stringLiteral s: StaticString) {
        let n = s.utf8CodeUnitCount
        assert(n <= 16, "a word compared by its code has at most 16 bytes")
        let p = s.utf8Start
        var a: UInt64 = 0, b: UInt64 = 0
        var k = 0
        while k < n && k < 8 { a |= UInt64(p[k]) << (8 * UInt64(k)); k += 1 }
        while k < n && k < 16 { b |= UInt64(p[k]) << (8 * UInt64(k - 8)); k += 1 }
        self.init(head: a, rest: b)
    }
}
