import Crypto
import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// `log verify` as one streaming pass: the journal and then every journaled table are read with a
/// raw SQLite statement, and the canonical JSON that is hashed is written straight into a reused
/// byte buffer (never through `JSONValue` or `String`), so the pass runs at hundreds of thousands
/// of rows a second. It hashes exactly the bytes ``JournalEntry/canonicalForm`` and
/// ``RowSnapshot`` produce; text that is not plain ASCII takes the slow `String` path, and a
/// payload the small scanner below cannot read is parsed by `JSONSerialization`, as before.
/// What each table must hold is kept in arrays indexed by row id (the ids are dense), not in a
/// dictionary of strings.
struct JournalVerifier {
    let db: Database

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
                    guard let hi = Digest.nibble(hex[i]), let lo = Digest.nibble(hex[i + 1]) else { return nil }
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
        static func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            default: return nil
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
                let (count, maxID) = try Row.fetchOne(db, sql: "SELECT count(*), max(id) FROM \(table)").map { ($0[0] as Int64, ($0[1] as Int64?) ?? 0) } ?? (0, 0)
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

        let hasher = EntryHasher()
        defer { _ = hasher.finish() }
        let statement = try db.makeStatement(sql: "SELECT seq, at, author, action, ids, payload, prev_hash, hash FROM journal ORDER BY seq")
        let stmt = statement.sqliteStatement
        defer { withExtendedLifetime(statement) { _ = sqlite3_reset(stmt) } }
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
            count += 1
            let seq = sqlite3_column_int64(stmt, 0)
            func failEntry(_ why: String) -> JournalVerification {
                // An entry before this one whose hash does not match is the first failure.
                if let earlier = hasher.finish() { return earlier }
                return JournalVerification(entries: count, headHash: String(decoding: prev, as: UTF8.self), failure: "journal entry #\(seq): \(why)")
            }
            if seq != Int64(count) {
                return failEntry(seq > Int64(count) ? "entry #\(count) is missing (deleted?)" : "out of sequence (expected #\(count))")
            }
            let prevHash = Self.text(stmt, 6)
            if !prevHash.elementsEqual(prev) {
                return failEntry("does not follow the entry before it (previous hash differs: inserted, deleted or reordered?)")
            }
            // The canonical form: {"action":..,"at":..,"author":..,"ids":[..],"payload":"..","prev":"..","seq":N}
            // The canonical form {"action":..,"at":..,"author":..,"ids":[..],"payload":"..","prev":"..","seq":N}
            // is escaped and hashed on a second thread (most of the pass's work); this one reads
            // on and replays the snapshots.
            buffer.reset()
            buffer.append("{\"action\":"); buffer.quote(Self.text(stmt, 3))
            buffer.append(",\"at\":"); buffer.quote(Self.text(stmt, 1))
            buffer.append(",\"author\":"); buffer.quote(Self.text(stmt, 2))
            buffer.append(",\"ids\":[")
            let idsText = Self.text(stmt, 4)
            if !buffer.appendStringArray(json: idsText) {
                for (i, id) in decodeStrings(String(decoding: idsText, as: UTF8.self)).enumerated() {
                    if i > 0 { buffer.append(",") }
                    buffer.quote(string: id)
                }
            }
            buffer.append("],\"payload\":")
            let payload = Self.text(stmt, 5)
            let storedHash = Self.text(stmt, 7)
            hasher.submit(EntryHashJob(seq: seq, head: buffer.bytes, payload: Array(payload), prev: Array(prevHash),
                                       stored: Digest(hex: storedHash)))
            // What the entry says it did must agree with the rows it recorded (a few actions; their
            // payloads are small).
            let actionBytes = Self.text(stmt, 3)
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

