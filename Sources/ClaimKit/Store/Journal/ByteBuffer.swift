import Crypto

/// Canonical JSON written as bytes, the same bytes `JSONValue.canonical` gives. Raw storage,
/// grown by doubling, so that escaping a payload is a tight loop of stores.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func reset() { count = 0 }

    @inline(__always) func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var c = capacity * 2
        while c < count + extra { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = c
    }

    func append(_ p: UnsafeBufferPointer<UInt8>) {
        guard p.count > 0, let start = p.baseAddress else { return }
        reserve(p.count)
        (base + count).update(from: start, count: p.count)
        count += p.count
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    /// Whether `text` is `[`, the bytes written since `start`, then `]`.
    func holdsBracketed(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let inner = count - start
        guard text.count == inner + 2, text.first == 0x5B, text.last == 0x5D else { return false }
        return UnsafeBufferPointer(start: base + start, count: inner).elementsEqual(text[1..<(inner + 1)])
    }

    func append(_ s: StaticString) { s.withUTF8Buffer { append($0) } }

    func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// The decimal digits of `int`, as `String(int)` writes them, without making a string.
    func append(int: Int64) {
        reserve(20)
        var magnitude = int.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch, filled from the end
        let n = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            var i = scratch.count
            repeat {
                i -= 1
                scratch[i] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            if int < 0 { i -= 1; scratch[i] = 0x2D }
            (base + count).update(from: scratch.baseAddress!.assumingMemoryBound(to: UInt8.self) + i, count: scratch.count - i)
            return scratch.count - i
        }
        count += n
    }

    /// Drops what was written after `mark`.
    func truncate(to mark: Int) { count = mark }

    /// A JSON string literal of UTF-8 text as `String(cString:)` reads it (the way GRDB does).
    func quote(_ text: UnsafeBufferPointer<UInt8>) {
        // One pass over plain ASCII, eight bytes at a time up to the next byte that needs
        // escaping; at the first NUL or non-ASCII byte it starts again through String, so that
        // invalid UTF-8 is read the way GRDB reads it. A NUL byte is kept (as \u0000): claimcheck
        // never stores one, so text hidden after a NUL cannot match a snapshot.
        let mark = count
        reserve(text.count * 6 + 2)
        let hex: StaticString = "0123456789abcdef"
        var out = base + count
        out.pointee = 0x22; out += 1
        let n = text.count
        var k = 0
        while k < n, let src = text.baseAddress {
            while k + 8 <= n {
                let word = UnsafeRawPointer(src + k).loadUnaligned(as: UInt64.self)
                let special = Self.needsEscape(word)
                if special == 0 {
                    UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                    out += 8; k += 8
                    continue
                }
                // The whole word stored (room was reserved: 6 bytes for each byte of the text), the
                // bytes from the one to escape on written over next: no copy call for a few bytes.
                let plain = special.trailingZeroBitCount / 8
                UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                out += plain; k += plain
                break
            }
            guard k < n else { break }
            let b = src[k]
            k += 1
            if b > 0x22 && b != 0x5C && b < 0x80 || b == 0x20 || b == 0x21 { out.pointee = b; out += 1; continue }
            if b == 0 || b >= 0x80 {
                count = mark
                quote(string: String(decoding: text, as: UTF8.self))
                return
            }
            out.pointee = 0x5C; out += 1
            switch b {
            case 0x22, 0x5C: out.pointee = b; out += 1
            case 0x0A: out.pointee = 0x6E; out += 1
            case 0x0D: out.pointee = 0x72; out += 1
            case 0x09: out.pointee = 0x74; out += 1
            default:
                let h = hex.utf8Start
                out[0] = 0x75; out[1] = 0x30; out[2] = 0x30; out[3] = h[Int(b >> 4)]; out[4] = h[Int(b & 0x0F)]
                out += 5
            }
        }
        out.pointee = 0x22; out += 1
        count = out - base
    }

    /// The high bit set in each byte of `word` that is `"`, `\\`, a control character or not
    /// ASCII; exact for the lowest such byte (in memory order), which is all the caller uses.
    @inline(__always) static func needsEscape(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        return zeroByte(word ^ 0x2222_2222_2222_2222) | zeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C) | control | (word & highs)
    }

    func quote(string: String) {
        var out = ""
        JSONValue.quote(string, into: &out)
        append(Array(out.utf8))
    }

    /// A cell as `RowSnapshot.json(value).canonical` writes it.
    func append(cell cursor: some RowCursor, _ column: Int) {
        switch cursor.kind(column) {
        case .null: append("null")
        case .int: append(int: cursor.int(column))
        case .text: quote(cursor.text(column))
        case .double:
            // As JSONValue writes a double.
            let d = cursor.double(column)
            if !d.isFinite { append("null") } else if d == d.rounded(), abs(d) < 1e15 { append(int: Int64(d)) } else { append(Array(String(d).utf8)) }
        case .blob: append(Array(cursor.value(column).json.canonical.utf8))
        }
    }

    /// Re-writes a stored JSON array of plain strings (`["D1","C2"]`) canonically; false when it
    /// is anything else (the caller then decodes it the slow way).
    func appendStringArray(json: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = PayloadScanner(json)
        let mark = count
        scanner.skipSpace()
        guard scanner.consume(0x5B) else { return false }
        scanner.skipSpace()
        if scanner.consume(0x5D) { scanner.skipSpace(); return scanner.atEnd }
        var first = true
        while true {
            guard let s = scanner.plainString() else { truncate(to: mark); return false }
            if !first { append(byte: 0x2C) }
            first = false
            quote(s)
            scanner.skipSpace()
            if scanner.consume(0x2C) { scanner.skipSpace(); continue }
            if scanner.consume(0x5D) { scanner.skipSpace(); if scanner.atEnd { return true } }
            truncate(to: mark)
            return false
        }
    }

    func sha256() -> JournalVerifier.Digest {
        JournalVerifier.Digest(SHA256.hash(data: UnsafeRawBufferPointer(start: base, count: count)))
    }
}
