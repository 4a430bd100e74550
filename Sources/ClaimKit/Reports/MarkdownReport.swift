/// A verdict report in Markdown: one section per document, a summary of ratings, then each
/// claim with its verdict, evidence and history; ends with the journal head for verification.
public enum MarkdownReport {
    public static func render(_ data: ReportData) -> String {
        var out = "# Fact-check report\n\n"
        for item in data.documents {
            if let d = item.document {
                out += "## \(escape(d.title ?? d.path ?? d.ref))\n\n"
                var facts: [String] = []
                if let outlet = d.outlet { facts.append("**Outlet:** \(escape(outlet))") }
                if let byline = d.byline { facts.append("**By:** \(escape(byline))") }
                facts.append("**Published:** \(d.published?.description ?? "unknown")")
                if let url = d.url {
                    // A link only for a plain http(s) address; anything else is shown as text.
                    facts.append(WebLink.isSafe(url) ? "**URL:** <\(url)>" : "**URL:** \(escape(url)) (not a web address)")
                }
                facts.append("**Document:** \(d.ref), SHA-256 `\(d.sha256)`")
                out += facts.joined(separator: "  \n") + "\n\n"
            } else {
                out += "## Claims added by hand\n\n"
            }
            out += "| rating | claims |\n| --- | ---: |\n"
            for (rating, n) in data.summary(item.claims) { out += "| \(escape(rating)) | \(n) |\n" }
            out += "\n"
            for c in item.claims { out += claim(c) }
        }
        out += "---\n\nJournal: \(data.journalEntries) entries, head `\(data.journalHead)`. "
        out += "Verify with `claimcheck log verify`.\n"
        return out
    }

    static func claim(_ item: ReportData.ClaimItem) -> String {
        let c = item.claim
        var out = "### \(c.ref) · \(escape(ReportData.speakerLabel(c)))"
        if let date = ReportData.dateLabel(c.when) { out += " · \(date)" }
        out += "\n\n"
        let statement = c.kind == .direct ? "“\(c.statement)”" : c.statement
        out += "> \(escape(statement).replacingOccurrences(of: "\n", with: "\n> "))\n\n"
        var how = c.kind.rawValue + (c.cue.map { ", \($0)" } ?? "")
        if let r = c.recipient { how += (c.cue?.hasSuffix(" to") == true ? " " : ", to ") + r }
        out += "*\(escape(how))*\n\n"
        if let v = item.current {
            out += "**Verdict: \(escape(v.rating))** — \(escape(v.reason))\n\n"
        } else {
            out += "**Status: \(escape(c.status))**\n\n"
        }
        if let earlier = item.earlierCheck { out += "*Checked before: \(escape(earlier.earlierCheckText))*\n\n" }
        let active = item.evidence.filter { !$0.withdrawn }
        for (label, stance) in [("For", Stance.supports), ("Against", .contradicts), ("Context", .context)] {
            let list = active.filter { $0.stance == stance }
            guard !list.isEmpty else { continue }
            out += "\(label):\n\n"
            for e in list {
                out += "- \(e.ref): \(escape(e.title ?? e.source))"
                if e.title != nil { out += " (\(escape(e.source)))" }
                if let q = e.quote { out += " — “\(escape(q))”" }
                if let r = e.reliability { out += " · reliability \(escape(r))" }
                out += "\n"
            }
            out += "\n"
        }
        if item.verdicts.count > 1 {
            out += "History:\n\n"
            for v in item.verdicts {
                out += "- \(v.ref) \(v.ruledAt) \(escape(v.rating)) by \(escape(v.author)): \(escape(v.reason))\n"
            }
            out += "\n"
        }
        return out
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