        // Every row of every journaled table must be the one the journal last recorded.
        for (table, keyColumn) in ChangeSet.tables {
            let statement = try db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY \(keyColumn)")
            let stmt = statement.sqliteStatement
            defer { withExtendedLifetime(statement) { _ = sqlite3_reset(stmt) } }
            let names = (0..<Int32(sqlite3_column_count(stmt))).map { String(cString: sqlite3_column_name(stmt, $0)) }
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
            let keyIndex = Int32(names.firstIndex(of: keyColumn) ?? 0)
            let textIndex = names.firstIndex(of: "text").map(Int32.init)
            let shaIndex = names.firstIndex(of: "sha256").map(Int32.init)
            var t = expected.removeValue(forKey: table) ?? TableExpectations()
            defer { expected[table] = t }
            while true {
                let rc = sqlite3_step(stmt)
                if rc == SQLITE_DONE { break }
                guard rc == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
                let key: SnapshotKey
                let keyText: String
                if sqlite3_column_type(stmt, keyIndex) == SQLITE_INTEGER {
                    let i = sqlite3_column_int64(stmt, keyIndex)
                    key = .int(i)
                    keyText = String(i)
                } else {
                    keyText = RowSnapshot.keyText(Self.databaseValue(stmt, keyIndex))
                    key = .text(keyText)
                }
                let label = "\(table) \(keyText)"
                guard let recorded = t.take(key) else {
                    return fail("\(label) is not in the journal (added outside claimcheck?)")
                }
                buffer.reset()
                buffer.append("{")
                var first = true
                for n in 0..<order.count {
                    if late[n] && sqlite3_column_type(stmt, Int32(order[n])) == SQLITE_NULL { continue }
                    if !first { buffer.append(",") }
                    first = false
                    buffer.append(prefixes[n])
                    buffer.append(column: stmt, Int32(order[n]))
                }
                buffer.append("}")
                if recorded.state != .hash || buffer.sha256() != recorded.digest {
                    return fail("\(label) differs from what journal entry #\(recorded.seq) recorded (changed outside claimcheck?)")
                }
                if let textIndex, let shaIndex, sqlite3_column_type(stmt, textIndex) == SQLITE_TEXT,
                   sqlite3_column_type(stmt, shaIndex) == SQLITE_TEXT {
                    let text = Self.text(stmt, textIndex)
                    let digest: [UInt8]
                    if text.allSatisfy({ $0 != 0 && $0 < 0x80 }) {
                        digest = Array(SHA256Hex.of(bytes: Array(text)).utf8)
                    } else {
                        digest = Array(SHA256Hex.of(String(cString: sqlite3_column_text(stmt, textIndex))).utf8)
                    }
                    if !Self.text(stmt, shaIndex).elementsEqual(digest) {
                        return fail("\(label): its text no longer matches its SHA-256")
                    }
                }
            }
        }
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

    /// Steps a raw statement: true on a row, false when done; errors (an interrupt) throw.
    static func step(_ stmt: OpaquePointer, _ db: Database) throws -> Bool {
        let rc = sqlite3_step(stmt)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    /// A text column's bytes, valid until the next step.
    static func text(_ stmt: OpaquePointer, _ index: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_text(stmt, index) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, index)))
    }

    static func databaseValue(_ stmt: OpaquePointer, _ index: Int32) -> DatabaseValue {
        switch sqlite3_column_type(stmt, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return sqlite3_column_int64(stmt, index).databaseValue
        case SQLITE_FLOAT: return sqlite3_column_double(stmt, index).databaseValue
        case SQLITE_TEXT: return String(decoding: text(stmt, index), as: UTF8.self).databaseValue
        default:
            let n = Int(sqlite3_column_bytes(stmt, index))
            guard n > 0, let p = sqlite3_column_blob(stmt, index) else { return Data().databaseValue }
            return Data(bytes: p, count: n).databaseValue
        }
    }
}

