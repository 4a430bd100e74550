/// A fixed table from words (as UTF-8 bytes) to values, probed with FNV-1a over the bytes.
///
/// The tokenizers look up every word they make. `Dictionary<String, _>` hashes with seeded SipHash,
/// which costs several times more than the word itself; this table hashes the bytes the tokenizer
/// already holds and compares at most a few keys.
struct WordTable<Value: Sendable>: Sendable {
    /// Entry number + 1 for each slot, 0 when empty (linear probing, at most a third full).
    private let slots: [Int32]
    private let keyBytes: [UInt8]
    /// Where each entry's key starts in `keyBytes` (one more element at the end).
    private let keyStart: [Int32]
    private let values: [Value]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 3 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        var values: [Value] = []
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            let k = Array(key.utf8)
            var h = WordTable.hash(k) & (capacity - 1)
            while slots[h] != 0 { h = (h + 1) & (capacity - 1) }
            bytes.append(contentsOf: k)
            starts.append(Int32(bytes.count))
            values.append(value)
            slots[h] = Int32(values.count)
        }
        self.slots = slots
        keyBytes = bytes
        keyStart = starts
        self.values = values
        mask = capacity - 1
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value stored for the word spelt by `bytes`.
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        var h = WordTable.hash(bytes) & mask
        while true {
            let e = Int(slots[h])
            if e == 0 { return nil }
            let a = Int(keyStart[e - 1])
            if Int(keyStart[e]) - a == bytes.count {
                var same = true
                for k in 0..<bytes.count where keyBytes[a + k] != bytes[k] { same = false; break }
                if same { return values[e - 1] }
            }
            h = (h + 1) & mask
        }
    }

    func value(_ word: String) -> Value? {
        var w = word
        return w.withUTF8 { value($0) }
    }
}
