import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// The queries behind `claims --by`, `show`, `find`, `evidence`, `verdicts` and the journal head
/// use indexes, not scans of the big tables.
@Suite struct QueryPlanTests {
    private func plan(_ store: SQLiteStore, _ sql: String, _ arguments: StatementArguments = []) throws -> String {
        try store.db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    @Test(arguments: [
        ("SELECT * FROM claim WHERE id = ?", "INTEGER PRIMARY KEY"),
        ("SELECT * FROM claim WHERE speaker_id IN (SELECT speaker_id FROM speaker_alias WHERE alias = ?)", "claim_speaker"),
        ("SELECT * FROM claim WHERE document_id = ?", "claim_document"),
        ("SELECT * FROM claim WHERE status = ?", "claim_status"),
        ("SELECT kind, count(*) FROM claim GROUP BY kind", "claim_kind"),
        ("SELECT * FROM evidence WHERE claim_id = ?", "evidence_claim"),
        ("SELECT * FROM verdict WHERE claim_id = ? ORDER BY id DESC LIMIT 1", "verdict_claim"),
        // Walks the rowid order backwards and stops at the first row: no sort.
        ("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1", "SCAN journal"),
        ("SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?", "VIRTUAL TABLE INDEX"),
        // find: the lower bound of the ranking window.
        ("SELECT rowid FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET 999", "VIRTUAL TABLE INDEX"),
        // show: one claim's verdicts.
        ("SELECT * FROM verdict WHERE claim_id = ? ORDER BY id", "verdict_claim"),
        // stats: the counts the triggers keep.
        ("SELECT name, n FROM tally", "SCAN tally"),
    ])
    func usesAnIndex(_ sql: String, _ expected: String) throws {
        let store = try SQLiteStore.inMemory()
        let args: StatementArguments = sql.contains("?") ? ["x"] : []
        let detail = try plan(store, sql, args)
        #expect(detail.contains(expected), "\(sql)\n\(detail)")
        #expect(!detail.contains("SCAN claim\n") && !detail.hasSuffix("SCAN claim"), "no full scan of claim: \(detail)")
        #expect(!detail.contains("TEMP B-TREE"), "no sort: \(detail)")
    }
}
