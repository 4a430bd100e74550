/// Corrections to what extraction found: claims added, edited and retracted, document metadata,
/// speakers merged and given aliases.
extension SessionStore {
    public func addClaim(_ c: NewClaim, author: String) throws -> Int64 {
        try write { s in
            if let doc = c.documentID, try s.int("SELECT count(*) FROM document WHERE id = ?", [doc]) == 0 {
                throw StoreError.notFound("document", "D\(doc)")
            }
            var registry = SpeakerRegistry()
            let speakerID = try s.resolveSpeaker(c.speaker, registry: &registry)
            guard let id = try s.int("""
                INSERT INTO claim (id, document_id, span_start, span_end, speaker_id, mention, kind, statement, when_text, date_start, date_end, date_grain,
                                   checkworthiness, date_source)
                VALUES (\(SQLDialect.nextID("claim")), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.5, ?) RETURNING id
                """, [c.documentID, c.span?.start, c.span?.end, speakerID, c.speaker, c.kind.rawValue, c.statement, c.date?.description,
                      c.date?.description, c.date?.description, c.date.map { _ in DateGrain.day.rawValue },
                      c.date.map { _ in DateSource.edited.rawValue }]) else {
                throw StoreError("store \(location): the new claim has no id")
            }
            var changes = registry.changes
            changes.touch("claim", id)
            try JournalEntry.append(s, author: author, action: "claim.add", ids: ["C\(id)"], payload: .object([
                ("claim", .string("C\(id)")), ("statement", .string(c.statement)), ("speaker", .string(c.speaker)),
            ]), changes: changes)
            return id
        }
    }

    public func editClaim(id: Int64, speaker: String?, statement: String?, date: ClaimDateEdit?, author: String) throws {
        try write { s in
            try s.requireClaim(id)
            var registry = SpeakerRegistry()
            var fields: [(String, JSONValue)] = []
            if let speaker {
                let sid = try s.resolveSpeaker(speaker, registry: &registry)
                try s.execute("UPDATE claim SET speaker_id = ?, mention = ? WHERE id = ?", [sid, speaker, id])
                fields.append(("speaker", .string(speaker)))
            }
            if let statement {
                try s.execute("UPDATE claim SET statement = ? WHERE id = ?", [statement, id])
                fields.append(("statement", .string(statement)))
            }
            var changes = registry.changes
            if let date {
                let r: TimeResolution? = if case .set(let r) = date { r } else { nil }
                try s.execute("""
                    UPDATE claim SET date_start = ?, date_end = ?, date_grain = ?, when_text = ?, date_source = ?, date_paragraph = NULL
                    WHERE id = ?
                    """, [r?.start.description, r?.end.description, r?.grain.rawValue, r?.text,
                          r.map { _ in DateSource.edited.rawValue }, id])
                fields += ClaimDateEdit.fields(date)
                // Recorded, so that `set published` keeps it.
                let key = ClaimDateEdit.settingKey(claim: id)
                try s.setSetting(key, author)
                changes.touch("setting", key)
            }
            guard !fields.isEmpty else { throw StoreError("nothing to change: give --speaker, --statement or --on") }
            changes.touch("claim", id)
            try JournalEntry.append(s, author: author, action: "claim.edit", ids: ["C\(id)"],
                                    payload: .object([("claim", .string("C\(id)"))] + fields), changes: changes)
        }
    }

    public func retractClaim(id: Int64, because: String, author: String) throws {
        try write { s in
            try s.requireClaim(id)
            try s.execute("UPDATE claim SET retracted_at = ?, retracted_because = ? WHERE id = ?", [UTCClock.now(), because, id])
            var changes = ChangeSet()
            changes.touch("claim", id)
            try JournalEntry.append(s, author: author, action: "claim.retract", ids: ["C\(id)"],
                                    payload: .object([("claim", .string("C\(id)")), ("because", .string(because))]), changes: changes)
        }
    }

