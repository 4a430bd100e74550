/// Character references (`&amp;`, `&#8217;`, `&#x2019;`) for the input readers.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "mdash": 0x2014, "ndash": 0x2013, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
        "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "hellip": 0x2026, "prime": 0x2032, "Prime": 0x2033,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
        "minus": 0x2212, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup2": 0xB2, "sup3": 0xB3,
        "micro": 0xB5, "para": 0xB6, "sect": 0xA7, "middot": 0xB7, "bull": 0x2022, "dagger": 0x2020,
        "Dagger": 0x2021, "permil": 0x2030, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2,
        "curren": 0xA4, "iexcl": 0xA1, "iquest": 0xBF, "shy": 0xAD, "zwj": 0x200D, "zwnj": 0x200C,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "lrm": 0x200E, "rlm": 0x200F, "ordm": 0xBA,
        "ordf": 0xAA, "not": 0xAC, "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8, "uml": 0xA8,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC,
        "Iacute": 0xCD, "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3,
        "Ocirc": 0xD4, "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA,
        "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD, "THORN": 0xDE, "szlig": 0xDF,
        "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6,
        "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC,
        "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3,
        "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA,
        "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "thorn": 0xFE, "yuml": 0xFF,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "Zcaron": 0x17D,
        "zcaron": 0x17E, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
        "Alpha": 0x391, "Beta": 0x392, "Gamma": 0x393, "Delta": 0x394, "alpha": 0x3B1, "beta": 0x3B2,
        "gamma": 0x3B3, "delta": 0x3B4, "mu": 0x3BC, "pi": 0x3C0, "sigma": 0x3C3, "Omega": 0x3A9, "omega": 0x3C9,
        "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
        "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
    ]

    /// Legacy references that browsers accept without the semicolon.
    static let legacyWithoutSemicolon: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    /// Windows-1252 meanings of `&#128;`...`&#159;`, as browsers read them.
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D,
        0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A,
        0x153, 0x9D, 0x17E, 0x178,
    ]

    /// Decodes the reference starting at `bytes[i] == "&"`.
    /// Returns the scalar and the number of bytes consumed, or nil when it is not a reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let n = bytes.count
        var j = i + 1
        guard j < n else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < n, bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X") {
                hex = true
                j += 1
            }
            let digitsStart = j
            var value: UInt32 = 0
            while j < n, j - digitsStart < 8 {
                let b = bytes[j]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x61...0x66 where hex: d = UInt32(b - 0x61 + 10)
                case 0x41...0x46 where hex: d = UInt32(b - 0x41 + 10)
                default: d = 99
                }
                if d == 99 { break }
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < n, bytes[j] == UInt8(ascii: ";") { j += 1 }
            return (sanitise(value), j - i)
        }
        // Named: letters and digits, at most 10.
        let nameStart = j
        while j < n, j - nameStart <= 10, isAlnum(bytes[j]) { j += 1 }
        guard j > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<j]), as: UTF8.self)
        if j < n, bytes[j] == UInt8(ascii: ";") {
            if let v = named[name] { return (v, j + 1 - i) }
            return nil
        }
        if legacyWithoutSemicolon.contains(name), let v = named[name] { return (v, j - i) }
        return nil
    }

    static func sanitise(_ value: UInt32) -> UInt32 {
        if value >= 0x80, value <= 0x9F { return windows1252[Int(value - 0x80)] }
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
        return value
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Appends the UTF-8 form of `value` to `out`.
    @inline(__always) static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        let v = Unicode.Scalar(value) == nil ? 0xFFFD : value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Decodes every reference in `text` (for attribute values, titles, Markdown).
    static func decodeAll(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { mbuf -> String in
            let buf = UnsafeBufferPointer(mbuf)
            var out = [UInt8]()
            out.reserveCapacity(buf.count)
            var i = 0
            while i < buf.count {
                if buf[i] == UInt8(ascii: "&"), let (v, len) = decode(buf, at: i) {
                    appendUTF8(v, to: &out)
                    i += len
                } else {
                    out.append(buf[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
