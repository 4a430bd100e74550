extension PostgresStore: PriorCheckStore {
    public func importPriorChecks(_ file: FactCheckFile, author: String) throws -> PriorImportResult {
        try write {
            if let row = try link.one("SELECT path, imported_at FROM prior_import WHERE sha256 = $1", [file.sha256]) {
                return .alreadyImported(path: row.string("path"), at: row.string("imported_at"))
            }
            var existing: [String: (id: Int64, check: PriorCheck)] = [:]
            for row in try link.query("SELECT * FROM prior_check") {
                existing[row.string("external_id")] = (row.int("id"), Self.priorCheck(row))
            }
            let now = UTCClock.now()
            var nextID = try self.nextID("prior_check")
            var statements: [(String, [any PGBind])] = []
            var changes = ChangeSet()
            var added = 0, updated = 0, unchanged = 0
            for c in file.checks {
                if case let (id, old)? = existing[c.externalID] {
                    if old == c { unchanged += 1; continue }
                    statements.append(("UPDATE prior_check SET claim = $1, title = $2, rating = $3, url = $4, org = $5, date = $6, file_sha256 = $7, imported_at = $8 WHERE id = $9",
                                       [c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now, id]))
                    changes.touch("prior_check", id)
                    updated += 1
                } else {
                    statements.append(("INSERT INTO prior_check (id, external_id, claim, title, rating, url, org, date, file_sha256, imported_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                                       [nextID, c.externalID, c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now]))
                    changes.touch("prior_check", nextID)
                    nextID += 1
                    added += 1
                }
            }
            statements.append(("INSERT INTO prior_import (sha256, path, rows, imported_at) VALUES ($1, $2, $3, $4)",
                               [file.sha256, file.path, file.checks.count, now]))
            changes.touch("prior_import", file.sha256)
            // Sent in batches, each one round trip.
            var start = 0
            while start < statements.count {
                let end = min(statements.count, start + 1000)
                _ = try link.pipeline(Array(statements[start..<end]))
                start = end
            }
            let entry = try appendJournal(author: author, action: PriorCheckSchema.action, ids: [],
                                          payload: PriorCheckSchema.payload(file, added: added, updated: updated, unchanged: unchanged),
                                          changes: changes)
            return .imported(added: added, updated: updated, unchanged: unchanged, journalSeq: entry.seq)
        }
    }

    public func priorChecks() throws -> [PriorCheck] {
        try read { try link.query("SELECT * FROM prior_check ORDER BY id").map(Self.priorCheck) }
    }

    static func priorCheck(_ row: PGRow) -> PriorCheck {
        PriorCheck(externalID: row.string("external_id"), claim: row.string("claim"), title: row.optString("title"),
                   rating: row.optString("rating"), url: row.optString("url"), org: row.optString("org"), date: row.optString("date"))
    }
}
