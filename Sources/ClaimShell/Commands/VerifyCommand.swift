import ClaimKit

/// `verify [CLAIM|DOC]`: do the stored claims still stand on their sources?
struct VerifyCommand: ShellCommand {
    let name = "verify"
    let summary = "check claims against their source text and the files documents came from"
    let usage = "verify [CLAIM|DOC]"
    let details = """
        For each document: its stored text still matches its SHA-256, and the file it was loaded
        from, if still there, has not changed (a changed article is reported, not reloaded). For
        each claim: its span still holds its statement. Exits 1 when anything fails.

        Examples:
          verify
          verify D1
          verify C15
        """
    var positionalCompletion: [CompletionKind] { [.anyID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 1, usage: usage)
        let store = try session.storeForReading()
        var findings: [ProvenanceCheck.Finding] = []
        let target = args.positionals.first
        if let target, Identifier.kind(of: target) == "C" {
            let id = try Identifier.parse(target, prefix: "C")
            guard let claim = try store.claim(id: id) else { throw ShellError("no claim C\(id)") }
            guard let docID = claim.documentID, let doc = try store.document(id: docID, withText: true) else {
                session.console.line("C\(id): not checked: added by hand without a document, no source span to check")
                return
            }
            findings = ProvenanceCheck.check(document: doc, claims: [claim])
        } else {
            var docs = try store.documents()
            if let target {
                let id = try Identifier.parse(target, prefix: "D")
                docs = docs.filter { $0.id == id }
                if docs.isEmpty { throw ShellError("no document D\(id)") }
            }
            for d in docs {
                guard let doc = try store.document(id: d.id, withText: true) else { continue }
                findings += ProvenanceCheck.check(document: doc, claims: try store.claims(ClaimFilter(documentID: d.id)))
            }
            if target == nil {
                // Claims added by hand with no document have nothing to be checked against: named too.
                for c in try store.claims(ClaimFilter()) where c.documentID == nil {
                    findings.append(.init(ref: c.ref, subject: .claim, ok: true, message: "not checked: added by hand without a document", checked: false))
                }
            }
        }
        let failed = findings.filter { !$0.ok }
        let style = session.style
        var table = Table(columns: [Table.Column("id"), Table.Column("ok"), Table.Column("finding", flexible: true)],
                          emptyMessage: "nothing to verify")
        for f in findings where !f.ok || args[Self.all] || findings.count <= 40 {
            table.append([.string(f.ref), f.checked ? .bool(f.ok) : .string("—"), .string(f.ok ? f.message : style.bad(f.message))])
        }
        try emit(table, args, session)
        if !failed.isEmpty {
            throw ShellError("verify failed: \(failed.count) problem\(failed.count == 1 ? "" : "s") (\(failed.prefix(3).map(\.ref).joined(separator: " ")))")
        }
        let unchecked = findings.filter { !$0.checked }
        if try format(args, session) == .table {
            let passed = findings.count - unchecked.count
            var line = "verified: \(passed) check\(passed == 1 ? "" : "s") passed"
            if !unchecked.isEmpty {
                line += " · not checked (no span): " + unchecked.prefix(10).map(\.ref).joined(separator: " ")
                    + (unchecked.count > 10 ? " and \(unchecked.count - 10) more" : "")
            }
            session.console.line(line)
        }
    }

    static let all = ShellFlag("--all", help: "list every check, not only failures, on large stores")
    var options: [OptionSpec] { [Self.all.spec] }
}
