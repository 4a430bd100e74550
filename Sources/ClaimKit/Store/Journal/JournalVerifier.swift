import Crypto
import Foundation

/// `log verify` as one streaming pass, the same on every engine: the journal and then every
/// journaled table are read through a ``RowCursor`` (on SQLite, the raw statement), and the
/// canonical JSON that is hashed is written straight into a reused byte buffer (``ByteBuffer``,
/// never through `JSONValue` or `String`), so the pass runs at hundreds of thousands of rows a
/// second; entry hashes, then row hashes, are checked on a thread of their own (``HashChecker``) and payloads read
/// by a small scanner (``PayloadScanner``). It hashes exactly the bytes ``JournalEntry/canonicalForm`` and
/// ``RowSnapshot`` produce; text that is not plain ASCII takes the slow `String` path, and a
/// payload the small scanner below cannot read is parsed by `JSONSerialization`, as before.
/// What each table must hold is kept in arrays indexed by row id (the ids are dense), not in a
/// dictionary of strings.
struct JournalVerifier {
    let session: any StoreSession

    /// A SHA-256 digest as four words (compared, not printed).
    struct Digest: Equatable, Sendable {
        var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0
        init() {}
        init(_ digest: SHA256.Digest) {
            self = digest.withUnsafeBytes { raw in
                var x = Digest()
                x.a = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                x.b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                x.c = raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                x.d = raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                return x
            }
        }
        /// From 64 lowercase hex digits, else nil.
        init?(hex: UnsafeBufferPointer<UInt8>) {
            guard hex.count == 64 else { return nil }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for w in 0..<4 {
                // Bytes in memory order, as loadUnaligned reads a digest (little-endian words).
                var word: UInt64 = 0
                for k in 0..<8 {
                    let i = (w * 8 + k) * 2
                    let hi = Digest.nibbles[Int(hex[i])], lo = Digest.nibbles[Int(hex[i + 1])]
                    guard hi | lo < 16 else { return nil }
                    word |= UInt64(hi << 4 | lo) << (8 * UInt64(k))
                }
                switch w {
                case 0: words.0 = word
                case 1: words.1 = word
                case 2: words.2 = word
                default: words.3 = word
                }
            }
            a = words.0; b = words.1; c = words.2; d = words.3
        }
        /// Each byte's value as a lowercase hex digit, else 0xFF.
        static let nibbles: [UInt8] = (0...255).map { c in
            switch c {
            case 0x30...0x39: return UInt8(c - 0x30)
            case 0x61...0x66: return UInt8(c - 0x61 + 10)
            default: return 0xFF
            }
        }
    }

    /// What the journal last recorded for one row.
    struct Expected {
        enum State: UInt8 { case none, hash, absent, unreadable, matched }
        var state: State = .none
        var seq: Int64 = 0
        var digest = Digest()
    }

    /// Expected rows of one table: integer keys in an array (dense ids), other keys by their text.
    struct TableExpectations {
        var dense: [Expected] = []
        var denseLimit: Int64 = 0
        var sparse: [String: Expected] = [:]

        mutating func record(_ key: SnapshotKey, _ e: Expected) {
            if case .int(let i) = key, i >= 0, i < denseLimit {
                let index = Int(i)
                if index >= dense.count { dense.append(contentsOf: repeatElement(Expected(), count: max(index + 1 - dense.count, dense.count / 2))) }
                dense[index] = e
            } else {
                sparse[key.text] = e
            }
        }

        /// Takes the expectation for a row (marking it seen); nil when the journal never recorded it.
        mutating func take(_ key: SnapshotKey) -> Expected? {
            if case .int(let i) = key, i >= 0, i < denseLimit {
                let index = Int(i)
                guard index < dense.count, dense[index].state != .none, dense[index].state != .matched else { return nil }
                let e = dense[index]
                dense[index].state = .matched
                return e
            }
            guard let e = sparse.removeValue(forKey: key.text) else { return nil }
            return e
        }
    }

    enum SnapshotKey {
        case int(Int64)
        case text(String)
        /// As the journal writes keys: integers bare, strings quoted.
        var text: String {
            switch self {
            case .int(let i): return String(i)
            case .text(let s): return s
            }
        }
    }

