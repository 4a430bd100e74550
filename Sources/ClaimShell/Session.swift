import ClaimKit
import Foundation

/// The state shared by the commands of one run: settings, the store (opened when first needed)
/// and the console.
public final class Session {
    public struct Settings {
        public var format: OutputFormat = .table
        public var color: Bool
        public var author: String
        public var storePath: String
        public var maxBytes = 20 * 1024 * 1024
        public var org: String?
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

    private var opened: (any ClaimStore)?
    private var emptyStore: (any ClaimStore)?

    public init(settings: Settings, console: Console) {
        self.settings = settings
        self.console = console
    }

    /// The store for reading: the store file (or PostgreSQL store) when it exists, else an empty
    /// store in memory, so that reading never creates a file.
    public func storeForReading() throws -> any ClaimStore {
        if let opened { return opened }
        if let store = try StoreLocation.open(settings.storePath, create: false) {
            opened = store
            interruption.watch(store)
            return store
        }
        if let emptyStore { return emptyStore }
        let store = try SQLiteStore.inMemory()
        emptyStore = store
        return store
    }

    /// The store for writing, created on first write.
    public func storeForWriting() throws -> any ClaimStore {
        if let opened { return opened }
        let store = try StoreLocation.open(settings.storePath, create: true)!
        opened = store
        interruption.watch(store)
        emptyStore = nil
        return store
    }

    /// Whether the store file exists (without creating it); a PostgreSQL store always does.
    public var storeExists: Bool {
        opened != nil || StoreLocation.isPostgres(settings.storePath) || FileManager.default.fileExists(atPath: settings.storePath)
    }


    public func renderer(format override: OutputFormat? = nil) -> Renderer {
        let format = override ?? settings.format
        return Renderer(format: format, width: console.width, style: style)
    }

    public var style: Style { Style(enabled: settings.color && console.isTerminal) }

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
    private var store: (any ClaimStore)?

    public var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }

    public func set() {
        lock.lock()
        flag = true
        let target = store
        lock.unlock()
        target?.interrupt()
    }

    public func clear() { lock.lock(); flag = false; lock.unlock() }

    /// The store a Ctrl-C interrupts.
    func watch(_ store: any ClaimStore) { lock.lock(); self.store = store; lock.unlock() }
}
