import Foundation

/// Reads a list of article files ahead of their use, on all the machine's cores, and hands each
/// result back in the list's order: a folder load stores article i while the next ones are read,
/// decoded and extracted. Each file's result (or error) depends on that file alone, so what the
/// caller sees, and in what order, is the same as reading the files one by one.
///
/// At most `window` results wait unclaimed, so memory stays bounded on a large folder. Workers are
/// threads with the main thread's stack size (extraction recurses on nested markup).
public final class ArticleReadAhead: @unchecked Sendable {
    public typealias Read = (extraction: Extraction, fileSHA256: String)

    private let paths: [String]
    private let overrides: ArticleFile.Overrides
    private let maxBytes: Int
    private let window: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var nextToRead = 0
    private var nextToHand = 0
    private var ready: [Int: Result<Read, any Error>] = [:]
    private var cancelled = false

    public init(paths: [String], overrides: ArticleFile.Overrides = ArticleFile.Overrides(),
                maxBytes: Int = 20 * 1024 * 1024, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                window: Int = 16) {
        self.paths = paths
        self.overrides = overrides
        self.maxBytes = maxBytes
        self.window = max(1, window)
        for _ in 0..<max(1, min(workers, paths.count)) {
            let thread = Thread { [self] in work() }
            thread.stackSize = 16 << 20
            thread.start()
        }
    }

    /// The result for `paths[index]`, where `index` is the next one not yet taken (results are taken
    /// in order). Nil when it is not ready within `seconds` (ask again), so a caller can notice an
    /// interruption while it waits.
    public func take(_ index: Int, waitingAtMost seconds: Double) -> Result<Read, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        precondition(index == nextToHand, "ArticleReadAhead: results are taken in order")
        let deadline = Date(timeIntervalSinceNow: seconds)
        while ready[index] == nil {
            if !condition.wait(until: deadline) && ready[index] == nil { return nil }
        }
        nextToHand += 1
        condition.broadcast()
        return ready.removeValue(forKey: index)
    }

    /// The result for `paths[index]`, waiting as long as it takes.
    public func take(_ index: Int) -> Result<Read, any Error> {
        while true {
            if let result = take(index, waitingAtMost: 3600) { return result }
        }
    }

    /// Stops reading further files; a file being read is finished and dropped.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while !cancelled, nextToRead < paths.count, nextToRead >= nextToHand + window { condition.wait() }
            if cancelled || nextToRead >= paths.count {
                condition.unlock()
                return
            }
            let index = nextToRead
            nextToRead += 1
            condition.unlock()

            let result = Result { try ArticleFile.read(path: paths[index], overrides: overrides, maxBytes: maxBytes) }

            condition.lock()
            if !cancelled { ready[index] = result }
            condition.broadcast()
            condition.unlock()
        }
    }
}
