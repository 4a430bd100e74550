import Foundation

/// Runs a pager (`less -FRX`, `$PAGER`) on text, with the terminal as its output, and waits for it.
enum Pager {
    /// False when the pager could not be started (then the caller prints the text itself).
    static func run(_ command: String, text: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.standardOutput
        process.standardError = FileHandle.standardError
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        process.environment = environment
        do { try process.run() } catch { return false }
        // A pager quit early (q) closes its end: the rest of the text is not wanted.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        // sh exits 127 when the pager itself was not found: print the text instead.
        return !(process.terminationReason == .exit && process.terminationStatus == 127)
    }
}
