import Foundation

/// Reading the store: documents, claims, speakers, counts.
extension SessionStore {
    public func documents() throws -> [DocumentRecord] {
        try read { s in try s.rows("\(StoreSQL.documentSelect) ORDER BY d.id").map { try DocumentRecord(row: $0, withText: false) } }
    }

    public func document(id: Int64, withText: Bool) throws -> DocumentRecord? {
        try read { s in try s.document(id: id, withText: withText) }
    }

    public func claims(_ filter: ClaimFilter) throws -> [ClaimRecord] {
        try read { s in
            var clauses: [String] = []
            var args: [any SQLBindable] = []
            if let speaker = filter.speaker {
                let like = s.dialect.likeIgnoringCase
                clauses.append("""
                    c.speaker_id IN (SELECT id FROM speaker WHERE name \(like) ? ESCAPE '\\'
                                     UNION SELECT speaker_id FROM speaker_alias WHERE alias \(like) ? ESCAPE '\\')
                    """)
                let pattern = "%" + StoreSQL.escapeLike(speaker) + "%"
                args += [pattern, pattern]
            }
            if let doc = filter.documentID { clauses.append("c.document_id = ?"); args.append(doc) }
            if let status = filter.status {
                if status == "retracted" {
                    clauses.append("c.retracted_at IS NOT NULL")
                } else {
                    clauses.append("c.status = ? AND c.retracted_at IS NULL"); args.append(status)
                }
            }
            if let kind = filter.kind { clauses.append("c.kind = ?"); args.append(kind.rawValue) }
            var sql = StoreSQL.claimSelect
            if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
            sql += " ORDER BY c.id"
            if let limit = filter.limit { sql += " LIMIT \(limit) OFFSET \(filter.offset)" }
            return try s.rows(sql, args).map(ClaimRecord.init(row:))
        }
    }

    public func claim(id: Int64) throws -> ClaimRecord? {
        try read { s in try s.claim(id) }
    }

    public func speakers() throws -> [SpeakerRecord] {
        try read { s in
            var byID: [Int64: [String]] = [:]
            for row in try s.rows("SELECT alias, speaker_id FROM speaker_alias ORDER BY \(s.dialect.orderIgnoringCase("alias"))") {
                byID[try row.int("speaker_id"), default: []].append(try row.text("alias"))
            }
            return try s.rows("""
                SELECT s.*, (SELECT count(*) FROM claim c WHERE c.speaker_id = s.id) AS claim_count
                FROM speaker s ORDER BY s.id
                """).map { row in
                let id = try row.int("id")
                let name = try row.text("name")
                return SpeakerRecord(id: id, name: name, role: try row.optText("role"), kind: try row.text("kind"),
                                     aliases: (byID[id] ?? []).filter { $0.caseInsensitiveCompare(name) != .orderedSame },
                                     members: decodeStrings(try row.text("members")), claimCount: Int(try row.int("claim_count")),
                                     mergedInto: try row.optInt("merged_into"))
            }
        }
    }

    /// The names of each person the store knows by more than one (a speaker's name, then its aliases):
    /// ``speakers()`` without the claim counts, which cost a count per speaker in a big store.
    public func peopleWithAliases() throws -> [[String]] {
        try read { s in
            var people: [(id: Int64, names: [String])] = []
            for row in try s.rows("""
                SELECT s.id, s.name, s.kind, a.alias FROM speaker s JOIN speaker_alias a ON a.speaker_id = s.id
                WHERE s.merged_into IS NULL ORDER BY s.id, \(s.dialect.orderIgnoringCase("a.alias"))
                """) {
                let id = try row.int("id"), name = try row.text("name"), alias = try row.text("alias")
                guard !SpeakerRecord.isDocumentLocal(kind: try row.text("kind"), name: name),
                      alias.caseInsensitiveCompare(name) != .orderedSame else { continue }
                if people.last?.id == id { people[people.count - 1].names.append(alias) } else { people.append((id, [name, alias])) }
            }
            return people.map(\.names)
        }
    }

