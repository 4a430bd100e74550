import Crypto
import Dispatch
import Foundation

/// Checks hashes in order on a thread of its own, a bounded queue of jobs ahead of the reader that
/// submits them, and remembers the first job that fails (`check` gives its failure). `log verify`
/// runs one for the journal's entries, then one for the tables' rows.
final class HashChecker<Job: Sendable>: @unchecked Sendable {
    private let check: @Sendable (Job, ByteBuffer) -> JournalVerification?
    private let lock = NSLock()
    private var queue: [Job?] = []
    private var next = 0
    private let ready = DispatchSemaphore(value: 0)
    private let room: DispatchSemaphore
    private let stopped = DispatchSemaphore(value: 0)
    private var failure: JournalVerification?
    private var finished = false

    init(depth: Int = 256, check: @escaping @Sendable (Job, ByteBuffer) -> JournalVerification?) {
        self.check = check
        room = DispatchSemaphore(value: depth)
        let thread = Thread { [self] in run() }
        thread.start()
    }

    func submit(_ job: Job) {
        room.wait()
        lock.lock()
        queue.append(job)
        lock.unlock()
        ready.signal()
    }

    /// Waits for every submitted job; the first failure, if any. Later calls return the same.
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
            if let found = check(job, buffer) {
                failed = true
                lock.lock()
                failure = found
                lock.unlock()
            }
        }
    }
}

/// One journal entry's hash to check: the canonical form up to `"payload":`, then the payload and
/// previous hash to escape into it.
struct EntryHashJob: Sendable {
    var seq: Int64
    var head: [UInt8]
    var payload: [UInt8]
    var prev: [UInt8]
    var stored: JournalVerifier.Digest?

    /// The entry's failure when its canonical form does not hash to the stored hash.
    static func check(_ job: EntryHashJob, _ buffer: ByteBuffer) -> JournalVerification? {
        buffer.reset()
        buffer.append(job.head)
        job.payload.withUnsafeBufferPointer { buffer.quote($0) }
        buffer.append(",\"prev\":")
        job.prev.withUnsafeBufferPointer { buffer.quote($0) }
        buffer.append(",\"seq\":")
        buffer.append(int: job.seq)
        buffer.append("}")
        if job.stored != nil && job.stored == buffer.sha256() { return nil }
        return JournalVerification(entries: Int(job.seq), headHash: String(decoding: job.prev, as: UTF8.self),
                                   failure: "journal entry #\(job.seq): its contents do not match its hash (edited outside claimcheck?)")
    }
}

/// Rows of one table to check against the hashes their last journal entries recorded: each row's
/// canonical JSON, one after the other in `bytes`, ending at `ends`.
struct RowHashJob: Sendable {
    var table: String
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var keys: [JournalVerifier.SnapshotKey] = []
    var expected: [JournalVerifier.Digest] = []
    var seqs: [Int64] = []

    var count: Int { ends.count }

    /// The first row whose bytes do not hash to what was recorded: its label and entry.
    func firstMismatch() -> (label: String, seq: Int64)? {
        bytes.withUnsafeBytes { raw in
            var start = 0
            for n in ends.indices {
                let digest = JournalVerifier.Digest(SHA256.hash(data: UnsafeRawBufferPointer(rebasing: raw[start..<ends[n]])))
                if digest != expected[n] { return ("\(table) \(keys[n].text)", seqs[n]) }
                start = ends[n]
            }
            return nil
        }
    }
}
