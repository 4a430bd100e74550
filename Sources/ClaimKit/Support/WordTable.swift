/// A fixed table from words (as UTF-8 bytes) to values.
///
/// The extractor looks up every word it makes, often several times. `Dictionary<String, _>` hashes with
/// seeded SipHash, which costs several times more than the word itself. This table packs a word's first
/// 16 bytes into two integers, hashes those with two multiplications, and compares keys as integers
/// (bytes beyond the 16th only when a longer key matches so far). It hands back its own copy of a known
/// word, so the tokenizer need not make a new String for it.
///
/// The probe slots and key heads live in buffers of their own, allocated once and never written after
/// `init` (so the table is safely shared between threads): a lookup reads them without the bounds checks
/// and array indirection of `Array`.
final class WordTable<Value: Sendable>: @unchecked Sendable {
    /// For each probe slot, 0 when empty, else the entry number + 1 in the low 20 bits and 12 bits of the
    /// key's hash above them, so that most probes are settled by this one small array (linear probing, at
    /// most half full).
    private let slots: UnsafeMutablePointer<UInt32>
    /// Each entry's first 16 bytes (zero-padded) and length.
    private let heads: UnsafeMutablePointer<(UInt64, UInt64, Int)>
    /// The words, and their values, by entry number.
    let keys: [String]
    let values: [Value]
    private let mask: Int
    /// The keys' first bytes (a 256-bit set) and their shortest and longest lengths: most words outside a
    /// small set are turned away by these before any hashing.
    private let firstBytes: (UInt64, UInt64, UInt64, UInt64)
    private let shortest: Int
    private let longest: Int

    init(_ entries: [String: Value]) {
        precondition(entries.count < 1 << 20)
        var first: [UInt64] = [0, 0, 0, 0]
        for key in entries.keys { if let b = key.utf8.first { first[Int(b >> 6)] |= 1 << UInt64(b & 63) } }
        firstBytes = (first[0], first[1], first[2], first[3])
        shortest = entries.keys.map(\.utf8.count).min() ?? 0
        longest = entries.keys.map(\.utf8.count).max() ?? 0
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        var heads: [(UInt64, UInt64, Int)] = []
        var values: [Value] = []
        var keys: [String] = []
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var k = key
            let head = k.withUTF8 { WordTable.pack($0) }
            let hash = WordTable.hash(head.0, head.1, head.2)
            var h = hash & (capacity - 1)
            while slots[h] != 0 { h = (h + 1) & (capacity - 1) }
            heads.append(head)
            values.append(value)
            keys.append(key)
            slots[h] = WordTable.tag(hash) | UInt32(values.count)
        }
        self.slots = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        self.slots.initialize(from: slots, count: capacity)
        self.heads = UnsafeMutablePointer<(UInt64, UInt64, Int)>.allocate(capacity: max(1, heads.count))
        self.heads.initialize(from: heads, count: heads.count)
        self.values = values
        self.keys = keys
        mask = capacity - 1
    }

    deinit {
        slots.deallocate()
        heads.deallocate()
    }

    @inline(__always) static func tag(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 40) & 0xFFF0_0000 }

    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, Int) {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return (0, 0, 0) }
        let raw = UnsafeRawPointer(base)
        @inline(__always) func partial(_ from: Int, _ to: Int) -> UInt64 {
            var w: UInt64 = 0
            var k = from
            while k < to { w |= UInt64(base[k]) << (8 * UInt64(k - from)); k += 1 }
            return w
        }
        if n < 8 { return (partial(0, n), 0, n) }
        let w0 = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        if n < 16 { return (w0, partial(8, n), n) }
        return (w0, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)), n)
    }

    /// ``pack(_:)`` for a word of at most 16 bytes with at least 16 bytes readable from its start (the
    /// text goes on after it, or it sits in a 16-byte buffer): two loads and masks instead of a loop over
    /// its bytes.
    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, UInt64, Int) {
        let n = bytes.count
        guard readable >= 16, n > 0, n <= 16, let base = bytes.baseAddress else { return pack(bytes) }
        let raw = UnsafeRawPointer(base)
        let a = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let w0 = n >= 8 ? a : a & ((1 << UInt64(8 * n)) - 1)
        let w1 = n <= 8 ? 0 : (n == 16 ? b : b & ((1 << UInt64(8 * (n - 8))) - 1))
        return (w0, w1, n)
    }

    @inline(__always) static func hash(_ w0: UInt64, _ w1: UInt64, _ n: Int) -> Int {
        var h = (w0 &* 0x9E37_79B9_7F4A_7C15) ^ (w1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: n)
        h ^= h >> 31
        h = h &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Whether some key's first byte is `b`.
    @inline(__always) private func someKeyStarts(with b: UInt8) -> Bool {
        let word: UInt64
        switch b >> 6 {
        case 0: word = firstBytes.0
        case 1: word = firstBytes.1
        case 2: word = firstBytes.2
        default: word = firstBytes.3
        }
        return word & (1 << UInt64(b & 63)) != 0
    }

    /// The entry number of the word spelt by `bytes`.
    func index(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= shortest, bytes.count <= longest else { return nil }
        if let b = bytes.first, !someKeyStarts(with: b) { return nil }
        return index(bytes, packed: WordTable.pack(bytes))
    }

    /// The entry number of the word spelt by `bytes`, whose ``pack(_:)`` the caller has made.
    @inline(__always) func index(_ bytes: UnsafeBufferPointer<UInt8>, packed: (UInt64, UInt64, Int)) -> Int? {
        let (w0, w1, n) = packed
        guard n >= shortest, n <= longest, n == 0 || someKeyStarts(with: UInt8(truncatingIfNeeded: w0)) else { return nil }
        return probe(w0, w1, n) { e in n <= 16 || keys[e].utf8.elementsEqual(bytes) }
    }

    /// The entry number of the word whose packed head is `w0`, `w1` and length `n`; `sameTail` settles a
    /// word longer than 16 bytes.
    @inline(__always) private func probe(_ w0: UInt64, _ w1: UInt64, _ n: Int, sameTail: (Int) -> Bool) -> Int? {
        let hash = WordTable.hash(w0, w1, n)
        let tag = WordTable.tag(hash)
        var h = hash & mask
        while true {
            let slot = slots[h]
            if slot == 0 { return nil }
            if slot & 0xFFF0_0000 == tag {
                let e = Int(slot & 0x000F_FFFF) - 1
                let head = heads[e]
                if head.0 == w0 && head.1 == w1 && head.2 == n && sameTail(e) { return e }
            }
            h = (h + 1) & mask
        }
    }

    /// The entry number of the word whose first 16 bytes pack (as ``pack(_:)`` packs them, zero-padded) into
    /// `head` and `rest`, without reading its string; `rest` all ones marks a word longer than 16 bytes, which
    /// is looked up by `word()`.
    @inline(__always) func index(head: UInt64, rest: UInt64, or word: () -> String) -> Int? {
        guard rest != ~0 else { return index(word()) }
        // words hold no NUL byte, so the length is where the zero padding starts
        let n = rest != 0 ? 16 - rest.leadingZeroBitCount / 8 : 8 - head.leadingZeroBitCount / 8
        guard n >= shortest, n <= longest, n > 0, someKeyStarts(with: UInt8(truncatingIfNeeded: head)) else { return nil }
        return probe(head, rest, n) { _ in true }
    }

    /// The value stored for the word spelt by `bytes`.
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        index(bytes).map { values[$0] }
    }

    /// The entry number of `word`.
    func index(_ word: String) -> Int? {
        var w = word
        return w.withUTF8 { index($0) }
    }

    func value(_ word: String) -> Value? {
        index(word).map { values[$0] }
    }
}

