import Foundation
import GRDB

extension SQLiteStore {
    public func documents() throws -> [DocumentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "\(Self.documentSelect) ORDER BY d.id").map { Self.document(from: $0, withText: false) }
        }
    }

    public func document(id: Int64, withText: Bool) throws -> DocumentRecord? {
        try read { db in try fetchDocument(db, id: id, withText: withText) }
    }

    func fetchDocument(_ db: Database, id: Int64, withText: Bool) throws -> DocumentRecord? {
        let select = withText ? Self.documentSelect.replacingOccurrences(of: "d.loaded_at,", with: "d.loaded_at, d.text,") : Self.documentSelect
        return try Row.fetchOne(db, sql: "\(select) WHERE d.id = ?", arguments: [id]).map { Self.document(from: $0, withText: withText) }
    }

    private static let documentSelect = """
        SELECT d.id, d.path, d.title, d.byline, d.outlet, d.url, d.published, d.sha256, d.file_sha256, d.loaded_at,
               (SELECT count(*) FROM claim c WHERE c.document_id = d.id) AS claim_count
        FROM document d
        """

    private static func document(from row: Row, withText: Bool) -> DocumentRecord {
        DocumentRecord(id: row["id"], path: row["path"], title: row["title"], byline: row["byline"], outlet: row["outlet"],
                       url: row["url"], published: (row["published"] as String?).flatMap(CivilDate.init(iso:)),
                       sha256: row["sha256"], loadedAt: row["loaded_at"], claimCount: row["claim_count"],
                       text: withText ? row["text"] : nil, fileSHA256: row["file_sha256"])
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

    private static func claim(from row: Row) -> ClaimRecord {
        var when: TimeResolution?
        if let start = (row["date_start"] as String?).flatMap(CivilDate.init(iso:)),
           let end = (row["date_end"] as String?).flatMap(CivilDate.init(iso:)),
           let grain = (row["date_grain"] as String?).flatMap(DateGrain.init(rawValue:)) {
            when = TimeResolution(text: row["when_text"] ?? "", start: start, end: end, grain: grain)
        }
        var span: Span?
        if let s: Int = row["span_start"], let e: Int = row["span_end"] { span = Span(start: s, end: e) }
        return ClaimRecord(
            id: row["id"], documentID: row["document_id"], kind: ClaimKind(rawValue: row["kind"]) ?? .assertion,
            speakerID: row["speaker_id"], speakerName: row["speaker_name"], speakerRole: row["speaker_role"],
            speakerKind: row["speaker_kind"], mention: row["mention"],
            members: decodeStrings(row["speaker_members"]), cue: row["cue"], recipient: row["recipient"],
            statement: row["statement"], span: span, when: when, whenText: row["when_text"],
            checkworthiness: row["checkworthiness"], status: row["status"], supports: row["supports"],
            contradicts: row["contradicts"], context: row["context"], retracted: (row["retracted_at"] as String?) != nil)
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
                .map { SearchHit(source: .claim, id: $0["id"], claimID: $0["id"], snippet: $0["snip"]) }
            let evidence = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT e.id, e.claim_id, snippet(evidence_fts, -1, '[', ']', '…', 12) AS snip
                FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
                WHERE evidence_fts MATCH ? AND evidence_fts.rowid >= ? ORDER BY rank LIMIT ?
                """), arguments: [pattern, try cutoff("evidence_fts"), limit])
                .map { SearchHit(source: .evidence, id: $0["id"], claimID: $0["claim_id"], snippet: $0["snip"]) }
            return claims + evidence
        }
    }

    public func speakers() throws -> [SpeakerRecord] {
        try read { db in
            let aliases = try Row.fetchAll(db, sql: "SELECT alias, speaker_id FROM speaker_alias ORDER BY alias")
            var byID: [Int64: [String]] = [:]
            for row in aliases { byID[row["speaker_id"], default: []].append(row["alias"]) }
            return try Row.fetchAll(db, sql: """
                SELECT s.*, (SELECT count(*) FROM claim c WHERE c.speaker_id = s.id) AS claim_count
                FROM speaker s ORDER BY s.id
                """).map { row in
                let id: Int64 = row["id"]
                let name: String = row["name"]
                return SpeakerRecord(id: id, name: name, role: row["role"], kind: row["kind"],
                                     aliases: (byID[id] ?? []).filter { $0.caseInsensitiveCompare(name) != .orderedSame },
                                     members: decodeStrings(row["members"]), claimCount: row["claim_count"],
                                     mergedInto: row["merged_into"])
            }
        }
    }

    public func stats() throws -> StoreStats {
        try read { db in
            // Counts kept by triggers (schema v2): a few rows, whatever the store's size.
            var s = StoreStats()
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT name, n FROM tally")) {
                s.count(tally: row["name"], row["n"])
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
