import Foundation

/// Runs the built `claimcheck` binary, as a user would from a shell.
enum CLI {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("package root not found above \(#filePath)")
    }()

    static var binary: URL {
        let env = ProcessInfo.processInfo.environment["CLAIMCHECK_BIN"]
        if let env, !env.isEmpty { return URL(fileURLWithPath: env) }
        for config in ["debug", "release"] {
            let url = packageRoot.appendingPathComponent(".build/\(config)/claimcheck")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("claimcheck is not built: run swift build first")
    }

    static func fixture(_ path: String) -> String { packageRoot.appendingPathComponent("Fixtures/" + path).path }
    static var seed: String { packageRoot.appendingPathComponent("seeds/000_c0b0ef25e89ca8b0.txt").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs claimcheck (or `executable`) with `arguments` in `directory`, feeding `stdin` (no terminal).
    static func run(_ arguments: [String], stdin: String = "", in directory: URL? = nil,
                    environment: [String: String] = [:], executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "CLAIMCHECK_STORE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // A child that stops reading early (an error on a long input) must not kill the test run.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
        try? input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let outBox = DataBox()
        let group = DispatchGroup()
        let outHandle = output.fileHandleForReading
        group.enter()
        DispatchQueue.global().async { outBox.data = outHandle.readDataToEndOfFile(); group.leave() }
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let outData = outBox.data
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    /// A new empty folder for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
