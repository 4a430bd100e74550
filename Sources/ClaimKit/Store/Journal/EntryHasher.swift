import Dispatch
import Foundation

/// One journal entry's hash to check: the canonical form up to `"payload":`, then the payload and
/// previous hash to escape into it.
struct EntryHashJob: Sendable {
    var seq: Int64
    var head: [UInt8]
    var payload: [UInt8]
    var prev: [UInt8]
    var stored: JournalVerifier.Digest?
}

/// Checks entry hashes in order on a thread of its own, a bounded queue ahead of the reader.
/// Remembers the first entry whose hash does not match.
final class EntryHasher: @unchecked Sendable {
    private let lock = NSLock()
    private var queue: [EntryHashJob?] = []
    private var next = 0
    private let ready = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: 256)
    private let stopped = DispatchSemaphore(value: 0)
    private var failure: JournalVerification?
    private var finished = false

    init() {
        let thread = Thread { [self] in run() }
        thread.start()
    }

    func submit(_ job: EntryHashJob) {
        room.wait()
        lock.lock()
        queue.append(job)
        lock.unlock()
        ready.signal()
    }

    /// Waits for every submitted entry; the first failure, if any. Later calls return the same.
    func finish() -> JournalVerification? {
        lock.lock()
        let already = finished
        finished = true
        lock.unlock()
        if !already {
            room.wait()
            lock.lock()
            queue.append(nil)
            lock.unlock()
            ready.signal()
            stopped.wait()
        }
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    private func run() {
        let buffer = ByteBuffer()
        var failed = false
        while true {
            ready.wait()
            lock.lock()
            let job = queue[next]
            queue[next] = nil
            next += 1
            if next > 1024 { queue.removeFirst(next); next = 0 }
            lock.unlock()
            room.signal()
            guard let job else { stopped.signal(); return }
            if failed { continue }
            buffer.reset()
            buffer.append(job.head)
            job.payload.withUnsafeBufferPointer { buffer.quote($0) }
            buffer.append(",\"prev\":")
            job.prev.withUnsafeBufferPointer { buffer.quote($0) }
            buffer.append(",\"seq\":")
            buffer.append(int: job.seq)
            buffer.append("}")
            if job.stored == nil || job.stored != buffer.sha256() {
                failed = true
                lock.lock()
                failure = JournalVerification(entries: Int(job.seq), headHash: String(decoding: job.prev, as: UTF8.self),
                                              failure: "journal entry #\(job.seq): its contents do not match its hash (edited outside claimcheck?)")
                lock.unlock()
            }
        }
    }
}
