import Foundation
import GRDB

extension SQLiteStore {
    public func documents() throws -> [DocumentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "\(Self.documentSelect) ORDER BY d.id").map { try Self.document(from: $0, withText: false) }
        }
    }

    public func document(id: Int64, withText: Bool) throws -> DocumentRecord? {
        try read { db in try fetchDocument(db, id: id, withText: withText) }
    }

    func fetchDocument(_ db: Database, id: Int64, withText: Bool) throws -> DocumentRecord? {
        let select = withText ? Self.documentSelect.replacingOccurrences(of: "d.loaded_at,", with: "d.loaded_at, d.text,") : Self.documentSelect
        return try Row.fetchOne(db, sql: "\(select) WHERE d.id = ?", arguments: [id]).map { try Self.document(from: $0, withText: withText) }
    }

    private static let documentSelect = """
        SELECT d.id, d.path, d.title, d.byline, d.outlet, d.url, d.published, d.sha256, d.file_sha256, d.loaded_at, d.charset,
               (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count
        FROM document d
        """

    private static func document(from row: Row, withText: Bool) throws -> DocumentRecord {
        DocumentRecord(id: try row.checked("id"), path: try row.checked("path"), title: try row.checked("title"), byline: try row.checked("byline"), outlet: try row.checked("outlet"),
                       url: try row.checked("url"), published: (try row.checked("published") as String?).flatMap(CivilDate.init(iso:)),
                       sha256: try row.checked("sha256"), loadedAt: try row.checked("loaded_at"), claimCount: try row.checked("claim_count"),
                       text: withText ? try row.checked("text") : nil, fileSHA256: try row.checked("file_sha256"),
                       charset: try row.checked("charset"))
    }

    public func claims(_ filter: ClaimFilter) throws -> [ClaimRecord] {
        var clauses: [String] = []
        var args: [any DatabaseValueConvertible] = []
        if let speaker = filter.speaker {
            clauses.append("""
                c.speaker_id IN (SELECT id FROM speaker WHERE name LIKE ? ESCAPE '\\'
                                 UNION SELECT speaker_id FROM speaker_alias WHERE alias LIKE ? ESCAPE '\\')
                """)
            let pattern = "%" + Self.escapeLike(speaker) + "%"
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
        var sql = Self.claimSelect
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY c.id"
        if let limit = filter.limit { sql += " LIMIT \(limit) OFFSET \(filter.offset)" }
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map(Self.claim(from:))
        }
    }

    public func claim(id: Int64) throws -> ClaimRecord? {
        try read { db in
            try Row.fetchOne(db.cachedStatement(sql: Self.claimSelect + " WHERE c.id = ?"), arguments: [id]).map(Self.claim(from:))
        }
    }

    private static let claimSelect = """
        SELECT c.*, s.name AS speaker_name, s.role AS speaker_role, s.kind AS speaker_kind, s.members AS speaker_members
        FROM claim c LEFT JOIN speaker s ON s.id = c.speaker_id
        """

    private static func claim(from row: Row) throws -> ClaimRecord {
        var when: TimeResolution?
        if let start = (try row.checked("date_start") as String?).flatMap(CivilDate.init(iso:)),
           let end = (try row.checked("date_end") as String?).flatMap(CivilDate.init(iso:)),
           let grain = (try row.checked("date_grain") as String?).flatMap(DateGrain.init(rawValue:)) {
            when = TimeResolution(text: try row.checked("when_text") ?? "", start: start, end: end, grain: grain)
        }
        var span: Span?
        if let s: Int = try row.checked("span_start"), let e: Int = try row.checked("span_end") { span = Span(start: s, end: e) }
        return ClaimRecord(
            id: try row.checked("id"), documentID: try row.checked("document_id"), kind: ClaimKind(rawValue: try row.checked("kind")) ?? .assertion,
            speakerID: try row.checked("speaker_id"), speakerName: try row.checked("speaker_name"), speakerRole: try row.checked("speaker_role"),
            speakerKind: try row.checked("speaker_kind"), mention: try row.checked("mention"),
            members: decodeStrings(try row.checked("speaker_members")), cue: try row.checked("cue"), recipient: try row.checked("recipient"),
            statement: try row.checked("statement"), span: span, when: when, whenText: try row.checked("when_text"),
            dateSource: (try row.checked("date_source") as String?).flatMap(DateSource.init(rawValue:)), dateParagraph: try row.checked("date_paragraph"),
            checkworthiness: try row.checked("checkworthiness"), status: try row.checked("status"), supports: try row.checked("supports"),
            contradicts: try row.checked("contradicts"), context: try row.checked("context"), retracted: (try row.checked("retracted_at") as String?) != nil)
    }

    /// How many of the newest matches `find` ranks by relevance.
    static let searchWindow = 1000

    public func search(_ text: String, limit: Int) throws -> [SearchHit] {
        guard let pattern = FTS5Pattern(matchingAllPrefixesIn: text) else { return [] }
        return try read { db in
            // Ranking scores every match, so a common word in a big archive would be scored
            // hundreds of thousands of times: only the newest `searchWindow` matches are ranked
            // (the whole set when there are fewer), found by walking the index backwards.
            func cutoff(_ table: String) throws -> Int64 {
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                                   arguments: [pattern, Self.searchWindow - 1]) ?? 0
            }
            let claims = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT c.id, snippet(claim_fts, 0, '[', ']', '…', 12) AS snip
                FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid
                WHERE claim_fts MATCH ? AND claim_fts.rowid >= ? ORDER BY rank LIMIT ?
                """), arguments: [pattern, try cutoff("claim_fts"), limit])
                .map { SearchHit(source: .claim, id: try $0.checked("id"), claimID: try $0.checked("id"), snippet: $0["snip"]) }
            let evidence = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT e.id, e.claim_id, snippet(evidence_fts, -1, '[', ']', '…', 12) AS snip
                FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
                WHERE evidence_fts MATCH ? AND evidence_fts.rowid >= ? ORDER BY rank LIMIT ?
                """), arguments: [pattern, try cutoff("evidence_fts"), limit])
                .map { SearchHit(source: .evidence, id: try $0.checked("id"), claimID: $0["claim_id"], snippet: $0["snip"]) }
            return claims + evidence
        }
    }

    public func speakers() throws -> [SpeakerRecord] {
        try read { db in
            let aliases = try Row.fetchAll(db, sql: "SELECT alias, speaker_id FROM speaker_alias ORDER BY alias")
            var byID: [Int64: [String]] = [:]
            for row in aliases { byID[try row.checked("speaker_id"), default: []].append(try row.checked("alias")) }
            return try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT count(*) FROM claim c WHERE c.speaker_id = s.id) AS claim_count
                FROM speaker s ORDER BY s.id
                """).map { row in
                let id: Int64 = try row.checked("id")
                let name: String = try row.checked("name")
                return SpeakerRecord(id: id, name: name, role: try row.checked("role"), kind: try row.checked("kind"),
                                     aliases: (byID[id] ?? []).filter { $0.caseInsensitiveCompare(name) != .orderedSame },
                                     members: decodeStrings(try row.checked("members")), claimCount: try row.checked("claim_count"),
                                     mergedInto: try row.checked("merged_into"))
            }
        }
    }

    public func stats() throws -> StoreStats {
        try read { db in
            // Counts kept by triggers (schema v2): a few rows, whatever the store's size.
            var s = StoreStats()
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, n FROM tally")) {
                s.count(tally: try row.checked("name"), try row.checked("n"))
            }
            s.schemaVersion = try Schema.migrator.appliedIdentifiers(db).count
            return s
        }
    }

    static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Decodes a stored JSON array of strings; anything else gives an empty list.
func decodeStrings(_ text: String?) -> [String] {
    guard let text, let data = text.data(using: .utf8),
          let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
    return array
}
