import Foundation

extension PostgresStore {
    public func documents() throws -> [DocumentRecord] {
        try read { try link.query("\(Self.documentSelect) ORDER BY d.id").map { Self.document(from: $0, withText: false) } }
    }

    public func document(id: Int64, withText: Bool) throws -> DocumentRecord? {
        try read { try fetchDocument(id: id, withText: withText) }
    }

    func fetchDocument(id: Int64, withText: Bool) throws -> DocumentRecord? {
        let select = withText ? Self.documentSelect.replacingOccurrences(of: "d.loaded_at,", with: "d.loaded_at, d.text,") : Self.documentSelect
        return try link.one("\(select) WHERE d.id = $1", [id]).map { Self.document(from: $0, withText: withText) }
    }

    private static let documentSelect = """
        SELECT d.id, d.path, d.title, d.byline, d.outlet, d.url, d.published, d.sha256, d.file_sha256, d.loaded_at, d.charset,
               (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count
        FROM document d
        """

    private static func document(from row: PGRow, withText: Bool) -> DocumentRecord {
        DocumentRecord(id: row.int("id"), path: row.optString("path"), title: row.optString("title"), byline: row.optString("byline"),
                       outlet: row.optString("outlet"), url: row.optString("url"),
                       published: row.optString("published").flatMap(CivilDate.init(iso:)),
                       sha256: row.string("sha256"), loadedAt: row.string("loaded_at"), claimCount: Int(row.int("claim_count")),
                       text: withText ? row.optString("text") : nil, fileSHA256: row.optString("file_sha256"),
                       charset: row.optString("charset"))
    }

    public func claims(_ filter: ClaimFilter) throws -> [ClaimRecord] {
        var clauses: [String] = []
        var binds: [any PGBind] = []
        if let speaker = filter.speaker {
            binds.append("%" + SQLiteStore.escapeLike(speaker) + "%")
            clauses.append("""
                c.speaker_id IN (SELECT id FROM speaker WHERE name ILIKE $\(binds.count) ESCAPE '\\'
                                 UNION SELECT speaker_id FROM speaker_alias WHERE alias ILIKE $\(binds.count) ESCAPE '\\')
                """)
        }
        if let doc = filter.documentID { binds.append(doc); clauses.append("c.document_id = $\(binds.count)") }
        if let status = filter.status {
            if status == "retracted" {
                clauses.append("c.retracted_at IS NOT NULL")
            } else {
                binds.append(status)
                clauses.append("c.status = $\(binds.count) AND c.retracted_at IS NULL")
            }
        }
        if let kind = filter.kind { binds.append(kind.rawValue); clauses.append("c.kind = $\(binds.count)") }
        var sql = Self.claimSelect
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY c.id"
        if let limit = filter.limit { sql += " LIMIT \(limit) OFFSET \(filter.offset)" }
        return try read { try link.query(sql, binds).map(Self.claim(from:)) }
    }

    public func claim(id: Int64) throws -> ClaimRecord? {
        try read { try link.one(Self.claimSelect + " WHERE c.id = $1", [id]).map(Self.claim(from:)) }
    }

    private static let claimSelect = """
        SELECT c.*, s.name AS speaker_name, s.role AS speaker_role, s.kind AS speaker_kind, s.members AS speaker_members
        FROM claim c LEFT JOIN speaker s ON s.id = c.speaker_id
        """

