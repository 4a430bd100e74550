/// A fact-check an editor can publish, as one self-contained HTML page (inline CSS, no script or
/// external resource; the ClaimReview JSON-LD block is data): who checked what and when, the rulings
/// up front, then each checked claim with the passage it stands in, its rating and what the rating
/// means, the reasoning, the evidence for and against and its verdict history; corrections
/// (retracted claims, superseded verdicts), the rating legend, the documents covered, and how to
/// verify the report against the journal. Print shows link targets and every verdict.
public enum HTMLReport {
    public static func render(_ data: ReportData, _ options: ReportOptions = ReportOptions()) -> String {
        let shown = options.shown(data)
        let checked = shown.filter { !$0.verdicts.isEmpty }
        let unchecked = shown.filter { $0.verdicts.isEmpty }
        var body: [HTMLNode] = [header(data, options, shown)]
        body.append(rulings(checked, data))
        body += checked.map { claim($0, data) }
        if !unchecked.isEmpty {
            body.append(.el("section", class: "unchecked", [
                .el("h2", [], [.text("Claims not checked yet (\(unchecked.count))")]),
            ] + unchecked.map { claim($0, data) }))
        }
        body.append(corrections(data, checked))
        body.append(legend(data.scale))
        body.append(documents(data))
        body.append(.el("footer", [], [
            .el("p", [], [.text("Verify this report: it was made when the store's journal held \(data.journalEntries) entries, head "),
                          .el("code", [], [.text(data.journalHead)]), .text(". Run "),
                          .el("code", [], [.text("claimcheck log verify --report FILE")]),
                          .text(" on the store, with this page as FILE.")]),
        ]))
        var head: [HTMLNode] = [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            // Nothing on the page may run or load: a second wall behind the escaping.
            .el("meta", [("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'")]),
            .el("title", [], [.text(options.headline(data))]),
            .stylesheet(css),
        ]
        // The same document as `export claimreview` (which writes a review for each claim with a verdict).
        if let org = options.organization, let base = options.baseURL, !checked.isEmpty {
            head.append(.jsonLD(ClaimReviewReport.render(data, .init(baseURL: base, organization: org)).json))
        }
        var out = "<!DOCTYPE html>\n"
        HTMLNode.el("html", [("lang", "en")], [
            .el("head", [], head),
            .el("body", [], [.el("main", [], body)]),
        ]).render(into: &out)
        return out + "\n"
    }

    static func header(_ data: ReportData, _ options: ReportOptions, _ shown: [ReportData.ClaimItem]) -> HTMLNode {
        var nodes: [HTMLNode] = []
        if let org = options.organization { nodes.append(.el("p", class: "org", [.text(org)])) }
        nodes.append(.el("h1", [], [.text(options.headline(data))]))
        nodes.append(.el("p", class: "meta", [.text(data.dateline(shown))]))
        return .el("header", class: "top", nodes)
    }

    /// The rulings up front: each checked claim's rating, speaker and statement, linked to its check.
    static func rulings(_ checked: [ReportData.ClaimItem], _ data: ReportData) -> HTMLNode {
        guard !checked.isEmpty else {
            return .el("section", class: "rulings", [.el("h2", [], [.text("Our rulings")]),
                                                     .el("p", class: "none", [.text("No claim has a verdict yet.")])])
        }
        return .el("section", class: "rulings", [
            .el("h2", [], [.text("Our rulings")]),
            .el("ul", [], checked.map { item in
                let c = item.claim
                return .el("li", [], [label(item.current!.rating, data.scale), .text(" "),
                                      .el("a", [("href", "#\(c.ref)")], [.text(ReportData.speakerLabel(c))]),
                                      .text(": " + ReportData.short(c.statement))])
            }),
        ])
    }

    static func label(_ rating: String, _ scale: RatingScale) -> HTMLNode {
        .el("span", [("class", "label r-\(cssClass(rating))")], [.text(scale.label(of: rating))])
    }

    static func cssClass(_ rating: String) -> String {
        switch rating {
        case "true": return "true"
        case "mostly-true": return "mtrue"
        case "mixed", "half-true": return "mixed"
        case "mostly-false": return "mfalse"
        case "false", "pants-on-fire": return "false"
        case "unchecked": return "open"
        case "in-progress": return "progress"
        default: return "other"
        }
    }

