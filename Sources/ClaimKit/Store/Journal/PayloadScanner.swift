/// Reads just enough of a journal payload (canonical JSON written by claimcheck) to find its row
/// snapshots. Returns nil for anything unusual (escapes in the fields it reads, other shapes),
/// which sends the caller to `JSONSerialization`.
struct PayloadScanner {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    var atEnd: Bool { i >= b.count }

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func consume(_ c: UInt8) -> Bool {
        if i < b.count, b[i] == c { i += 1; return true }
        return false
    }

    /// A string with no escapes and only ASCII, as its raw bytes.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard consume(0x22) else { return nil }
        let start = i
        while i < b.count {
            let c = b[i]
            if c == 0x22 { i += 1; return UnsafeBufferPointer(rebasing: b[start..<(i - 1)]) }
            if c == 0x5C || c < 0x20 || c >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    /// Skips any string (escapes allowed), checking its shape.
    mutating func skipString() -> Bool {
        guard consume(0x22) else { return false }
        while i < b.count {
            // Eight bytes at a time up to the next quote, backslash or control character.
            if i + 8 <= b.count, let base = b.baseAddress {
                let stop = Self.endsPlainRun(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if stop == 0 { i += 8; continue }
                i += stop.trailingZeroBitCount / 8
            }
            let c = b[i]
            if c == 0x22 { i += 1; return true }
            if c < 0x20 { return false }
            if c == 0x5C {
                i += 1
                guard i < b.count else { return false }
                if b[i] == 0x75 {
                    guard i + 4 < b.count else { return false }
                    for k in 1...4 where !Self.isHex(b[i + k]) { return false }
                    i += 4
                } else if ![0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74].contains(b[i]) {
                    return false
                }
            }
            i += 1
        }
        return false
    }

    /// The high bit set in each byte of `word` that is `"`, a backslash or a control character
    /// (exact for the lowest such byte in memory order, the only one used).
    @inline(__always) static func endsPlainRun(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return zeroByte(word ^ 0x2222_2222_2222_2222) | zeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C) | ((word &- 0x2020_2020_2020_2020) & ~word & highs)
    }

    static func isHex(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x61...0x66).contains(c) || (0x41...0x46).contains(c) }

    /// Skips one JSON value of any kind.
    mutating func skipValue(depth: Int = 0) -> Bool {
        guard depth < 64 else { return false }
        skipSpace()
        guard i < b.count else { return false }
        switch b[i] {
        case 0x22: return skipString()
        case 0x7B:
            i += 1; skipSpace()
            if consume(0x7D) { return true }
            while true {
                skipSpace()
                guard skipString() else { return false }
                skipSpace()
                guard consume(0x3A), skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(0x2C) { continue }
                return consume(0x7D)
            }
        case 0x5B:
            i += 1; skipSpace()
            if consume(0x5D) { return true }
            while true {
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(0x2C) { continue }
                return consume(0x5D)
            }
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        default: return skipNumber()
        }
    }

    /// Skips a number of any form (fraction, exponent).
    mutating func skipNumber() -> Bool {
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        let digits = i
        while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        guard i > digits else { i = start; return false }
        if i < b.count, b[i] == 0x2E {
            i += 1
            let f = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > f else { return false }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            let e = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > e else { return false }
        }
        return true
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let ok = word.withUTF8Buffer { w in (0..<n).allSatisfy { b[i + $0] == w[$0] } }
        if ok { i += n }
        return ok
    }

    /// An integer (the only kind of number row keys are); nil for anything else.
    mutating func number() -> Int64? {
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        var value: Int64 = 0
        var digits = 0
        while i < b.count, (0x30...0x39).contains(b[i]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(b[i] - 0x30))
            if o1 || o2 { return nil }
            value = s
            digits += 1
            i += 1
        }
        guard digits > 0 else { i = start; return nil }
        if i < b.count, [0x2E, 0x65, 0x45].contains(b[i]) { return nil }
        return b[start] == 0x2D ? -value : value
    }

    /// Reads an object member by member: `member` is given each name (the scanner at its value) and must
    /// consume the value. False when the object is malformed or `member` says so.
    private mutating func members(_ member: (inout PayloadScanner, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        skipSpace()
        guard consume(0x7B) else { return false }
        skipSpace()
        if consume(0x7D) { return true }
        while true {
            skipSpace()
            guard let name = plainString() else { return false }
            skipSpace()
            guard consume(0x3A) else { return false }
            skipSpace()
            guard member(&self, name) else { return false }
            skipSpace()
            if consume(0x2C) { continue }
            return consume(0x7D)
        }
    }

    /// The row snapshots of a payload object `{"change": ..., "rows": [{"hash","key","row","table"}...]}`.
    mutating func rows() -> [(table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)]? {
        var out: [(table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)] = []
        var sawRows = false
        let ok = members { scanner, name in
            guard name.elementsEqual("rows".utf8) else { return scanner.skipValue() }
            if sawRows { return false }
            sawRows = true
            guard scanner.consume(0x5B) else { return false }
            scanner.skipSpace()
            if scanner.consume(0x5D) { return true }
            while true {
                scanner.skipSpace()
                guard let snapshot = scanner.snapshot() else { return false }
                if let snapshot { out.append(snapshot) }
                scanner.skipSpace()
                if scanner.consume(0x2C) { continue }
                return scanner.consume(0x5D)
            }
        }
        skipSpace()
        return ok && atEnd ? out : nil
    }

    /// One snapshot object; `.some(nil)` when it lacks a field (skipped, as before).
    private mutating func snapshot() -> (table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)?? {
        var table: String?
        var key: JournalVerifier.SnapshotKey?
        var hash: UnsafeBufferPointer<UInt8>?
        let ok = members { scanner, name in
            if name.elementsEqual("table".utf8) {
                guard let s = scanner.plainString() else { return false }
                table = String(decoding: s, as: UTF8.self)
            } else if name.elementsEqual("hash".utf8) {
                guard let s = scanner.plainString() else { return false }
                hash = s
            } else if name.elementsEqual("key".utf8) {
                if scanner.i < scanner.b.count, scanner.b[scanner.i] == 0x22 {
                    guard let s = scanner.plainString() else { return false }
                    let quoted = ByteBuffer(capacity: 64)
                    quoted.quote(s)
                    key = .text(String(decoding: quoted.bytes, as: UTF8.self))
                } else {
                    guard let n = scanner.number() else { return false }
                    key = .int(n)
                }
            } else {
                return scanner.skipValue()
            }
            return true
        }
        guard ok else { return nil }
        guard let table, let key, let hash else { return .some(nil) }
        return (table, key, hash)
    }
}
