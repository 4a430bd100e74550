import ClaimKit

/// JSON forms of stored records, the same in every command.
enum DocumentJSON {
    static func json(_ d: DocumentRecord) -> JSONValue {
        .object([
            ("id", .string(d.ref)), ("title", .string(d.title)), ("byline", .string(d.byline)),
            ("outlet", .string(d.outlet)), ("url", .string(d.url)), ("published", .string(d.published?.description)),
            ("path", .string(d.path)), ("sha256", .string(d.sha256)), ("claims", .int(d.claimCount)),
            ("loaded_at", .string(d.loadedAt)), ("charset", .string(d.charset)),
        ])
    }

    static func shortHash(_ sha: String) -> String { String(sha.prefix(4)) + "…" + String(sha.suffix(2)) }
}

enum ClaimJSON {
    /// A date and the expression it was read from; `origin` adds where it came from.
    static func when(_ w: TimeResolution?, text: String?, origin: [(String, JSONValue)] = []) -> JSONValue {
        guard let w else {
            return text.map { .object([("text", .string($0)), ("start", .null), ("end", .null), ("grain", .null)] + origin) } ?? .null
        }
        return .object([("text", .string(w.text)), ("start", .string(w.start.description)),
                        ("end", .string(w.end.description)), ("grain", .string(w.grain.rawValue))] + origin)
    }

    /// A claim's date, with where it came from when the store knows it (`source`: explicit, carried,
    /// publication or edited; `paragraph`: where the expression stands).
    static func when(_ c: ClaimRecord) -> JSONValue {
        var origin: [(String, JSONValue)] = []
        if let source = c.dateSource { origin.append(("source", .string(source.rawValue))) }
        if let paragraph = c.dateParagraph { origin.append(("paragraph", .int(paragraph))) }
        return when(c.when, text: c.whenText, origin: origin)
    }

    static func json(_ c: ClaimRecord) -> JSONValue {
        .object([
            ("id", .string(c.ref)),
            ("document", .string(c.documentID.map { "D\($0)" })),
            ("kind", .string(c.kind.rawValue)),
            ("speaker", .object([
                ("id", .string(c.speakerID.map { "S\($0)" })), ("name", .string(c.speakerName)),
                ("mention", .string(c.mention)), ("role", .string(c.speakerRole)),
                ("members", .array(c.members.map { .string($0) })), ("kind", .string(c.speakerKind)),
            ])),
            ("cue", .string(c.cue)),
            ("recipient", .string(c.recipient)),
            ("statement", .string(c.statement)),
            ("span", c.span.map { .object([("start", .int($0.start)), ("end", .int($0.end))]) } ?? .null),
            ("when", when(c)),
            ("checkworthiness", .double(c.checkworthiness)),
            ("status", .string(c.retracted ? "retracted" : c.status)),
            ("evidence", .object([("supports", .int(c.supports)), ("contradicts", .int(c.contradicts)),
                                  ("context", .int(c.context))])),
        ])
    }
}