    private static func claim(from row: PGRow) -> ClaimRecord {
        var when: TimeResolution?
        if let start = row.optString("date_start").flatMap(CivilDate.init(iso:)),
           let end = row.optString("date_end").flatMap(CivilDate.init(iso:)),
           let grain = row.optString("date_grain").flatMap(DateGrain.init(rawValue:)) {
            when = TimeResolution(text: row.optString("when_text") ?? "", start: start, end: end, grain: grain)
        }
        var span: Span?
        if let s = row.optInt("span_start"), let e = row.optInt("span_end") { span = Span(start: Int(s), end: Int(e)) }
        return ClaimRecord(
            id: row.int("id"), documentID: row.optInt("document_id"), kind: ClaimKind(rawValue: row.string("kind")) ?? .assertion,
            speakerID: row.optInt("speaker_id"), speakerName: row.optString("speaker_name"), speakerRole: row.optString("speaker_role"),
            speakerKind: row.optString("speaker_kind"), mention: row.optString("mention"),
            members: decodeStrings(row.optString("speaker_members")), cue: row.optString("cue"), recipient: row.optString("recipient"),
            statement: row.string("statement"), span: span, when: when, whenText: row.optString("when_text"),
            dateSource: (row.optString("date_source")).flatMap(DateSource.init(rawValue:)), dateParagraph: row.optInt("date_paragraph").map { Int($0) },
            checkworthiness: row.double("checkworthiness"), status: row.string("status"), supports: Int(row.int("supports")),
            contradicts: Int(row.int("contradicts")), context: Int(row.int("context")), retracted: row.optString("retracted_at") != nil)
    }

    /// Every word of `text` as a prefix, all required (as SQLite's FTS5 pattern), for `to_tsquery`.
    static func tsQuery(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        return words.map { "\($0):*" }.joined(separator: " & ")
    }

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        guard let query = Self.tsQuery(text) else { return [] }
        let headline = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"
        return try read {
            let claims = try link.query("""
                SELECT c.id, ts_headline('simple', c.statement, q, $3) AS snip
                FROM claim c, to_tsquery('simple', $1) AS q
                WHERE \(PostgresSchema.claimDocument.replacingOccurrences(of: "statement", with: "c.statement")) @@ q
                ORDER BY ts_rank(\(PostgresSchema.claimDocument.replacingOccurrences(of: "statement", with: "c.statement")), q) DESC, c.id
                LIMIT $2
                """, [query, limit, headline])
                .map { SearchHit(source: .claim, id: $0.int("id"), claimID: $0.int("id"), snippet: $0.string("snip")) }
            let evidence = try link.query("""
                SELECT e.id, e.claim_id,
                       ts_headline('simple', coalesce(e.title, '') || ' ' || coalesce(e.quote, '') || ' ' || coalesce(e.note, '') || ' ' || e.source, q, $3) AS snip
                FROM evidence e, to_tsquery('simple', $1) AS q
                WHERE \(PostgresSchema.evidenceDocument) @@ q
                ORDER BY ts_rank(\(PostgresSchema.evidenceDocument), q) DESC, e.id
                LIMIT $2
                """, [query, limit, headline])
                .map { SearchHit(source: .evidence, id: $0.int("id"), claimID: $0.int("claim_id"),
                                 snippet: $0.string("snip").trimmingCharacters(in: .whitespaces)) }
            return claims + evidence
        }
    }

    public func speakers() throws -> [SpeakerRecord] {
        try read {
            var byID: [Int64: [String]] = [:]
            for row in try link.query("SELECT alias, speaker_id FROM speaker_alias ORDER BY lower(alias) COLLATE \"C\", alias COLLATE \"C\"") {
                byID[row.int("speaker_id"), default: []].append(row.string("alias"))
            }
            return try link.query("""
                SELECT s.*, (SELECT count(*) FROM claim c WHERE c.speaker_id = s.id) AS claim_count
                FROM speaker s ORDER BY s.id
                """).map { row in
                let id = row.int("id")
                let name = row.string("name")
                return SpeakerRecord(id: id, name: name, role: row.optString("role"), kind: row.string("kind"),
                                     aliases: (byID[id] ?? []).filter { $0.caseInsensitiveCompare(name) != .orderedSame },
                                     members: decodeStrings(row.optString("members")), claimCount: Int(row.int("claim_count")),
                                     mergedInto: row.optInt("merged_into"))
            }
        }
    }

    public func stats() throws -> StoreStats {
        try read {
            var s = StoreStats()
            // counts kept by the tally triggers (schema v2), not counted on every call
            for row in try link.query("SELECT name, n FROM tally") {
                s.count(tally: row.string("name"), Int(row.int("n")))
            }
            s.schemaVersion = try appliedMigrations()
            return s
        }
    }
}
