import Foundation

/// How a store on a server runs a transaction whose connection can drop or which can lose to
/// another writer, written once for any such engine: a serialization failure or deadlock reruns it
/// whole; a lost connection reconnects and reruns it only if the command's token shows it did not
/// commit, so a command is never applied twice; an interrupt ends it, saying whether the change was
/// kept. The engine tells its errors apart and reaches its server (``Engine``).
final class TransactionReruns: @unchecked Sendable {
    /// What the engine supplies.
    struct Engine {
        let isConnectionLoss: (any Error) -> Bool
        /// A failure after which the whole transaction can run again (serialization, deadlock).
        let isRetryable: (any Error) -> Bool
        let describe: (any Error) -> String
        let connect: () throws -> Void
        /// Drops the connection; the server rolls back whatever did not commit.
        let disconnect: () -> Void
        /// Ends a failed transaction on a connection that is still there.
        let rollback: () -> Void
        /// Whether the write that carried this token committed.
        let committed: (_ token: String) throws -> Bool
    }

    private let location: String
    private let engine: Engine
    private let lock = NSLock()
    private var interrupted = false

    init(location: String, engine: Engine) {
        self.location = location
        self.engine = engine
    }

    /// Marks the running transaction as interrupted (its connection is dropped by the caller).
    func interrupt() { lock.withLock { interrupted = true } }

    private func takeInterrupted() -> Bool {
        lock.withLock { defer { interrupted = false }; return interrupted }
    }

    /// Runs `attempt` until it succeeds or fails for good. `token` is the same for every attempt:
    /// a write leaves it with its commit. A body that has already streamed output cannot run again
    /// (`retry` false).
    func run<T>(writes: Bool, retry: Bool, _ attempt: (_ token: String) throws -> T) throws -> T {
        let token = UUID().uuidString
        var attempts = 0
        _ = takeInterrupted()
        while true {
            attempts += 1
            do {
                return try attempt(token)
            } catch {
                if takeInterrupted() {
                    engine.disconnect()
                    // The server rolls back a transaction whose connection closes, unless its COMMIT got there first.
                    if writes, (try? engine.connect()) != nil, (try? engine.committed(token)) == true {
                        throw StoreError("store \(location): interrupted just after the change was committed; it was kept (see `log`)")
                    }
                    throw StoreError("store \(location): interrupted; the change was rolled back")
                }
                if engine.isConnectionLoss(error) {
                    engine.disconnect()
                    guard retry else {
                        throw StoreError("store \(location): the connection was lost (\(engine.describe(error)))")
                    }
                    guard attempts < 4 else {
                        throw StoreError("store \(location): the connection keeps dropping (\(engine.describe(error))); nothing from this change was kept")
                    }
                    usleep(UInt32(200_000 * attempts))
                    try engine.connect()
                    if writes, try engine.committed(token) {
                        throw StoreError("store \(location): the connection dropped just after the change was committed; it was applied once (see `log`)")
                    }
                    continue
                }
                engine.rollback()
                if engine.isRetryable(error), retry, attempts < 10 {
                    usleep(UInt32.random(in: 1_000...20_000))
                    continue
                }
                if let storeError = error as? StoreError { throw storeError }
                throw StoreError("store \(location): \(engine.describe(error))")
            }
        }
    }
}
