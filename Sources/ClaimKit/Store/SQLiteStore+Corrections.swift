import GRDB

extension SQLiteStore {
    public func addClaim(_ c: NewClaim, author: String) throws -> Int64 {
        try write { db in
            if let doc = c.documentID, try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE id = ?", arguments: [doc]) == 0 {
                throw StoreError.notFound("document", "D\(doc)")
            }
            var registry = SpeakerRegistry()
            let speakerID = try resolveSpeaker(db, c.speaker, registry: &registry)
            try db.execute(sql: """
                INSERT INTO claim (document_id, span_start, span_end, speaker_id, mention, kind, statement, when_text, date_start, date_end, date_grain,
                                   checkworthiness, date_source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.5, ?)
                """, arguments: [c.documentID, c.span?.start, c.span?.end, speakerID, c.speaker, c.kind.rawValue, c.statement, c.date?.description,
                                 c.date?.description, c.date?.description, c.date.map { _ in DateGrain.day.rawValue },
                                 c.date.map { _ in DateSource.edited.rawValue }])
            let id = db.lastInsertedRowID
            var changes = registry.changes
            changes.touch("claim", id)
            try JournalEntry.append(db, author: author, action: "claim.add", ids: ["C\(id)"], payload: .object([
                ("claim", .string("C\(id)")), ("statement", .string(c.statement)), ("speaker", .string(c.speaker)),
            ]), changes: changes)
            return id
        }
    }

    public func editClaim(id: Int64, speaker: String?, statement: String?, date: ClaimDateEdit?, author: String) throws {
        try write { db in
            try requireClaim(db, id)
            var registry = SpeakerRegistry()
            var fields: [(String, JSONValue)] = []
            if let speaker {
                let sid = try resolveSpeaker(db, speaker, registry: &registry)
                try db.execute(sql: "UPDATE claim SET speaker_id = ?, mention = ? WHERE id = ?", arguments: [sid, speaker, id])
                fields.append(("speaker", .string(speaker)))
            }
            if let statement {
                try db.execute(sql: "UPDATE claim SET statement = ? WHERE id = ?", arguments: [statement, id])
                fields.append(("statement", .string(statement)))
            }
            var changes = registry.changes
            if let date {
                let r: TimeResolution? = if case .set(let r) = date { r } else { nil }
                try db.execute(sql: """
                    UPDATE claim SET date_start = ?, date_end = ?, date_grain = ?, when_text = ?, date_source = ?, date_paragraph = NULL
                    WHERE id = ?
                    """, arguments: [r?.start.description, r?.end.description, r?.grain.rawValue, r?.text,
                                     r.map { _ in DateSource.edited.rawValue }, id])
                fields += ClaimDateEdit.fields(date)
                // Recorded, so that `set published` keeps it.
                let key = ClaimDateEdit.settingKey(claim: id)
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                               arguments: [key, author])
                changes.touch("setting", key)
            }
            guard !fields.isEmpty else { throw StoreError("nothing to change: give --speaker, --statement or --on") }
            changes.touch("claim", id)
            try JournalEntry.append(db, author: author, action: "claim.edit", ids: ["C\(id)"],
                                    payload: .object([("claim", .string("C\(id)"))] + fields), changes: changes)
        }
    }

    public func retractClaim(id: Int64, because: String, author: String) throws {
        try write { db in
            try requireClaim(db, id)
            try db.execute(sql: "UPDATE claim SET retracted_at = ?, retracted_because = ? WHERE id = ?",
                           arguments: [UTCClock.now(), because, id])
            var changes = ChangeSet()
            changes.touch("claim", id)
            try JournalEntry.append(db, author: author, action: "claim.retract", ids: ["C\(id)"],
                                    payload: .object([("claim", .string("C\(id)")), ("because", .string(because))]), changes: changes)
        }
    }

    public func editDocument(id: Int64, _ edit: DocumentEdit, author: String) throws {
        let columns = edit.columns
        guard !columns.isEmpty else { throw StoreError("nothing to change: give --title, --outlet, --url or --byline") }
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM document WHERE id = ?", arguments: [id]) == 1 else {
                throw StoreError.notFound("document", "D\(id)")
            }
            let assignments = columns.map { "\($0.column) = ?" }.joined(separator: ", ")
            try db.execute(sql: "UPDATE document SET \(assignments) WHERE id = ?",
                           arguments: StatementArguments(columns.map { $0.value as (any DatabaseValueConvertible)? } + [id]))
            var changes = ChangeSet()
            changes.touch("document", id)
            try JournalEntry.append(db, author: author, action: "document.edit", ids: ["D\(id)"], payload: edit.payload(document: id), changes: changes)
        }
    }

    public func mergeSpeakers(keep: Int64, merge: Int64, author: String) throws {
        try write { db in
            guard keep != merge else { throw StoreError("S\(keep) cannot be merged into itself") }
            for id in [keep, merge] where try Int.fetchOne(db, sql: "SELECT count(*) FROM speaker WHERE id = ?", arguments: [id]) == 0 {
                throw StoreError.notFound("speaker", "S\(id)")
            }
            var changes = ChangeSet()
            for claim in try Int64.fetchAll(db, sql: "SELECT id FROM claim WHERE speaker_id = ?", arguments: [merge]) {
                changes.touch("claim", claim)
            }
            for alias in try String.fetchAll(db, sql: "SELECT alias FROM speaker_alias WHERE speaker_id = ?", arguments: [merge]) {
                changes.touch("speaker_alias", alias)
            }
            let name = try String.fetchOne(db, sql: "SELECT name FROM speaker WHERE id = ?", arguments: [merge])!
            try db.execute(sql: "UPDATE claim SET speaker_id = ? WHERE speaker_id = ?", arguments: [keep, merge])
            try db.execute(sql: "UPDATE speaker_alias SET speaker_id = ? WHERE speaker_id = ?", arguments: [keep, merge])
            try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", arguments: [name, keep])
            changes.touch("speaker_alias", name)
            try db.execute(sql: "UPDATE speaker SET merged_into = ? WHERE id = ?", arguments: [keep, merge])
            changes.touch("speaker", merge)
            try JournalEntry.append(db, author: author, action: "speaker.merge", ids: ["S\(keep)", "S\(merge)"],
                                    payload: .object([("keep", .string("S\(keep)")), ("merged", .string("S\(merge)"))]), changes: changes)
        }
    }

    public func addAlias(speakerID: Int64, alias: String, author: String) throws {
        try write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM speaker WHERE id = ?", arguments: [speakerID]) == 1 else {
                throw StoreError.notFound("speaker", "S\(speakerID)")
            }
            if let other = try Int64.fetchOne(db, sql: "SELECT speaker_id FROM speaker_alias WHERE alias = ?", arguments: [alias]) {
                if other == speakerID { throw StoreError("\(alias) is already an alias of S\(speakerID)") }
                throw StoreError("\(alias) is already an alias of S\(other); merge the speakers instead")
            }
            try db.execute(sql: "INSERT INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", arguments: [alias, speakerID])
            var changes = ChangeSet()
            changes.touch("speaker_alias", alias)
            try JournalEntry.append(db, author: author, action: "speaker.alias", ids: ["S\(speakerID)"],
                                    payload: .object([("speaker", .string("S\(speakerID)")), ("alias", .string(alias))]), changes: changes)
        }
    }

    /// A speaker named by the checker: an existing one by name or alias, else a new person.
    private func resolveSpeaker(_ db: Database, _ name: String, registry: inout SpeakerRegistry) throws -> Int64 {
        if let first = name.first, first == "S" || first == "s", let n = Int64(name.dropFirst()),
           try Int.fetchOne(db, sql: "SELECT count(*) FROM speaker WHERE id = ?", arguments: [n]) == 1 {
            return n
        }
        return try registry.resolve(db, SpeakerMention(name: name, mention: name))
    }
}

import Foundation
