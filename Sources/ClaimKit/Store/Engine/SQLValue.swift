import Foundation

/// A value bound to a statement or read from a row, the same on every engine.
package enum SQLValue: Hashable, Sendable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    /// claimcheck writes no BLOBs; one is read only from a row damaged outside claimcheck.
    case blob(Data)

    /// The value as row snapshots and exports write it.
    package var json: JSONValue {
        switch self {
        case .null: return .null
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .text(let s): return .string(s)
        // A BLOB is written as an object, which no text snapshot equals (a BLOB holding a value's
        // bytes, or its base64, is not that value).
        case .blob(let b): return .object([("blob", .string(b.base64EncodedString()))])
        }
    }
}

/// Swift values that can be bound to a statement's `?`.
package protocol SQLBindable { var sqlValue: SQLValue { get } }
extension SQLValue: SQLBindable { package var sqlValue: SQLValue { self } }
extension String: SQLBindable { package var sqlValue: SQLValue { .text(self) } }
extension Substring: SQLBindable { package var sqlValue: SQLValue { .text(String(self)) } }
extension Int64: SQLBindable { package var sqlValue: SQLValue { .int(self) } }
extension Int: SQLBindable { package var sqlValue: SQLValue { .int(Int64(self)) } }
extension Double: SQLBindable { package var sqlValue: SQLValue { .double(self) } }
extension Optional: SQLBindable where Wrapped: SQLBindable { package var sqlValue: SQLValue { self?.sqlValue ?? .null } }
