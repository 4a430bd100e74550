/// Loading an article with its claims, and re-dating them when its publication date is set.
extension SessionStore {
    public func load(_ input: NewDocument, author: String) throws -> LoadResult {
        let e = input.extraction
        let sha = SHA256Hex.of(e.text)
        return try write { s in
            if let id = try s.int("SELECT id FROM document WHERE sha256 = ?", [sha]) {
                guard let doc = try s.document(id: id, withText: false) else { throw StoreError.notFound("document", "D\(id)") }
                let ids = try s.rows("SELECT id FROM claim WHERE document_id = ? ORDER BY id", [id]).map { try $0.int("id") }
                return LoadResult(document: doc, claimIDs: ids, speakerCount: 0, alreadyLoaded: true)
            }
            let m = e.metadata
            guard let docID = try s.int("""
                INSERT INTO document (id, path, title, byline, outlet, url, published, credits, dateline, sha256, file_sha256, text, loaded_at, charset)
                VALUES (\(SQLDialect.nextID("document")), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, [input.path, m.title, m.byline, m.outlet, m.url, m.published?.description,
                      JSONValue.array(m.credits.map { .string($0) }).compact, m.dateline, sha, input.fileSHA256,
                      e.text, UTCClock.now(), e.charset]) else {
                throw StoreError("store \(location): the new document has no id")
            }
            var resolver = SpeakerRegistry()
            var claimRows = ChangeSet()
            var claimIDs: [Int64] = []
            var claimPayloads: [JSONValue] = []
            var speakersUsed = Set<Int64>()
            for claim in e.claims {
                let speakerID = try resolver.resolve(s, claim.speaker)
                speakersUsed.insert(speakerID)
                guard let claimID = try s.int("""
                    INSERT INTO claim (id, document_id, span_start, span_end, speaker_id, mention, kind, statement, cue, recipient,
                                       when_text, date_start, date_end, date_grain, checkworthiness, date_source, date_paragraph)
                    VALUES (\(SQLDialect.nextID("claim")), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """, [docID, claim.span.start, claim.span.end, speakerID, claim.speaker.mention,
                          claim.kind.rawValue, claim.statement, claim.cue, claim.recipient,
                          claim.when?.text ?? claim.whenText, claim.when?.start.description,
                          claim.when?.end.description, claim.when?.grain.rawValue, claim.checkworthiness,
                          claim.storedDateSource, claim.storedDateParagraph]) else {
                    throw StoreError("store \(location): a new claim has no id")
                }
                claimIDs.append(claimID)
                claimRows.touch("claim", claimID)
                claimPayloads.append(ClaimPayload.json(id: claimID, speakerID: speakerID, claim: claim))
            }
            let payload = ClaimPayload.documentLoad(id: docID, sha256: sha, path: input.path, metadata: m,
                                                    speakers: resolver.created, claims: claimPayloads)
            let ids = ["D\(docID)"] + claimIDs.map { "C\($0)" }
            var changes = ChangeSet()
            changes.touch("document", docID)
            for (table, key) in resolver.changes.touched + claimRows.touched { changes.touch(table, key) }
            try JournalEntry.append(s, author: author, action: "document.load", ids: ids, payload: payload, changes: changes)
            guard let doc = try s.document(id: docID, withText: false) else { throw StoreError.notFound("document", "D\(docID)") }
            return LoadResult(document: doc, claimIDs: claimIDs, speakerCount: speakersUsed.count, alreadyLoaded: false)
        }
    }

    @discardableResult
    public func setPublished(documentID: Int64, date: CivilDate, claims: [ExtractedClaim], author: String) throws -> Int {
        try write { s in
            guard try s.int("SELECT count(*) FROM document WHERE id = ?", [documentID]) == 1 else {
                throw StoreError.notFound("document", "D\(documentID)")
            }
            try s.execute("UPDATE document SET published = ? WHERE id = ?", [date.description, documentID])
            var changes = ChangeSet()
            changes.touch("document", documentID)
            var changed: [JSONValue] = []
            var ids = ["D\(documentID)"]
            // Dates a person set win over extraction.
            let setByHand = Set(try s.rows("SELECT key FROM setting WHERE key LIKE ?", [ClaimDateEdit.settingPrefix + "%"])
                .compactMap { Int64(try $0.text("key").dropFirst(ClaimDateEdit.settingPrefix.count)) })
            var kept = 0
            for claim in claims {
                guard let id = try s.int("""
                    SELECT id FROM claim WHERE document_id = ? AND span_start = ? AND span_end = ? AND kind = ?
                    """, [documentID, claim.span.start, claim.span.end, claim.kind.rawValue]) else { continue }
                if setByHand.contains(id) { kept += 1; continue }
                try s.execute("""
                    UPDATE claim SET when_text = ?, date_start = ?, date_end = ?, date_grain = ?, date_source = ?, date_paragraph = ?
                    WHERE id = ?
                    """, [claim.when?.text ?? claim.whenText, claim.when?.start.description,
                          claim.when?.end.description, claim.when?.grain.rawValue,
                          claim.storedDateSource, claim.storedDateParagraph, id])
                ids.append("C\(id)")
                changes.touch("claim", id)
                changed.append(.object([("id", .string("C\(id)")), ("date", .string(claim.when?.start.description))]))
            }
            try JournalEntry.append(s, author: author, action: "document.published", ids: ids, payload: .object([
                ("document", .string("D\(documentID)")), ("published", .string(date.description)), ("claims", .array(changed)),
            ]), changes: changes)
            return kept
        }
    }
}

/// The journal's record of one claim.
enum ClaimPayload {
    static func json(id: Int64, speakerID: Int64, claim: ExtractedClaim) -> JSONValue {
        .object([
            ("id", .string("C\(id)")),
            ("kind", .string(claim.kind.rawValue)),
            ("speaker", .string("S\(speakerID)")),
            ("statement", .string(claim.statement)),
            ("span", .array([.int(Int64(claim.span.start)), .int(Int64(claim.span.end))])),
            ("date", .string(claim.when?.start.description)),
        ])
    }

    /// The payload of a `document.load` entry: the document, the speakers it created and its claims.
    static func documentLoad(id: Int64, sha256: String, path: String?, metadata m: DocumentMetadata,
                             speakers: [(id: Int64, name: String)], claims: [JSONValue]) -> JSONValue {
        .object([
            ("document", .object([
                ("id", .string("D\(id)")),
                ("sha256", .string(sha256)),
                ("path", .string(path)),
                ("title", .string(m.title)),
                ("published", .string(m.published?.description)),
            ])),
            ("speakers", .array(speakers.map { .object([("id", .string("S\($0.id)")), ("name", .string($0.name))]) })),
            ("claims", .array(claims)),
        ])
    }
}
