import Foundation
import GRDB
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
        // A column added by a later migration is left out of a snapshot while NULL, and noticed once set.
        ("UPDATE claim SET date_source = 'explicit', date_paragraph = 2 WHERE id = 2", "claim 2 differs"),
        // The hash covers the decoded ids, so their stored text must be exactly what claimcheck writes.
        ("UPDATE journal SET ids = ' ' || ids WHERE seq = 2", "journal entry #2: its ids are not stored as claimcheck writes them"),
    ]

    /// A document's text is not in its snapshot (its SHA-256 is): a BLOB of the same bytes, or text
    /// hidden after a NUL byte, must still be named (both were found by scripts/fuzz-verifier.py).
    @Test(arguments: ["UPDATE document SET text = CAST(text AS BLOB)", "UPDATE document SET text = text || char(0) || 'hidden'"])
    func aDocumentsTextStaysTextAndWhole(_ tamper: String) throws {
        let s = try StoreEngine.sqlite.makeStore()
        let extraction = ArticleFile.extract(text: "“Exports doubled,” the minister said on Monday.\n", format: .plain)
        _ = try s.load(NewDocument(path: nil, extraction: extraction), author: "t")
        #expect(try s.verifyJournal().failure == nil)
        try StoreEngine.sqlite.execute(s, tamper)
        let failure = try #require(try s.verifyJournal().failure, "unnoticed: \(tamper)")
        #expect(failure.contains("document 1: its text"), "\(failure)")
    }

    /// A row whose later columns are NULL is snapshotted exactly as before those columns existed, so
    /// stores journaled by an older claimcheck still verify after the upgrade.
    @Test func laterColumnsStayOutOfASnapshotWhileNull() throws {
        let s = try #require(try store(.sqlite) as? SQLiteStore)
        let rows = try s.db.read { db in try RowSnapshot.fetch(db, table: "claim", key: Int64(2).databaseValue)?.canonical ?? "" }
        #expect(!rows.contains("date_source") && !rows.contains("date_paragraph"), "\(rows)")
        #expect(rows.contains("\"statement\":\"Imports fell\""))
    }

    @Test(arguments: StoreEngine.all, tampering)
    func tamperingIsNamed(_ engine: StoreEngine, _ tamper: (String, String)) throws {
        let (sql, expected) = tamper
        let s = try store(engine)
        try engine.execute(s, sql)
        let result = try s.verifyJournal()
        let failure = try #require(result.failure, "tampering went unnoticed: \(sql)")
        #expect(failure.contains(expected), "\(failure)")
        // SQLite's streaming pass says what the plain reference implementation says.
        if let sqlite = s as? SQLiteStore { #expect(try sqlite.referenceVerify() == result) }
    }

    /// Text that must be escaped in canonical JSON, non-ASCII text and floats take the same bytes
    /// in the streaming pass as in `JSONValue.canonical`: a store full of them verifies, and an
    /// edit to any of them is noticed.
    @Test func awkwardTextVerifies() throws {
        let s = try #require(try store(.sqlite) as? SQLiteStore)
        let awkward = ["quote \" and \\ backslash", "line\nbreak\ttab\r", "bell \u{7} and \u{1F}", "café ☕ 東京",
                       "separator \u{2028} \u{2029}", "e\u{301} combining", "emoji 👩‍👩‍👧", ""]
        for (i, text) in awkward.enumerated() {
            let c = try s.addClaim(NewClaim(statement: "S\(i) " + text, speaker: "Sprecher \(text)"), author: "a\"u\\t\(text)")
            _ = try s.addEvidence(NewEvidence(claimID: c, stance: .context, source: text.isEmpty ? "x" : text, note: text), author: "t")
        }
        try s.setSetting("key \"\(awkward[0])\"", awkward[3], author: "t")
        let result = try s.verifyJournal()
        #expect(result.failure == nil, "\(result.failure ?? "")")
        #expect(try s.referenceVerify() == result)
        try s.db.write { db in try db.execute(sql: "UPDATE claim SET checkworthiness = 0.75 WHERE id = 3") }
        let tampered = try s.verifyJournal()
        #expect(tampered.failure?.contains("claim 3 differs") == true, "\(tampered.failure ?? "")")
        #expect(try s.referenceVerify() == tampered)
    }

    /// The benchmark's generated archive verifies, and tampering with it is noticed.
    @Test func generatedArchiveVerifies() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let s = try #require(try SQLiteStore.open(path: dir.appendingPathComponent("a.db").path, create: true))
        var spec = ArchiveSpec(claims: 230, seed: 3)
        spec.speakers = 50
        try s.generateArchive(spec)
        let stats = try s.stats()
        #expect(stats.claims == 230 && stats.evidence == 460 && stats.verdicts == 230)
        let result = try s.verifyJournal()
        #expect(result.failure == nil, "\(result.failure ?? "")")
        #expect(try s.referenceVerify() == result)
        // Spans hold their statements, as `show` checks them.
        let claim = try #require(try s.claim(id: 117))
        let documentID = try #require(claim.documentID)
        let doc = try #require(try s.document(id: documentID, withText: true))
        let findings = ProvenanceCheck.check(document: doc, claims: [claim])
        let spansHold = findings.allSatisfy { $0.ok }
        #expect(spansHold)
        try s.db.write { db in try db.execute(sql: "UPDATE evidence SET note = 'forged' WHERE id = 300") }
        let tampered = try s.verifyJournal()
        #expect(tampered.failure?.contains("evidence 300 differs") == true, "\(tampered.failure ?? "")")
        #expect(try s.referenceVerify() == tampered)
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

/// An entry's summary must agree with the rows it recorded.
@Suite struct ChangeSummaryCheckTests {
    private func payload(rating: String, rowRating: String) -> String {
        JSONValue.object([
            ("change", .object([("because", .string("x")), ("claim", .string("C7")), ("rating", .string(rating)), ("verdict", .string("V1"))])),
            ("rows", .array([.object([("hash", .string("h")), ("key", .int(1)), ("row", .object([
                ("claim_id", .int(7)), ("id", .int(1)), ("rating", .string(rowRating)), ("reason", .string("x")),
            ])), ("table", .string("verdict"))])])),
        ]).compact
    }

    @Test func aVerdictRowRewrittenInsideItsChangeIsNamed() {
        #expect(ChangeSummaryCheck.disagreement(action: "verdict", payload: payload(rating: "false", rowRating: "false")) == nil)
        let why = ChangeSummaryCheck.disagreement(action: "verdict", payload: payload(rating: "false", rowRating: "true"))
        #expect(why?.contains("summary says rating \"false\" but the verdict row it recorded has \"true\"") == true, "\(why ?? "nil")")
        #expect(!ChangeSummaryCheck.checks("document.load"), "loads are not parsed twice")
    }
}
