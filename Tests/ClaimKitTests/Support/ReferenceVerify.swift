import Foundation
import GRDB
@testable import ClaimKit

/// `log verify` as it was written first: every entry through `JSONValue` and `JSONSerialization`,
/// expectations in a dictionary of strings. Slow, but plainly correct; the streaming
/// ``JournalVerifier`` must reach the same verdict on every store the tests build.
extension SQLiteStore {
    func referenceVerify() throws -> JournalVerification {
        try db.read { db in try referenceVerify(db) }
    }

    func referenceVerify(_ db: Database) throws -> JournalVerification {
        do {
            var expected: [String: (hash: String, seq: Int64)] = [:]
            var prev = JournalEntry.genesis
            var count = 0
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM journal ORDER BY seq")
            while let row = try cursor.next() {
                let e = Self.entry(row)
                count += 1
                func fail(_ why: String) -> JournalVerification {
                    JournalVerification(entries: count, headHash: prev, failure: "journal entry #\(e.seq): \(why)")
                }
                if e.seq != Int64(count) {
                    return fail(e.seq > Int64(count) ? "entry #\(count) is missing (deleted?)" : "out of sequence (expected #\(count))")
                }
                if e.prevHash != prev {
                    return fail("does not follow the entry before it (previous hash differs: inserted, deleted or reordered?)")
                }
                let idsText: String = row["ids"]
                let hash = JournalEntry.computeHash(seq: e.seq, at: e.at, author: e.author, action: e.action,
                                                    ids: decodeStrings(idsText), payload: e.payload, prevHash: e.prevHash)
                if hash != e.hash {
                    return fail("its contents do not match its hash (edited outside claimcheck?)")
                }
                guard let data = e.payload.data(using: .utf8),
                      let payload = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                    return fail("its payload is not valid JSON")
                }
                for snapshot in payload["rows"] as? [[String: Any]] ?? [] {
                    guard let table = snapshot["table"] as? String, let h = snapshot["hash"] as? String,
                          let key = snapshot["key"] else { continue }
                    expected["\(table)/\(Self.keyText(key))"] = (h, e.seq)
                }
                prev = e.hash
            }
            let head = prev
            func fail(_ why: String) -> JournalVerification {
                JournalVerification(entries: count, headHash: head, failure: why)
            }
            // Every row of every journaled table must be the one the journal last recorded.
            for (table, keyColumn) in ChangeSet.tables {
                let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(keyColumn)")
                while let row = try rows.next() {
                    let keyValue: DatabaseValue = row[keyColumn]
                    let key = "\(table)/\(RowSnapshot.keyText(keyValue))"
                    let label = "\(table) \(RowSnapshot.keyText(keyValue))"
                    guard let recorded = expected.removeValue(forKey: key) else {
                        return fail("\(label) is not in the journal (added outside claimcheck?)")
                    }
                    let hash = SHA256Hex.of(RowSnapshot.json(row, table: table).canonical)
                    if hash != recorded.hash {
                        return fail("\(label) differs from what journal entry #\(recorded.seq) recorded (changed outside claimcheck?)")
                    }
                    if table == "document", let text: String = row["text"], let sha: String = row["sha256"], SHA256Hex.of(text) != sha {
                        return fail("\(label): its text no longer matches its SHA-256")
                    }
                }
            }
            if let missing = expected.filter({ $0.value.hash != "absent" }).min(by: { $0.value.seq < $1.value.seq }) {
                return fail("\(missing.key.replacingOccurrences(of: "/", with: " ")) recorded by journal entry #\(missing.value.seq) is missing (deleted outside claimcheck?)")
            }
            return JournalVerification(entries: count, headHash: head, failure: nil)
        }
    }

    /// A key from parsed JSON, written as the snapshots write it.
    private static func keyText(_ key: Any) -> String {
        switch key {
        case let s as String: return JSONValue.string(s).compact
        case let n as NSNumber: return String(n.int64Value)
        default: return "\(key)"
        }
    }
}
