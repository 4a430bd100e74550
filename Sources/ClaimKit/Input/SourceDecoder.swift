/// Turns the bytes of a file into text, refusing what is not text.
public enum SourceDecoder {
    /// Bytes → String.
    ///
    /// - UTF-8, with a byte-order mark stripped; UTF-16 LE/BE when a BOM says so.
    /// - Invalid UTF-8 → `invalid UTF-8 at byte N` (offset in the file, BOM included).
    /// - NUL bytes, a known binary signature (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF, ...) or many control bytes
    ///   → `binary file, not text`.
    /// - Empty or whitespace-only → `empty document`.
    /// - More than `maxBytes` → `file is N bytes, over the limit of M (raise it with --max-size)`.
    ///
    /// CRLF and lone CR become LF.
    public static func decode(_ bytes: [UInt8], maxBytes: Int = 20 * 1024 * 1024) throws(InputError) -> String {
        if bytes.count > maxBytes { throw .tooLarge(size: bytes.count, limit: maxBytes) }
        if bytes.count >= 2 {
            if bytes[0] == 0xFF, bytes[1] == 0xFE, !(bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0) {
                return try finish(decodeUTF16(bytes, bigEndian: false))
            }
            if bytes[0] == 0xFE, bytes[1] == 0xFF {
                return try finish(decodeUTF16(bytes, bigEndian: true))
            }
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if hasBinarySignature(bytes, from: start) { throw .binary }
        try checkControlBytes(bytes, from: start)
        try validateUTF8(bytes, from: start)
        return try finish(String(decoding: normalisedNewlines(bytes, from: start), as: UTF8.self))
    }

    // MARK: - Binary detection

    private static let signatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        [0xFF, 0xD8, 0xFF],  // JPEG
        Array("GIF87a".utf8), Array("GIF89a".utf8),
        Array("%PDF-".utf8),
        [0x50, 0x4B, 0x03, 0x04],  // ZIP, DOCX, EPUB
        [0x1F, 0x8B],  // gzip
        [0x7F, 0x45, 0x4C, 0x46],  // ELF
        [0xCF, 0xFA, 0xED, 0xFE], [0xCE, 0xFA, 0xED, 0xFE],  // Mach-O
        [0x42, 0x5A, 0x68],  // bzip2
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],  // xz
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],  // 7z
        [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07],  // RAR
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],  // OLE (old .doc)
        Array("SQLite format 3".utf8),
        [0x00, 0x00, 0x01, 0x00],  // ICO
        Array("wOFF".utf8), Array("wOF2".utf8),
    ]

    static func hasBinarySignature(_ bytes: [UInt8], from start: Int) -> Bool {
        for sig in signatures where bytes.count - start >= sig.count {
            var match = true
            for i in 0..<sig.count where bytes[start + i] != sig[i] {
                match = false
                break
            }
            if match { return true }
        }
        // RIFF containers (WAV, AVI, WebP).
        if bytes.count - start >= 12, bytes[start] == 0x52, bytes[start + 1] == 0x49, bytes[start + 2] == 0x46,
           bytes[start + 3] == 0x46 {
            return true
        }
        return false
    }

    /// NUL anywhere, or more than a few per cent of C0 control bytes that text does not use.
    private static func checkControlBytes(_ bytes: [UInt8], from start: Int) throws(InputError) {
        var controls = 0
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 {
                if b == 0 { throw .binary }
                // Tab, LF, VT, FF, CR and ESC occur in text files.
                if b != 0x09, b != 0x0A, b != 0x0B, b != 0x0C, b != 0x0D, b != 0x1B { controls += 1 }
            } else if b == 0x7F {
                controls += 1
            }
            i += 1
        }
        let length = n - start
        if controls > 4, controls * 50 > length { throw .binary }  // over 2 %
    }

    // MARK: - UTF-8

    /// Throws at the first byte of the first ill-formed sequence (Unicode table 3-7).
    static func validateUTF8(_ bytes: [UInt8], from start: Int) throws(InputError) {
        var i = start
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: throw .invalidUTF8(at: i)
            }
            if i + need >= n { throw .invalidUTF8(at: i) }
            let b1 = bytes[i + 1]
            if b1 < lo || b1 > hi { throw .invalidUTF8(at: i) }
            var k = 2
            while k <= need {
                let b = bytes[i + k]
                if b < 0x80 || b > 0xBF { throw .invalidUTF8(at: i) }
                k += 1
            }
            i += need + 1
        }
    }

    /// CRLF and lone CR → LF, on UTF-8 bytes.
    private static func normalisedNewlines(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count - start)
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }

    // MARK: - UTF-16

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(InputError) -> String {
        var scalars = String.UnicodeScalarView()
        var i = 2
        let n = bytes.count
        @inline(__always) func unit(_ at: Int) -> UInt16 {
            bigEndian ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : UInt16(bytes[at + 1]) << 8 | UInt16(bytes[at])
        }
        var previousCR = false
        var controls = 0
        while i < n {
            if i + 1 >= n { throw .invalidUTF16(at: i) }
            let u = unit(i)
            var value: UInt32
            var width = 2
            if u >= 0xD800, u <= 0xDBFF {
                guard i + 3 < n else { throw .invalidUTF16(at: i) }
                let u2 = unit(i + 2)
                guard u2 >= 0xDC00, u2 <= 0xDFFF else { throw .invalidUTF16(at: i) }
                value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(u2) - 0xDC00)
                width = 4
            } else if u >= 0xDC00, u <= 0xDFFF {
                throw .invalidUTF16(at: i)
            } else {
                value = UInt32(u)
            }
            if value == 0 { throw .binary }
            if value < 0x20, value != 0x09, value != 0x0A, value != 0x0B, value != 0x0C, value != 0x0D, value != 0x1B {
                controls += 1
            }
            if value == 0x0D {
                scalars.append("\n")
                previousCR = true
            } else {
                if !(value == 0x0A && previousCR) { scalars.append(Unicode.Scalar(value)!) }
                previousCR = false
            }
            i += width
        }
        if controls > 4, controls * 25 > n { throw .binary }
        return String(scalars)
    }

    // MARK: - Empty

    private static func finish(_ text: String) throws(InputError) -> String {
        for s in text.unicodeScalars where !s.properties.isWhitespace && s != "\u{FEFF}" && s != "\u{200B}" {
            return text
        }
        throw .empty
    }
}
