#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an HTML page as text, in the character set the page is written in: a byte-order mark,
/// else the `<meta charset>` or `http-equiv="Content-Type"` declaration near the top, else UTF-8 when the
/// bytes are valid UTF-8, else windows-1252 (with a warning). Legacy sets other than windows-1252
/// (ISO-8859-x, KOI8, Shift_JIS, GBK, ...) go through iconv. As in browsers, ISO-8859-1 and ASCII
/// labels are read as windows-1252.
public enum HTMLCharset {
    public struct Decoded: Sendable {
        public var text: String
        /// The character set read ("utf-8", "windows-1252", "iso-8859-2", ...).
        public var charset: String
        public var warning: String?
    }

    public static func decode(_ bytes: [UInt8], maxBytes: Int = 20 * 1024 * 1024) throws(InputError) -> Decoded {
        if bytes.count > maxBytes { throw .tooLarge(size: bytes.count, limit: maxBytes) }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Decoded(text: try SourceDecoder.decode(bytes, maxBytes: maxBytes),
                           charset: bytes[0] == 0xFF ? "utf-16le" : "utf-16be")
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Decoded(text: try SourceDecoder.decode(bytes, maxBytes: maxBytes), charset: "utf-8")
        }
        let declared = declaredLabel(bytes).map(canonical)
        switch declared {
        case nil, "utf-8", "utf-16le", "utf-16be", "utf-16":
            // UTF-16 declared in a page read as bytes is a mistake: the bytes are ASCII-compatible.
            do {
                return Decoded(text: try SourceDecoder.decode(bytes, maxBytes: maxBytes), charset: "utf-8")
            } catch let error where error.byteOffset != nil {
                let text = try SourceDecoder.decode(windows1252(bytes), maxBytes: maxBytes * 2)
                let why = declared == nil ? "declares no charset" : "declares UTF-8"
                return Decoded(text: text, charset: "windows-1252",
                               warning: "the page \(why) and is not valid UTF-8 (\(error)); read as windows-1252")
            }
        case "windows-1252":
            return Decoded(text: try SourceDecoder.decode(windows1252(bytes), maxBytes: maxBytes * 2),
                           charset: "windows-1252")
        case let label?:
            if let utf8 = iconvToUTF8(bytes, from: label) {
                return Decoded(text: try SourceDecoder.decode(utf8, maxBytes: maxBytes * 4), charset: label)
            }
            do {
                return Decoded(text: try SourceDecoder.decode(bytes, maxBytes: maxBytes), charset: "utf-8",
                               warning: "unknown charset \(label); read as UTF-8")
            } catch let error where error.byteOffset != nil {
                return Decoded(text: try SourceDecoder.decode(windows1252(bytes), maxBytes: maxBytes * 2),
                               charset: "windows-1252", warning: "unknown charset \(label); read as windows-1252")
            }
        }
    }

    // MARK: - Declaration

    /// The label of a `charset=` inside a `<meta>` tag in the first 8 KiB (the standard's prescan reads
    /// 1 KiB; real pages put long scripts first).
    static func declaredLabel(_ bytes: [UInt8]) -> String? {
        let n = min(bytes.count, 8192)
        var i = 0
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        func matches(_ s: StaticString, at j: Int) -> Bool {
            let len = s.utf8CodeUnitCount
            guard j + len <= n else { return false }
            for k in 0..<len where lower(bytes[j + k]) != s.utf8Start[k] { return false }
            return true
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if matches("<!--", at: i) {
                var j = i + 4
                while j + 2 < n, !(bytes[j] == 0x2D && bytes[j + 1] == 0x2D && bytes[j + 2] == 0x3E) { j += 1 }
                i = j + 3
                continue
            }
            guard matches("<meta", at: i) else { i += 1; continue }
            var j = i + 5
            var end = j
            while end < n, bytes[end] != UInt8(ascii: ">") { end += 1 }
            while j < end {
                if matches("charset", at: j) {
                    var k = j + 7
                    while k < end, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
                    if k < end, bytes[k] == UInt8(ascii: "=") {
                        k += 1
                        while k < end, bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27 { k += 1 }
                        var label: [UInt8] = []
                        while k < end, label.count < 40 {
                            let c = bytes[k]
                            if c == 0x22 || c == 0x27 || c == 0x3B || c == 0x20 || c == 0x2F && label.isEmpty { break }
                            if c == 0x2F { break }
                            label.append(lower(c))
                            k += 1
                        }
                        if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
                    }
                }
                j += 1
            }
            i = end
        }
        return nil
    }

    /// The WHATWG encoding name for common labels; other labels pass through lowercased.
    static func canonical(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso-ir-100", "cp819", "ibm819", "iso88591", "ansi_x3.4-1968": return "windows-1252"
        case "utf-16", "unicode", "ucs-2": return "utf-16"
        case "utf-16le": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "latin2", "iso8859-2", "iso88592": return "iso-8859-2"
        case "sjis", "shift-jis", "x-sjis", "ms_kanji": return "shift_jis"
        case "gb2312", "gbk", "x-gbk", "chinese": return "gbk"
        case "tis-620", "iso-8859-11": return "windows-874"
        case "iso-8859-9", "latin5": return "windows-1254"
        case "ks_c_5601-1987", "euc-kr", "korean": return "euc-kr"
        default: return label
        }
    }

    // MARK: - Decoding

    /// Code points of bytes 0x80...0x9F in windows-1252 (the rest is Latin-1); undefined bytes keep
    /// their C1 value, as browsers do.
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let v = b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            HTMLEntities.appendUTF8(v, to: &out)
        }
        return out
    }

    /// The bytes converted by iconv; a byte it cannot convert becomes U+FFFD. Nil when iconv does not know the set.
    static func iconvToUTF8(_ bytes: [UInt8], from label: String) -> [UInt8]? {
        let cd = iconv_open("UTF-8", label.uppercased())
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: max(16, bytes.count * 4))
        var produced = 0
        input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                let outBase = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outBase
                var outLeft = outRaw.count
                while inLeft > 0 {
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    if r != -1 { break }
                    if errno == EILSEQ || errno == EINVAL {
                        // Skip the byte, write U+FFFD.
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        if outLeft >= 3, let o = outPtr {
                            o[0] = CChar(bitPattern: 0xEF); o[1] = CChar(bitPattern: 0xBF); o[2] = CChar(bitPattern: 0xBD)
                            outPtr = o + 3
                            outLeft -= 3
                        }
                        continue
                    }
                    break  // E2BIG cannot happen with 4x room; anything else: stop
                }
                produced = outPtr.map { $0 - outBase } ?? 0
            }
        }
        return Array(output[0..<produced])
    }
}
