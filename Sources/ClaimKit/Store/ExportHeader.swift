import Foundation

/// The top of a `claimcheck/1` export, read and checked the same way by every engine: the schema,
/// the tables, and the journal head the export says it ends at. An import must end at that head,
/// so a truncated or edited file is refused rather than imported short.
struct ExportHeader {
    let tables: [String: Any]
    /// `journal_head`: the number of entries and the last entry's hash.
    let entries: Int
    let headHash: String

    init(_ data: Data) throws {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw StoreError("not a claimcheck export: the file is not a JSON object")
        }
        guard let schema = root["schema"] as? String else { throw StoreError("not a claimcheck export: no \"schema\"") }
        guard schema == StoreSQL.exportSchema else {
            throw StoreError("export schema \(schema) is not supported (this claimcheck reads \(StoreSQL.exportSchema))")
        }
        guard let tables = root["tables"] as? [String: Any] else { throw StoreError("export has no \"tables\"") }
        guard let head = root["journal_head"] as? [String: Any], let entries = (head["entries"] as? NSNumber)?.intValue,
              let hash = head["hash"] as? String else {
            throw StoreError("export has no \"journal_head\" (entries and hash): it cannot be checked for truncation")
        }
        self.tables = tables
        self.entries = entries
        self.headHash = hash
    }

    /// Refuses an import whose journal does not end where the export said it would.
    func check(_ imported: JournalVerification) throws {
        guard imported.entries == entries, imported.headHash == headHash else {
            throw StoreError("import refused: the export says its journal ends at entry #\(entries) (head \(headHash.prefix(12))…) but it holds "
                             + "\(imported.entries) entries ending at \(imported.headHash.prefix(12))…: the file was cut short or edited")
        }
    }
}