/// A fixed set of words (a lexicon), tested with ``WordTable``'s byte hash instead of String hashing.
struct WordSet: Sequence, ExpressibleByArrayLiteral, Sendable {
    /// The set's words (extensions look tokens up in it by their packed bytes).
    let table: WordTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { a, _ in a }))
    }
    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { table.index(word) != nil }
    /// Whether the word spelt by `bytes` (UTF-8) is in the set.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.index(bytes) != nil }
    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
    func union<S: Sequence>(_ other: S) -> Set<String> where S.Element == String { Set(table.keys).union(other) }
}

/// A fixed map from words to values, looked up with ``WordTable``'s byte hash instead of String hashing.
struct WordMap<Value: Sendable>: Sequence, ExpressibleByDictionaryLiteral, Sendable {
    /// The map's words and values (extensions look tokens up in it by their packed bytes).
    let table: WordTable<Value>

    init(_ entries: [String: Value]) { table = WordTable(entries) }
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { a, _ in a }))
    }

    subscript(_ word: String) -> Value? { table.value(word) }
    /// The value of the word spelt by `bytes` (UTF-8).
    subscript(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? { table.value(bytes) }
    var keys: [String] { table.keys }
    func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator { zip(table.keys, table.values).makeIterator() }
}

/// Lends `bytes` with ASCII letters lower-cased, from a buffer on the stack, to look a word up without making a
/// string. Nil when `bytes` hold anything beyond ASCII or more than 16 bytes (the caller's slow path).
@inline(__always) func withASCIILowercased<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    guard bytes.count <= 16 else { return nil }
    var low: (UInt64, UInt64) = (0, 0)
    return withUnsafeMutableBytes(of: &low) { raw -> R? in
        for (k, c) in bytes.enumerated() {
            if c >= 0x80 { return nil }
            raw[k] = c >= 65 && c <= 90 ? c + 32 : c
        }
        return body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count))
    }
}

extension String {
    /// Ends in a possessive "’s" or "'s" (or "‘s", an opening mark typed for the apostrophe: "Kelce‘s").
    var endsInPossessiveS: Bool { hasByteSuffix("’s") || hasByteSuffix("'s") || hasByteSuffix("‘s") }

    /// `hasSuffix` compared byte for byte, without the Character segmentation that `hasSuffix` does:
    /// the extractor asks it of most words ("-ly", "-ed", "’s").
    @inline(__always) func hasByteSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        var s = self
        return s.withUTF8 { b in
            guard b.count >= n else { return false }
            let tail = b.count - n
            for k in 0..<n where b[tail + k] != suffix.utf8Start[k] { return false }
            return true
        }
    }
}
