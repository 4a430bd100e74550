import ClaimKit

/// `claim add|edit|retract`: the checker's corrections to extraction.
struct ClaimCommand: ShellCommand {
    let name = "claim"
    let summary = "add a claim by hand, edit or retract one"
    let usage = """
        claim add "STATEMENT" --by SPEAKER [--on DATE] [--doc ID] [--kind KIND]
               claim edit CLAIM [--speaker NAME] [--statement TEXT] [--on DATE]
               claim retract CLAIM --because TEXT
        """
    let details = """
        Every change is journaled; a retracted claim stays in the store, marked retracted.

        Examples:
          claim add "Inflation reached 40% in March" --by "Central Bank of Iran" --on 2025-03-31 --doc D1
          claim edit C4 --speaker "Farnaz Fassihi"
          claim retract C9 --because "duplicate of C8"
        """
    var options: [OptionSpec] {
        [
            OptionSpec("--by", value: "SPEAKER", completion: .speaker, help: "who made the claim (add)"),
            OptionSpec("--speaker", value: "NAME", completion: .speaker, help: "new speaker (edit)"),
            OptionSpec("--statement", value: "TEXT", help: "new statement (edit)"),
            OptionSpec("--on", value: "DATE", help: "the claim's date (YYYY-MM-DD)"),
            OptionSpec("--doc", value: "ID", completion: .documentID, help: "the document it appears in"),
            OptionSpec("--kind", value: "KIND", completion: .values(ClaimKind.allCases.map(\.rawValue)), help: "direct, indirect, mixed or assertion"),
            OptionSpec("--because", value: "TEXT", help: "why the claim is retracted"),
        ]
    }
    var positionalCompletion: [CompletionKind] { [.values(["add", "edit", "retract"]), .claimID] }

    func run(_ args: Arguments, in session: Session) throws {
        let store = { () throws -> any ClaimStore in try session.storeForWriting() }
        let author = session.settings.author
        switch args.positionals.first?.lowercased() {
        case "add":
            try args.expectPositionals(max: 2, usage: usage)
            let statement = try args.positional(1, "STATEMENT", usage: usage)
            guard !statement.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError("the statement is empty") }
            guard let by = args.value("--by"), !by.isEmpty else { throw ShellError("missing --by SPEAKER", usage: usage) }
            var kind = ClaimKind.indirect
            if let k = args.value("--kind") {
                guard let parsed = ClaimKind(rawValue: k.lowercased()) else { throw ShellError("unknown kind \(k)") }
                kind = parsed
            }
            let date = try args.value("--on").map { d throws(ShellError) in try DateArgument.parse(d, what: "--on") }
            let doc = try args.value("--doc").map { d throws(ShellError) in try Identifier.parse(d, prefix: "D") }
            let id = try store().addClaim(NewClaim(statement: statement, speaker: by, date: date, documentID: doc, kind: kind), author: author)
            session.console.line("\(session.style.id("C\(id)")) added (\(kind.rawValue), by \(by))")
        case "edit":
            try args.expectPositionals(max: 2, usage: usage)
            let id = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
            let date = try args.value("--on").map { d throws(ShellError) in try DateArgument.parse(d, what: "--on") }
            try store().editClaim(id: id, speaker: args.value("--speaker"), statement: args.value("--statement"), date: date, author: author)
            session.console.line("C\(id) edited")
        case "retract":
            try args.expectPositionals(max: 2, usage: usage)
            let id = try Identifier.parse(try args.positional(1, "CLAIM", usage: usage), prefix: "C")
            guard let because = args.value("--because"), !because.isEmpty else { throw ShellError("missing --because TEXT", usage: usage) }
            try store().retractClaim(id: id, because: because, author: author)
            session.console.line("C\(id) retracted (kept in history)")
        case let other:
            throw ShellError(other.map { "unknown claim action \($0) (expected add, edit or retract)" } ?? "missing action: add, edit or retract",
                             usage: usage)
        }
    }
}

/// `speaker merge|alias`: fix who is who. Aliases persist for later loads.
struct SpeakerCommand: ShellCommand {
    let name = "speaker"
    let summary = "merge two speakers or add an alias"
    let usage = """
        speaker merge KEEP OTHER
               speaker alias NAME ALIAS
        """
    let details = """
        KEEP, OTHER and NAME are a speaker id (S3), name or alias. After `speaker merge`, OTHER's
        claims and aliases belong to KEEP, and later articles that mention OTHER resolve to KEEP.

        Examples:
          speaker merge "Ali Khamenei" "Supreme Leader"
          speaker alias "Abbas Araqchi" "Iran's foreign minister"
        """
    var positionalCompletion: [CompletionKind] { [.values(["merge", "alias"]), .speaker, .speaker] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 3, usage: usage)
        let action = try args.positional(0, "action: merge or alias", usage: usage).lowercased()
        let store = try session.storeForWriting()
        func find(_ name: String) throws -> SpeakerRecord {
            guard let s = try store.speaker(named: name) else { throw ShellError("no speaker \(name) (see speakers)") }
            return s
        }
        switch action {
        case "merge":
            let keep = try find(try args.positional(1, "KEEP", usage: usage))
            let other = try find(try args.positional(2, "OTHER", usage: usage))
            try store.mergeSpeakers(keep: keep.id, merge: other.id, author: session.settings.author)
            session.console.line("\(other.ref) \(other.name) merged into \(keep.ref) \(keep.name)")
        case "alias":
            let s = try find(try args.positional(1, "NAME", usage: usage))
            let alias = try args.positional(2, "ALIAS", usage: usage)
            try store.addAlias(speakerID: s.id, alias: alias, author: session.settings.author)
            session.console.line("\(alias) now names \(s.ref) \(s.name)")
        default:
            throw ShellError("unknown speaker action \(action) (expected merge or alias)", usage: usage)
        }
    }
}
