/// A JSON value with deterministic rendering: object keys keep the order they were given in
/// (``canonical`` sorts them), numbers print the same way every time.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact == b.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    /// Optional strings become `null` when absent.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    public static func int(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }

    /// One line, keys in the given order.
    public var compact: String {
        var out = ""
        write(to: &out, indent: nil, level: 0, sortKeys: false)
        return out
    }

    /// One line, keys sorted: the form that is hashed.
    public var canonical: String {
        var out = ""
        write(to: &out, indent: nil, level: 0, sortKeys: true)
        return out
    }

    /// Indented with two spaces, keys in the given order.
    public var pretty: String {
        var out = ""
        write(to: &out, indent: "  ", level: 0, sortKeys: false)
        return out
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    private func write(to out: inout String, indent: String?, level: Int, sortKeys: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded(), abs(d) < 1e15 { out += String(Int64(d)) } else { out += String(d) }
            } else {
                out += "null"
            }
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            let ordered = sortKeys ? pairs.sorted { $0.0 < $1.0 } : pairs
            out += "{"
            for (i, (key, value)) in ordered.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                JSONValue.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard let indent else { return }
        out += "\n"
        for _ in 0..<level { out += indent }
    }

    /// JSON text made safe to place inside an HTML `<script>` element (where JSON-LD is published):
    /// `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or
    /// change the element. JSON's own syntax has none of these characters, so only the insides of
    /// strings change, and a JSON reader reads the same value.
    public static func webSafe(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 64)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`,
    /// `\r`, `\t` or `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029`. Works on the UTF-8 bytes
    /// (journal payloads are quoted whole, so this is on every command's path).
    public static func quote(_ s: String, into out: inout String) {
        var clean = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 {
            clean = false
            break
        }
        if clean {
            out += "\""
            out += s
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        quote(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// ``quote(_:into:)`` onto bytes. Without `lineSeparators`, U+2028/U+2029 stay as they are (as
    /// `extract --format json` has always written them).
    static func quote(_ s: String, into bytes: inout [UInt8], lineSeparators: Bool = true) {
        let src = Array(s.utf8)
        bytes.reserveCapacity(bytes.count + src.count + src.count / 8 + 2)
        bytes.append(0x22)
        var i = 0
        let hex: StaticString = "0123456789abcdef"
        while i < src.count {
            let b = src[i]
            switch b {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex.utf8Start[Int(b >> 4)], hex.utf8Start[Int(b & 0x0F)]])
            case 0xE2 where lineSeparators && i + 2 < src.count && src[i + 1] == 0x80 && (src[i + 2] == 0xA8 || src[i + 2] == 0xA9):
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                bytes.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, src[i + 2] == 0xA8 ? 0x38 : 0x39])
                i += 2
            default:
                bytes.append(b)
            }
            i += 1
        }
        bytes.append(0x22)
    }
}