    public func stats() throws -> StoreStats {
        try read { s in
            // Counts kept by triggers (schema v2): a few rows, whatever the store's size.
            var stats = StoreStats()
            for row in try s.rows("SELECT name, n FROM tally") {
                stats.count(tally: try row.text("name"), Int(try row.int("n")))
            }
            stats.schemaVersion = Int(try s.int("SELECT count(*) FROM \(s.dialect.schema.migrationsTable)") ?? 0)
            return stats
        }
    }
}

extension StoreSession {
    func document(id: Int64, withText: Bool) throws -> DocumentRecord? {
        let select = withText ? StoreSQL.documentSelect.replacingOccurrences(of: "d.loaded_at,", with: "d.loaded_at, d.text,") : StoreSQL.documentSelect
        return try row("\(select) WHERE d.id = ?", [id]).map { try DocumentRecord(row: $0, withText: withText) }
    }
}

extension StoreSQL {
    static let documentSelect = """
        SELECT d.id, d.path, d.title, d.byline, d.outlet, d.url, d.published, d.sha256, d.file_sha256, d.loaded_at, d.charset,
               (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count
        FROM document d
        """

    static let claimSelect = """
        SELECT c.*, s.name AS speaker_name, s.role AS speaker_role, s.kind AS speaker_kind, s.members AS speaker_members
        FROM claim c LEFT JOIN speaker s ON s.id = c.speaker_id
        """

    /// `s` as a LIKE pattern matching itself (`ESCAPE '\'`).
    static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

extension DocumentRecord {
    init(row: StoreRow, withText: Bool) throws {
        self.init(id: try row.int("id"), path: try row.optText("path"), title: try row.optText("title"), byline: try row.optText("byline"),
                  outlet: try row.optText("outlet"), url: try row.optText("url"), published: try row.optText("published").flatMap(CivilDate.init(iso:)),
                  sha256: try row.text("sha256"), loadedAt: try row.text("loaded_at"), claimCount: Int(try row.int("claim_count")),
                  text: withText ? try row.text("text") : nil, fileSHA256: try row.optText("file_sha256"),
                  charset: try row.optText("charset"))
    }
}

extension ClaimRecord {
    init(row: StoreRow) throws {
        var when: TimeResolution?
        if let start = try row.optText("date_start").flatMap(CivilDate.init(iso:)),
           let end = try row.optText("date_end").flatMap(CivilDate.init(iso:)),
           let grain = try row.optText("date_grain").flatMap(DateGrain.init(rawValue:)) {
            when = TimeResolution(text: try row.optText("when_text") ?? "", start: start, end: end, grain: grain)
        }
        var span: Span?
        if let s = try row.optInt("span_start"), let e = try row.optInt("span_end"), let start = Int(exactly: s), let end = Int(exactly: e) {
            span = Span(start: start, end: end)
        }
        self.init(
            id: try row.int("id"), documentID: try row.optInt("document_id"), kind: ClaimKind(rawValue: try row.text("kind")) ?? .assertion,
            speakerID: try row.optInt("speaker_id"), speakerName: try row.optText("speaker_name"), speakerRole: try row.optText("speaker_role"),
            speakerKind: try row.optText("speaker_kind"), mention: try row.optText("mention"),
            members: decodeStrings(try row.optText("speaker_members")), cue: try row.optText("cue"), recipient: try row.optText("recipient"),
            statement: try row.text("statement"), span: span, when: when, whenText: try row.optText("when_text"),
            dateSource: try row.optText("date_source").flatMap(DateSource.init(rawValue:)),
            dateParagraph: try row.optInt("date_paragraph").flatMap { Int(exactly: $0) },
            checkworthiness: try row.double("checkworthiness"), status: try row.text("status"), supports: Int(try row.int("supports")),
            contradicts: Int(try row.int("contradicts")), context: Int(try row.int("context")), retracted: try row.optText("retracted_at") != nil)
    }
}

/// Decodes a stored JSON array of strings; anything else gives an empty list.
func decodeStrings(_ text: String?) -> [String] {
    if text == "[]" { return [] }  // most lists (a speaker's members, a verdict's cites) are empty
    guard let text, let data = text.data(using: .utf8),
          let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
    return array
}

extension StoreSession {
    func claim(_ id: Int64) throws -> ClaimRecord? {
        try row(StoreSQL.claimSelect + " WHERE c.id = ?", [id]).map(ClaimRecord.init(row:))
    }
}
