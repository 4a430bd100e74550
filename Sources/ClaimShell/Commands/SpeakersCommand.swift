import ClaimKit

/// `speakers` lists who is quoted, with roles, aliases and claim counts.
struct SpeakersCommand: ShellCommand {
    let name = "speakers"
    let summary = "list speakers with roles, aliases and claim counts"
    let usage = "speakers"

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let speakers = try session.storeForReading().speakers()
        if try format(args, session) == .json {
            session.console.write(JSONValue.array(speakers.map(SpeakersCommand.json)).pretty + "\n")
            return
        }
        var table = Table(columns: [
            Table.Column("id"), Table.Column("name"), Table.Column("role"), Table.Column("kind"),
            Table.Column("claims", rightAligned: true), Table.Column("aliases", flexible: true),
        ], emptyMessage: "no speakers")
        for s in speakers {
            let also = s.aliases + s.members
            table.append([.string(s.ref), .string(s.name), .string(s.role), .string(s.kind), .int(s.claimCount),
                          also.isEmpty ? .null : .string(also.joined(separator: ", "))])
        }
        try emit(table, args, session)
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
