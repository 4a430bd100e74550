import Foundation
import Testing
@testable import ClaimKit

/// Prior checks (`import factchecks`) on every engine: stored, journaled, verified, re-imported as a no-op.
@Suite struct PriorCheckStoreTests {
    private func file(_ rows: [PriorCheck], sha: String) -> FactCheckFile {
        FactCheckFile(path: "checks.jsonl", sha256: sha, checks: rows)
    }

    private let rows = [
        PriorCheck(externalID: "a-1", claim: "The ferry runs on cooking oil.", title: "Does the ferry run on cooking oil?", rating: "true", org: "Harbour Facts"),
        PriorCheck(externalID: "a-2", claim: "Every library closes on Sundays.", rating: "false", url: "https://example.org/a-2", date: "2024-02-01"),
    ]

    @Test(arguments: StoreEngine.all)
    func importIsJournaledVerifiedAndNotRepeated(_ engine: StoreEngine) throws {
        let store = try #require(try engine.makeStore() as? any MatchingStore)
        let first = try store.importPriorChecks(file(rows, sha: String(repeating: "a", count: 64)), author: "t")
        guard case .imported(let added, 0, 0, let seq) = first else { Issue.record("not imported: \(first)"); return }
        #expect(added == 2 && seq == 1)
        #expect(try store.priorChecks() == rows)
        #expect(try store.verifyJournal().failure == nil)
        guard case .alreadyImported(let path, _) = try store.importPriorChecks(file(rows, sha: String(repeating: "a", count: 64)), author: "t") else {
            Issue.record("a second import of the same file changed the store"); return
        }
        #expect(path == "checks.jsonl")
        // Another file that changes one row and repeats the other: one update, one unchanged.
        var changed = rows
        changed[0].rating = "mostly-true"
        guard case .imported(0, 1, 1, 2) = try store.importPriorChecks(file(changed, sha: String(repeating: "b", count: 64)), author: "t") else {
            Issue.record("expected one update and one unchanged row"); return
        }
        #expect(try store.priorChecks() == changed)
        let verified = try store.verifyJournal()
        #expect(verified.failure == nil && verified.entries == 2)
        try engine.execute(store, "UPDATE prior_check SET claim = 'Ferries fly.' WHERE external_id = 'a-1'")
        #expect(try store.verifyJournal().failure?.contains("prior_check 1 differs") == true)
    }

    @Test(arguments: StoreEngine.all)
    func priorChecksTravelWithAWholeStoreExport(_ engine: StoreEngine) throws {
        let store = try #require(try engine.makeStore() as? any MatchingStore)
        _ = try store.importPriorChecks(file(rows, sha: String(repeating: "c", count: 64)), author: "t")
        var json = ""
        try store.exportJSON { json += $0 }
        let copy = try #require(try SQLiteStore.open(path: try temporaryPath(), create: true))
        let (_, journal) = try copy.importJSON(Data(json.utf8))
        #expect(journal.failure == nil)
        #expect(try copy.priorChecks() == rows)
    }
}
