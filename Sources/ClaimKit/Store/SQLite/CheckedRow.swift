import GRDB

extension Row {
    /// The value of `column` as the type claimcheck stores there. A row damaged outside claimcheck
    /// (a BLOB where text belongs, 1e300 in a count) is an error that names the row and column,
    /// never a crash; `log verify` then names the journal entry it contradicts.
    func checked<T: DatabaseValueConvertible>(_ column: String) throws -> T {
        do {
            return try decode(T.self, forColumn: column)
        } catch {
            let value: DatabaseValue = self[column] ?? .null
            let id: DatabaseValue = self["id"] ?? .null
            var shown = "\(value)"
            if shown.count > 40 { shown = String(shown.prefix(39)) + "…" }
            throw StoreError("a stored row is damaged (changed outside claimcheck?): row id \(id), column \(column) holds \(shown), "
                             + "not a \(String(describing: T.self).replacingOccurrences(of: "Optional<", with: "").replacingOccurrences(of: ">", with: "")); "
                             + "`log verify` names the entry it contradicts")
        }
    }
}
