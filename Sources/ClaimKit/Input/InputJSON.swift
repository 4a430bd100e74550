/// A small, lenient JSON reader for JSON-LD blocks (trailing commas allowed; depth limited).
indirect enum InputJSON: Sendable {
    case object([(String, InputJSON)])
    case array([InputJSON])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    subscript(key: String) -> InputJSON? {
        if case .object(let pairs) = self {
            for (k, v) in pairs where k == key { return v }
        }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var array: [InputJSON]? {
        if case .array(let a) = self { return a }
        return nil
    }

    static let maxDepth = 64

    static func parse(_ text: String) -> InputJSON? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { mbuf -> InputJSON? in
            var parser = Parser(bytes: UnsafeBufferPointer(mbuf))
            parser.skipSpace()
            guard let v = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            if parser.i < parser.bytes.count, parser.bytes[parser.i] == UInt8(ascii: ";") { parser.i += 1 }
            parser.skipSpace()
            return parser.i == parser.bytes.count ? v : nil
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                    i += 1
                } else if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                    // Some sites wrap JSON-LD in /* <![CDATA[ */ ... /* ]]> */.
                    i += 2
                    while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) { i += 1 }
                    i = min(bytes.count, i + 2)
                } else if b == UInt8(ascii: "<"), i + 8 < bytes.count, bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "[") {
                    i += 9  // <![CDATA[
                } else if b == UInt8(ascii: "]"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "]"), bytes[i + 2] == UInt8(ascii: ">") {
                    i += 3
                } else {
                    return
                }
            }
        }

        mutating func value(depth: Int) -> InputJSON? {
            guard depth < InputJSON.maxDepth, i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var pairs: [(String, InputJSON)] = []
                while true {
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                    guard bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    skipSpace()
                    guard let v = value(depth: depth + 1) else { return nil }
                    pairs.append((key, v))
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                var items: [InputJSON] = []
                while true {
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    guard let v = value(depth: depth + 1) else { return nil }
                    items.append(v)
                    skipSpace()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string().map { .string($0) }
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default:
                let start = i
                while i < bytes.count, let c = Optional(bytes[i]),
                      (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                        || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                    i += 1
                }
                guard i > start, let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) else {
                    return nil
                }
                return .number(d)
            }
        }

        mutating func literal(_ word: String, _ v: InputJSON) -> InputJSON? {
            for b in word.utf8 {
                guard i < bytes.count, bytes[i] == b else { return nil }
                i += 1
            }
            return v
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let d: UInt32
                switch b {
                case 0x30...0x39: d = UInt32(b - 0x30)
                case 0x61...0x66: d = UInt32(b - 0x61 + 10)
                case 0x41...0x46: d = UInt32(b - 0x41 + 10)
                default: return nil
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        /// At the opening quote.
        mutating func string() -> String? {
            i += 1
            var out = [UInt8]()
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b == UInt8(ascii: "\\") {
                    i += 1
                    guard i < bytes.count else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
                    case UInt8(ascii: "u"):
                        guard var v = hex4() else { return nil }
                        if v >= 0xD800, v <= 0xDBFF, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                           bytes[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            guard let lo = hex4() else { return nil }
                            if lo >= 0xDC00, lo <= 0xDFFF {
                                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                v = 0xFFFD
                            }
                        }
                        HTMLEntities.appendUTF8(v, to: &out)
                    default: out.append(e)
                    }
                    continue
                }
                out.append(b)
                i += 1
            }
            return nil
        }
    }
}
