/// Other organisations' fact-checks (`import factchecks`), written once for every engine.
extension SessionStore {
    public func importPriorChecks(_ file: FactCheckFile, author: String) throws -> PriorImportResult {
        try write { s in
            if let row = try s.row("SELECT path, imported_at FROM prior_import WHERE sha256 = ?", [file.sha256]) {
                return .alreadyImported(path: try row.text("path"), at: try row.text("imported_at"))
            }
            var existing: [String: (id: Int64, check: PriorCheck)] = [:]
            for row in try s.rows("SELECT * FROM prior_check") {
                let check = try PriorCheck(row: row)
                existing[check.externalID] = (try row.int("id"), check)
            }
            let now = UTCClock.now()
            var changes = ChangeSet()
            var added = 0, updated = 0, unchanged = 0
            // New ids are assigned here (under the write lock) so that the rows go in batches.
            var nextID = try s.int("SELECT COALESCE(max(id), 0) FROM prior_check") ?? 0
            var statements: [BatchStatement] = [], inserts: [[any SQLBindable]] = []
            for c in file.checks {
                if case let (id, old)? = existing[c.externalID] {
                    if old == c { unchanged += 1; continue }
                    statements.append(("""
                        UPDATE prior_check SET claim = ?, title = ?, rating = ?, url = ?, org = ?, date = ?, file_sha256 = ?, imported_at = ? WHERE id = ?
                        """, [c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now, id]))
                    changes.touch("prior_check", id)
                    updated += 1
                } else {
                    nextID += 1
                    inserts.append([nextID, c.externalID, c.claim, c.title, c.rating, c.url, c.org, c.date, file.sha256, now])
                    changes.touch("prior_check", nextID)
                    added += 1
                }
            }
            // New rows a hundred to a statement.
            for start in stride(from: 0, to: inserts.count, by: 100) {
                let rows = inserts[start..<min(start + 100, inserts.count)]
                statements.append(("""
                    INSERT INTO prior_check (id, external_id, claim, title, rating, url, org, date, file_sha256, imported_at)
                    VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows.count).joined(separator: ", "))
                    """, rows.flatMap { $0 }))
            }
            try s.execute(batch: statements)
            try s.execute("INSERT INTO prior_import (sha256, path, rows, imported_at) VALUES (?, ?, ?, ?)",
                          [file.sha256, file.path, file.checks.count, now])
            changes.touch("prior_import", file.sha256)
            let entry = try JournalEntry.append(s, author: author, action: PriorCheckSchema.action, ids: [],
                                                payload: PriorCheckSchema.payload(file, added: added, updated: updated, unchanged: unchanged),
                                                changes: changes, at: now)
            return .imported(added: added, updated: updated, unchanged: unchanged, journalSeq: entry.seq)
        }
    }

    public func priorChecks() throws -> [PriorCheck] {
        try read { s in try s.rows("SELECT * FROM prior_check ORDER BY id").map(PriorCheck.init(row:)) }
    }

    public func priorChecks(withWords words: [String], perWord: Int) throws -> [PriorCheck] {
        try read { s in
            try Self.newestIDs(s.dialect.search.newestPriorChecks, withWords: words, perWord: perWord, s).flatMap { chunk in
                try s.rows("SELECT * FROM prior_check WHERE id IN (\(StoreSQL.placeholders(chunk.count))) ORDER BY id", chunk).map(PriorCheck.init(row:))
            }
        }
    }

    public func priorCheckCount(exceeds count: Int) throws -> Bool { try hasMoreRows("prior_check", than: count) }
}

extension PriorCheck {
    init(row: StoreRow) throws {
        self.init(externalID: try row.text("external_id"), claim: try row.text("claim"), title: try row.optText("title"),
                  rating: try row.optText("rating"), url: try row.optText("url"), org: try row.optText("org"), date: try row.optText("date"))
    }
}
