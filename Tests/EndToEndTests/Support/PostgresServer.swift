import Foundation

/// The PostgreSQL server the end-to-end tests use, from `CLAIMCHECK_TEST_POSTGRES`
/// (postgres://USER@HOST:PORT/DB); each test makes a database of its own with psql.
enum PostgresServer {
    static let url: String? = ProcessInfo.processInfo.environment["CLAIMCHECK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// Creates a new database and returns its URL.
    static func freshDatabase() throws -> String {
        guard let url else { throw Failure("CLAIMCHECK_TEST_POSTGRES is not set") }
        let name = "cc_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        _ = try psql(url, "CREATE DATABASE \(name)")
        var components = URLComponents(string: url)!
        components.path = "/" + name
        return components.string!
    }

    /// Runs one SQL statement with psql and returns its unaligned, tuples-only output.
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("psql failed on \(url): \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
