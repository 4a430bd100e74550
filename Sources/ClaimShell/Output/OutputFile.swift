import Foundation

/// Where an export goes: stdout; a regular file (new, or replaced whole) written through a
/// temporary file renamed into place, so a failed or interrupted export leaves no partial file and
/// an existing file keeps its permissions; or anything else that exists and is not a regular file
/// (a FIFO, a device such as /dev/null, a terminal), which is written to as it is, never replaced.
/// A symbolic link is followed: the file it points to is replaced, the link stays.
final class OutputFile {
    private enum Target {
        case standardOutput
        /// A temporary file beside `final`, renamed over it by ``commit()``.
        case replace(final: String, temporary: String)
        /// An existing FIFO, device or socket, opened for writing.
        case stream
    }

    private let path: String?
    private let target: Target
    private let handle: FileHandle?
    private let console: Console
    private var committed = false

    /// `path` nil or "-" is stdout.
    init(path: String?, console: Console) throws {
        self.console = console
        guard let path, path != "-" else {
            self.path = nil
            target = .standardOutput
            handle = nil
            return
        }
        self.path = path
        func failure(_ code: Int32 = errno) -> ShellError {
            ShellError("cannot write \(path): \(String(cString: strerror(code)))")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw ShellError("\(path) is a folder; give a file name")
            case S_IFREG:
                break
            default:
                let fd = open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw failure() }
                target = .stream
                handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
                return
            }
        }
        // A regular file or a new one: the temporary file goes beside the real file (through any
        // symbolic link), so that the rename replaces the file and not the link.
        let final = OutputFile.resolvingLinks(path)
        let url = URL(fileURLWithPath: final)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let existingMode: mode_t? = stat(final, &info) == 0 ? info.st_mode & 0o7777 : nil
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_CLOEXEC, existingMode ?? 0o666)
        guard fd >= 0 else { throw failure() }
        if let existingMode {
            // The umask narrowed the mode open() gave; an existing file's own mode is kept whole.
            fchmod(fd, existingMode)
            if getuid() == 0 { _ = fchown(fd, info.st_uid, info.st_gid) }
        }
        target = .replace(final: final, temporary: temporary)
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// The path a chain of symbolic links ends at (the path itself when it is not a link).
    private static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = destination.hasPrefix("/") ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return current
    }

    /// Output not yet written: exports come in many small pieces (a row each), written in
    /// blocks of a few hundred kilobytes rather than one system call a row.
    private var pending: [UInt8] = []
    private static let block = 1 << 18

    func write(_ text: String) throws {
        guard handle != nil else { console.write(text); return }
        pending.append(contentsOf: text.utf8)
        if pending.count >= OutputFile.block { try flush() }
    }

    private func flush() throws {
        guard let handle, !pending.isEmpty else { return }
        do {
            try handle.write(contentsOf: pending)
            pending.removeAll(keepingCapacity: true)
        } catch {
            throw ShellError("cannot write \(path!): \(OutputFile.describe(error))")
        }
    }

    func commit() throws {
        guard let handle, let path else { return }
        try flush()
        do {
            if case .replace = target { try handle.synchronize() }
            try handle.close()
        } catch {
            throw ShellError("cannot write \(path): \(OutputFile.describe(error))")
        }
        if case .replace(let final, let temporary) = target {
            guard rename(temporary, final) == 0 else {
                throw ShellError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
        }
        committed = true
    }

    private static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    deinit {
        if !committed, case .replace(_, let temporary) = target {
            try? handle?.close()
            unlink(temporary)
        }
    }
}
