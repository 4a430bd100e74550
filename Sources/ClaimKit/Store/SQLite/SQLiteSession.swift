import Foundation
import GRDB
import GRDBSQLite

/// A ``StoreSession`` over one GRDB `Database` inside a transaction. Every statement is prepared
/// once per connection and reused (GRDB's statement cache), so a batch of commands parses its SQL once.
struct SQLiteSession: StoreSession {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    func rows(_ sql: String, _ arguments: [any SQLBindable]) throws -> [StoreRow] {
        let statement = try db.cachedStatement(sql: sql)
        let stmt = statement.sqliteStatement
        try bind(stmt, arguments)
        defer { sqlite3_reset(stmt) }
        let columns = statement.columnNames
        var out: [StoreRow] = []
        while try Self.step(stmt, db) {
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for index in columns.indices { values.append(Self.cell(stmt, Int32(index), textUpToNUL: true)) }
            out.append(StoreRow(columns: columns, values: values))
        }
        return out
    }

    func cursor(_ sql: String) throws -> any RowCursor {
        try SQLiteCursor(db: db, statement: db.makeStatement(sql: sql))
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any SQLBindable]) throws -> Int {
        let stmt = try db.cachedStatement(sql: sql).sqliteStatement
        try bind(stmt, arguments)
        defer { sqlite3_reset(stmt) }
        while try Self.step(stmt, db) {}
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Binds the arguments straight with SQLite's C API (no GRDB `StatementArguments` per call:
    /// a batch runs these statements hundreds of thousands of times).
    private func bind(_ stmt: OpaquePointer, _ arguments: [any SQLBindable]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (n, argument) in arguments.enumerated() {
            let index = Int32(n + 1)
            let rc: Int32
            switch argument.sqlValue {
            case .null: rc = sqlite3_bind_null(stmt, index)
            case .int(let i): rc = sqlite3_bind_int64(stmt, index, i)
            case .double(let d): rc = sqlite3_bind_double(stmt, index, d)
            case .text(let s):
                // Up to a NUL byte, as GRDB binds text (what is read back must be what was hashed).
                rc = s.withCString { sqlite3_bind_text(stmt, index, $0, -1, transient) }
            case .blob(let b): rc = b.withUnsafeBytes { sqlite3_bind_blob(stmt, index, $0.baseAddress, Int32($0.count), transient) }
            }
            if rc != SQLITE_OK { throw Self.error(rc, db) }
        }
    }

    /// Moves `stmt` to its next row; false after the last.
    static func step(_ stmt: OpaquePointer, _ db: Database) throws -> Bool {
        let rc = sqlite3_step(stmt)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw error(rc, db)
    }

    private static func error(_ rc: Int32, _ db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    /// A cell's value. `textUpToNUL`: text as GRDB reads it (up to a NUL byte, as `String(cString:)`
    /// does); else every byte of it.
    static func cell(_ stmt: OpaquePointer, _ index: Int32, textUpToNUL: Bool) -> SQLValue {
        switch sqlite3_column_type(stmt, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(stmt, index))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(stmt, index))
        case SQLITE_TEXT:
            guard let p = sqlite3_column_text(stmt, index) else { return .text("") }
            if textUpToNUL { return .text(String(cString: p)) }
            return .text(String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, index))), as: UTF8.self))
        default:
            let n = Int(sqlite3_column_bytes(stmt, index))
            guard n > 0, let p = sqlite3_column_blob(stmt, index) else { return .blob(Data()) }
            return .blob(Data(bytes: p, count: n))
        }
    }
}

/// A ``RowCursor`` on a raw SQLite statement: cells are read where SQLite keeps them.
final class SQLiteCursor: RowCursor {
    private let db: Database
    private let statement: Statement
    private let stmt: OpaquePointer
    let columnNames: [String]

    init(db: Database, statement: Statement) {
        self.db = db
        self.statement = statement
        stmt = statement.sqliteStatement
        columnNames = statement.columnNames
    }

    deinit { sqlite3_reset(stmt) }

    func next() throws -> Bool { try SQLiteSession.step(stmt, db) }

    func kind(_ column: Int) -> CellKind {
        switch sqlite3_column_type(stmt, Int32(column)) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int
        case SQLITE_FLOAT: return .double
        case SQLITE_TEXT: return .text
        default: return .blob
        }
    }

    func int(_ column: Int) -> Int64 { sqlite3_column_int64(stmt, Int32(column)) }
    func double(_ column: Int) -> Double { sqlite3_column_double(stmt, Int32(column)) }

    func text(_ column: Int) -> UnsafeBufferPointer<UInt8> {
        guard let p = sqlite3_column_text(stmt, Int32(column)) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, Int32(column))))
    }

    func value(_ column: Int) -> SQLValue { SQLiteSession.cell(stmt, Int32(column), textUpToNUL: false) }
}