    static func claim(_ item: ReportData.ClaimItem, _ data: ReportData) -> HTMLNode {
        let c = item.claim
        let document = data.documents.first { $0.document?.id == c.documentID }?.document
        var nodes: [HTMLNode] = []
        if let v = item.current {
            var rating: [HTMLNode] = [label(v.rating, data.scale)]
            if let meaning = data.scale.rating(named: v.rating)?.meaning { rating.append(.el("span", class: "meaning", [.text(meaning)])) }
            nodes.append(.el("p", class: "rating", rating))
        } else {
            nodes.append(.el("p", class: "rating", [label(c.status, data.scale)]))
        }
        let quoted = c.kind == .direct ? "“\(c.statement)”" : c.statement
        nodes.append(.el("blockquote", class: "statement", [.text(quoted)]))
        nodes.append(.el("p", class: "who", attribution(c, document)))
        if let passage = ReportData.passage(c, in: document) {
            nodes.append(.el("p", class: "passage", [.text(passage.before), .el("mark", [], [.text(passage.claim)]), .text(passage.after)]))
        }
        if let v = item.current {
            nodes.append(.el("h3", [], [.text("Our reasoning")]))
            nodes.append(.el("p", class: "reason", [.text(v.reason)]))
        }
        if let earlier = item.earlierCheck {
            nodes.append(.el("p", class: "earlier", [.el("strong", [], [.text("Checked before: ")]), .text(earlier.earlierCheckText)]))
        }
        let active = item.evidence.filter { !$0.withdrawn }
        if !active.isEmpty {
            let columns: [(String, [EvidenceRecord])] = [("For", active.filter { $0.stance == .supports }),
                                                        ("Against", active.filter { $0.stance == .contradicts })]
            nodes.append(.el("h3", [], [.text("Evidence")]))
            nodes.append(.el("div", class: "evidence", columns.map { title, list in
                .el("div", class: "col", [.el("h4", [], [.text(title)])] + (list.isEmpty ? [.el("p", class: "none", [.text("none")])] : list.map(evidence)))
            }))
            let context = active.filter { $0.stance == .context }
            if !context.isEmpty {
                nodes.append(.el("div", class: "context", [.el("h4", [], [.text("Context")])] + context.map(evidence)))
            }
        }
        if item.verdicts.count > 1 {
            nodes.append(.el("h3", [], [.text("Verdict history")]))
            nodes.append(.el("ol", class: "history", item.verdicts.map { v in
                .el("li", [], [.text("\(v.ruledAt.prefix(10)) · "), label(v.rating, data.scale),
                               .text(" \(v.reason) — \(v.author)" + (v.current ? "" : " (superseded)"))])
            }))
        }
        return .el("article", [("class", "claim"), ("id", c.ref)], nodes)
    }

    /// "Ayatollah Khamenei (Supreme Leader), assured, in EA WorldView (2025-04-17) · 2025-03-08, from "On March 8" in ¶1".
    static func attribution(_ c: ClaimRecord, _ doc: DocumentRecord?) -> [HTMLNode] {
        var nodes: [HTMLNode] = [.el("strong", [], [.text(ReportData.speakerLabel(c, unknown: "Unattributed"))])]
        nodes.append(.text(", \(ReportData.howSaid(c))"))
        if let doc {
            nodes.append(.text(", in "))
            let name = doc.outlet ?? doc.title ?? doc.ref
            if let url = doc.url, WebLink.isSafe(url) {
                nodes.append(.el("a", [("href", url)], [.text(name)]))
            } else {
                nodes.append(.text(name))
            }
            if let published = doc.published { nodes.append(.text(" (\(published))")) }
        }
        if let date = ReportData.dateLabel(c.when) {
            nodes.append(.text(" · \(date)" + (ReportData.dateOrigin(c).map { ", \($0)" } ?? "")))
        }
        return nodes
    }

    static func evidence(_ e: EvidenceRecord) -> HTMLNode {
        var nodes: [HTMLNode] = [.el("span", class: "id", [.text(e.ref)]), .text(" ")]
        let title = e.title ?? e.source
        if WebLink.isSafe(e.source) {
            nodes.append(.el("a", [("href", e.source)], [.text(title)]))
        } else {
            nodes.append(.text(title))
        }
        if let q = e.quote { nodes.append(.el("q", [], [.text(q)])) }
        if let note = e.note { nodes.append(.el("span", class: "note", [.text(note)])) }
        if let r = e.reliability { nodes.append(.el("span", class: "rel", [.text("reliability \(r)")])) }
        return .el("p", class: "ev", nodes)
    }

    /// Retracted claims and superseded verdicts, listed rather than dropped.
    static func corrections(_ data: ReportData, _ checked: [ReportData.ClaimItem]) -> HTMLNode {
        var items: [HTMLNode] = data.retractions.map { r in
            .el("li", [], [.text("\(r.at.prefix(10)): \(r.claim.ref) (\(ReportData.speakerLabel(r.claim)): “\(ReportData.short(r.claim.statement))”) was withdrawn: \(r.because)")])
        }
        items += data.supersededVerdicts(checked).map { item, old, new in
            .el("li", [], [.text("\(new.ruledAt.prefix(10)): the rating of "), .el("a", [("href", "#\(item.claim.ref)")], [.text(item.claim.ref)]),
                           .text(" changed from "), label(old.rating, data.scale), .text(" to "), label(new.rating, data.scale),
                           .text(": \(new.reason)")])
        }
        guard !items.isEmpty else { return .fragment([]) }
        return .el("section", class: "corrections", [.el("h2", [], [.text("Corrections")]), .el("ul", [], items)])
    }

