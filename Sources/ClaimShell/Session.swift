import ClaimKit
import Foundation

/// The state shared by the commands of one run: settings, the store (opened when first needed)
/// and the console.
///
/// Owned by the thread that runs commands. The one exception is a termination signal
/// (``end(signal:)``), which touches the session only while it holds ``commandLock``, that is only
/// while no command runs: hence `@unchecked Sendable`.
public final class Session: @unchecked Sendable {
    public struct Settings {
        public var format: OutputFormat = .table
        public var color: Bool
        public var author: String
        public var storePath: String
        public var maxBytes = 20 * 1024 * 1024
        public var org: String?
        /// The command long listings go through on a terminal (`$PAGER`, else `less -FRX`); nil
        /// after `set pager off`.
        public var pager: String? = "less -FRX"
    }

    public var settings: Settings
    public let console: Console
    /// True in the interactive shell (notes and hints are shown; errors have no file:line).
    public var interactive = false
    /// Set by Ctrl-C while a command runs; long commands check it between steps.
    public let interruption = Interruption()
    /// The document `set published` applies to: the last one loaded in this session.
    public var currentDocument: Int64?
    /// Nesting depth of `source`, to stop a file that sources itself.
    var sourceDepth = 0
    /// Set by `quit`/`exit`.
    public var quitRequested = false
    /// The claim matcher, built on first use and kept while the store is unchanged.
    public let matching = StoreMatching()

    private var opened: (any ClaimStore)?
    /// Whether `opened` was opened for reading only (an SQLite file then is opened read-only).
    private var openedForReading = false
    private var emptyStore: (any ClaimStore)?
    /// Held while a command runs (recursive: `source` runs commands inside a command).
    let commandLock = NSRecursiveLock()

    public init(settings: Settings, console: Console) {
        self.settings = settings
        self.console = console
    }

    /// The store for reading: the store file (or PostgreSQL store) when it exists, else an empty
    /// store in memory, so that reading never creates a file.
    public func storeForReading() throws -> any ClaimStore {
        if let opened { return opened }
        if let store = try StoreLocation.open(settings.storePath, create: false, readOnly: true) {
            opened = store
            openedForReading = !StoreLocation.isPostgres(settings.storePath)
            interruption.watch(store)
            return store
        }
        if let emptyStore { return emptyStore }
        let store = try StoreLocation.empty()
        emptyStore = store
        return store
    }

    /// The store for writing, created on first write (a store opened for reading is reopened).
    public func storeForWriting() throws -> any ClaimStore {
        if let opened, !openedForReading { return opened }
        if opened != nil { close() }
        let store = try StoreLocation.open(settings.storePath, create: true)!
        opened = store
        openedForReading = false
        interruption.watch(store)
        emptyStore = nil
        return store
    }

    /// Closes the store, so that an SQLite store's write-ahead log is checkpointed into the file
    /// and removed: after it the store file alone holds everything. Every way out of a run ends here.
    public func close() {
        commandLock.lock()
        defer { commandLock.unlock() }
        guard let store = opened else { return }
        opened = nil
        do {
            try store.close()
        } catch let error as StoreError {
            console.error("warning: \(error.message)")
        } catch {
            console.error("warning: \(error)")
        }
    }

    /// Closes the store and deletes its file (SQLite only): for a store this run created and then
    /// could not fill (a failed import).
    func removeStoreFile() {
        close()
        StoreLocation.removeFile(settings.storePath)
    }

    /// A termination signal (SIGTERM, SIGHUP): between commands the store is closed and the process
    /// ends at once with 128 + the signal's number; during a command the command is interrupted (its
    /// transaction rolls back) and the run ends after it, through ``close()``.
    func end(signal number: Int32) {
        interruption.terminate(signal: number)
        if commandLock.try() {
            close()
            console.flush()
            exit(128 + number)
        }
    }

    /// The exit status of a run that an interruption stopped: 130 for Ctrl-C, 128 + N for signal N.
    public var interruptedStatus: Int32 { interruption.terminationSignal.map { 128 + $0 } ?? 130 }

    /// Whether the store file exists (without creating it); a PostgreSQL store always does.
    public var storeExists: Bool {
        opened != nil || StoreLocation.isPostgres(settings.storePath) || FileManager.default.fileExists(atPath: settings.storePath)
    }


    public func renderer(format override: OutputFormat? = nil) -> Renderer {
        let format = override ?? settings.format
        return Renderer(format: format, width: console.width, style: style)
    }

    public var style: Style { Style(enabled: settings.color && console.isTerminal) }

    /// Prints a command's result: through the pager when it is longer than the terminal is high
    /// (as psql and git do), else straight to stdout. Output that is not a terminal never pages.
    public func show(_ text: String) {
        guard let pager = settings.pager, console.isTerminal, let rows = console.height,
              text.utf8.lazy.filter({ $0 == 0x0A }).count >= rows - 1 else {
            console.write(text)
            return
        }
        console.flush()
        if !Pager.run(pager, text: TerminalText.keepingColour(text)) { console.write(text) }
    }

    /// A note for the user: shown interactively (stderr), silent in batch.
    public func note(_ text: String) {
        if interactive { console.error(style.dim(text)) }
    }
}

/// A flag set from a signal handler and read by the running command; setting it also interrupts
/// the store's running statement, whose transaction then rolls back.
public final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private var signal: Int32?
    private var store: (any ClaimStore)?

    /// Set by a termination signal: the run ends after the running command.
    public var terminationSignal: Int32? { lock.lock(); defer { lock.unlock() }; return signal }

    func terminate(signal number: Int32) {
        lock.lock()
        signal = number
        lock.unlock()
        set()
    }

    public var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }

    public func set() {
        lock.lock()
        flag = true
        let target = store
        lock.unlock()
        target?.interrupt()
    }

    /// Clears a Ctrl-C (not a termination, which always ends the run).
    public func clear() { lock.lock(); flag = signal != nil; lock.unlock() }

    /// The store a Ctrl-C interrupts.
    func watch(_ store: any ClaimStore) { lock.lock(); self.store = store; lock.unlock() }
}
