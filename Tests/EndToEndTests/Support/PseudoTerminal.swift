import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `claimcheck` on a pseudo-terminal, so the interactive shell, its line editing,
/// completion and Ctrl-C are tested as a person meets them.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private(set) var screen = ""

    init(arguments: [String], environment: [String: String] = [:], directory: URL? = nil, columns: UInt16 = 120) throws {
        // posix_openpt and friends are not visible from Swift's Glibc module: do what they do on Linux.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw POSIXError(.ENOTTY) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        let slavePath = "/dev/pts/\(number)"
        guard let slave = FileHandle(forUpdatingAtPath: slavePath) else { throw POSIXError(.ENOTTY) }
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave.fileDescriptor, UInt(TIOCSWINSZ), &size)
        process.executableURL = CLI.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = "1"
        env["HOME"] = env["HOME"] ?? "/tmp"
        // Long listings would wait in less for a key: the tests page through cat unless they say otherwise.
        env["PAGER"] = "cat"
        env.removeValue(forKey: "CLAIMCHECK_STORE")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try slave.close()
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Reads what the program printed until `text` appears (or the timeout passes).
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let n = read(master, &buffer, buffer.count)
            if n > 0 {
                screen += String(decoding: buffer[0..<n], as: UTF8.self)
                if screen.contains(text) { return true }
            } else {
                if screen.contains(text) { return true }
                if !process.isRunning && n <= 0 { return screen.contains(text) }
                usleep(10_000)
            }
        }
        return screen.contains(text)
    }

    /// Waits for the prompt to appear `count` times in total, then a moment more (keys sent the
    /// same instant as a prompt can be swallowed).
    func waitForPrompt(count: Int) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if prompts >= count { usleep(50_000); return true }
            waitFor("\u{0}", timeout: 0.05)
        }
        return false
    }

    var prompts: Int { screen.components(separatedBy: "claimcheck> ").count - 1 }

    /// Sends SIGINT as the terminal does for Ctrl-C while a command runs (the test's pseudo-terminal
    /// is not the child's controlling terminal, so the key alone would not raise the signal).
    func interrupt() { kill(process.processIdentifier, SIGINT) }

    /// Sends `number` (SIGTERM, SIGHUP ...) to the program, as `kill` or a closing terminal would.
    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Sends `keys` and waits until the terminal shows more than it did before (the line editor has
    /// taken them and drawn its answer, such as a Tab completion), instead of sleeping a fixed time.
    @discardableResult
    func type(_ keys: String, timeout: TimeInterval = 10) -> Bool {
        let before = screen.utf8.count
        send(keys)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.utf8.count > before { return true }
            waitFor("\u{0}", timeout: 0.05)
        }
        return false
    }

    /// The processor time (user and system) the program has used so far.
    var processorSeconds: Double { PseudoTerminal.processorSeconds(process.processIdentifier) }

    /// Waits until the program has spent `seconds` more processor time than `start`, so that a
    /// signal reaches a command that is really at work, however busy the machine is.
    @discardableResult
    func waitForWork(seconds: Double, since start: Double, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline && process.isRunning {
            if processorSeconds - start >= seconds { return true }
            waitFor("\u{0}", timeout: 0.02)
        }
        return false
    }

    /// The processor time a process has used, from /proc/PID/stat (0 when it cannot be read).
    static func processorSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        // After "pid (name)": state is field 3, utime field 14, stime field 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits for the program to end; returns its exit status.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            waitFor("\u{0}", timeout: 0.05)
        }
        return process.isRunning ? nil : process.terminationStatus
    }
}
