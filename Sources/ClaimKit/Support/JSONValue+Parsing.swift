extension JSONValue {
    /// Reads JSON text such as a journal payload; nil when it is not JSON. Members keep their order;
    /// a whole number reads as `.int`.
    public static func parse(_ text: String) -> JSONValue? {
        InputJSON.parse(text).map(JSONValue.init)
    }

    init(_ value: InputJSON) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .number(let d):
            if d.rounded() == d, abs(d) < 9_007_199_254_740_992 { self = .int(Int64(d)) } else { self = .double(d) }
        case .array(let items): self = .array(items.map(JSONValue.init))
        case .object(let pairs): self = .object(pairs.map { ($0.0, JSONValue($0.1)) })
        }
    }
}
