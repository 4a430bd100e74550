import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// The shortcuts taken for speed at archive size give what the plain computation gives.
@Suite struct ArchiveTests {
    private func store(_ name: String = "a.db") throws -> SQLiteStore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try #require(try SQLiteStore.open(path: dir.appendingPathComponent(name).path, create: true))
    }

    private func claimRows(_ s: SQLiteStore) throws -> [String] {
        try s.db.read { db in try Row.fetchAll(db, sql: "SELECT * FROM claim ORDER BY id").map { RowSnapshot.json($0, table: "claim").canonical } }
    }

    /// Evidence and verdicts update a claim's balance and status in place; recounting everything
    /// from scratch (refreshStatus) must change nothing.
    @Test func incrementalStatusMatchesARecount() throws {
        let s = try store()
        let a = try s.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        let b = try s.addClaim(NewClaim(statement: "Imports fell", speaker: "Minister"), author: "t")
        var evidence: [Int64] = []
        for (i, stance) in [Stance.supports, .contradicts, .context, .supports, .context].enumerated() {
            evidence.append(try s.addEvidence(NewEvidence(claimID: i % 2 == 0 ? a : b, stance: stance, source: "s\(i)"), author: "t").id)
        }
        _ = try s.addVerdict(claimID: a, rating: "mostly-true", reason: "r", cites: [], author: "t")
        _ = try s.retractEvidence(id: evidence[1], because: "wrong", author: "t")
        _ = try s.addEvidence(NewEvidence(claimID: a, stance: .contradicts, source: "late"), author: "t")
        _ = try s.addVerdict(claimID: a, rating: "mixed", reason: "r2", cites: [], author: "t")
        _ = try s.addEvidence(NewEvidence(claimID: b, stance: .supports, source: "after retraction"), author: "t")
        let before = try claimRows(s)
        try s.db.write { db in
            for id in [a, b] { try s.refreshStatus(db, claimID: id) }
        }
        #expect(try claimRows(s) == before)
        let c = try #require(try s.claim(id: a))
        #expect(c.status == "mixed" && c.supports == 1 && c.contradicts == 1 && c.context == 2)
        // A claim's verdicts: only the newest is current.
        #expect(try s.verdicts(claimID: a).map(\.current) == [false, true])
        #expect(try s.verdicts(claimID: b).isEmpty)
        #expect(try s.verifyJournal().failure == nil)
    }

    /// The same spec gives the same store, to the journal's head hash.
    @Test func generatedArchiveIsRepeatable() throws {
        var spec = ArchiveSpec(claims: 45, seed: 11)
        spec.speakers = 20
        let one = try store(), two = try store()
        try one.generateArchive(spec)
        try two.generateArchive(spec)
        #expect(try one.verifyJournal().headHash == two.verifyJournal().headHash)
        spec.seed = 12
        let three = try store()
        try three.generateArchive(spec)
        #expect(try one.verifyJournal().headHash != three.verifyJournal().headHash)
        #expect(try !three.search("economy", limit: 5).isEmpty || !three.search("government", limit: 5).isEmpty)
    }

    /// The streaming verifier's canonical bytes are `JSONValue.canonical`'s, for awkward text.
    @Test(arguments: ["plain", "quote \" backslash \\ slash /", "\n\r\t\u{7}\u{1F}\u{7F}", "café 東京 👩‍👩‍👧", "\u{2028}\u{2029}", ""])
    func canonicalBytesMatch(_ text: String) throws {
        let buffer = ByteBuffer()
        Array(text.utf8).withUnsafeBufferPointer { buffer.quote($0) }
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == JSONValue.string(text).canonical)
        let array = ByteBuffer()
        let json = JSONValue.array([.string(text), .string("C1")]).compact
        let plain = Array(json.utf8).withUnsafeBufferPointer { array.appendStringArray(json: $0) }
        if plain { #expect(String(decoding: array.bytes, as: UTF8.self) == json.dropFirst().dropLast()) }
    }

    /// The same for text long enough to be escaped eight bytes at a time: every escape at every
    /// position of a word (seeded random ASCII, control characters, quotes, backslashes, and a
    /// letter beyond ASCII now and then).
    @Test func canonicalBytesMatchAtEveryPosition() {
        // A seeded linear congruential generator: the test fails the same way every run.
        var state: UInt64 = 16
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("abcXYZ 0189{}[]:,.\"\\/\n\r\t\u{1}\u{1F}\u{7F}~")
        for length in 0..<80 {
            for _ in 0..<40 {
                var text = String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
                if next() % 10 == 0 { text += "é" }
                let buffer = ByteBuffer()
                Array(text.utf8).withUnsafeBufferPointer { buffer.quote($0) }
                #expect(String(decoding: buffer.bytes, as: UTF8.self) == JSONValue.string(text).canonical, "\(text.debugDescription)")
            }
        }
    }

    /// `stats` reads counts the triggers keep; they must equal counting the tables, through
    /// retractions, edits and merges.
    @Test func tallyMatchesCounting() throws {
        let s = try store()
        var spec = ArchiveSpec(claims: 60, seed: 5)
        spec.speakers = 10
        try s.generateArchive(spec)
        let a = try s.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        _ = try s.addEvidence(NewEvidence(claimID: a, stance: .supports, source: "x"), author: "t")
        try s.retractClaim(id: 3, because: "misquoted", author: "t")
        try s.editClaim(id: 4, speaker: "Someone Else", statement: "Changed", date: nil, author: "t")
        let stats = try s.stats()
        try s.db.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? -1 }
            #expect(stats.documents == (try count("SELECT count(*) FROM document")))
            #expect(stats.claims == (try count("SELECT count(*) FROM claim")))
            #expect(stats.speakers == (try count("SELECT count(*) FROM speaker")))
            #expect(stats.evidence == (try count("SELECT count(*) FROM evidence")))
            #expect(stats.verdicts == (try count("SELECT count(*) FROM verdict")))
            #expect(stats.journalEntries == (try count("SELECT count(*) FROM journal")))
            var kinds: [String: Int] = [:], statuses: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) AS n FROM claim GROUP BY kind") { kinds[row["kind"]] = row["n"] }
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM claim WHERE retracted_at IS NULL GROUP BY status") {
                statuses[row["status"]] = row["n"]
            }
            #expect(stats.claimsByKind == kinds)
            #expect(stats.claimsByStatus == statuses)
        }
    }

    /// With more matches than the ranking window, `find` ranks the newest of them.
    @Test func searchRanksTheNewestMatches() throws {
        let s = try store()
        var spec = ArchiveSpec(claims: 1500, seed: 9)
        spec.speakers = 30
        try s.generateArchive(spec)
        let matching = try s.db.read { db in
            try Int64.fetchAll(db, sql: "SELECT rowid FROM claim_fts WHERE claim_fts MATCH 'government*' ORDER BY rowid DESC")
        }
        try #require(matching.count > FullTextSearch.window)
        let hits = try s.search("government", limit: 20).filter { $0.source == .claim }
        #expect(hits.count == 20)
        let window = Set(matching.prefix(FullTextSearch.window))
        #expect(hits.allSatisfy { window.contains($0.id) })
    }
}
