extension PostgresStore {
    public func load(_ input: NewDocument, author: String) throws -> LoadResult {
        let e = input.extraction
        let sha = SHA256Hex.of(e.text)
        return try write {
            if let id = try link.int("SELECT id FROM document WHERE sha256 = $1", [sha]) {
                let doc = try fetchDocument(id: id, withText: false)!
                let ids = try link.query("SELECT id FROM claim WHERE document_id = $1 ORDER BY id", [id]).map { $0.int("id") }
                return LoadResult(document: doc, claimIDs: ids, speakerCount: 0, alreadyLoaded: true)
            }
            let m = e.metadata
            let docID = try nextID("document")
            try link.execute("""
                INSERT INTO document (id, path, title, byline, outlet, url, published, credits, dateline, sha256, file_sha256, text, loaded_at, charset)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                """, [docID, input.path, m.title, m.byline, m.outlet, m.url, m.published?.description,
                      JSONValue.array(m.credits.map { .string($0) }).compact, m.dateline, sha, input.fileSHA256,
                      e.text, UTCClock.now(), e.charset])
            var resolver = PostgresSpeakerRegistry()
            var claimRows = ChangeSet()
            var claimIDs: [Int64] = []
            var claimPayloads: [JSONValue] = []
            var speakersUsed = Set<Int64>()
            var claimID = try nextID("claim")
            for claim in e.claims {
                let speakerID = try resolver.resolve(self, claim.speaker)
                speakersUsed.insert(speakerID)
                try link.execute("""
                    INSERT INTO claim (id, document_id, span_start, span_end, speaker_id, mention, kind, statement, cue, recipient,
                                       when_text, date_start, date_end, date_grain, checkworthiness, date_source, date_paragraph)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                    """, [claimID, docID, claim.span.start, claim.span.end, speakerID, claim.speaker.mention,
                          claim.kind.rawValue, claim.statement, claim.cue, claim.recipient,
                          claim.when?.text ?? claim.whenText, claim.when?.start.description,
                          claim.when?.end.description, claim.when?.grain.rawValue, claim.checkworthiness,
                          claim.storedDateSource, claim.storedDateParagraph])
                claimIDs.append(claimID)
                claimRows.touch("claim", claimID)
                claimPayloads.append(ClaimPayload.json(id: claimID, speakerID: speakerID, claim: claim))
                claimID += 1
            }
            let payload = ClaimPayload.documentLoad(id: docID, sha256: sha, path: input.path, metadata: m,
                                                    speakers: resolver.created, claims: claimPayloads)
            let ids = ["D\(docID)"] + claimIDs.map { "C\($0)" }
            var changes = ChangeSet()
            changes.touch("document", docID)
            for (table, key) in resolver.changes.touched + claimRows.touched { changes.touch(table, key) }
            try appendJournal(author: author, action: "document.load", ids: ids, payload: payload, changes: changes)
            let doc = try fetchDocument(id: docID, withText: false)!
            return LoadResult(document: doc, claimIDs: claimIDs, speakerCount: speakersUsed.count, alreadyLoaded: false)
        }
    }

    @discardableResult
    public func setPublished(documentID: Int64, date: CivilDate, claims: [ExtractedClaim], author: String) throws -> Int {
        try write {
            guard try fetchDocument(id: documentID, withText: false) != nil else {
                throw StoreError.notFound("document", "D\(documentID)")
            }
            try link.execute("UPDATE document SET published = $1 WHERE id = $2", [date.description, documentID])
            var changes = ChangeSet()
            changes.touch("document", documentID)
            var changed: [JSONValue] = []
            var ids = ["D\(documentID)"]
            // Dates a person set win over extraction.
            let setByHand = Set(try link.query("SELECT key FROM setting WHERE key LIKE $1", [ClaimDateEdit.settingPrefix + "%"])
                .compactMap { Int64($0.string("key").dropFirst(ClaimDateEdit.settingPrefix.count)) })
            var kept = 0
            for claim in claims {
                guard let id = try link.int("""
                    SELECT id FROM claim WHERE document_id = $1 AND span_start = $2 AND span_end = $3 AND kind = $4
                    """, [documentID, claim.span.start, claim.span.end, claim.kind.rawValue]) else { continue }
                if setByHand.contains(id) { kept += 1; continue }
                try link.execute("""
                    UPDATE claim SET when_text = $1, date_start = $2, date_end = $3, date_grain = $4, date_source = $5,
                                     date_paragraph = $6
                    WHERE id = $7
                    """, [claim.when?.text ?? claim.whenText, claim.when?.start.description,
                          claim.when?.end.description, claim.when?.grain.rawValue,
                          claim.storedDateSource, claim.storedDateParagraph, id])
                ids.append("C\(id)")
                changes.touch("claim", id)
                changed.append(.object([("id", .string("C\(id)")), ("date", .string(claim.when?.start.description))]))
            }
            try appendJournal(author: author, action: "document.published", ids: ids, payload: .object([
                ("document", .string("D\(documentID)")), ("published", .string(date.description)), ("claims", .array(changed)),
            ]), changes: changes)
            return kept
        }
    }
}
