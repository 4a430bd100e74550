import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// `log verify` must notice any change made outside claimcheck, and name where.
@Suite struct JournalVerifyTests {
    private func store() throws -> SQLiteStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try #require(try SQLiteStore.open(path: dir.appendingPathComponent("j.db").path, create: true))
        let a = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        let b = try store.addClaim(NewClaim(statement: "Imports fell", speaker: "Minister"), author: "t")
        let e = try store.addEvidence(NewEvidence(claimID: a, stance: .supports, source: "customs"), author: "t")
        _ = try store.addVerdict(claimID: a, rating: "true", reason: "customs data", cites: [e.id], author: "t")
        _ = try store.addEvidence(NewEvidence(claimID: b, stance: .context, source: "note"), author: "t")
        return store
    }

    @Test func intactStoreVerifies() throws {
        let s = try store()
        let result = try s.verifyJournal()
        #expect(result.failure == nil)
        #expect(result.entries == 5)
        #expect(result.headHash.count == 64)
    }

    @Test(arguments: [
        ("UPDATE claim SET statement = 'Exports tripled' WHERE id = 1", "claim 1 differs"),
        ("UPDATE verdict SET rating = 'false' WHERE id = 1", "verdict 1 differs"),
        ("UPDATE journal SET author = 'eve' WHERE seq = 2", "journal entry #2: its contents do not match its hash"),
        ("DELETE FROM journal WHERE seq = 3", "entry #3 is missing"),
        ("DELETE FROM journal WHERE seq = 5", "claim 2 differs from what journal entry #2 recorded"),
        ("UPDATE journal SET seq = seq + 10 WHERE seq = 4", "entry #4 is missing"),
        ("INSERT INTO evidence (claim_id, stance, source, added_at, author) VALUES (2, 'supports', 'forged', 't', 'eve')",
         "evidence 3 is not in the journal"),
        ("DELETE FROM evidence WHERE id = 2", "evidence 2 recorded by journal entry #5 is missing"),
        ("UPDATE speaker SET name = 'Someone else' WHERE id = 1", "speaker 1 differs"),
    ])
    func tamperingIsNamed(_ sql: String, _ expected: String) throws {
        let s = try store()
        try s.db.write { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql)
        }
        let result = try s.verifyJournal()
        let failure = try #require(result.failure, "tampering went unnoticed: \(sql)")
        #expect(failure.contains(expected), "\(failure)")
    }

    @Test func reorderedEntriesBreakTheChain() throws {
        let s = try store()
        try s.db.write { db in
            try db.execute(sql: "UPDATE journal SET seq = 100 WHERE seq = 2")
            try db.execute(sql: "UPDATE journal SET seq = 2 WHERE seq = 3")
            try db.execute(sql: "UPDATE journal SET seq = 3 WHERE seq = 100")
        }
        #expect(try s.verifyJournal().failure?.contains("journal entry #2") == true)
    }
}