/// Canonical JSON written as bytes, the same bytes `JSONValue.canonical` gives. Raw storage,
/// grown by doubling, so that escaping a payload is a tight loop of stores.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func reset() { count = 0 }

    @inline(__always) func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var c = capacity * 2
        while c < count + extra { c *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = c
    }

    func append(_ p: UnsafeBufferPointer<UInt8>) {
        guard p.count > 0, let start = p.baseAddress else { return }
        reserve(p.count)
        (base + count).update(from: start, count: p.count)
        count += p.count
    }

    func append(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { append($0) } }

    func append(_ s: StaticString) { s.withUTF8Buffer { append($0) } }

    func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(int: Int64) { append(Array(String(int).utf8)) }

    /// Drops what was written after `mark`.
    func truncate(to mark: Int) { count = mark }

    /// A JSON string literal of UTF-8 text as `String(cString:)` reads it (the way GRDB does).
    func quote(_ text: UnsafeBufferPointer<UInt8>) {
        // One pass over plain ASCII; at the first NUL or non-ASCII byte it starts again through
        // String, so that invalid UTF-8 is read the way GRDB reads it. A NUL byte is kept (as
        // \u0000): claimcheck never stores one, so text hidden after a NUL cannot match a snapshot.
        let mark = count
        reserve(text.count * 6 + 2)
        let hex: StaticString = "0123456789abcdef"
        var out = base + count
        out.pointee = 0x22; out += 1
        for k in 0..<text.count {
            let b = text[k]
            if b > 0x22 && b != 0x5C && b < 0x80 || b == 0x20 || b == 0x21 { out.pointee = b; out += 1; continue }
            if b == 0 || b >= 0x80 {
                count = mark
                quote(string: String(decoding: text, as: UTF8.self))
                return
            }
            out.pointee = 0x5C; out += 1
            switch b {
            case 0x22, 0x5C: out.pointee = b; out += 1
            case 0x0A: out.pointee = 0x6E; out += 1
            case 0x0D: out.pointee = 0x72; out += 1
            case 0x09: out.pointee = 0x74; out += 1
            default:
                let h = hex.utf8Start
                out[0] = 0x75; out[1] = 0x30; out[2] = 0x30; out[3] = h[Int(b >> 4)]; out[4] = h[Int(b & 0x0F)]
                out += 5
            }
        }
        out.pointee = 0x22; out += 1
        count = out - base
    }

    func quote(string: String) {
        var out = ""
        JSONValue.quote(string, into: &out)
        append(Array(out.utf8))
    }

    /// A column as `RowSnapshot.json(value).canonical` writes it.
    func append(column stmt: OpaquePointer, _ index: Int32) {
        switch sqlite3_column_type(stmt, index) {
        case SQLITE_NULL: append("null")
        case SQLITE_INTEGER: append(int: sqlite3_column_int64(stmt, index))
        case SQLITE_TEXT: quote(JournalVerifier.text(stmt, index))
        case SQLITE_FLOAT:
            // As JSONValue writes a double.
            let d = sqlite3_column_double(stmt, index)
            if !d.isFinite { append("null") } else if d == d.rounded(), abs(d) < 1e15 { append(int: Int64(d)) } else { append(Array(String(d).utf8)) }
        default: append(Array(RowSnapshot.json(JournalVerifier.databaseValue(stmt, index)).canonical.utf8))
        }
    }

    /// Re-writes a stored JSON array of plain strings (`["D1","C2"]`) canonically; false when it
    /// is anything else (the caller then decodes it the slow way).
    func appendStringArray(json: UnsafeBufferPointer<UInt8>) -> Bool {
        var scanner = PayloadScanner(json)
        let mark = count
        scanner.skipSpace()
        guard scanner.consume(0x5B) else { return false }
        scanner.skipSpace()
        if scanner.consume(0x5D) { scanner.skipSpace(); return scanner.atEnd }
        var first = true
        while true {
            guard let s = scanner.plainString() else { truncate(to: mark); return false }
            if !first { append(byte: 0x2C) }
            first = false
            quote(s)
            scanner.skipSpace()
            if scanner.consume(0x2C) { scanner.skipSpace(); continue }
            if scanner.consume(0x5D) { scanner.skipSpace(); if scanner.atEnd { return true } }
            truncate(to: mark)
            return false
        }
    }

    func sha256() -> JournalVerifier.Digest {
        JournalVerifier.Digest(SHA256.hash(data: UnsafeRawBufferPointer(start: base, count: count)))
    }
}

/// Reads just enough of a journal payload (canonical JSON written by claimcheck) to find its row
/// snapshots. Returns nil for anything unusual (escapes in the fields it reads, other shapes),
/// which sends the caller to `JSONSerialization`.
struct PayloadScanner {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    var atEnd: Bool { i >= b.count }

    mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    mutating func consume(_ c: UInt8) -> Bool {
        if i < b.count, b[i] == c { i += 1; return true }
        return false
    }

    /// A string with no escapes and only ASCII, as its raw bytes.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard consume(0x22) else { return nil }
        let start = i
        while i < b.count {
            let c = b[i]
            if c == 0x22 { i += 1; return UnsafeBufferPointer(rebasing: b[start..<(i - 1)]) }
            if c == 0x5C || c < 0x20 || c >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    /// Skips any string (escapes allowed), checking its shape.
    mutating func skipString() -> Bool {
        guard consume(0x22) else { return false }
        while i < b.count {
            let c = b[i]
            if c == 0x22 { i += 1; return true }
            if c < 0x20 { return false }
            if c == 0x5C {
                i += 1
                guard i < b.count else { return false }
                if b[i] == 0x75 {
                    guard i + 4 < b.count else { return false }
                    for k in 1...4 where !Self.isHex(b[i + k]) { return false }
                    i += 4
                } else if ![0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74].contains(b[i]) {
                    return false
                }
            }
            i += 1
        }
        return false
    }

    static func isHex(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x61...0x66).contains(c) || (0x41...0x46).contains(c) }

