import Foundation
import Testing

/// Where an export may go: a regular file is replaced whole (keeping its permissions, through a
/// symbolic link without replacing the link); a FIFO or a device is written to, never replaced.
/// Each target is made in the test's own folder, never the system's /dev.
@Suite struct ExportTargetTests {
    private func seededStore() throws -> (URL, String) {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", CLI.seed, "--published", "2025-04-17"]).status == 0)
        return (dir, store)
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode
    }

    @Test func aFIFOIsWrittenToAndStaysAFIFO() throws {
        let (dir, store) = try seededStore()
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        let r = try CLI.run(["--store", store, "export", "csv", fifo])
        #expect(r.status == 0, "\(r.stderr)")
        let received = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        reader.waitUntilExit()
        #expect(received.hasPrefix("id,document,speaker"), "the reader got the CSV: \(received.prefix(80))")
        #expect(mode(fifo) & S_IFMT == S_IFIFO, "still a FIFO")
        #expect(try !FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.hasSuffix(".tmp") })
    }

    @Test(.enabled(if: getuid() == 0, "making device nodes needs root")) func aDeviceIsWrittenToAndStaysADevice() throws {
        let (dir, store) = try seededStore()
        let null = dir.appendingPathComponent("null").path, full = dir.appendingPathComponent("full").path
        #expect(mknod(null, S_IFCHR | 0o666, makedev(1, 3)) == 0)
        #expect(mknod(full, S_IFCHR | 0o666, makedev(1, 7)) == 0)
        var r = try CLI.run(["--store", store, "export", "json", null])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(mode(null) & S_IFMT == S_IFCHR, "still a device")
        r = try CLI.run(["--store", store, "export", "json", full])
        #expect(r.status == 1 && r.stderr.contains("No space left on device"), "a full device is an error: \(r.stderr)")
        #expect(!r.stdout.contains("wrote"))
        #expect(mode(full) & S_IFMT == S_IFCHR, "still a device")
    }

    private func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
        dev_t((major & 0xfff) << 8 | (minor & 0xff) | ((minor & ~0xff) << 12))
    }

    @Test func aRegularFileKeepsItsModeAndALinkStaysALink() throws {
        let (dir, store) = try seededStore()
        let report = dir.appendingPathComponent("report.md").path
        try "old".write(toFile: report, atomically: false, encoding: .utf8)
        #expect(chmod(report, 0o600) == 0)
        let link = dir.appendingPathComponent("latest.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "report.md")
        let r = try CLI.run(["--store", store, "export", "markdown", link])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(mode(link) & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(mode(report) & 0o777 == 0o600, "the file keeps its mode: \(String(mode(report) & 0o777, radix: 8))")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("# Fact-check"), "the report replaced the old text")
        // "-" is stdout.
        let out = try CLI.run(["--store", store, "export", "csv", "-"])
        #expect(out.stdout.hasPrefix("id,document"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("-").path))
    }
}
