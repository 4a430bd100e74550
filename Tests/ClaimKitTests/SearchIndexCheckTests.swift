import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// The full-text index is derived data outside the journal: `log verify` must name an edit of any
/// of SQLite's FTS5 shadow tables, and `reindex` (``ClaimStore/rebuildDerivedData()``) must put it
/// right.
@Suite struct SearchIndexCheckTests {
    private func store(_ engine: StoreEngine) throws -> any ClaimStore {
        let store = try engine.makeStore()
        let a = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        let b = try store.addClaim(NewClaim(statement: "Imports fell", speaker: "Minister"), author: "t")
        _ = try store.addEvidence(NewEvidence(claimID: a, stance: .supports, source: "customs", note: "annual trade figures"), author: "t")
        _ = try store.addEvidence(NewEvidence(claimID: b, stance: .context, source: "ministry"), author: "t")
        return store
    }

    @Test(arguments: StoreEngine.all)
    func anUntouchedIndexVerifies(_ engine: StoreEngine) throws {
        let s = try store(engine)
        #expect(try s.verifyJournal().failure == nil)
        let full = try s.verifyJournal(fullText: true)
        #expect(full.failure == nil, "\(full.failure ?? "")")
        #expect(full.entries == 4)
        // The full comparison leaves nothing behind: a second one finds the same.
        #expect(try s.verifyJournal(fullText: true).failure == nil)
    }

    /// Each kind of edit of each shadow table, the words `log verify` names it with, and whether
    /// it takes the word-by-word comparison (`--full-text`) to see it.
    static let edits: [(sql: String, named: String, full: Bool)] = [
        ("UPDATE claim_fts_config SET v = 5 WHERE k = 'version'", "claim_fts_config holds 'version' = 5", false),
        ("INSERT INTO evidence_fts_config (k, v) VALUES ('rank', 'bm25(10.0, 0, 0, 0)')", "evidence_fts_config holds 'rank'", false),
        ("UPDATE claim_fts_config SET k = 'version' || char(0) || 'hidden'", "claim_fts_config holds", false),
        ("UPDATE evidence_fts_config SET k = CAST('version' AS BLOB)", "evidence_fts_config holds a 7-byte BLOB = 4", false),
        ("UPDATE claim_fts_docsize SET sz = x'09' WHERE id = 1", "claim_fts_docsize adds up to 11", false),
        ("UPDATE claim_fts_docsize SET sz = 'two' WHERE id = 1", "claim_fts_docsize's row for C1 does not hold 1 token count", false),
        ("DELETE FROM evidence_fts_docsize WHERE id = 2", "evidence_fts_docsize has no row for E2", false),
        ("INSERT INTO claim_fts_docsize (id, sz) VALUES (9, x'02')", "claim_fts_docsize has a row for C9, which does not exist", false),
        ("UPDATE claim_fts_data SET block = x'0203' WHERE id = 1", "its totals record counts 3 words in statement", false),
        ("DELETE FROM claim_fts_data WHERE id = 10", "no readable structure record", false),
        ("DELETE FROM evidence_fts_data WHERE id > 10", "leaf pages in evidence_fts_data", false),
        ("INSERT INTO claim_fts_data (id, block) VALUES (999999999999, x'00')", "claim_fts_data holds row 999999999999, which belongs to no segment", false),
        ("UPDATE claim_fts_idx SET segid = segid + 100", "claim_fts_idx points to page", false),
        // A doclist-index flag set where there is none: `find` fails on a word whose doclist runs on.
        ("UPDATE claim_fts_idx SET pgno = pgno | 1", "claim_fts_idx flags a doclist index for page 1 of segment", false),
        // The same values of another type (found by scripts/fuzz-verifier.py): FTS5's seeks never find them.
        ("UPDATE claim_fts_idx SET segid = segid + 0.5", "claim_fts_idx has a row of segment", false),
        ("UPDATE evidence_fts_idx SET term = CAST(term AS TEXT)", "evidence_fts_idx has a row of segment", false),
        ("UPDATE claim_fts_data SET block = CAST(block AS TEXT) WHERE id > 10", "does not hold a BLOB", false),
        // FTS5's own commands keep the index consistent with itself, but not with the text.
        ("INSERT INTO claim_fts (claim_fts, rowid, statement) VALUES ('delete', 2, 'Imports fell')", "claim_fts_docsize has no row for C2", false),
        ("""
         INSERT INTO claim_fts (claim_fts, rowid, statement) VALUES ('delete', 2, 'Imports fell');
         INSERT INTO claim_fts (rowid, statement) VALUES (2, 'Imports rose')
         """, "the words it holds for C2 are not those of its text", true),
        ("UPDATE claim_fts_data SET block = CAST(replace(CAST(block AS TEXT), 'exports', 'exporxs') AS BLOB) WHERE id > 10",
         "are not those of its text ('exporxs'", true),
        // A leaf page's header pointing into its first term (found by scripts/fuzz-verifier.py).
        ("UPDATE claim_fts_data SET block = CAST(x'0020' || substr(block, 3) AS BLOB) WHERE id = (SELECT min(id) FROM claim_fts_data WHERE id > 10)",
         "in claim_fts_data does not decode", true),
    ]