    func verify() throws -> JournalVerification {
        var expected: [String: TableExpectations] = [:]
        for (table, key) in ChangeSet.tables {
            var t = TableExpectations()
            if key == "id" {
                let counts = try session.row("SELECT count(*) AS n, max(id) AS top FROM \(table)")
                let count = try counts?.optInt("n") ?? 0
                let maxID = try counts?.optInt("top") ?? 0
                // Dense when the ids are: room for the rows and some deleted ones.
                // (Written so that a damaged id, negative or near Int64.max, cannot overflow.)
                let dense = maxID >= 0 && maxID <= 2 * count + 4096
                t.denseLimit = dense ? maxID + 4096 : 0
                t.dense.reserveCapacity(dense ? Int(maxID + 1) : 0)
            }
            expected[table] = t
        }
        let buffer = ByteBuffer()
        var prev = [UInt8](JournalEntry.genesis.utf8)
        var count = 0

        let hasher = HashChecker<EntryHashJob>(check: EntryHashJob.check)
        defer { _ = hasher.finish() }
        let journal = try session.cursor("SELECT seq, at, author, action, ids, payload, prev_hash, hash FROM journal ORDER BY seq")
        while try journal.next() {
            count += 1
            let seq = journal.int(0)
            func failEntry(_ why: String) -> JournalVerification {
                // An entry before this one whose hash does not match is the first failure.
                if let earlier = hasher.finish() { return earlier }
                return JournalVerification(entries: count, headHash: String(decoding: prev, as: UTF8.self), failure: "journal entry #\(seq): \(why)")
            }
            if seq != Int64(count) {
                return failEntry(seq > Int64(count) ? "entry #\(count) is missing (deleted?)" : "out of sequence (expected #\(count))")
            }
            let prevHash = journal.text(6)
            if !prevHash.elementsEqual(prev) {
                return failEntry("does not follow the entry before it (previous hash differs: inserted, deleted or reordered?)")
            }
            // The canonical form: {"action":..,"at":..,"author":..,"ids":[..],"payload":"..","prev":"..","seq":N}
            // The canonical form {"action":..,"at":..,"author":..,"ids":[..],"payload":"..","prev":"..","seq":N}
            // is escaped and hashed on a second thread (most of the pass's work); this one reads
            // on and replays the snapshots.
            buffer.reset()
            buffer.append("{\"action\":"); buffer.quote(journal.text(3))
            buffer.append(",\"at\":"); buffer.quote(journal.text(1))
            buffer.append(",\"author\":"); buffer.quote(journal.text(2))
            buffer.append(",\"ids\":[")
            let idsText = journal.text(4)
            let idsStart = buffer.count
            if !buffer.appendStringArray(json: idsText) {
                for (i, id) in decodeStrings(String(decoding: idsText, as: UTF8.self)).enumerated() {
                    if i > 0 { buffer.append(",") }
                    buffer.quote(string: id)
                }
            }
            // The hash covers the list of ids, so the stored text must be that list exactly as
            // claimcheck writes it ("[]" edited to "0]" still decodes to no ids).
            if !buffer.holdsBracketed(idsText, from: idsStart),
               !JSONValue.array(decodeStrings(String(decoding: idsText, as: UTF8.self)).map { .string($0) }).compact.utf8.elementsEqual(idsText) {
                return failEntry("its ids are not stored as claimcheck writes them (edited outside claimcheck?)")
            }
            buffer.append("],\"payload\":")
            let payload = journal.text(5)
            let storedHash = journal.text(7)
            hasher.submit(EntryHashJob(seq: seq, head: buffer.bytes, payload: Array(payload), prev: Array(prevHash),
                                       stored: Digest(hex: storedHash)))
            // What the entry says it did must agree with the rows it recorded (a few actions; their
            // payloads are small).
            let actionBytes = journal.text(3)
            if actionBytes.count < 24 {
                let action = String(decoding: actionBytes, as: UTF8.self)
                if ChangeSummaryCheck.checks(action),
                   let why = ChangeSummaryCheck.disagreement(action: action, payload: String(decoding: payload, as: UTF8.self)) {
                    return failEntry(why)
                }
            }
            // The row snapshots: table, key and hash of each.
            var snapshots: [(table: String, key: SnapshotKey, hash: UnsafeBufferPointer<UInt8>?, hashText: String?)] = []
            var scanner = PayloadScanner(payload)
            if let found = scanner.rows() {
                for s in found { snapshots.append((s.table, s.key, s.hash, nil)) }
            } else {
                guard let object = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any] else {
                    return failEntry("its payload is not valid JSON")
                }
                for snapshot in object["rows"] as? [[String: Any]] ?? [] {
                    guard let table = snapshot["table"] as? String, let h = snapshot["hash"] as? String, let key = snapshot["key"] else { continue }
                    let k: SnapshotKey
                    switch key {
                    case let s as String: k = .text(JSONValue.string(s).compact)
                    case let n as NSNumber: k = .int(n.int64Value)
                    default: k = .text("\(key)")
                    }
                    snapshots.append((table, k, nil, h))
                }
            }
            for s in snapshots {
                var e = Expected()
                e.seq = seq
                if let h = s.hash {
                    if h.elementsEqual("absent".utf8) { e.state = .absent } else if let d = Digest(hex: h) { e.state = .hash; e.digest = d } else { e.state = .unreadable }
                } else if let h = s.hashText {
                    if h == "absent" { e.state = .absent } else {
                        let d = Array(h.utf8).withUnsafeBufferPointer { Digest(hex: $0) }
                        if let d { e.state = .hash; e.digest = d } else { e.state = .unreadable }
                    }
                }
                if expected[s.table] == nil { expected[s.table] = TableExpectations() }
                expected[s.table]!.record(s.key, e)
            }
            prev = Array(storedHash)
        }
        if let failure = hasher.finish() { return failure }
        let head = String(decoding: prev, as: UTF8.self)
        func fail(_ why: String) -> JournalVerification {
            JournalVerification(entries: count, headHash: head, failure: why)
        }

