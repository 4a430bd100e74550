/// The fact-check of ``HTMLReport`` in GitHub-flavoured Markdown, for a CMS: the same sections in
/// the same order (header, rulings, each checked claim, corrections, legend, documents, how to
/// verify). Text from articles and checkers is escaped, and a passage's line breaks stay inside its
/// blockquote.
public enum MarkdownReport {
    public static func render(_ data: ReportData, _ options: ReportOptions = ReportOptions()) -> String {
        let shown = options.shown(data)
        let checked = shown.filter { !$0.verdicts.isEmpty }
        let unchecked = shown.filter { $0.verdicts.isEmpty }
        var out = ""
        if let org = options.organization { out += "**\(escape(org))**\n\n" }
        out += "# \(escape(options.headline(data)))\n\n"
        out += "*\(escape(data.dateline(shown)))*\n\n"
        let docs = data.documents.compactMap(\.document)

        out += "## Our rulings\n\n"
        if checked.isEmpty { out += "No claim has a verdict yet.\n\n" }
        for item in checked {
            let c = item.claim
            out += "- **\(escape(data.scale.label(of: item.current!.rating)))**: [\(escape(ReportData.speakerLabel(c)))](#\(c.ref.lowercased())) — \(escape(ReportData.short(c.statement)))\n"
        }
        if !checked.isEmpty { out += "\n" }
        for item in checked { out += claim(item, data) }
        if !unchecked.isEmpty {
            out += "## Claims not checked yet (\(unchecked.count))\n\n"
            for item in unchecked { out += claim(item, data) }
        }

        var corrections: [String] = data.retractions.map { r in
            "\(r.at.prefix(10)): \(r.claim.ref) (\(escape(ReportData.speakerLabel(r.claim))): “\(escape(ReportData.short(r.claim.statement)))”) was withdrawn: \(escape(r.because))"
        }
        corrections += data.supersededVerdicts(checked).map { item, old, new in
            "\(new.ruledAt.prefix(10)): the rating of \(item.claim.ref) changed from \(escape(data.scale.label(of: old.rating))) to \(escape(data.scale.label(of: new.rating))): \(escape(new.reason))"
        }
        if !corrections.isEmpty {
            out += "## Corrections\n\n" + corrections.map { "- \($0)\n" }.joined() + "\n"
        }
        out += "## How we rate\n\n| rating | meaning |\n| --- | --- |\n"
        for r in data.scale.ratings { out += "| \(escape(r.label)) | \(escape(r.meaning ?? "")) |\n" }
        out += "\n"
        if !docs.isEmpty {
            out += "## Documents covered\n\n"
            for d in docs {
                var facts: [String] = [escape(d.title ?? d.path ?? d.ref)]
                if let outlet = d.outlet { facts.append(escape(outlet)) }
                if let byline = d.byline { facts.append("by \(escape(byline))") }
                facts.append(d.published.map { "published \($0)" } ?? "publication date unknown")
                if let url = d.url {
                    // A link only for a plain http(s) address; anything else is shown as text.
                    facts.append(WebLink.isSafe(url) ? "<\(url)>" : "\(escape(url)) (not a web address)")
                }
                out += "- " + facts.joined(separator: " · ") + "  \n  \(d.ref), SHA-256 `\(d.sha256)`\n"
            }
            out += "\n"
        }
        out += "---\n\nVerify this report: it was made when the store's journal held \(data.journalEntries) entries, head `\(data.journalHead)`. "
        out += "Run `claimcheck log verify --report FILE` on the store, with this file as FILE.\n"
        return out
    }

    static func claim(_ item: ReportData.ClaimItem, _ data: ReportData) -> String {
        let c = item.claim
        let document = data.documents.first { $0.document?.id == c.documentID }?.document
        var out = "### \(c.ref)\n\n"
        if let v = item.current {
            out += "**\(escape(data.scale.label(of: v.rating)))**"
            if let meaning = data.scale.rating(named: v.rating)?.meaning { out += " — \(escape(meaning))" }
            out += "\n\n"
        } else {
            out += "**\(escape(c.status))**\n\n"
        }
        let statement = c.kind == .direct ? "“\(c.statement)”" : c.statement
        out += quote(escape(statement)) + "\n"
        var who = "— **\(escape(ReportData.speakerLabel(c, unknown: "Unattributed")))**, "
        who += escape(ReportData.howSaid(c))
        if let doc = document {
            let name = escape(doc.outlet ?? doc.title ?? doc.ref)
            if let url = doc.url, WebLink.isSafe(url) { who += ", in [\(name)](<\(url)>)" } else { who += ", in \(name)" }
            if let published = doc.published { who += " (\(published))" }
        }
        if let date = ReportData.dateLabel(c.when) {
            who += " · \(date)" + (ReportData.dateOrigin(c).map { ", \(escape($0))" } ?? "")
        }
        out += who + "\n\n"
        if let passage = ReportData.passage(c, in: document) {
            out += "Context:\n\n" + quote(escape(passage.before) + "**" + escape(passage.claim) + "**" + escape(passage.after)) + "\n"
        }
        if let v = item.current { out += "**Our reasoning:** \(escape(v.reason))\n\n" }
        if let earlier = item.earlierCheck { out += "*Checked before: \(escape(earlier.earlierCheckText))*\n\n" }
        let active = item.evidence.filter { !$0.withdrawn }
        for (title, stance) in [("Evidence for", Stance.supports), ("Evidence against", .contradicts), ("Context", .context)] {
            let list = active.filter { $0.stance == stance }
            guard !list.isEmpty else { continue }
            out += "\(title):\n\n"
            for e in list {
                if WebLink.isSafe(e.source) {
                    out += "- \(e.ref): [\(escape(e.title ?? e.source))](<\(e.source)>)"
                } else {
                    out += "- \(e.ref): \(escape(e.title ?? e.source))"
                    if e.title != nil { out += " (\(escape(e.source)))" }
                }
                if let q = e.quote { out += " — “\(escape(q))”" }
                if let note = e.note { out += " — \(escape(note))" }
                if let r = e.reliability { out += " · reliability \(escape(r))" }
                out += "\n"
            }
            out += "\n"
        }
        if item.verdicts.count > 1 {
            out += "Verdict history:\n\n"
            for v in item.verdicts {
                out += "1. \(v.ruledAt.prefix(10)) **\(escape(data.scale.label(of: v.rating)))** by \(escape(v.author)): \(escape(v.reason))"
                out += v.current ? "\n" : " (superseded)\n"
            }
            out += "\n"
        }
        return out
    }

    /// A blockquote whose every line, blank ones included, stays inside the quote.
    static func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> \($0)" }.joined(separator: "\n") + "\n"
    }

    /// Keeps text literal in Markdown: characters that would start markup (emphasis, links,
    /// images, raw HTML, entities, tables, headings) are backslash-escaped, as CommonMark allows
    /// for every ASCII punctuation character.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>#|&!~".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