    @Test(arguments: edits)
    func anEditedIndexIsNamedAndRebuilt(_ edit: (sql: String, named: String, full: Bool)) throws {
        let s = try store(.sqlite)
        try StoreEngine.sqlite.execute(s, edit.sql)
        let failure = try #require(try s.verifyJournal(fullText: edit.full).failure, "unnoticed: \(edit.sql)")
        #expect(failure.contains(edit.named), "\(failure)")
        #expect(failure.contains("edited outside claimcheck") && failure.contains("`reindex` rebuilds it"), "\(failure)")
        let entries = try s.journal(JournalFilter()).count

        #expect(try s.rebuildDerivedData() == ["the full-text index", "the tally counts"])
        let after = try s.verifyJournal(fullText: true)
        #expect(after.failure == nil, "\(after.failure ?? "")")
        #expect(try s.journal(JournalFilter()).count == entries, "reindex is not journaled")
        #expect(try s.search("imports", limit: 10).map(\.ref) == ["C2"])
        #expect(try s.search("figures", limit: 10).map(\.ref) == ["E1"])
    }

    /// Ids 1...count are counted rather than read; a table with a gap in its ids is merged with
    /// `_docsize` row by row (the journal names the deleted row; the index check alone is asked here).
    @Test func aTableWithAGapInItsIdsIsMergedRowByRow() throws {
        let s = try #require(try store(.sqlite) as? SQLiteStore)
        _ = try s.addClaim(NewClaim(statement: "Tariffs rose", speaker: "Minister"), author: "t")
        _ = try s.addClaim(NewClaim(statement: "Wages grew", speaker: "Minister"), author: "t")
        try StoreEngine.sqlite.execute(s, "DELETE FROM claim WHERE id = 3")
        let clean = try s.read { try SearchIndexCheck.difference($0, full: true) }
        #expect(clean == nil, "\(clean ?? "")")
        try StoreEngine.sqlite.execute(s, "DELETE FROM claim_fts_docsize WHERE id = 4")
        let found = try s.read { try SearchIndexCheck.difference($0, full: false) }
        #expect(found?.contains("claim_fts_docsize has no row for C4") == true, "\(found ?? "")")
    }

    /// Doclists that run over several pages (32,768 claims of two statements, put into one segment):
    /// an `_idx` term cut to a shorter prefix (still a prefix of its page's first term, but no longer
    /// past the words of the page before, which `find` then seeks on this page and misses) and a
    /// doclist-index flag taken off are named. (The rows are added in SQL, outside the journal: the
    /// index check alone is asked here.)
    @Test func seekRowsOfLongDoclistsAreChecked() throws {
        let s = try #require(try store(.sqlite) as? SQLiteStore)
        for _ in 0..<14 {
            try StoreEngine.sqlite.execute(s, """
                DROP TABLE IF EXISTS temp.copies; CREATE TEMP TABLE copies AS SELECT * FROM claim;
                UPDATE temp.copies SET id = id + (SELECT max(id) FROM claim); INSERT INTO claim SELECT * FROM temp.copies;
                """)
        }
        try StoreEngine.sqlite.execute(s, "INSERT INTO claim_fts (claim_fts) VALUES ('optimize')")
        func difference(full: Bool = true) throws -> String? { try s.read { try SearchIndexCheck.difference($0, full: full) } }
        #expect(try difference() == nil)
        #expect(try s.read { try $0.int("SELECT count(*) FROM claim_fts_idx WHERE pgno & 1 = 1") } ?? 0 > 0, "a doclist index")

        try StoreEngine.sqlite.execute(s, """
            UPDATE claim_fts_idx SET term = substr(term, 1, length(term) - 1)
            WHERE (segid, term) = (SELECT segid, term FROM claim_fts_idx WHERE length(term) > 1 ORDER BY segid, term LIMIT 1)
            """)
        #expect(try s.search("doubled", limit: 3).isEmpty, "the cut term hides the word from `find`")
        let cut = try difference()
        #expect(cut?.contains("does not tell the page from the one before") == true, "\(cut ?? "unnoticed")")
        _ = try s.rebuildDerivedData()
        #expect(try difference() == nil)

        try StoreEngine.sqlite.execute(s, "UPDATE claim_fts_idx SET pgno = pgno & ~1")
        let flag = try difference(full: false)
        #expect(flag?.contains("does not flag the doclist index claim_fts_data holds for it") == true, "\(flag ?? "unnoticed")")
        _ = try s.rebuildDerivedData()
        #expect(try difference() == nil)
    }

    /// The comparison runs in the `temp` schema, so a store opened read-only can have it.
    @Test func aReadOnlyStoreGetsTheFullComparison() throws {
        let s = try #require(try store(.sqlite) as? SQLiteStore)
        let path = s.location
        try StoreEngine.sqlite.execute(s, Self.edits.filter(\.full)[0].sql)
        try s.close()
        let reader = try #require(try SQLiteStore.open(path: path, create: false, readOnly: true))
        defer { try? reader.close() }
        let failure = try #require(try reader.verifyJournal(fullText: true).failure)
        #expect(failure.contains("C2"), "\(failure)")
    }

    /// PostgreSQL stores no index it could be edited in; `reindex` recounts the tallies there.
    @Test(arguments: StoreEngine.all)
    func reindexRecountsTheTallies(_ engine: StoreEngine) throws {
        let s = try store(engine)
        try engine.execute(s, "UPDATE tally SET n = 7 WHERE name = 'claim'")
        #expect(try s.verifyJournal().failure?.contains("tally 'claim'") == true)
        let rebuilt = try s.rebuildDerivedData()
        #expect(rebuilt.last == "the tally counts")
        #expect(rebuilt.contains("the full-text index") == (engine == .sqlite))
        #expect(try s.verifyJournal().failure == nil)
        #expect(try s.stats().claims == 2)
    }
}
