import Foundation
import Testing
@testable import ClaimKit

/// The store's behaviour through the ``ClaimStore`` interface, on every engine (see ``StoreEngine``).
@Suite struct StoreEngineTests {
    static func sampleExtraction(_ text: String = "The minister said the talks went well.") -> Extraction {
        Extraction(text: text, metadata: DocumentMetadata(title: "Talks", byline: "A. Writer", published: CivilDate(iso: "2025-04-17")),
                   claims: [
                       ExtractedClaim(kind: .indirect,
                                      speaker: SpeakerMention(name: "Abbas Araqchi", mention: "Araqchi", role: "Foreign Minister"),
                                      cue: "said", statement: "the talks went well", span: Span(start: 18, end: 37),
                                      when: TimeResolution(text: "on Saturday", start: CivilDate(iso: "2025-04-12")!,
                                                           end: CivilDate(iso: "2025-04-12")!, grain: .day)),
                   ])
    }

    @Test(arguments: StoreEngine.all)
    func newStoreIsMigratedToTheLatestSchema(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        #expect(try store.stats().schemaVersion == SchemaDialect.sqlite.version)
        #expect(SchemaDialect.postgres.version == SchemaDialect.sqlite.version)
        #expect(try store.verifyJournal().failure == nil)
    }

    @Test(arguments: StoreEngine.all)
    func loadStoresDocumentClaimsSpeakersAndAJournalEntry(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        let result = try store.load(NewDocument(path: "a.txt", extraction: Self.sampleExtraction()), author: "tester")
        #expect(result.document.ref == "D1")
        #expect(result.claimIDs == [1])
        #expect(result.document.sha256 == SHA256Hex.of("The minister said the talks went well."))
        let claim = try #require(try store.claim(id: 1))
        #expect(claim.speakerName == "Abbas Araqchi")
        #expect(claim.speakerRole == "Foreign Minister")
        #expect(claim.when?.start == CivilDate(iso: "2025-04-12"))
        #expect(claim.status == "unchecked")
        #expect(claim.checkworthiness == 0.5)
        #expect(claim.span == Span(start: 18, end: 37))
        let speakers = try store.speakers()
        #expect(speakers.count == 1)
        #expect(speakers[0].aliases == ["Araqchi"])
        let stats = try store.stats()
        #expect(stats.journalEntries == 1)
        #expect(stats.claimsByKind == ["indirect": 1])
        #expect(try store.claims(ClaimFilter(speaker: "araqchi")).count == 1)
        #expect(try store.claims(ClaimFilter(speaker: "nobody")).isEmpty)
        #expect(try store.claims(ClaimFilter(speaker: "100%_")).isEmpty)
        #expect(try store.search("talks", limit: 10).map(\.ref) == ["C1"])
        #expect(try store.search("tal wen", limit: 10).map(\.ref) == ["C1"])
        #expect(try store.search("elephants", limit: 10).isEmpty)
        #expect(try store.document(id: 1, withText: true)?.text == "The minister said the talks went well.")
        #expect(try store.documents().map(\.claimCount) == [1])
    }

    @Test(arguments: StoreEngine.all)
    func aliasLearnedOnceIsUsedForTheNextArticle(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        _ = try store.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        var second = Self.sampleExtraction("Araqchi said the talks went well again.")
        second.claims[0].speaker = SpeakerMention(name: "Araqchi", mention: "Araqchi")
        _ = try store.load(NewDocument(path: "b", extraction: second), author: "t")
        #expect(try store.speakers().count == 1)
        #expect(try store.claims(ClaimFilter(speaker: "Abbas")).count == 2)
    }

    @Test(arguments: StoreEngine.all)
    func journalEntriesChainByHash(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        _ = try store.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        _ = try store.load(NewDocument(path: "b", extraction: Self.sampleExtraction("Another text entirely, said nobody.")), author: "u")
        let entries = try store.journal(JournalFilter())
        #expect(entries.count == 2)
        var prev = JournalEntry.genesis
        for e in entries {
            let hash = JournalEntry.computeHash(seq: e.seq, at: e.at, author: e.author, action: e.action,
                                                ids: e.ids, payload: e.payload, prevHash: prev)
            #expect(e.prevHash == prev)
            #expect(e.hash == hash)
            prev = hash
        }
        #expect(try store.journal(JournalFilter(author: "u")).map(\.seq) == [2])
        #expect(try store.journal(JournalFilter(id: "D1")).map(\.seq) == [1])
        #expect(try store.journal(JournalFilter(limit: 1)).map(\.seq) == [2])
    }

