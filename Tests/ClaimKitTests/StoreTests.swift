import Foundation
import GRDB
import Testing
@testable import ClaimKit

@Suite struct StoreTests {
    @Test func openingWithoutCreateMakesNoFile() throws {
        let path = try temporaryPath()
        #expect(try SQLiteStore.open(path: path, create: false) == nil)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func newStoreIsMigratedToTheLatestSchemaInWALMode() throws {
        let path = try temporaryPath()
        let store = try #require(try SQLiteStore.open(path: path, create: true))
        #expect(try store.stats().schemaVersion == SchemaDialect.sqlite.version)
        let mode = try store.db.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let fk = try store.db.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(fk == 1)
    }

    /// Refused however it is opened (to write, to create, to read), with every byte of the file kept:
    /// a read-write open would set up WAL mode, which rewrites the header.
    @Test func aStoreFromANewerVersionIsRefusedWithEveryByteKept() throws {
        let path = try temporaryPath()
        let store = try #require(try SQLiteStore.open(path: path, create: true))
        try store.db.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        try store.close()
        func digest() throws -> String { SHA256Hex.of(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))) }
        let before = try digest()
        for (create, readOnly) in [(false, false), (true, false), (false, true)] {
            #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: create, readOnly: readOnly) }
            do {
                _ = try SQLiteStore.open(path: path, create: create, readOnly: readOnly)
            } catch let error as StoreError {
                #expect(error.message.contains("newer claimcheck"))
            }
            #expect(try digest() == before, "create: \(create), read-only: \(readOnly)")
        }
        for suffix in ["-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: path + suffix)) }
    }

    @Test func anEmptyFileIsLeftAloneByAReadAndBecomesAStoreOnWrite() throws {
        // An empty file has no migrations applied: opening it to read writes nothing into it; opening
        // it to write brings it to the latest schema.
        let path = try temporaryPath()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try SQLiteStore.open(path: path, create: false) == nil)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        let store = try #require(try SQLiteStore.open(path: path, create: true))
        #expect(try store.stats().schemaVersion == SchemaDialect.sqlite.version)
    }

    @Test func foreignSQLiteDatabasesAndOtherFilesAreRefused() throws {
        let path = try temporaryPath()
        do {
            let q = try DatabaseQueue(path: path)
            try q.write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        }
        #expect(throws: StoreError.self) { try SQLiteStore.open(path: path, create: true) }
        let text = try temporaryPath("notes.txt")
        try Data("hello".utf8).write(to: URL(fileURLWithPath: text))
        #expect(throws: StoreError.self) { try SQLiteStore.open(path: text, create: true) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "hello")
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        let store = try #require(try SQLiteStore.open(path: try temporaryPath(), create: true))
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.db.write { db in
                try JournalEntry.append(db, author: "t", action: "test", ids: [], payload: .null)
                try db.execute(sql: "INSERT INTO speaker (name) VALUES ('x')")
                throw Boom()
            }
        }
        let stats = try store.stats()
        #expect(stats.journalEntries == 0)
        #expect(stats.speakers == 0)
    }

    @Test func emptyInMemoryStoreServesReads() throws {
        let store = try SQLiteStore.inMemory()
        #expect(try store.documents().isEmpty)
        #expect(try store.claims(ClaimFilter()).isEmpty)
    }
}

@Suite struct CivilDateTests {
    @Test func roundTripsDayNumbers() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func validatesAndFormats() {
        #expect(CivilDate(iso: "2025-02-30") == nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2025-04-17T10:00:00Z")?.description == "2025-04-17")
        #expect(CivilDate(iso: "2025-04-17")?.weekdayName == "Thursday")
        #expect(CivilDate(iso: "2025-01-31")?.adding(months: 1).description == "2025-02-28")
    }
}

@Suite struct JSONValueTests {
    @Test func canonicalSortsKeysAndEscapes() {
        let v = JSONValue.object([("b", .int(1)), ("a", .string("x\"\n\u{1}"))])
        #expect(v.canonical == "{\"a\":\"x\\\"\\n\\u0001\",\"b\":1}")
        #expect(v.compact == "{\"b\":1,\"a\":\"x\\\"\\n\\u0001\"}")
    }
}
