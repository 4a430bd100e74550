import ClaimKit

/// `set` shows the session settings; `set NAME VALUE` changes one.
struct SetCommand: ShellCommand {
    let name = "set"
    let summary = "show or change settings (format, color, author, published, org, url, pager)"
    let usage = "set [NAME VALUE]"
    let details = """
        Settings:
          format TABLE|JSON|CSV|MARKDOWN   how listings print
          color on|off                     colour on a terminal
          author NAME                      who the journal records for changes
          published DATE [--doc ID]        the publication date of the current (or given)
                                           document; its claims' dates are resolved again
          org NAME                         the checking organisation for reports (kept in the store)
          url URL                          where the fact-check is published (ClaimReview; kept in the store)
          pager off|on|COMMAND             long listings on a terminal go through COMMAND
                                           ($PAGER, else less -FRX); off prints them straight

        Examples:
          set format json
          set published 2025-04-17
        """
    static let document = ShellOption.documentID(help: "the document for `published`")
    var options: [OptionSpec] { [Self.document.spec] }
    static let names = ["format", "color", "author", "published", "org", "url", "pager"]
    var positionalCompletion: [CompletionKind] { [.values(SetCommand.names)] }

    func run(_ args: Arguments, in session: Session) throws {
        guard let key = args.positionals.first?.lowercased() else {
            let s = session.settings
            let text = """
                format     \(s.format.rawValue)
                color      \(s.color ? "on" : "off")
                author     \(s.author)
                store      \(s.storePath)
                org        \(s.org ?? "—")
                pager      \(s.pager ?? "off")
                document   \(session.currentDocument.map { "D\($0)" } ?? "—")
                """
            try emit(record: text, json: .object([
                ("format", .string(s.format.rawValue)), ("color", .bool(s.color)), ("author", .string(s.author)),
                ("store", .string(s.storePath)), ("org", .string(s.org)), ("pager", .string(s.pager)),
                ("document", .string(session.currentDocument.map { "D\($0)" })),
            ]), args, session)
            return
        }
        try args.expectPositionals(max: 2, usage: usage)
        let value = try args.positional(1, "VALUE for \(key)", usage: usage)
        switch key {
        case "format":
            session.settings.format = try OutputFormat(parsing: value)
        case "color", "colour":
            switch value.lowercased() {
            case "on", "yes", "true", "1": session.settings.color = true
            case "off", "no", "false", "0": session.settings.color = false
            default: throw ShellError("color takes on or off, not \(value)")
            }
        case "author":
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError("author cannot be empty") }
            session.settings.author = value
        case "org":
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError("org cannot be blank") }
            session.settings.org = value
            try session.storeForWriting().setSetting("org", value, author: session.settings.author)
        case "url":
            try WebAddressArgument.check(value, what: "url")
            try session.storeForWriting().setSetting("url", value, author: session.settings.author)
        case "published":
            try setPublished(value, args, session)
        case "pager":
            switch value.lowercased() {
            case "off", "no", "false", "0": session.settings.pager = nil
            case "on", "yes", "true", "1":
                let env = ProcessInfo.processInfo.environment["PAGER"] ?? ""
                session.settings.pager = env.isEmpty ? "less -FRX" : env
            default: session.settings.pager = value
            }
        default:
            let hint = Suggest.closest(to: key, among: SetCommand.names).map { "; did you mean \($0)?" } ?? ""
            throw ShellError("unknown setting \(key)\(hint)", usage: usage)
        }
    }

    private func setPublished(_ value: String, _ args: Arguments, _ session: Session) throws {
        let date = try DateArgument.parse(value, what: "published")
        let docID: Int64
        if let d = try args[Self.document] {
            docID = d
        } else if let current = session.currentDocument {
            docID = current
        } else if let last = try session.storeForReading().documents().last?.id {
            docID = last
        } else {
            throw ShellError("no document to date: load one first, or name it with --doc")
        }
        let store = try session.storeForWriting()
        guard let doc = try store.document(id: docID, withText: true), let text = doc.text else {
            throw ShellError("no document D\(docID)")
        }
        let extraction = Extractor(published: date).extract(SourceText(text: text))
        let kept = try store.setPublished(documentID: docID, date: date, claims: extraction.claims, author: session.settings.author)
        session.currentDocument = docID
        let resolved = extraction.claims.filter { $0.when != nil }.count
        var line = "D\(docID) published \(date) · \(resolved) claim dates resolved"
        if kept > 0 { line += " · \(kept) date\(kept == 1 ? "" : "s") set by hand kept" }
        session.console.line(line)
    }
}

import Foundation