    @Test(arguments: StoreEngine.all)
    func sameTextLoadsOnce(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        _ = try store.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        let again = try store.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        #expect(again.alreadyLoaded)
        #expect(try store.stats().documents == 1)
    }

    @Test(arguments: StoreEngine.all)
    func checkingEvidenceVerdictsAndCorrections(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        _ = try store.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        let e1 = try store.addEvidence(NewEvidence(claimID: 1, stance: .supports, source: "https://example.org/minutes",
                                                   title: "Minutes", quote: "talks went well"), author: "t")
        #expect(e1.ref == "E1")
        #expect(try store.claim(id: 1)?.status == "in-progress")
        #expect(try store.claim(id: 1)?.supports == 1)
        #expect(try store.search("minutes", limit: 10).map(\.ref) == ["E1"])
        let (verdict, entry) = try store.addVerdict(claimID: 1, rating: "mostly-true", reason: "minutes agree", cites: [1], author: "t")
        #expect(verdict.ref == "V1")
        #expect(entry.seq == 3)
        #expect(try store.claim(id: 1)?.status == "mostly-true")
        #expect(throws: StoreError.self) { try store.addVerdict(claimID: 1, rating: "pants-on-fire", reason: "x", cites: [], author: "t") }
        #expect(throws: StoreError.self) { try store.addEvidence(NewEvidence(claimID: 99, stance: .context, source: "x"), author: "t") }
        _ = try store.retractEvidence(id: 1, because: "misquoted", author: "t")
        #expect(try store.claim(id: 1)?.supports == 0)
        #expect(throws: StoreError.self) { try store.retractEvidence(id: 1, because: "again", author: "t") }
        let c2 = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister", date: CivilDate(iso: "2025-01-02")), author: "t")
        #expect(c2 == 2)
        try store.editClaim(id: c2, speaker: nil, statement: "Exports tripled", date: nil, author: "t")
        #expect(try store.claim(id: c2)?.statement == "Exports tripled")
        try store.addAlias(speakerID: 1, alias: "FM", author: "t")
        #expect(throws: StoreError.self) { try store.addAlias(speakerID: 1, alias: "fm", author: "t") }
        let minister = try #require(try store.speaker(named: "Minister"))
        try store.mergeSpeakers(keep: 1, merge: minister.id, author: "t")
        #expect(try store.claim(id: c2)?.speakerID == 1)
        try store.retractClaim(id: c2, because: "duplicate", author: "t")
        #expect(try store.claims(ClaimFilter(status: "retracted")).map(\.id) == [c2])
        try store.setScale(RatingScale(name: "short", names: ["true", "false"]), author: "t")
        #expect(try store.scale().name == "short")
        try store.setSetting("org", "Example Checks", author: "t")
        #expect(try store.setting("org") == "Example Checks")
        #expect(try store.verdicts(claimID: 1).map(\.current) == [true])
        let check = try store.verifyJournal()
        #expect(check.failure == nil, "\(check.failure ?? "")")
        let entries = try store.stats().journalEntries
        #expect(check.entries == entries)
    }

