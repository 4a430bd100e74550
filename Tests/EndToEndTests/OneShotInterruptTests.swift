import Foundation
import Testing

/// Ctrl-C stops a one-shot `extract` at once, as it does in the shell.
@Suite struct OneShotInterruptTests {
    @Test func ctrlCStopsAOneShotExtract() throws {
        let dir = try CLI.temporaryDirectory()
        let paragraph = "“We will look at it again in the spring,” Mayor Ann Lee said on Monday of the harbour plan.\n\n"
        let article = dir.appendingPathComponent("long.txt")
        try Data(("Headline\n\n" + String(repeating: paragraph, count: 250_000)).utf8).write(to: article)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["extract", article.path, "--max-size", "100000000", "--format", "json"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Signal a command at work, not one still starting: wait for it to have used processor time.
        let deadline = Date().addingTimeInterval(60)
        while PseudoTerminal.processorSeconds(p.processIdentifier) < 0.5 && p.isRunning && Date() < deadline { usleep(20_000) }
        kill(p.processIdentifier, SIGINT)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 130, "status \(p.terminationStatus): \(message)")
        #expect(message.contains("interrupted"), "\(message)")
        #expect(output.isEmpty, "no claims were printed")
    }
}
