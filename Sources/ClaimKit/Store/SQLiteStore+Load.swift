import GRDB

extension SQLiteStore {
    public func load(_ input: NewDocument, author: String) throws -> LoadResult {
        let e = input.extraction
        let sha = SHA256Hex.of(e.text)
        return try write { db in
            if let existing = try Row.fetchOne(db, sql: "SELECT id FROM document WHERE sha256 = ?", arguments: [sha]) {
                let id: Int64 = existing["id"]
                let doc = try fetchDocument(db, id: id, withText: false)!
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM claim WHERE document_id = ? ORDER BY id", arguments: [id])
                return LoadResult(document: doc, claimIDs: ids, speakerCount: 0, alreadyLoaded: true)
            }
            let m = e.metadata
            let loadedAt = UTCClock.now()
            try db.execute(sql: """
                INSERT INTO document (path, title, byline, outlet, url, published, credits, dateline, sha256, file_sha256, text, loaded_at, charset)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [input.path, m.title, m.byline, m.outlet, m.url, m.published?.description,
                                 JSONValue.array(m.credits.map { .string($0) }).compact, m.dateline, sha, input.fileSHA256,
                                 e.text, loadedAt, e.charset])
            let docID = db.lastInsertedRowID
            var resolver = SpeakerRegistry()
            var claimRows = ChangeSet()
            var claimIDs: [Int64] = []
            var claimPayloads: [JSONValue] = []
            var speakersUsed = Set<Int64>()
            for claim in e.claims {
                let speakerID = try resolver.resolve(db, claim.speaker)
                speakersUsed.insert(speakerID)
                try db.execute(sql: """
                    INSERT INTO claim (document_id, span_start, span_end, speaker_id, mention, kind, statement, cue, recipient,
                                       when_text, date_start, date_end, date_grain, checkworthiness, date_source, date_paragraph)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [docID, claim.span.start, claim.span.end, speakerID, claim.speaker.mention,
                                     claim.kind.rawValue, claim.statement, claim.cue, claim.recipient,
                                     claim.when?.text ?? claim.whenText, claim.when?.start.description,
                                     claim.when?.end.description, claim.when?.grain.rawValue, claim.checkworthiness,
                                     claim.storedDateSource, claim.storedDateParagraph])
                let claimID = db.lastInsertedRowID
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
            try JournalEntry.append(db, author: author, action: "document.load", ids: ids, payload: payload, changes: changes)
            let doc = try fetchDocument(db, id: docID, withText: false)!
            return LoadResult(document: doc, claimIDs: claimIDs, speakerCount: speakersUsed.count, alreadyLoaded: false)
        }
    }

    @discardableResult
    public func setPublished(documentID: Int64, date: CivilDate, claims: [ExtractedClaim], author: String) throws -> Int {
        try write { db in
            guard try fetchDocument(db, id: documentID, withText: false) != nil else {
                throw StoreError.notFound("document", "D\(documentID)")
            }
            try db.execute(sql: "UPDATE document SET published = ? WHERE id = ?", arguments: [date.description, documentID])
            var changes = ChangeSet()
            changes.touch("document", documentID)
            var changed: [JSONValue] = []
            var ids = ["D\(documentID)"]
            // Dates a person set win over extraction.
            let setByHand = Set(try String.fetchAll(db, sql: "SELECT key FROM setting WHERE key LIKE ?", arguments: [ClaimDateEdit.settingPrefix + "%"])
                .compactMap { Int64($0.dropFirst(ClaimDateEdit.settingPrefix.count)) })
            var kept = 0
            for claim in claims {
                let row = try Row.fetchOne(db, sql: """
                    SELECT id FROM claim WHERE document_id = ? AND span_start = ? AND span_end = ? AND kind = ?
                    """, arguments: [documentID, claim.span.start, claim.span.end, claim.kind.rawValue])
                guard let id: Int64 = try row?.checked("id") else { continue }
                if setByHand.contains(id) { kept += 1; continue }
                try db.execute(sql: """
                    UPDATE claim SET when_text = ?, date_start = ?, date_end = ?, date_grain = ?, date_source = ?, date_paragraph = ?
                    WHERE id = ?
                    """, arguments: [claim.when?.text ?? claim.whenText, claim.when?.start.description,
                                     claim.when?.end.description, claim.when?.grain.rawValue,
                                     claim.storedDateSource, claim.storedDateParagraph, id])
                ids.append("C\(id)")
                changes.touch("claim", id)
                changed.append(.object([("id", .string("C\(id)")), ("date", .string(claim.when?.start.description))]))
            }
            try JournalEntry.append(db, author: author, action: "document.published", ids: ids, payload: .object([
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
