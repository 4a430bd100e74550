import ClaimKit
import Foundation

/// `log` shows the journal as a person reads it: who did what, why, and what each change replaced;
/// `log N` one entry in full; `log C7` one object's history; `log verify` checks the hash chain and
/// the tables against it.
struct LogCommand: ShellCommand {
    let name = "log"
    let summary = "the journal of changes; log verify checks it for tampering"
    let usage = "log [ID|SEQ] [--since DATE] [--author NAME] [--limit N]\n       log verify [--head SEQ:HASH] [--report FILE] [--anchors FILE] [--full-text]\n       log anchor [FILE]"
    let details = """
        Every change appends an entry: sequence number, UTC time, author, action, ids, what changed,
        and a SHA-256 over all of it plus the previous entry's hash. The listing's last column says
        what the entry did: the reason given (--because), old → new for each field a correction
        changed, and which verdict a new verdict superseded. `log 12` shows entry 12 in full, every
        changed field with its old and new value; `log C7` the history of one claim (any id: D, S,
        E, V). `--format json` gives each entry's payload as a JSON object.

        `log verify` checks the store's schema against claimcheck's (a trigger or table added behind
        its back is named), recomputes the chain and checks that the tables hold what the journal
        says, and checks the derived data: the row counts `stats` shows and the full-text index
        `find` searches (its bookkeeping; `--full-text` also compares it with the text word by word,
        slower). It exits 1 and names the first entry or row that fails; derived data edited outside
        claimcheck is rebuilt by `reindex`.

        A hash chain alone cannot notice its last entries cut off, or the whole chain recomputed
        after an edit. Heads published outside the store can: `log anchor` signs the current head
        with your key (`key init`) and appends it to FILE (default ~/.config/claimcheck/anchors.jsonl);
        `log verify` checks every head anchored there for this store (signature and presence in
        the chain), `--head SEQ:HASH` a head you noted, `--report FILE` the head a report or export
        states (every report ends with it).

        Examples:
          log C6
          log 12
          log --since 2025-04-01 --author alice
          log verify
          log anchor
          log verify --report published/report.html
        """
    static let head = ShellOption.text("--head", "SEQ:HASH", help: "verify: a head that must still be in the chain")
    static let report = ShellOption.text("--report", "FILE", help: "verify: the head a report or export states")
    static let anchors = ShellOption.text("--anchors", "FILE", help: "verify: the anchors file to check (default in the config folder)")
    static let fullText = ShellFlag("--full-text", help: "verify: also compare the full-text index with the text, word by word (slower)")
    static let since = ShellOption.date("--since", help: "entries at or after this date (YYYY-MM-DD)")
    static let author = ShellOption.text("--author", "NAME", help: "entries by this author")
    static let limit = ShellOption.count("--limit", help: "only the last N entries")
    var options: [OptionSpec] {
        [Self.head.spec, Self.report.spec, Self.anchors.spec, Self.fullText.spec, Self.since.spec, Self.author.spec, Self.limit.spec]
    }
    var positionalCompletion: [CompletionKind] { [.values(["verify", "anchor"]), .path] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        switch args.positionals.first?.lowercased() {
        case "verify":
            try args.expectPositionals(max: 1, usage: usage)
            try verify(args, session)
            return
        case "anchor":
            try anchor(args, session)
            return
        default:
            try args.expectPositionals(max: 1, usage: usage)
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
        filter.since = try args[Self.since]?.description
        filter.author = try args[Self.author]
        filter.limit = try args[Self.limit]
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
        var result = try store.verifyJournal(fullText: args[Self.fullText])
        // Heads published outside the store: each must still be in the chain.
        var checked: [String] = []
        if result.failure == nil {
            var heads: [(what: String, seq: Int64, hash: String)] = []
            if let text = try args[Self.head] {
                guard let head = HeadCheck.parse(text) else { throw ShellError("--head is SEQ:HASH (the hash, or its first 12 or more hex digits)") }
                heads.append(("--head", head.seq, head.hash))
            }
            if let path = try args[Self.report] {
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw ShellError("\(path): cannot read the report")
                }
                guard let head = HeadCheck.head(inReport: text) else { throw ShellError("\(path) states no journal head (N entries, head HASH)") }
                heads.append(("the head \(path) states", head.seq, head.hash))
            }
            let anchorsPath = try args[Self.anchors] ?? AnchorFile.defaultPath
            if let identity = try HeadCheck.storeIdentity(store) {
                let (anchors, problems) = try AnchorFile.read(anchorsPath, store: identity)
                for problem in problems { session.console.error("warning: \(problem)") }
                for (line, anchor) in anchors {
                    guard anchor.signatureIsValid else {
                        result.failure = "the anchor at \(anchorsPath):\(line) has a bad signature (the anchors file was edited)"
                        break
                    }
                    heads.append(("the head \(anchor.author) anchored on \(anchor.at) (\(anchorsPath):\(line))", anchor.seq, anchor.hash))
                }
            }
            for head in heads where result.failure == nil {
                if let problem = try HeadCheck.problem(seq: head.seq, hash: head.hash, in: store) {
                    result.failure = "\(head.what): \(problem)"
                } else {
                    checked.append("#\(head.seq)")
                }
            }
        }
        let json = JSONValue.object([("intact", .bool(result.failure == nil)), ("entries", .int(result.entries)),
                                     ("head", .string(result.headHash)), ("failure", .string(result.failure)),
                                     ("published_heads_checked", .int(checked.count))])
        if let failure = result.failure {
            if try format(args, session) == .json { session.console.write(json.pretty + "\n") }
            throw ShellError("journal verification failed: \(failure)")
        }
        var line = "journal intact: \(result.entries) entries, head \(result.headHash)"
        if !checked.isEmpty { line += "\n\(checked.count) published head\(checked.count == 1 ? "" : "s") still in the chain (\(checked.suffix(5).joined(separator: ", ")))" }
        try emit(record: line, json: json, args, session)
    }

    /// `log anchor [FILE]`: signs the verified head with the checker's key and appends it outside
    /// the store; the first time, the key's public half is recorded in the store for the author.
    private func anchor(_ args: Arguments, _ session: Session) throws {
        let key = try SigningKey.load(from: SigningKey.defaultPath)
        let path = args.positionals.count > 1 ? args.positionals[1] : AnchorFile.defaultPath
        let store = try session.storeForWriting()
        let author = session.settings.author
        let setting = "signing_key:" + author
        if try store.setting(setting) != key.publicKey {
            try store.setSetting(setting, key.publicKey, author: author)
        }
        let check = try store.verifyJournal()
        if let failure = check.failure { throw ShellError("not anchoring a journal that does not verify: \(failure)") }
        guard let identity = try HeadCheck.storeIdentity(store), let head = try store.journal(JournalFilter(limit: 1)).last else {
            throw ShellError("the journal is empty: nothing to anchor")
        }
        let anchor = try JournalAnchor.signed(store: identity, seq: head.seq, hash: head.hash, at: UTCClock.now(), author: author, key: key)
        try AnchorFile.append(anchor, to: path)
        session.console.line("anchored head #\(head.seq) \(head.hash.prefix(12))… in \(path), signed by \(author)")
    }
}