    public func editDocument(id: Int64, _ edit: DocumentEdit, author: String) throws {
        let columns = edit.columns
        guard !columns.isEmpty else { throw StoreError("nothing to change: give --title, --outlet, --url or --byline") }
        try write { s in
            guard try s.int("SELECT count(*) FROM document WHERE id = ?", [id]) == 1 else {
                throw StoreError.notFound("document", "D\(id)")
            }
            let assignments = columns.map { "\($0.column) = ?" }.joined(separator: ", ")
            try s.execute("UPDATE document SET \(assignments) WHERE id = ?", columns.map { $0.value as any SQLBindable } + [id])
            var changes = ChangeSet()
            changes.touch("document", id)
            try JournalEntry.append(s, author: author, action: "document.edit", ids: ["D\(id)"], payload: edit.payload(document: id), changes: changes)
        }
    }

    public func mergeSpeakers(keep: Int64, merge: Int64, author: String) throws {
        try write { s in
            guard keep != merge else { throw StoreError("S\(keep) cannot be merged into itself") }
            for id in [keep, merge] {
                guard let speaker = try s.row("SELECT name, merged_into FROM speaker WHERE id = ?", [id]) else {
                    throw StoreError.notFound("speaker", "S\(id)")
                }
                // A merged speaker lives on in the one it was merged into: merging it again would make a cycle.
                if let into = try speaker.optInt("merged_into") {
                    let name = try speaker.text("name")
                    throw StoreError(id == keep ? "S\(id) \(name) was merged into S\(into): keep S\(into) instead"
                                                : "S\(id) \(name) was already merged into S\(into)")
                }
            }
            var changes = ChangeSet()
            for row in try s.rows("SELECT id FROM claim WHERE speaker_id = ? ORDER BY id", [merge]) {
                changes.touch("claim", try row.int("id"))
            }
            for row in try s.rows("SELECT alias FROM speaker_alias WHERE speaker_id = ? ORDER BY \(s.dialect.orderIgnoringCase("alias"))", [merge]) {
                changes.touch("speaker_alias", try row.text("alias"))
            }
            guard let name = try s.text("SELECT name FROM speaker WHERE id = ?", [merge]) else { throw StoreError.notFound("speaker", "S\(merge)") }
            try s.execute("UPDATE claim SET speaker_id = ? WHERE speaker_id = ?", [keep, merge])
            try s.execute("UPDATE speaker_alias SET speaker_id = ? WHERE speaker_id = ?", [keep, merge])
            try s.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [name, keep])
            changes.touch("speaker_alias", name)
            try s.execute("UPDATE speaker SET merged_into = ? WHERE id = ?", [keep, merge])
            changes.touch("speaker", merge)
            try JournalEntry.append(s, author: author, action: "speaker.merge", ids: ["S\(keep)", "S\(merge)"],
                                    payload: .object([("keep", .string("S\(keep)")), ("merged", .string("S\(merge)"))]), changes: changes)
        }
    }

    public func addAlias(speakerID: Int64, alias: String, author: String) throws {
        try write { s in
            guard try s.int("SELECT count(*) FROM speaker WHERE id = ?", [speakerID]) == 1 else {
                throw StoreError.notFound("speaker", "S\(speakerID)")
            }
            if let other = try s.int("SELECT speaker_id FROM speaker_alias WHERE \(s.dialect.equalsIgnoringCase("alias"))", [alias]) {
                if other == speakerID { throw StoreError("\(alias) is already an alias of S\(speakerID)") }
                throw StoreError("\(alias) is already an alias of S\(other); merge the speakers instead")
            }
            try s.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", [alias, speakerID])
            var changes = ChangeSet()
            changes.touch("speaker_alias", alias)
            try JournalEntry.append(s, author: author, action: "speaker.alias", ids: ["S\(speakerID)"],
                                    payload: .object([("speaker", .string("S\(speakerID)")), ("alias", .string(alias))]), changes: changes)
        }
    }
}

extension StoreSession {
    /// A speaker named by the checker: an existing one by id, name or alias, else a new person.
    func resolveSpeaker(_ name: String, registry: inout SpeakerRegistry) throws -> Int64 {
        if let first = name.first, first == "S" || first == "s", let n = Int64(name.dropFirst()),
           try int("SELECT count(*) FROM speaker WHERE id = ?", [n]) == 1 {
            return n
        }
        return try registry.resolve(self, SpeakerMention(name: name, mention: name))
    }
}
