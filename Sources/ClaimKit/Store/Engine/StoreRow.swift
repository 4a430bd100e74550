/// One result row, its cells in column order, read the same way from every engine.
///
/// The typed accessors are strict: a row damaged outside claimcheck (a BLOB where text belongs,
/// 1e300 in a count) is an error that names the row and column, never a crash; `log verify` then
/// names the journal entry it contradicts.
package struct StoreRow {
    let columns: [String]
    let values: [SQLValue]

    subscript(_ name: String) -> SQLValue {
        if let i = columns.firstIndex(of: name) { return values[i] }
        // As SQLite does, a column is also found whatever the case of its name.
        if let i = columns.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return values[i] }
        return .null
    }

    /// The first column (a single-value query).
    var first: SQLValue { values.first ?? .null }

    func int(_ column: String) throws -> Int64 {
        guard let value = try optInt(column) else { throw damage(column, "an integer") }
        return value
    }

    func optInt(_ column: String) throws -> Int64? {
        switch self[column] {
        case .null: return nil
        case .int(let i): return i
        case .double(let d): if let i = Int64(exactly: d) { return i }
        default: break
        }
        throw damage(column, "an integer")
    }

    func text(_ column: String) throws -> String {
        guard let value = try optText(column) else { throw damage(column, "text") }
        return value
    }

    func optText(_ column: String) throws -> String? {
        switch self[column] {
        case .null: return nil
        case .text(let s): return s
        case .blob(let b): if let s = String(bytes: b, encoding: .utf8) { return s }
        default: break
        }
        throw damage(column, "text")
    }

    func double(_ column: String) throws -> Double {
        switch self[column] {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: throw damage(column, "a number")
        }
    }

    private func damage(_ column: String, _ type: String) -> StoreError {
        var shown = "\(self[column].json.compact)"
        if shown.count > 40 { shown = String(shown.prefix(39)) + "…" }
        return StoreError("a stored row is damaged (changed outside claimcheck?): row id \(self["id"].json.compact), column \(column) holds \(shown), "
                          + "not \(type); `log verify` names the entry it contradicts")
    }
}
