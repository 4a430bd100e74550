/// Rows read one at a time with their cells as bytes, for the passes over a whole store (`log verify`,
/// `export json`) that must not make a `String` or a ``StoreRow`` per cell. A cell's bytes are valid
/// until the next call to ``next()``.
package protocol RowCursor: AnyObject {
    var columnNames: [String] { get }
    /// Moves to the next row; false after the last.
    func next() throws -> Bool
    func kind(_ column: Int) -> CellKind
    func int(_ column: Int) -> Int64
    func double(_ column: Int) -> Double
    /// A text cell's UTF-8 bytes (a NUL byte may be among them).
    func text(_ column: Int) -> UnsafeBufferPointer<UInt8>
    /// Any cell as a value (the slow path, for a BLOB).
    func value(_ column: Int) -> SQLValue
}

/// What a cell holds.
package enum CellKind { case null, int, double, text, blob }

/// A ``RowCursor`` over rows already read (an engine that answers a query whole).
final class LoadedRowCursor: RowCursor {
    let columnNames: [String]
    private let rows: [StoreRow]
    private var index = -1
    /// Each text cell's bytes in the current row, kept until the next.
    private var scratch: [UnsafeMutableBufferPointer<UInt8>]

    init(_ rows: [StoreRow], columns: [String]) {
        self.rows = rows
        columnNames = rows.first?.columns ?? columns
        scratch = Array(repeating: UnsafeMutableBufferPointer(start: nil, count: 0), count: columnNames.count)
    }

    deinit { for s in scratch { s.deallocate() } }

    func next() throws -> Bool {
        index += 1
        for i in scratch.indices { scratch[i].deallocate(); scratch[i] = UnsafeMutableBufferPointer(start: nil, count: 0) }
        return index < rows.count
    }

    func value(_ column: Int) -> SQLValue { rows[index].values[column] }

    func kind(_ column: Int) -> CellKind {
        switch value(column) {
        case .null: return .null
        case .int: return .int
        case .double: return .double
        case .text: return .text
        case .blob: return .blob
        }
    }

    func int(_ column: Int) -> Int64 {
        if case .int(let i) = value(column) { return i }
        return 0
    }

    func double(_ column: Int) -> Double {
        if case .double(let d) = value(column) { return d }
        return 0
    }

    func text(_ column: Int) -> UnsafeBufferPointer<UInt8> {
        guard case .text(let s) = value(column), !s.utf8.isEmpty else { return UnsafeBufferPointer(start: nil, count: 0) }
        if scratch[column].baseAddress == nil {
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: s.utf8.count)
            _ = bytes.initialize(from: s.utf8)
            scratch[column] = bytes
        }
        return UnsafeBufferPointer(scratch[column])
    }
}
