import Foundation
import GRDB
@testable import ClaimKit

/// What the tests read and write around an SQLite store through GRDB (the product goes through
/// ``StoreSession`` only).
extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .text(s)
        case .blob(let b): self = .blob(b)
        }
    }
}

extension RowSnapshot {
    /// A GRDB row as a snapshot (the tests compare stores with it).
    static func json(_ row: Row, table: String) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        // By position: looking a column up by name compares names case-insensitively.
        for (index, column) in row.columnNames.enumerated() where !(table == "document" && column == "text") {
            let value = row[index] as DatabaseValue
            if LateColumns.omitted(table: table, column: column, isNull: value.isNull) { continue }
            pairs.append((column, json(value)))
        }
        return .object(pairs)
    }

    static func json(_ value: DatabaseValue) -> JSONValue { SQLValue(value).json }

    /// A row's snapshot read through GRDB.
    static func fetch(_ db: Database, table: String, key: DatabaseValue) throws -> JSONValue? {
        try Row.fetchOne(db, sql: "SELECT * FROM \(table) WHERE \(keyColumn(table)) = ?", arguments: [key]).map { json($0, table: table) }
    }
}

extension SQLiteStore {
    /// Recomputes a claim's evidence balance and status inside a GRDB transaction (the tests check
    /// the counts kept on the way against it).
    func refreshStatus(_ db: Database, claimID: Int64) throws {
        try SQLiteSession(db: db).refreshStatus(claimID: claimID)
    }

    /// A journal row read through GRDB.
    static func entry(_ row: Row) throws -> JournalEntry {
        try JournalEntry(row: StoreRow(columns: Array(row.columnNames), values: row.databaseValues.map(SQLValue.init)))
    }
}

extension JournalEntry {
    /// Appends an entry inside a GRDB transaction (the tests write around the store with it).
    @discardableResult
    static func append(_ db: Database, author: String, action: String, ids: [String], payload: JSONValue,
                       changes: ChangeSet = ChangeSet()) throws -> JournalEntry {
        try append(SQLiteSession(db: db), author: author, action: action, ids: ids, payload: payload, changes: changes)
    }
}

extension PostgresStore {
    /// A write transaction around code that uses ``link`` directly (the tests plant rows with it).
    func write<T>(_ body: () throws -> T) throws -> T { try transaction(.write, body) }

    /// Appends a journal entry inside ``write(_:)`` (as every operation does through its session).
    @discardableResult
    func appendJournal(author: String, action: String, ids: [String], payload: JSONValue, changes: ChangeSet = ChangeSet()) throws -> JournalEntry {
        try JournalEntry.append(link, author: author, action: action, ids: ids, payload: payload, changes: changes)
    }
}
