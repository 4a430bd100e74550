import ClaimKit

/// `speakers` lists who is quoted, with roles, aliases and claim counts: each person and
/// organisation once across documents; group and anonymous speakers, which belong to one article,
/// only with `--all`, each with its document.
struct SpeakersCommand: ShellCommand {
    let name = "speakers"
    let summary = "list speakers with roles, aliases and claim counts"
    let usage = "speakers [--all]"
    let details = """
        People and organisations named in the articles are one speaker each across every document
        (aliases learned with `speaker alias` apply to later loads). Group and anonymous speakers
        ("the government", "two senior officials") belong to the article that quotes them: --all
        lists them too, once per document, with the document's id.

        Examples:
          speakers
          speakers --all --format json
        """
    static let all = ShellFlag("--all", help: "also group and anonymous speakers, per document")
    var options: [OptionSpec] { [Self.all.spec] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let store = try session.storeForReading()
        let all = args[Self.all]
        let everyone = try store.speakers()
        let speakers = all ? everyone : everyone.filter { !$0.isDocumentLocal }
        // The document a group or anonymous speaker belongs to, from its claims.
        var documents: [Int64: String] = [:]
        if all, everyone.contains(where: \.isDocumentLocal) {
            for claim in try store.claims(ClaimFilter()) {
                if let speaker = claim.speakerID, let doc = claim.documentID, documents[speaker] == nil { documents[speaker] = "D\(doc)" }
            }
        }
        if try format(args, session) == .json {
            session.show(JSONValue.array(speakers.map { s in
                guard all, case .object(let pairs) = SpeakersCommand.json(s) else { return SpeakersCommand.json(s) }
                return .object(pairs + [("document", .string(s.isDocumentLocal ? documents[s.id] : nil))])
            }).pretty + "\n")
            return
        }
        var columns = [
            Table.Column("id"), Table.Column("name"), Table.Column("role"), Table.Column("kind"),
            Table.Column("claims", rightAligned: true), Table.Column("aliases", flexible: true),
        ]
        if all { columns.insert(Table.Column("document"), at: 4) }
        var table = Table(columns: columns, emptyMessage: "no speakers")
        for s in speakers {
            let also = s.aliases + s.members
            var row: [JSONValue] = [.string(s.ref), .string(s.name), .string(s.role), .string(s.kind), .int(s.claimCount),
                                    also.isEmpty ? .null : .string(also.joined(separator: ", "))]
            if all { row.insert(.string(s.isDocumentLocal ? documents[s.id] : nil), at: 4) }
            table.append(row)
        }
        try emit(table, args, session)
        let hidden = everyone.count - speakers.count
        if hidden > 0 && !all {
            session.note("\(hidden) group and anonymous speaker\(hidden == 1 ? "" : "s") of single documents not shown (speakers --all)")
        }
    }

    static func json(_ s: SpeakerRecord) -> JSONValue {
        .object([("id", .string(s.ref)), ("name", .string(s.name)), ("role", .string(s.role)), ("kind", .string(s.kind)),
                 ("aliases", .array(s.aliases.map { .string($0) })), ("members", .array(s.members.map { .string($0) })),
                 ("claims", .int(s.claimCount))])
    }

    static func describe(_ s: SpeakerRecord) -> String {
        var out = "\(s.ref)  \(s.name)"
        if let role = s.role { out += " (\(role))" }
        out += "\n  kind      \(s.kind)\n  claims    \(s.claimCount) (claims --by \(Tokenizer.quoteIfNeeded(s.name)))"
        if !s.aliases.isEmpty { out += "\n  aliases   \(s.aliases.joined(separator: ", "))" }
        if !s.members.isEmpty { out += "\n  members   \(s.members.joined(separator: ", "))" }
        return out
    }
}
