extension PostgresStore {
    public func addClaim(_ c: NewClaim, author: String) throws -> Int64 {
        try write {
            if let doc = c.documentID, try link.int("SELECT count(*) FROM document WHERE id = $1", [doc]) == 0 {
                throw StoreError.notFound("document", "D\(doc)")
            }
            var registry = PostgresSpeakerRegistry()
            let speakerID = try resolveSpeaker(c.speaker, registry: &registry)
            let id = try nextID("claim")
            try link.execute("""
                INSERT INTO claim (id, document_id, span_start, span_end, speaker_id, mention, kind, statement, when_text, date_start, date_end, date_grain,
                                   checkworthiness, date_source)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0.5, $13)
                """, [id, c.documentID, c.span?.start, c.span?.end, speakerID, c.speaker, c.kind.rawValue, c.statement, c.date?.description,
                      c.date?.description, c.date?.description, c.date.map { _ in DateGrain.day.rawValue },
                      c.date.map { _ in DateSource.edited.rawValue }])
            var changes = registry.changes
            changes.touch("claim", id)
            try appendJournal(author: author, action: "claim.add", ids: ["C\(id)"], payload: .object([
                ("claim", .string("C\(id)")), ("statement", .string(c.statement)), ("speaker", .string(c.speaker)),
            ]), changes: changes)
            return id
        }
    }

    public func editClaim(id: Int64, speaker: String?, statement: String?, date: ClaimDateEdit?, author: String) throws {
        try write {
            try requireClaim(id)
            var registry = PostgresSpeakerRegistry()
            var fields: [(String, JSONValue)] = []
            if let speaker {
                let sid = try resolveSpeaker(speaker, registry: &registry)
                try link.execute("UPDATE claim SET speaker_id = $1, mention = $2 WHERE id = $3", [sid, speaker, id])
                fields.append(("speaker", .string(speaker)))
            }
            if let statement {
                try link.execute("UPDATE claim SET statement = $1 WHERE id = $2", [statement, id])
                fields.append(("statement", .string(statement)))
            }
            var changes = registry.changes
            if let date {
                let r: TimeResolution? = if case .set(let r) = date { r } else { nil }
                try link.execute("""
                    UPDATE claim SET date_start = $1, date_end = $2, date_grain = $3, when_text = $4, date_source = $5, date_paragraph = NULL
                    WHERE id = $6
                    """, [r?.start.description, r?.end.description, r?.grain.rawValue, r?.text,
                          r.map { _ in DateSource.edited.rawValue }, id])
                fields += ClaimDateEdit.fields(date)
                // Recorded, so that `set published` keeps it.
                let key = ClaimDateEdit.settingKey(claim: id)
                try link.execute("INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                 [key, author])
                changes.touch("setting", key)
            }
            guard !fields.isEmpty else { throw StoreError("nothing to change: give --speaker, --statement or --on") }
            changes.touch("claim", id)
            try appendJournal(author: author, action: "claim.edit", ids: ["C\(id)"],
                              payload: .object([("claim", .string("C\(id)"))] + fields), changes: changes)
        }
    }

    public func retractClaim(id: Int64, because: String, author: String) throws {
        try write {
            try requireClaim(id)
            try link.execute("UPDATE claim SET retracted_at = $1, retracted_because = $2 WHERE id = $3", [UTCClock.now(), because, id])
            var changes = ChangeSet()
            changes.touch("claim", id)
            try appendJournal(author: author, action: "claim.retract", ids: ["C\(id)"],
                              payload: .object([("claim", .string("C\(id)")), ("because", .string(because))]), changes: changes)
        }
    }

    public func editDocument(id: Int64, _ edit: DocumentEdit, author: String) throws {
        let columns = edit.columns
        guard !columns.isEmpty else { throw StoreError("nothing to change: give --title, --outlet, --url or --byline") }
        try write {
            guard try link.int("SELECT count(*) FROM document WHERE id = $1", [id]) == 1 else {
                throw StoreError.notFound("document", "D\(id)")
            }
            let assignments = columns.enumerated().map { "\($1.column) = $\($0 + 1)" }.joined(separator: ", ")
            try link.execute("UPDATE document SET \(assignments) WHERE id = $\(columns.count + 1)",
                             columns.map { $0.value as any PGBind } + [id])
            var changes = ChangeSet()
            changes.touch("document", id)
            try appendJournal(author: author, action: "document.edit", ids: ["D\(id)"], payload: edit.payload(document: id), changes: changes)
        }
    }

    public func mergeSpeakers(keep: Int64, merge: Int64, author: String) throws {
        try write {
            guard keep != merge else { throw StoreError("S\(keep) cannot be merged into itself") }
            for id in [keep, merge] where try link.int("SELECT count(*) FROM speaker WHERE id = $1", [id]) == 0 {
                throw StoreError.notFound("speaker", "S\(id)")
            }
            var changes = ChangeSet()
            for row in try link.query("SELECT id FROM claim WHERE speaker_id = $1 ORDER BY id", [merge]) {
                changes.touch("claim", row.int("id"))
            }
            for row in try link.query("SELECT alias FROM speaker_alias WHERE speaker_id = $1 ORDER BY lower(alias) COLLATE \"C\"", [merge]) {
                changes.touch("speaker_alias", row.string("alias"))
            }
            let name = try link.string("SELECT name FROM speaker WHERE id = $1", [merge])!
            try link.execute("UPDATE claim SET speaker_id = $1 WHERE speaker_id = $2", [keep, merge])
            try link.execute("UPDATE speaker_alias SET speaker_id = $1 WHERE speaker_id = $2", [keep, merge])
            try link.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [name, keep])
            changes.touch("speaker_alias", name)
            try link.execute("UPDATE speaker SET merged_into = $1 WHERE id = $2", [keep, merge])
            changes.touch("speaker", merge)
            try appendJournal(author: author, action: "speaker.merge", ids: ["S\(keep)", "S\(merge)"],
                              payload: .object([("keep", .string("S\(keep)")), ("merged", .string("S\(merge)"))]), changes: changes)
        }
    }

    public func addAlias(speakerID: Int64, alias: String, author: String) throws {
        try write {
            guard try link.int("SELECT count(*) FROM speaker WHERE id = $1", [speakerID]) == 1 else {
                throw StoreError.notFound("speaker", "S\(speakerID)")
            }
            if let other = try link.int("SELECT speaker_id FROM speaker_alias WHERE lower(alias) = lower($1)", [alias]) {
                if other == speakerID { throw StoreError("\(alias) is already an alias of S\(speakerID)") }
                throw StoreError("\(alias) is already an alias of S\(other); merge the speakers instead")
            }
            try link.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES ($1, $2)", [alias, speakerID])
            var changes = ChangeSet()
            changes.touch("speaker_alias", alias)
            try appendJournal(author: author, action: "speaker.alias", ids: ["S\(speakerID)"],
                              payload: .object([("speaker", .string("S\(speakerID)")), ("alias", .string(alias))]), changes: changes)
        }
    }

    private func resolveSpeaker(_ name: String, registry: inout PostgresSpeakerRegistry) throws -> Int64 {
        if let first = name.first, first == "S" || first == "s", let n = Int64(name.dropFirst()),
           try link.int("SELECT count(*) FROM speaker WHERE id = $1", [n]) == 1 {
            return n
        }
        return try registry.resolve(self, SpeakerMention(name: name, mention: name))
    }
}