    /// Skips one JSON value of any kind.
    mutating func skipValue(depth: Int = 0) -> Bool {
        guard depth < 64 else { return false }
        skipSpace()
        guard i < b.count else { return false }
        switch b[i] {
        case 0x22: return skipString()
        case 0x7B:
            i += 1; skipSpace()
            if consume(0x7D) { return true }
            while true {
                skipSpace()
                guard skipString() else { return false }
                skipSpace()
                guard consume(0x3A), skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(0x2C) { continue }
                return consume(0x7D)
            }
        case 0x5B:
            i += 1; skipSpace()
            if consume(0x5D) { return true }
            while true {
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(0x2C) { continue }
                return consume(0x5D)
            }
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        default: return skipNumber()
        }
    }

    /// Skips a number of any form (fraction, exponent).
    mutating func skipNumber() -> Bool {
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        let digits = i
        while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
        guard i > digits else { i = start; return false }
        if i < b.count, b[i] == 0x2E {
            i += 1
            let f = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > f else { return false }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            let e = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > e else { return false }
        }
        return true
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let ok = word.withUTF8Buffer { w in (0..<n).allSatisfy { b[i + $0] == w[$0] } }
        if ok { i += n }
        return ok
    }

    /// An integer (the only kind of number row keys are); nil for anything else.
    mutating func number() -> Int64? {
        let start = i
        if i < b.count, b[i] == 0x2D { i += 1 }
        var value: Int64 = 0
        var digits = 0
        while i < b.count, (0x30...0x39).contains(b[i]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(b[i] - 0x30))
            if o1 || o2 { return nil }
            value = s
            digits += 1
            i += 1
        }
        guard digits > 0 else { i = start; return nil }
        if i < b.count, [0x2E, 0x65, 0x45].contains(b[i]) { return nil }
        return b[start] == 0x2D ? -value : value
    }

    /// Reads an object member by member: `member` is given each name (the scanner at its value) and must
    /// consume the value. False when the object is malformed or `member` says so.
    private mutating func members(_ member: (inout PayloadScanner, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        skipSpace()
        guard consume(0x7B) else { return false }
        skipSpace()
        if consume(0x7D) { return true }
        while true {
            skipSpace()
            guard let name = plainString() else { return false }
            skipSpace()
            guard consume(0x3A) else { return false }
            skipSpace()
            guard member(&self, name) else { return false }
            skipSpace()
            if consume(0x2C) { continue }
            return consume(0x7D)
        }
    }

    /// The row snapshots of a payload object `{"change": ..., "rows": [{"hash","key","row","table"}...]}`.
    mutating func rows() -> [(table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)]? {
        var out: [(table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)] = []
        var sawRows = false
        let ok = members { scanner, name in
            guard name.elementsEqual("rows".utf8) else { return scanner.skipValue() }
            if sawRows { return false }
            sawRows = true
            guard scanner.consume(0x5B) else { return false }
            scanner.skipSpace()
            if scanner.consume(0x5D) { return true }
            while true {
                scanner.skipSpace()
                guard let snapshot = scanner.snapshot() else { return false }
                if let snapshot { out.append(snapshot) }
                scanner.skipSpace()
                if scanner.consume(0x2C) { continue }
                return scanner.consume(0x5D)
            }
        }
        skipSpace()
        return ok && atEnd ? out : nil
    }

    /// One snapshot object; `.some(nil)` when it lacks a field (skipped, as before).
    private mutating func snapshot() -> (table: String, key: JournalVerifier.SnapshotKey, hash: UnsafeBufferPointer<UInt8>)?? {
        var table: String?
        var key: JournalVerifier.SnapshotKey?
        var hash: UnsafeBufferPointer<UInt8>?
        let ok = members { scanner, name in
            if name.elementsEqual("table".utf8) {
                guard let s = scanner.plainString() else { return false }
                table = String(decoding: s, as: UTF8.self)
            } else if name.elementsEqual("hash".utf8) {
                guard let s = scanner.plainString() else { return false }
                hash = s
            } else if name.elementsEqual("key".utf8) {
                if scanner.i < scanner.b.count, scanner.b[scanner.i] == 0x22 {
                    guard let s = scanner.plainString() else { return false }
                    let quoted = ByteBuffer(capacity: 64)
                    quoted.quote(s)
                    key = .text(String(decoding: quoted.bytes, as: UTF8.self))
                } else {
                    guard let n = scanner.number() else { return false }
                    key = .int(n)
                }
            } else {
                return scanner.skipValue()
            }
            return true
        }
        guard ok else { return nil }
        guard let table, let key, let hash else { return .some(nil) }
        return (table, key, hash)
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
