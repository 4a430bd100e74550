import GRDB

extension SQLiteStore: PriorCheckStore {
    public func importPriorChecks(_ file: FactCheckFile, author: String) throws -> PriorImportResult {
        try write { db in
            if let row = try Row.fetchOne(db, sql: "SELECT path, imported_at FROM prior_import WHERE sha256 = ?", arguments: [file.sha256]) {
                return .alreadyImported(path: try row.checked("path"), at: try row.checked("imported_at"))
            }
            var existing: [String: (id: Int64, check: PriorCheck)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM prior_check") {
                let check = try Self.priorCheck(row)
                let id: Int64 = try row.checked("id")
                existing[check.externalID] = (id, check)
            }
            let now = UTCClock.now()
            let insert = try db.cachedStatement(sql: """
                INSERT INTO prior_check (external_id, claim, title, rating, url, org, date, file_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let update = try db.cachedStatement(sql: """
                UPDATE prior_check SET claim = ?, title = ?, rating = ?, url = ?, org = ?, date = ?, file_sha256 = ?, imported_at = ? WHERE id = ?
                """)
            var changes = ChangeSet()
            var added = 0, updated = 0, unchanged = 0
            for c in file.checks {
                if case let (id, old)? = existing[c.externalID] {
                    if old == c { unchanged += 1; continue }
                    try update.execute(arguments: [c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now, id])
                    changes.touch("prior_check", id)
                    updated += 1
                } else {
                    try insert.execute(arguments: [c.externalID, c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now])
                    changes.touch("prior_check", db.lastInsertedRowID)
                    added += 1
                }
            }
            try db.execute(sql: "INSERT INTO prior_import (sha256, path, rows, imported_at) VALUES (?, ?, ?, ?)",
                           arguments: [file.sha256, file.path, file.checks.count, now])
            changes.touch("prior_import", file.sha256)
            let entry = try JournalEntry.append(db, author: author, action: PriorCheckSchema.action, ids: [],
                                                payload: PriorCheckSchema.payload(file, added: added, updated: updated, unchanged: unchanged),
                                                changes: changes, at: now)
            return .imported(added: added, updated: updated, unchanged: unchanged, journalSeq: entry.seq)
        }
    }

    public func priorChecks() throws -> [PriorCheck] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM prior_check ORDER BY id").map(Self.priorCheck) }
    }

    static func priorCheck(_ row: Row) throws -> PriorCheck {
        PriorCheck(externalID: try row.checked("external_id"), claim: try row.checked("claim"), title: try row.checked("title"),
                   rating: try row.checked("rating"), url: try row.checked("url"), org: try row.checked("org"), date: try row.checked("date"))
    }
}
