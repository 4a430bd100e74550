import Foundation
import GRDB
import Testing
@testable import ClaimKit

/// The engines the store tests run on: SQLite always; PostgreSQL too when
/// `CLAIMCHECK_TEST_POSTGRES=postgres://USER@HOST:PORT/DB` names a server (each test then gets a
/// new database of its own on it). Without it the tests say that they ran on SQLite only.
enum StoreEngine: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let all: [StoreEngine] = {
        if PostgresTestServer.url != nil { return [.sqlite, .postgres] }
        FileHandle.standardError.write(Data("note: store tests run on SQLite only; set CLAIMCHECK_TEST_POSTGRES=postgres://USER@HOST:PORT/DB to run them on PostgreSQL too\n".utf8))
        return [.sqlite]
    }()

    /// A new, empty store.
    func makeStore() throws -> any ClaimStore {
        switch self {
        case .sqlite:
            return try #require(try SQLiteStore.open(path: try temporaryPath(), create: true))
        case .postgres:
            return try PostgresStore.open(url: try PostgresTestServer.freshDatabase())
        }
    }

    /// Runs SQL behind claimcheck's back (to tamper with a store).
    func execute(_ store: any ClaimStore, _ sql: String) throws {
        switch self {
        case .sqlite:
            try (store as! SQLiteStore).db.write { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: sql)
            }
        case .postgres:
            try (store as! PostgresStore).link.execute(sql)
        }
    }
}

enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["CLAIMCHECK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Creates a new database on the test server and returns its URL.
    static func freshDatabase() throws -> String {
        let base = try PostgresURL(try #require(url, "CLAIMCHECK_TEST_POSTGRES is not set"))
        let link = PostgresLink(url: base)
        let name = "cc_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        do {
            try link.execute("CREATE DATABASE \(name)")
        } catch {
            throw StoreError("cannot create a test database on \(base.display): \(PostgresLink.describe(error))")
        }
        link.close()
        return "postgres://\(base.user)@\(base.host):\(base.port)/\(name)?sslmode=\(base.tls.rawValue)"
    }
}

/// A path named `name` in a new, empty folder of its own under the temporary directory.
func temporaryPath(_ name: String = "store.db") throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimkit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
}
