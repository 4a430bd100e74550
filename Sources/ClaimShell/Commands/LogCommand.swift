import ClaimKit

/// `log` shows the journal as a person reads it: who did what, why, and what each change replaced;
/// `log N` one entry in full; `log C7` one object's history; `log verify` checks the hash chain and
/// the tables against it.
struct LogCommand: ShellCommand {
    let name = "log"
    let summary = "the journal of changes; log verify checks it for tampering"
    let usage = "log [ID|SEQ] [--since DATE] [--author NAME] [--limit N]\n       log verify"
    let details = """
        Every change appends an entry: sequence number, UTC time, author, action, ids, what changed,
        and a SHA-256 over all of it plus the previous entry's hash. The listing's last column says
        what the entry did: the reason given (--because), old → new for each field a correction
        changed, and which verdict a new verdict superseded. `log 12` shows entry 12 in full, every
        changed field with its old and new value; `log C7` the history of one claim (any id: D, S,
        E, V). `--format json` gives each entry's payload as a JSON object.

        `log verify` checks the store's schema against claimcheck's (a trigger or table added behind
        its back is named), recomputes the chain and checks that the tables hold what the journal
        says; it exits 1 and names the first entry or row that fails.

        Examples:
          log C6
          log 12
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
            try verify(args, session)
            return
        }
        var filter = JournalFilter()
        var single = false
        if let id = args.positionals.first {
            let digits = id.hasPrefix("#") ? String(id.dropFirst()) : id
            if let seq = Int64(digits), seq > 0 {
                filter.seq = seq
                single = true
            } else {
                guard let kind = Identifier.kind(of: id) else { throw ShellError("not a valid id or entry number: \(id)") }
                filter.id = "\(kind)\(try Identifier.parse(id, prefix: kind))"
            }
        }
        if let since = args.value("--since") { filter.since = try DateArgument.parse(since, what: "--since").description }
        filter.author = args.value("--author")
        if let l = args.value("--limit") {
            guard let n = Int(l), n > 0 else { throw ShellError("--limit needs a positive number") }
            filter.limit = n
        }
        let store = try session.storeForReading()
        let entries = try store.journal(filter)
        if single && entries.isEmpty { throw ShellError("no journal entry #\(filter.seq!)") }
        // A row's value before an entry, when the entry listed before it did not show it: the
        // snapshot of the last earlier entry that touched the row. Looked up for single entries and
        // one object's history (a few rows); a whole listing says what each change set instead.
        let lookBack = single || filter.id != nil
        let readings = try JournalReading.read(entries) { table, ref, key, seq in
            guard lookBack, ref.first.map({ "DSCEV".contains($0) }) == true,
                  let earlier = try store.journal(JournalFilter(id: ref, limit: 1, before: seq)).last else { return nil }
            return JournalReading.snapshot(in: earlier, table: table, key: key)
        }
        let describer = JournalDescriber(store: store, showOldValues: lookBack)
        if single {
            try emit(record: try describer.full(readings[0]), json: describer.json(readings[0]), args, session)
            return
        }
        let style = session.style
        var table = Table(columns: [
            Table.Column("seq", rightAligned: true), Table.Column("at"), Table.Column("author"), Table.Column("action"),
            Table.Column("ids"), Table.Column("what", flexible: true), Table.Column("hash"),
        ], emptyMessage: "no journal entries")
        for reading in readings {
            let e = reading.entry
            // Verdicts stand out, with or without colour: VERDICT and the rating.
            let action = e.action == "verdict" ? style.warn("VERDICT " + (reading.change?["rating"]?.plainText ?? "")) : e.action
            let ids = e.ids.count > 4 ? e.ids.prefix(3).joined(separator: " ") + " +\(e.ids.count - 3)" : e.ids.joined(separator: " ")
            let object = describer.json(reading)
            var extra: [(String, JSONValue)] = []
            if case .object(let pairs) = object { extra = pairs.filter { ["ids_all", "prev_hash", "hash_full", "payload", "changes"].contains($0.0) } }
            table.append([.int(Int(e.seq)), .string(e.at), .string(e.author), .string(action), .string(ids),
                          .string(try describer.summary(reading)), .string(String(e.hash.prefix(12)))], extra: extra)
        }
        try emit(table, args, session)
    }

    private func verify(_ args: Arguments, _ session: Session) throws {
        let store = try session.storeForReading()
        let result = try store.verifyJournal()
        let json = JSONValue.object([("intact", .bool(result.failure == nil)), ("entries", .int(result.entries)),
                                     ("head", .string(result.headHash)), ("failure", .string(result.failure))])
        if let failure = result.failure {
            if try format(args, session) == .json { session.console.write(json.pretty + "\n") }
            throw ShellError("journal verification failed: \(failure)")
        }
        try emit(record: "journal intact: \(result.entries) entries, head \(result.headHash)", json: json, args, session)
    }
}
