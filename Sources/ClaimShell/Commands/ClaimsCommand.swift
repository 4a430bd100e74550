import ClaimKit

/// `claims` lists claims, filtered by speaker, document, status or kind.
struct ClaimsCommand: ShellCommand {
    let name = "claims"
    let summary = "list claims (filter by speaker, document, status, kind)"
    let usage = "claims [--by SPEAKER] [--doc ID] [--status STATUS] [--kind KIND] [--limit N]"
    let details = """
        STATUS is unchecked, in-progress, retracted, or a rating (true, mostly-false, ...).
        KIND is direct, indirect, mixed or assertion.

        Examples:
          claims --by Araqchi
          claims --doc D1 --kind direct
          claims --format csv
        """
    var options: [OptionSpec] {
        [
            OptionSpec("--by", value: "SPEAKER", completion: .speaker, help: "speaker name or alias (part of it)"),
            OptionSpec("--doc", value: "ID", completion: .documentID, help: "only claims of this document"),
            OptionSpec("--status", value: "STATUS",
                       completion: .values(["unchecked", "in-progress", "retracted", "true", "mostly-true", "mixed",
                                            "mostly-false", "false", "unproven"]),
                       help: "unchecked, in-progress, retracted or a rating"),
            OptionSpec("--kind", value: "KIND", completion: .values(ClaimKind.allCases.map(\.rawValue)),
                       help: "direct, indirect, mixed or assertion"),
            OptionSpec("--limit", value: "N", help: "at most N claims"),
        ]
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        var filter = ClaimFilter()
        filter.speaker = args.value("--by")
        if let doc = args.value("--doc") { filter.documentID = try Identifier.parse(doc, prefix: "D") }
        filter.status = args.value("--status")?.lowercased()
        if let kind = args.value("--kind") {
            guard let k = ClaimKind(rawValue: kind.lowercased()) else {
                throw ShellError("unknown kind \(kind) (expected direct, indirect, mixed or assertion)", usage: usage)
            }
            filter.kind = k
        }
        if let limit = args.value("--limit") {
            guard let n = Int(limit), n >= 0 else { throw ShellError("--limit needs a number, not \(limit)") }
            filter.limit = n
        }
        let claims = try session.storeForReading().claims(filter)
        if try format(args, session) == .json {
            session.console.write(JSONValue.array(claims.map(ClaimJSON.json)).pretty + "\n")
            return
        }
        var table = Table(columns: [
            Table.Column("id"), Table.Column("when"), Table.Column("speaker"), Table.Column("kind"),
            Table.Column("status"), Table.Column("statement", flexible: true),
        ], emptyMessage: "no claims")
        for c in claims {
            let statement = c.kind == .direct ? "“\(c.statement)”" : c.statement
            table.append([.string(c.ref), .string(ClaimsCommand.dateLabel(c.when)), .string(ClaimJSON.speakerLabel(c)),
                          .string(c.kind.rawValue), .string(c.retracted ? "retracted" : c.status), .string(statement)])
        }
        try emit(table, args, session)
    }

    /// A resolved date as short as its grain allows: 2025-04-12, 2025-04, 2025, or a range.
    static func dateLabel(_ w: TimeResolution?) -> String? {
        guard let w else { return nil }
        switch w.grain {
        case .day where w.start == w.end: return w.start.description
        case .month where w.start.day == 1 && w.end == w.start.adding(months: 1).adding(days: -1):
            return String(w.start.description.prefix(7))
        case .year where w.start.month == 1 && w.start.day == 1 && w.end.month == 12 && w.end.day == 31 && w.start.year == w.end.year:
            return String(w.start.year)
        default: return "\(w.start)…\(w.end)"
        }
    }
}
