import ClaimKit

/// `claims` lists claims, filtered by speaker, document, status or kind.
struct ClaimsCommand: ShellCommand {
    let name = "claims"
    let summary = "list claims (filter by speaker, document, status, kind)"
    let usage = "claims [--by SPEAKER] [--doc ID] [--status STATUS] [--kind KIND] [--matched] [--limit N]"
    let details = """
        STATUS is unchecked, in-progress, retracted, or a rating (true, mostly-false, ...).
        KIND is direct, indirect, mixed or assertion. --matched keeps the claims that repeat an
        earlier check (a prior check from `import factchecks`, or a claim with a verdict), with it.

        Examples:
          claims --by Araqchi
          claims --doc D1 --kind direct
          claims --format csv
        """
    static let speaker = ShellOption.text("--by", "SPEAKER", completion: .speaker, help: "speaker name or alias (part of it)")
    static let document = ShellOption.documentID(help: "only claims of this document")
    static let status = ShellOption.text("--status", "STATUS",
                                    completion: .values(["unchecked", "in-progress", "retracted", "true", "mostly-true", "mixed",
                                                         "mostly-false", "false", "unproven"]),
                                    help: "unchecked, in-progress, retracted or a rating")
    static let kind = ShellOption<ClaimKind>.choice("--kind", "KIND", help: "direct, indirect, mixed or assertion")
    static let matched = ShellFlag("--matched", help: "only claims that repeat an earlier check")
    static let limit = ShellOption.count("--limit", help: "at most N claims", allowingZero: true)
    /// The options that choose claims, shared with `expect claims`.
    static let filterOptions = [speaker.spec, document.spec, status.spec, kind.spec]
    var options: [OptionSpec] { Self.filterOptions + [Self.matched.spec, Self.limit.spec] }

    /// The claims the filter options choose.
    static func filter(_ args: Arguments) throws(ShellError) -> ClaimFilter {
        var filter = ClaimFilter()
        filter.speaker = try args[speaker]
        filter.documentID = try args[document]
        filter.status = try args[status]?.lowercased()
        filter.kind = try args[kind]
        return filter
    }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        var filter = try ClaimsCommand.filter(args)
        filter.limit = try args[Self.limit]
        let store = try session.storeForReading()
        if let doc = filter.documentID, try store.document(id: doc, withText: false) == nil {
            throw ShellError("no document D\(doc)")
        }
        try checkStatus(filter, in: store)
        if args[Self.matched] {
            // The limit applies to the matched claims, not to the claims searched.
            let limit = filter.limit
            filter.limit = nil
            var found = try EarlierCheck.find(try store.claims(filter).map(\.id), in: store, session)
            if let limit { found = Array(found.prefix(limit)) }
            try emitMatched(found, args, session)
            return
        }
        let claims = try store.claims(filter)
        if try format(args, session) == .json {
            session.console.write(JSONValue.array(claims.map(ClaimJSON.json)).pretty + "\n")
            return
        }
        var table = Table(columns: [
            // On a narrow terminal evidence, kind and status give way (in that order) so the statement
            // keeps room; id, date and speaker always stay.
            Table.Column("id"), Table.Column("when"), Table.Column("speaker", maxWidth: 24), Table.Column("kind", dropRank: 2),
            Table.Column("status", dropRank: 3), Table.Column("evidence", dropRank: 1), Table.Column("statement", flexible: true),
        ], emptyMessage: "no claims")
        for c in claims {
            let statement = c.kind == .direct ? "“\(c.statement)”" : c.statement
            table.append([.string(c.ref), .string(ReportData.dateLabel(c.when)), .string(ReportData.speakerLabel(c, unknown: "—", members: true)),
                          .string(c.kind.rawValue), .string(c.retracted ? "retracted" : c.status),
                          .string(ClaimsCommand.balance(c)), .string(statement)])
        }
        try emit(table, args, session)
    }

    private func emitMatched(_ found: [(claim: ClaimRecord, match: MatchResult)], _ args: Arguments, _ session: Session) throws {
        if try format(args, session) == .json {
            session.console.write(JSONValue.array(found.map { c, m in
                guard case .object(var pairs) = ClaimJSON.json(c) else { return ClaimJSON.json(c) }
                pairs.append(("earlier_check", EarlierCheck.json(m)))
                return .object(pairs)
            }).pretty + "\n")
            return
        }
        var table = Table(columns: [
            Table.Column("id"), Table.Column("status", dropRank: 2), Table.Column("statement", flexible: true),
            Table.Column("earlier", "earlier check", flexible: true),
        ], emptyMessage: "no claims repeat an earlier check")
        for (c, m) in found {
            table.append([.string(c.ref), .string(c.retracted ? "retracted" : c.status), .string(c.statement), .string(EarlierCheck.text(m))])
        }
        try emit(table, args, session)
    }

    /// A status that is neither a state nor a rating of the store's scale is refused, unless some
    /// claim has it (a rating of a scale since changed): a typo is named, not answered "no claims".
    private func checkStatus(_ filter: ClaimFilter, in store: any ClaimStore) throws {
        guard let status = filter.status else { return }
        let scale = try store.scale().ratings.map(\.name)
        let known = ["unchecked", "in-progress", "retracted"] + scale
        if known.contains(status) { return }
        var probe = filter
        probe.limit = 1
        guard try store.claims(probe).isEmpty else { return }
        throw ShellError("unknown status \(status) (expected \(known.joined(separator: ", ")))", usage: usage)
    }

    /// The evidence balance in a few characters: "+2 −1", with "~1" for context; empty when none.
    static func balance(_ c: ClaimRecord) -> String {
        guard c.supports + c.contradicts + c.context > 0 else { return "" }
        return "+\(c.supports) −\(c.contradicts)" + (c.context > 0 ? " ~\(c.context)" : "")
    }
}