    @Test(arguments: StoreEngine.all)
    func aFailedCommandLeavesNothing(_ engine: StoreEngine) throws {
        let store = try engine.makeStore()
        _ = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        // A speaker is created, then the document check fails: nothing of the command may remain.
        #expect(throws: StoreError.self) {
            try store.addClaim(NewClaim(statement: "x", speaker: "Someone New", documentID: 42), author: "t")
        }
        struct Boom: Error {}
        if let pg = store as? PostgresStore {
            #expect(throws: StoreError.self) {
                try pg.write {
                    try pg.appendJournal(author: "t", action: "test", ids: [], payload: .null)
                    try pg.link.execute("INSERT INTO speaker (id, name) VALUES (99, 'x')")
                    throw StoreError("boom")
                }
            }
        }
        let stats = try store.stats()
        #expect(stats.journalEntries == 1)
        #expect(stats.speakers == 1)
        #expect(try store.verifyJournal().failure == nil)
    }

    @Test(arguments: StoreEngine.all)
    func exportImportRoundTripsOnEveryEnginePair(_ engine: StoreEngine) throws {
        let source = try engine.makeStore()
        _ = try source.load(NewDocument(path: "a", extraction: Self.sampleExtraction()), author: "t")
        _ = try source.addEvidence(NewEvidence(claimID: 1, stance: .contradicts, source: "records", note: "n\"q"), author: "t")
        _ = try source.addVerdict(claimID: 1, rating: "false", reason: "records", cites: [1], author: "t")
        try source.addAlias(speakerID: 1, alias: "abbas", author: "t")
        var original = ""
        try source.exportJSON { original += $0 }
        for targetEngine in StoreEngine.all {
            let target = try targetEngine.makeStore()
            let (rows, journal) = try target.importJSON(Data(original.utf8))
            #expect(rows > 0)
            #expect(journal.failure == nil)
            var copy = ""
            try target.exportJSON { copy += $0 }
            #expect(copy == original, "\(engine) → \(targetEngine)")
            #expect(throws: StoreError.self) { try target.importJSON(Data(original.utf8)) }
        }
    }
}

/// Opening PostgreSQL stores: URL, password and connection errors are one-line messages.
@Suite struct PostgresOpeningTests {
    @Test func urlsAreParsedAndPasswordsRefused() throws {
        let url = try PostgresURL("postgres://checker@db.example.org:6543/claims")
        #expect(url.user == "checker" && url.host == "db.example.org" && url.port == 6543 && url.database == "claims")
        #expect(url.tls == .prefer)
        #expect(try PostgresURL("postgresql://u@h/d?sslmode=disable").tls == .disable)
        #expect(try PostgresURL("postgresql://u@h/d").port == 5432)
        #expect(StoreLocation.isPostgres("POSTGRES://u@h/d"))
        #expect(!StoreLocation.isPostgres("claims.db"))
        for bad in ["postgres://u:secret@h/d", "postgres:///d", "postgres://u@h/d?sslmode=maybe", "postgres://u@h/d?x=1"] {
            #expect(throws: StoreError.self, "\(bad)") { try PostgresURL(bad) }
        }
        do {
            _ = try PostgresURL("postgres://u:secret@h/d")
        } catch let error as StoreError {
            #expect(error.message.contains("PGPASSWORD") && !error.message.contains("secret"))
        }
    }

    @Test func passwordComesFromTheEnvironmentOrPgpass() throws {
        let url = try PostgresURL("postgres://checker@db:5432/claims")
        #expect(url.password(environment: ["PGPASSWORD": "s3"]) == "s3")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try Data("other:5432:*:checker:no\ndb:*:claims:checker:pa\\:ss\n".utf8).write(to: file)
        #expect(url.password(environment: ["PGPASSFILE": file.path]) == "pa:ss")
        #expect(url.password(environment: ["PGPASSFILE": "/nonexistent"]) == nil)
    }

    @Test func anUnreachableServerIsAOneLineError() throws {
        do {
            _ = try PostgresStore.open(url: "postgres://nobody@127.0.0.1:1/claims?sslmode=disable")
            Issue.record("opened a store on a closed port")
        } catch let error as StoreError {
            #expect(error.message.hasPrefix("cannot open store postgres://nobody@127.0.0.1:1/claims"))
            #expect(!error.message.contains("\n"))
        }
    }

    @Test(.enabled(if: PostgresTestServer.url != nil, "needs CLAIMCHECK_TEST_POSTGRES"))
    func aNewerSchemaAndForeignDatabasesAreRefused() throws {
        let url = try PostgresTestServer.freshDatabase()
        do {
            let store = try PostgresStore.open(url: url)
            try store.link.execute("INSERT INTO claimcheck_migrations (identifier) VALUES ('v99')")
        }
        #expect(throws: StoreError.self) { try PostgresStore.open(url: url) }
        let foreign = try PostgresTestServer.freshDatabase()
        let link = PostgresLink(url: try PostgresURL(foreign))
        try link.execute("CREATE TABLE recipes (name TEXT)")
        link.close()
        do {
            _ = try PostgresStore.open(url: foreign)
            Issue.record("opened a foreign database")
        } catch let error as StoreError {
            #expect(error.message.contains("not a claimcheck store"))
        }
    }

