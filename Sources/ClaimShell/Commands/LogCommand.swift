import ClaimKit

/// `log` shows the journal; `log verify` checks its hash chain and the tables against it.
struct LogCommand: ShellCommand {
    let name = "log"
    let summary = "the journal of changes; log verify checks it for tampering"
    let usage = "log [ID] [--since DATE] [--author NAME] [--limit N]\n       log verify"
    let details = """
        Every change appends an entry: sequence number, UTC time, author, action, ids, what changed,
        and a SHA-256 over all of it plus the previous entry's hash. `log verify` recomputes the
        chain and checks that the tables hold what the journal says; it exits 1 and names the
        first entry or row that fails.

        Examples:
          log C6
          log --since 2025-04-01 --author alice
          log verify
        """
    var options: [OptionSpec] {
        [OptionSpec("--since", value: "DATE", help: "entries at or after this date (YYYY-MM-DD)"),
         OptionSpec("--author", value: "NAME", help: "entries by this author"),
         OptionSpec("--limit", value: "N", help: "only the last N entries")]
    }
    var positionalCompletion: [CompletionKind] { [.values(["verify"])] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        if args.positionals.first?.lowercased() == "verify" {
            let store = try session.storeForReading()
            let result = try store.verifyJournal()
            let json = JSONValue.object([("intact", .bool(result.failure == nil)), ("entries", .int(result.entries)),
                                         ("head", .string(result.headHash)), ("failure", .string(result.failure))])
            if let failure = result.failure {
                if try format(args, session) == .json { session.console.write(json.pretty + "\n") }
                throw ShellError("journal verification failed: \(failure)")
            }
            try emit(record: "journal intact: \(result.entries) entries, head \(result.headHash)", json: json, args, session)
            return
        }
        var filter = JournalFilter()
        if let id = args.positionals.first {
            guard let kind = Identifier.kind(of: id) else { throw ShellError("not a valid id: \(id)") }
            filter.id = "\(kind)\(try Identifier.parse(id, prefix: kind))"
        }
        if let since = args.value("--since") { filter.since = try DateArgument.parse(since, what: "--since").description }
        filter.author = args.value("--author")
        if let l = args.value("--limit") {
            guard let n = Int(l), n > 0 else { throw ShellError("--limit needs a positive number") }
            filter.limit = n
        }
        let entries = try session.storeForReading().journal(filter)
        let style = session.style
        var table = Table(columns: [
            Table.Column("seq", rightAligned: true), Table.Column("at"), Table.Column("author"), Table.Column("action"),
            Table.Column("ids"), Table.Column("hash"),
        ], emptyMessage: "no journal entries")
        for e in entries {
            // Verdicts stand out, with or without colour: VERDICT and the rating.
            let action = e.action == "verdict" ? style.warn("VERDICT " + LogCommand.rating(e)) : e.action
            let ids = e.ids.count > 4 ? e.ids.prefix(3).joined(separator: " ") + " +\(e.ids.count - 3)" : e.ids.joined(separator: " ")
            table.append([.int(Int(e.seq)), .string(e.at), .string(e.author), .string(action), .string(ids), .string(String(e.hash.prefix(12)))],
                         extra: [("ids_all", .array(e.ids.map { .string($0) })), ("prev_hash", .string(e.prevHash)),
                                 ("hash_full", .string(e.hash)), ("payload", .string(e.payload))])
        }
        try emit(table, args, session)
    }

    /// The rating a verdict entry recorded.
    static func rating(_ e: JournalEntry) -> String {
        guard let data = e.payload.data(using: .utf8),
              let payload = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let change = payload["change"] as? [String: Any], let rating = change["rating"] as? String else { return "" }
        return rating
    }
}

import Foundation