    static func legend(_ scale: RatingScale) -> HTMLNode {
        .el("section", class: "legend", [
            .el("h2", [], [.text("How we rate")]),
            .el("dl", [], scale.ratings.flatMap { r -> [HTMLNode] in
                [.el("dt", [], [label(r.name, scale)]), .el("dd", [], [.text(r.meaning ?? "")])]
            }),
        ])
    }

    static func documents(_ data: ReportData) -> HTMLNode {
        let docs = data.documents.compactMap(\.document)
        guard !docs.isEmpty else { return .fragment([]) }
        return .el("section", class: "sources", [
            .el("h2", [], [.text("Documents covered")]),
            .el("ul", [], docs.map { d in
                var nodes: [HTMLNode] = []
                if let url = d.url, WebLink.isSafe(url) {
                    nodes.append(.el("a", [("href", url)], [.text(d.title ?? url)]))
                } else {
                    nodes.append(.text(d.title ?? d.path ?? d.ref))
                }
                var facts: [String] = []
                if let outlet = d.outlet { facts.append(outlet) }
                if let byline = d.byline { facts.append("by \(byline)") }
                facts.append(d.published.map { "published \($0)" } ?? "publication date unknown")
                nodes.append(.text(" · " + facts.joined(separator: " · ")))
                nodes.append(.el("span", class: "hash", [.text("\(d.ref) · SHA-256 \(d.sha256)")]))
                return .el("li", [], nodes)
            }),
        ])
    }

    static let css = """
        :root{--ink:#1d232b;--muted:#5d6773;--line:#d9dee4;--bg:#fbfbfa}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif}
        main{max-width:820px;margin:0 auto;padding:24px 20px 48px}
        h1,h2,h3,h4,.org,.meta,.hash,.label,.id,.who,.rating,.rulings,.ev,footer,.legend dt,.sources{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif}
        .org{text-transform:uppercase;letter-spacing:.08em;font-size:13px;font-weight:700;color:var(--muted);margin:8px 0 0}
        h1{font-size:30px;line-height:1.25;margin:6px 0 6px}
        h2{font-size:21px;margin:36px 0 8px;border-bottom:2px solid var(--ink);padding-bottom:4px}
        h3{font-size:14px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:18px 0 4px}
        h4{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        .meta{color:var(--muted);margin:4px 0 8px;font-size:15px}
        .hash{display:block;color:var(--muted);font-size:12px;word-break:break-all}
        .rulings ul{list-style:none;padding:0;margin:8px 0}
        .rulings li{padding:8px 0;border-bottom:1px solid var(--line);font-size:15px}
        .label{display:inline-block;padding:2px 9px;border-radius:10px;font-size:12px;font-weight:700;color:#fff;background:#6b7280;white-space:nowrap;vertical-align:1px}
        .r-true{background:#1a7f37}.r-mtrue{background:#4d9a3a}.r-mixed{background:#a26a12}.r-mfalse{background:#c2571a}
        .r-false{background:#b42318}.r-open{background:#7b8593}.r-progress{background:#2f6fb0}
        .claim{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:18px 0}
        .rating{margin:0 0 6px;display:flex;flex-wrap:wrap;gap:10px;align-items:baseline}
        .meaning{color:var(--muted);font-size:14px}
        .statement{margin:8px 0;padding:2px 0 2px 14px;border-left:4px solid var(--ink);font-size:19px}
        .who{color:var(--muted);font-size:14px;margin:0 0 10px}
        .who strong{color:var(--ink)}
        .passage{background:#f6f7f8;border-radius:6px;padding:10px 12px;font-size:15px;color:#3b434c}
        mark{background:#fff1a8;color:var(--ink);padding:0 1px}
        .reason{margin:4px 0}
        .evidence{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:6px}
        .col,.context{background:#f6f7f8;border-radius:6px;padding:8px 10px}
        .context{margin-top:10px}
        .ev{font-size:14px;margin:4px 0;overflow-wrap:anywhere}
        .ev q{display:block;color:var(--muted);font-style:italic}
        .note{display:block;color:var(--muted)}
        .id{font-weight:700;color:var(--muted);font-size:12px}
        .rel{color:var(--muted);font-size:12px;margin-left:4px}
        .none{color:var(--muted);font-size:13px;margin:0}
        .history{font-size:14px;padding-left:20px}
        .corrections li,.sources li{margin:6px 0;font-size:15px}
        .legend dl{display:grid;grid-template-columns:max-content 1fr;gap:6px 14px;font-size:15px}
        .legend dd{margin:0}
        footer{margin-top:36px;color:var(--muted);font-size:13px;word-break:break-all}
        a{color:#2f6fb0}
        @media (max-width:600px){main{padding:16px 12px}.evidence{grid-template-columns:1fr}h1{font-size:24px}.claim{padding:12px 14px}
          .legend dl{grid-template-columns:1fr}}
        @media print{body{background:#fff;font-size:12pt}.claim{border-color:#bbb;break-inside:avoid}a{color:inherit}
          a[href^="http"]::after{content:" <" attr(href) ">";font-size:10pt;color:#555;word-break:break-all}
          .label{border:1px solid #555;color:#000;background:#fff}}
        """
}
