import Foundation
import Testing
@testable import ClaimKit

/// `log verify` must notice any change made outside claimcheck, and name where, on every engine.
@Suite struct JournalVerifyTests {
    private func store(_ engine: StoreEngine) throws -> any ClaimStore {
        let store = try engine.makeStore()
        let a = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        let b = try store.addClaim(NewClaim(statement: "Imports fell", speaker: "Minister"), author: "t")
        let e = try store.addEvidence(NewEvidence(claimID: a, stance: .supports, source: "customs"), author: "t")
        _ = try store.addVerdict(claimID: a, rating: "true", reason: "customs data", cites: [e.id], author: "t")
        _ = try store.addEvidence(NewEvidence(claimID: b, stance: .context, source: "note"), author: "t")
        return store
    }

    @Test(arguments: StoreEngine.all)
    func intactStoreVerifies(_ engine: StoreEngine) throws {
        let s = try store(engine)
        let result = try s.verifyJournal()
        #expect(result.failure == nil)
        #expect(result.entries == 5)
        #expect(result.headHash.count == 64)
    }

    static let tampering: [(String, String)] = [
        ("UPDATE claim SET statement = 'Exports tripled' WHERE id = 1", "claim 1 differs"),
        ("UPDATE verdict SET rating = 'false' WHERE id = 1", "verdict 1 differs"),
        ("UPDATE journal SET author = 'eve' WHERE seq = 2", "journal entry #2: its contents do not match its hash"),
        ("DELETE FROM journal WHERE seq = 3", "entry #3 is missing"),
        ("DELETE FROM journal WHERE seq = 5", "claim 2 differs from what journal entry #2 recorded"),
        ("UPDATE journal SET seq = seq + 10 WHERE seq = 4", "entry #4 is missing"),
        ("INSERT INTO evidence (id, claim_id, stance, source, added_at, author) VALUES (3, 2, 'supports', 'forged', 't', 'eve')",
         "evidence 3 is not in the journal"),
        ("DELETE FROM evidence WHERE id = 2", "evidence 2 recorded by journal entry #5 is missing"),
        ("UPDATE speaker SET name = 'Someone else' WHERE id = 1", "speaker 1 differs"),
    ]

    @Test(arguments: StoreEngine.all, tampering)
    func tamperingIsNamed(_ engine: StoreEngine, _ tamper: (String, String)) throws {
        let (sql, expected) = tamper
        let s = try store(engine)
        try engine.execute(s, sql)
        let result = try s.verifyJournal()
        let failure = try #require(result.failure, "tampering went unnoticed: \(sql)")
        #expect(failure.contains(expected), "\(failure)")
    }

    @Test(arguments: StoreEngine.all)
    func reorderedEntriesBreakTheChain(_ engine: StoreEngine) throws {
        let s = try store(engine)
        try engine.execute(s, "UPDATE journal SET seq = 100 WHERE seq = 2")
        try engine.execute(s, "UPDATE journal SET seq = 2 WHERE seq = 3")
        try engine.execute(s, "UPDATE journal SET seq = 3 WHERE seq = 100")
        #expect(try s.verifyJournal().failure?.contains("journal entry #2") == true)
    }
}
