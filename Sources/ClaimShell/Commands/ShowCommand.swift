import ClaimKit

/// `show ID` shows one claim (C3), document (D1) or speaker (S2) in full.
struct ShowCommand: ShellCommand {
    let name = "show"
    let summary = "show a claim, document or speaker in full"
    let usage = "show ID [--text]"
    let details = """
        A claim shows its speaker, date (with the expression it came from), statement, and its
        source span, verified against the document's SHA-256. A document with --text prints its
        stored text with character offsets in the margin (as `read`), to cite a passage.

        Examples:
          show C15
          show D1
          show D1 --text
        """
    static let text = ShellFlag("--text", help: "a document's text with offsets in the margin")
    var options: [OptionSpec] { [Self.text.spec] }
    var positionalCompletion: [CompletionKind] { [.anyID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let id = try args.positional(0, "ID (C1, D1, S1)", usage: usage)
        let store = try session.storeForReading()
        switch Identifier.kind(of: id) {
        case "C":
            try showClaim(try Identifier.parse(id, prefix: "C"), store, args, session)
        case "D" where args[Self.text]:
            try ReadCommand.print(documentID: try Identifier.parse(id, prefix: "D"), range: nil, args: args, session: session)
        case "D":
            try showDocument(try Identifier.parse(id, prefix: "D"), store, args, session)
        case "E":
            let n = try Identifier.parse(id, prefix: "E")
            guard let e = try store.evidence(id: n) else { throw ShellError("no evidence E\(n)") }
            var text = "\(session.style.id(e.ref)) · \(e.stance.rawValue) C\(e.claimID)\(e.withdrawn ? " · WITHDRAWN" : "")"
            let fields: [(String, String?)] = [("source", e.source), ("title", e.title), ("quote", e.quote), ("note", e.note),
                                               ("reliability", e.reliability), ("added", "\(e.addedAt) by \(e.author)"),
                                               ("withdrawn", e.withdrawnAt.map { "\($0): \(e.withdrawnBecause ?? "")" })]
            for (label, value) in fields {
                if let value { text += "\n  " + session.style.dim(label.padding(toLength: 12, withPad: " ", startingAt: 0)) + value }
            }
            try emit(record: text, json: EvidenceCommand.json(e), args, session)
        case "S":
            let n = try Identifier.parse(id, prefix: "S")
            guard let s = try store.speakers().first(where: { $0.id == n }) else { throw ShellError("no speaker \(id.uppercased())") }
            try emit(record: SpeakersCommand.describe(s), json: SpeakersCommand.json(s), args, session)
        default:
            if let n = Int64(id) {
                try showClaim(n, store, args, session)
            } else {
                throw ShellError("not a valid id: \(id) (expected C1, D1, E1 or S1)", usage: usage)
            }
        }
    }

    private func showClaim(_ n: Int64, _ store: any ClaimStore, _ args: Arguments, _ session: Session) throws {
        guard let c = try store.claim(id: n) else { throw ShellError("no claim C\(n)") }
        let doc = try c.documentID.flatMap { try store.document(id: $0, withText: true) }
        let style = session.style
        var head = "\(style.id(c.ref)) · \(c.kind.rawValue)"
        if let cue = c.cue { head += " · \(cue)" }
        if let w = c.when {
            head += " · \(ReportData.dateLabel(w) ?? w.start.description) (\(ReportData.dateOrigin(c) ?? "")"
            if let published = doc?.published, c.dateSource != .edited { head += ", resolved against \(published)" }
            head += ")"
        } else if c.whenText != nil {
            head += " · \(ReportData.dateOrigin(c) ?? "") (unresolved: no publication date)"
        }
        var lines = [TextWidth.wrap(head, width: session.console.width, indent: 4)]
        // Values wrap to the terminal at word boundaries, under their own column (a hanging indent).
        func field(_ label: String, _ value: String) {
            lines.append("  " + style.dim(label.padding(toLength: 10, withPad: " ", startingAt: 0))
                         + TextWidth.wrap(value, width: session.console.width, indent: 12, firstLineUsed: 12))
        }
        var speaker = ReportData.speakerLabel(c, unknown: "—", members: true)
        if let mention = c.mention, mention != c.speakerName { speaker += "   (mention: \"\(mention)\")" }
        field("speaker", speaker)
        if let r = c.recipient { field("to", r) }
        field("statement", c.statement)
        var verified: Bool? = nil
        if let doc, let span = c.span {
            // The same checks as `verify`: the text still hashes to its SHA-256 and the span still
            // holds the statement (the source file's state is `verify`'s business).
            let findings = ProvenanceCheck.check(document: doc, claims: [c])
            let check = findings.filter { $0.subject != .file }.allSatisfy(\.ok)
            verified = check
            field("source", "\(doc.ref) chars \(span.start)-\(span.end) · " +
                  (check ? "verified against sha256 \(DocumentJSON.shortHash(doc.sha256))" : style.bad("DOES NOT MATCH the stored text")))
        }
        if c.span == nil {
            field("source", style.dim("no span: this claim was added by hand and cannot be checked against a document"))
        }
        field("evidence", c.supports + c.contradicts + c.context == 0 ? "none"
              : "\(c.supports) for, \(c.contradicts) against, \(c.context) context")
        let evidence = try store.evidence(claimID: n)
        for e in evidence {
            lines.append("    \(style.id(e.ref)) \(e.stance.rawValue)\(e.withdrawn ? " (withdrawn)" : "") · \(e.source)"
                         + (e.quote.map { " · \"\($0)\"" } ?? ""))
        }
        var retraction: JSONValue = .null
        if let (entry, reason) = try ReportData.retraction(of: c, in: store) {
            let because = reason?.plainText ?? ""
            field("status", "retracted \(entry.at) by \(entry.author): \(because) (journal #\(entry.seq))")
            retraction = .object([("at", .string(entry.at)), ("author", .string(entry.author)), ("because", .string(because)),
                                  ("journal_seq", .int(entry.seq))])
        } else {
            field("status", c.retracted ? "retracted" : c.status)
        }
        let verdicts = try store.verdicts(claimID: n)
        let notCurrent = c.retracted ? " (no longer current: the claim was retracted)" : " (superseded)"
        for v in verdicts.reversed() {
            lines.append("    \(style.id(v.ref)) \(v.current ? style.header(v.rating) : v.rating + notCurrent) · \(v.reason) · \(v.ruledAt) by \(v.author)"
                         + (v.cites.isEmpty ? "" : " · cites " + v.cites.map { "E\($0)" }.joined(separator: ",")))
        }
        field("check", String(format: "%.2f", c.checkworthiness) + " check-worthiness")
        let earlier = try EarlierCheck.find([c.id], in: store, session).first?.match
        if let earlier { field("earlier", EarlierCheck.text(earlier)) }
        var json = ClaimJSON.json(c)
        if case .object(var pairs) = json {
            if let earlier { pairs.append(("earlier_check", EarlierCheck.json(earlier))) }
            pairs.append(("source_verified", verified.map { .bool($0) } ?? .null))
            pairs.append(("retraction", retraction))
            pairs.append(("evidence_items", .array(evidence.map(EvidenceCommand.json))))
            pairs.append(("verdicts", .array(verdicts.map { v in
                .object([("id", .string(v.ref)), ("rating", .string(v.rating)), ("reason", .string(v.reason)),
                         ("cites", .array(v.cites.map { .string("E\($0)") })), ("ruled_at", .string(v.ruledAt)),
                         ("author", .string(v.author)), ("current", .bool(v.current))])
            })))
            json = .object(pairs)
        }
        try emit(record: lines.joined(separator: "\n"), json: json, args, session)
    }

    private func showDocument(_ n: Int64, _ store: any ClaimStore, _ args: Arguments, _ session: Session) throws {
        guard let d = try store.document(id: n, withText: false) else { throw ShellError("no document D\(n)") }
        let style = session.style
        var lines = ["\(style.id(d.ref))  " + (d.title.map { "\"\($0)\"" } ?? "(untitled)")]
        func field(_ label: String, _ value: String?) {
            guard let value else { return }
            lines.append("  " + style.dim(label.padding(toLength: 10, withPad: " ", startingAt: 0)) + value)
        }
        field("byline", d.byline)
        field("outlet", d.outlet)
        field("published", d.published?.description ?? "unknown (set published DATE)")
        field("url", d.url)
        field("path", d.path)
        field("sha256", d.sha256)
        field("claims", "\(d.claimCount) (claims --doc \(d.ref))")
        field("loaded", d.loadedAt)
        try emit(record: lines.joined(separator: "\n"), json: DocumentJSON.json(d), args, session)
    }
}

import Foundation
