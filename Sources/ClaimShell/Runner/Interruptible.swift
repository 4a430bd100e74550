import Foundation

extension Session {
    /// Runs `work` (reading and extracting an article, which cannot stop half-way) on a thread of
    /// its own and waits for it, so that Ctrl-C stops the command at once: the command fails with
    /// "interrupted" and the unfinished work's result is dropped when it ends.
    func interruptibly<T: Sendable>(_ work: @escaping @Sendable () throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let thread = Thread { outcome.finish(Result { try work() }) }
        // Extraction recurses on nested markup: the main thread's stack size, not a secondary thread's.
        thread.stackSize = 16 << 20
        thread.start()
        while true {
            if let result = outcome.wait(seconds: 0.05) { return try result.get() }
            if interruption.isSet { throw ShellError("interrupted") }
        }
    }
}

/// The result a worker thread hands back.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Result<T, any Error>?

    func finish(_ result: Result<T, any Error>) {
        lock.lock()
        self.result = result
        lock.unlock()
        done.signal()
    }

    func wait(seconds: Double) -> Result<T, any Error>? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return result
    }
}
