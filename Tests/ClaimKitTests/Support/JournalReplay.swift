import Foundation
@testable import ClaimKit

/// The reference `log verify`, plain and slow (the product's streaming ``JournalVerifier`` must
/// reach the same verdict): feed it the journal in sequence order, then every row of every journaled table; it recomputes the hash chain and checks each row against the last
/// snapshot the journal recorded for it. Names the first entry or row that fails.
struct JournalReplay {
    private var expected: [String: (hash: String, seq: Int64)] = [:]
    private(set) var previous = JournalEntry.genesis
    private(set) var count = 0

    /// Checks the next entry; a failure ends the verification.
    /// `idsText`: the ids column as stored, which must be the list exactly as claimcheck writes it.
    mutating func entry(_ e: JournalEntry, idsText: String? = nil) -> JournalVerification? {
        count += 1
        let count = self.count
        let prev = previous
        func fail(_ why: String) -> JournalVerification {
            JournalVerification(entries: count, headHash: prev, failure: "journal entry #\(e.seq): \(why)")
        }
        if e.seq != Int64(count) {
            return fail(e.seq > Int64(count) ? "entry #\(count) is missing (deleted?)" : "out of sequence (expected #\(count))")
        }
        if e.prevHash != prev {
            return fail("does not follow the entry before it (previous hash differs: inserted, deleted or reordered?)")
        }
        if let idsText, idsText != JSONValue.array(e.ids.map { .string($0) }).compact {
            return fail("its ids are not stored as claimcheck writes them (edited outside claimcheck?)")
        }
        let hash = JournalEntry.computeHash(seq: e.seq, at: e.at, author: e.author, action: e.action,
                                            ids: e.ids, payload: e.payload, prevHash: e.prevHash)
        if hash != e.hash {
            return fail("its contents do not match its hash (edited outside claimcheck?)")
        }
        if ChangeSummaryCheck.checks(e.action), let why = ChangeSummaryCheck.disagreement(action: e.action, payload: e.payload) {
            return fail(why)
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
        previous = e.hash
        return nil
    }

    /// Checks one stored row (`json` as ``RowSnapshot`` writes it: without a document's text).
    mutating func row(table: String, key: JSONValue, json: JSONValue, documentText: String? = nil,
                      documentSHA: String? = nil) -> JournalVerification? {
        let keyText = key.compact
        let label = "\(table) \(keyText)"
        guard let recorded = expected.removeValue(forKey: "\(table)/\(keyText)") else {
            return fail("\(label) is not in the journal (added outside claimcheck?)")
        }
        if SHA256Hex.of(json.canonical) != recorded.hash {
            return fail("\(label) differs from what journal entry #\(recorded.seq) recorded (changed outside claimcheck?)")
        }
        if table == "document", let documentText, let documentSHA, SHA256Hex.of(documentText) != documentSHA {
            return fail("\(label): its text no longer matches its SHA-256")
        }
        return nil
    }

    /// After every row: rows the journal recorded that are gone.
    func finish() -> JournalVerification {
        if let missing = expected.filter({ $0.value.hash != "absent" }).min(by: { $0.value.seq < $1.value.seq }) {
            return fail("\(missing.key.replacingOccurrences(of: "/", with: " ")) recorded by journal entry #\(missing.value.seq) is missing (deleted outside claimcheck?)")
        }
        return JournalVerification(entries: count, headHash: previous, failure: nil)
    }

    private func fail(_ why: String) -> JournalVerification {
        JournalVerification(entries: count, headHash: previous, failure: why)
    }

    /// A key from parsed JSON, written as the snapshots write it.
    static func keyText(_ key: Any) -> String {
        switch key {
        case let s as String: return JSONValue.string(s).compact
        case let n as NSNumber: return String(n.int64Value)
        default: return "\(key)"
        }
    }
}