    @Test(.enabled(if: PostgresTestServer.url != nil, "needs CLAIMCHECK_TEST_POSTGRES"))
    func aCommandRetriedAfterADroppedConnectionIsAppliedOnce() throws {
        let store = try PostgresStore.open(url: try PostgresTestServer.freshDatabase())
        _ = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        // The server ends the session between commands: the next command reconnects.
        let pid = try #require(try store.link.int("SELECT pg_backend_pid()"))
        let admin = PostgresLink(url: try PostgresURL(try #require(PostgresTestServer.url)))
        try admin.execute("SELECT pg_terminate_backend(CAST($1 AS integer))", [pid])
        admin.close()
        _ = try store.addEvidence(NewEvidence(claimID: 1, stance: .supports, source: "s"), author: "t")
        #expect(try store.stats().evidence == 1)
        #expect(try store.verifyJournal().entries == 2)
    }

    @Test(.enabled(if: PostgresTestServer.url != nil, "needs CLAIMCHECK_TEST_POSTGRES"))
    func aCommandWhoseCommitAnswerIsLostIsNotAppliedTwice() throws {
        let store = try PostgresStore.open(url: try PostgresTestServer.freshDatabase())
        _ = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        store.afterCommitForTesting = { throw PostgresLink.SimulatedConnectionLoss() }
        do {
            _ = try store.addEvidence(NewEvidence(claimID: 1, stance: .supports, source: "s"), author: "t")
            Issue.record("the lost answer went unnoticed")
        } catch let error as StoreError {
            #expect(error.message.contains("applied once"), "\(error.message)")
        }
        store.afterCommitForTesting = nil
        #expect(try store.stats().evidence == 1)
        #expect(try store.verifyJournal().entries == 2)
    }

    @Test(.enabled(if: PostgresTestServer.url != nil, "needs CLAIMCHECK_TEST_POSTGRES"))
    func aTransactionCutByADroppedConnectionIsRunAgainWhole() throws {
        let url = try PostgresTestServer.freshDatabase()
        let store = try PostgresStore.open(url: url)
        _ = try store.addClaim(NewClaim(statement: "Exports doubled", speaker: "Minister"), author: "t")
        // Another session holds the write lock, so the store's next command waits inside its transaction.
        let holder = PostgresLink(url: try PostgresURL(url))
        try holder.execute("BEGIN")
        try holder.execute("SELECT pg_advisory_xact_lock($1)", [PostgresSchema.writeLock])
        let firstPID = try #require(try store.link.int("SELECT pg_backend_pid()"))
        let outcome = Outcome()
        let worker = Thread {
            outcome.set(Result { try store.addEvidence(NewEvidence(claimID: 1, stance: .supports, source: "s"), author: "t").id })
        }
        worker.start()
        let admin = PostgresLink(url: try PostgresURL(url))
        func waitForLockWaiter(besides pid: Int64?) throws -> Int64 {
            for _ in 0..<200 {
                if let waiter = try admin.int("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted LIMIT 1"),
                   waiter != pid { return waiter }
                usleep(50_000)
            }
            throw StoreError("no session waits for the write lock")
        }
        let waiting = try waitForLockWaiter(besides: nil)
        #expect(waiting == firstPID)
        // The server drops the store's connection mid-transaction: the command reconnects and runs again.
        try admin.execute("SELECT pg_terminate_backend(CAST($1 AS integer))", [waiting])
        _ = try waitForLockWaiter(besides: waiting)
        try holder.execute("COMMIT")
        let id = try outcome.wait().get()
        #expect(id == 1)
        #expect(try store.stats().evidence == 1)
        let check = try store.verifyJournal()
        #expect(check.failure == nil && check.entries == 2)
        holder.close()
        admin.close()
    }
}

/// A result handed from a worker thread to the test.
final class Outcome: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: Result<Int64, any Error>?

    func set(_ result: Result<Int64, any Error>) {
        lock.lock()
        self.result = result
        lock.signal()
        lock.unlock()
    }

    func wait() throws -> Result<Int64, any Error> {
        lock.lock()
        defer { lock.unlock() }
        let deadline = Date().addingTimeInterval(30)
        while result == nil {
            if !lock.wait(until: deadline) { throw StoreError("the command did not finish") }
        }
        return result!
    }
}
