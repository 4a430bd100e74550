import Crypto
import Foundation

/// A new journal entry's payload and hash written straight as canonical bytes, the same bytes
/// `JSONValue.canonical` and ``JournalEntry/computeHash(seq:at:author:action:ids:payload:prevHash:)``
/// give, without a `JSONValue` per row or column (every command that changes the store pays for it).
struct CanonicalEntry {
    private let buffer = ByteBuffer(capacity: 1 << 12)
    private let row = ByteBuffer(capacity: 1 << 10)

    /// `{"change":PAYLOAD,"rows":[{"hash":..,"key":..,"row":{..},"table":..},...]}`: each touched
    /// row as it is now (nil: absent), a document without its text.
    func body(change: JSONValue, rows: [(table: String, key: SQLValue, row: StoreRow?)]) -> String {
        buffer.reset()
        buffer.append("{\"change\":")
        buffer.append(Array(change.canonical.utf8))
        buffer.append(",\"rows\":[")
        for (n, touched) in rows.enumerated() {
            if n > 0 { buffer.append(",") }
            var hash: [UInt8] = Array("absent".utf8)
            if let found = touched.row {
                writeRow(found, table: touched.table)
                hash = Array(row.sha256Hex().utf8)
            }
            buffer.append("{\"hash\":")
            buffer.append(byte: 0x22); buffer.append(hash); buffer.append(byte: 0x22)
            buffer.append(",\"key\":")
            buffer.append(value: touched.key)
            buffer.append(",\"row\":")
            if touched.row != nil { buffer.append(UnsafeBufferPointer(start: row.base, count: row.count)) } else { buffer.append("null") }
            buffer.append(",\"table\":")
            buffer.quote(string: touched.table)
            buffer.append("}")
        }
        buffer.append("]}")
        return String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self)
    }

    /// A row's canonical JSON into `row`: columns sorted by name.
    private func writeRow(_ found: StoreRow, table: String) {
        let layout = Self.layout(table: table, columns: found.columns)
        row.reset()
        row.append("{")
        var first = true
        for column in layout where !(column.late && found.values[column.index] == .null) {
            if !first { row.append(",") }
            first = false
            row.append(column.prefix)
            row.append(value: found.values[column.index])
        }
        row.append("}")
    }

    /// How a table's rows are written: its columns in canonical (sorted) order, each with its
    /// `"name":` prefix and whether it is a late column (left out while NULL); a document without
    /// its text. Worked out once per table and column list, not for every row.
    private struct Column {
        let index: Int
        let prefix: [UInt8]
        let late: Bool
    }

    nonisolated(unsafe) private static var layouts: [String: (columns: [String], layout: [Column])] = [:]
    private static let layoutLock = NSLock()

    private static func layout(table: String, columns: [String]) -> [Column] {
        if let known = layoutLock.withLock({ layouts[table] }), known.columns == columns { return known.layout }
        let layout = columns.indices.sorted { columns[$0] < columns[$1] }
            .filter { !(table == "document" && columns[$0] == "text") }
            .map { index in
                let prefix = ByteBuffer(capacity: 64)
                prefix.quote(string: columns[index])
                prefix.append(":")
                return Column(index: index, prefix: prefix.bytes, late: LateColumns.omitted(table: table, column: columns[index], isNull: true))
            }
        layoutLock.withLock { layouts[table] = (columns, layout) }
        return layout
    }

    /// The entry's hash: SHA-256 of `{"action":..,"at":..,"author":..,"ids":[..],"payload":"..","prev":"..","seq":N}`.
    func hash(seq: Int64, at: String, author: String, action: String, ids: [String], payload: String, prevHash: String) -> String {
        buffer.reset()
        buffer.append("{\"action\":"); buffer.quote(string: action)
        buffer.append(",\"at\":"); buffer.quote(string: at)
        buffer.append(",\"author\":"); buffer.quote(string: author)
        buffer.append(",\"ids\":[")
        for (n, id) in ids.enumerated() {
            if n > 0 { buffer.append(",") }
            buffer.quote(string: id)
        }
        buffer.append("],\"payload\":")
        var text = payload
        text.withUTF8 { buffer.quote($0) }
        buffer.append(",\"prev\":"); buffer.quote(string: prevHash)
        buffer.append(",\"seq\":"); buffer.append(int: seq)
        buffer.append("}")
        return buffer.sha256Hex()
    }
}

extension ByteBuffer {
    /// A value as `SQLValue.json.canonical` writes it.
    func append(value: SQLValue) {
        switch value {
        case .null: append("null")
        case .int(let i): append(int: i)
        case .text(let s):
            var s = s
            s.withUTF8 { quote($0) }
        case .double, .blob: append(Array(value.json.canonical.utf8))
        }
    }

    /// The SHA-256 of the bytes written, as 64 lowercase hex digits.
    func sha256Hex() -> String {
        let digest = SHA256.hash(data: UnsafeRawBufferPointer(start: base, count: count))
        let digits: StaticString = "0123456789abcdef"
        var out = [UInt8](repeating: 0, count: 64)
        var i = 0
        for byte in digest {
            out[i] = digits.utf8Start[Int(byte >> 4)]
            out[i + 1] = digits.utf8Start[Int(byte & 0x0F)]
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}