        // Every row of every journaled table must be the one the journal last recorded. This thread
        // reads the rows and writes their canonical JSON, a batch at a time; another hashes them.
        let entries = count
        let rowHasher = HashChecker<RowHashJob>(depth: 32) { job, _ in
            job.firstMismatch().map { JournalVerification(entries: entries, headHash: head, failure: "\($0.label) differs from what journal entry #\($0.seq) recorded (changed outside claimcheck?)") }
        }
        defer { _ = rowHasher.finish() }
        var job = RowHashJob(table: "")
        func submit() {
            if job.count > 0 {
                job.bytes = buffer.bytes
                rowHasher.submit(job)
            }
            job = RowHashJob(table: job.table)
            buffer.reset()
        }
        /// A failure found on this thread comes after every row before it, whose hashes are checked first.
        func failRow(_ why: String) -> JournalVerification {
            submit()
            return rowHasher.finish() ?? fail(why)
        }
        for (table, keyColumn) in ChangeSet.tables {
            let rows = try session.cursor("SELECT * FROM \(table) ORDER BY \(keyColumn)")
            let names = rows.columnNames
            // Columns in canonical (sorted) order; a document is hashed without its text.
            let order = names.indices.filter { !(table == "document" && names[$0] == "text") }.sorted { names[$0] < names[$1] }
            // Each column's `"name":` prefix, written once.
            let prefixes: [[UInt8]] = order.map { index in
                let b = ByteBuffer(capacity: 64)
                b.quote(string: names[index])
                b.append(":")
                return b.bytes
            }
            // Columns a snapshot leaves out while they are NULL.
            let late = order.map { LateColumns.byTable[table]?.contains(names[$0]) == true }
            let keyIndex = names.firstIndex(of: keyColumn) ?? 0
            let textIndex = names.firstIndex(of: "text")
            let shaIndex = names.firstIndex(of: "sha256")
            var t = expected.removeValue(forKey: table) ?? TableExpectations()
            defer { expected[table] = t }
            job = RowHashJob(table: table)
            buffer.reset()
            while try rows.next() {
                let key: SnapshotKey = rows.kind(keyIndex) == .int ? .int(rows.int(keyIndex)) : .text(rows.value(keyIndex).json.compact)
                guard let recorded = t.take(key) else {
                    return failRow("\(table) \(key.text) is not in the journal (added outside claimcheck?)")
                }
                if recorded.state != .hash {
                    return failRow("\(table) \(key.text) differs from what journal entry #\(recorded.seq) recorded (changed outside claimcheck?)")
                }
                buffer.append("{")
                var first = true
                for n in 0..<order.count {
                    if late[n] && rows.kind(order[n]) == .null { continue }
                    if !first { buffer.append(",") }
                    first = false
                    buffer.append(prefixes[n])
                    buffer.append(cell: rows, order[n])
                }
                buffer.append("}")
                job.ends.append(buffer.count)
                job.keys.append(key)
                job.expected.append(recorded.digest)
                job.seqs.append(recorded.seq)
                if job.count == 512 || buffer.count >= 1 << 18 { submit() }
                // A document's text is not in its snapshot: its SHA-256 (which is) stands for it, so
                // the text must be stored as text (not a BLOB of the same bytes), whole (no NUL byte
                // hiding what follows) and hash to it.
                if table == "document", let textIndex, let shaIndex {
                    let label = "\(table) \(key.text)"
                    guard rows.kind(textIndex) == .text else {
                        return failRow("\(label): its text is not stored as text (changed outside claimcheck?)")
                    }
                    let text = rows.text(textIndex)
                    if text.contains(0) { return failRow("\(label): its text holds a NUL byte (changed outside claimcheck?)") }
                    let digest = SHA256Hex.of(bytes: Array(text))
                    if rows.kind(shaIndex) != .text || !rows.text(shaIndex).elementsEqual(digest.utf8) {
                        return failRow("\(label): its text no longer matches its SHA-256")
                    }
                }
            }
            submit()
        }
        if let failure = rowHasher.finish() { return failure }
        // Rows the journal recorded that are gone.
        var missing: (label: String, seq: Int64)?
        for (table, t) in expected {
            for (i, e) in t.dense.enumerated() where e.state == .hash || e.state == .unreadable {
                if missing == nil || e.seq < missing!.seq { missing = ("\(table)/\(i)", e.seq) }
            }
            for (key, e) in t.sparse where e.state == .hash || e.state == .unreadable {
                if missing == nil || e.seq < missing!.seq { missing = ("\(table)/\(key)", e.seq) }
            }
        }
        if let missing {
            return fail("\(missing.label.replacingOccurrences(of: "/", with: " ")) recorded by journal entry #\(missing.seq) is missing (deleted outside claimcheck?)")
        }
        return JournalVerification(entries: count, headHash: head, failure: nil)
    }
}
