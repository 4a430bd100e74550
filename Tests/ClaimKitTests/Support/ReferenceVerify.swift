import Foundation
import GRDB
@testable import ClaimKit

/// `log verify` the plain way: every entry and row through ``JournalReplay`` (the engine-neutral
/// verifier PostgreSQL uses: `JSONValue`, `JSONSerialization`, expectations in a dictionary of
/// strings). Slow, but plainly correct; SQLite's streaming ``JournalVerifier`` must reach the same
/// verdict on every store the tests build.
extension SQLiteStore {
    func referenceVerify() throws -> JournalVerification {
        try db.read { db in try referenceVerify(db) }
    }

    func referenceVerify(_ db: Database) throws -> JournalVerification {
        var replay = JournalReplay()
        let entries = try Row.fetchCursor(db, sql: "SELECT * FROM journal ORDER BY seq")
        while let row = try entries.next() {
            if let failure = replay.entry(try Self.entry(row), idsText: row["ids"]) { return failure }
        }
        // Every row of every journaled table must be the one the journal last recorded.
        for (table, keyColumn) in ChangeSet.tables {
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table) ORDER BY \(keyColumn)")
            while let row = try rows.next() {
                if let failure = replay.row(table: table, key: RowSnapshot.json(row[keyColumn] as DatabaseValue),
                                            json: RowSnapshot.json(row, table: table),
                                            documentText: row["text"], documentSHA: row["sha256"]) {
                    return failure
                }
            }
        }
        return replay.finish()
    }
}
