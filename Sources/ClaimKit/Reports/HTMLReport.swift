/// A self-contained HTML verdict report: inline CSS, no scripts or external resources,
/// readable on screen and in print. Ratings are coloured labels; claims also appear on a timeline.
public enum HTMLReport {
    public static func render(_ data: ReportData) -> String {
        let claims = data.allClaims
        var body: [HTMLNode] = [
            .el("header", class: "top", [
                .el("h1", [], [.text("Fact-check report")]),
                .el("p", class: "meta", [.text("\(claims.count) claims · \(claims.filter { $0.current != nil }.count) with a verdict · \(data.documents.count) document\(data.documents.count == 1 ? "" : "s")")]),
            ]),
        ]
        for item in data.documents {
            body.append(document(item, data))
        }
        body.append(timeline(claims))
        body.append(speakers(data, claims))
        body.append(.el("footer", [], [
            .el("p", [], [.text("Journal: \(data.journalEntries) entries, head "), .el("code", [], [.text(data.journalHead)]),
                          .text(". Verify with "), .el("code", [], [.text("claimcheck log verify")]), .text(".")]),
        ]))
        var out = "<!DOCTYPE html>\n"
        HTMLNode.el("html", [("lang", "en")], [
            .el("head", [], [
                .el("meta", [("charset", "utf-8")]),
                .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                .el("title", [], [.text(title(data))]),
                .stylesheet(css),
            ]),
            .el("body", [], [.el("main", [], body)]),
        ]).render(into: &out)
        return out + "\n"
    }

    static func title(_ data: ReportData) -> String {
        if data.documents.count == 1, let t = data.documents[0].document?.title { return "Fact-check: \(t)" }
        return "Fact-check report"
    }

    static func document(_ item: ReportData.DocumentItem, _ data: ReportData) -> HTMLNode {
        var nodes: [HTMLNode] = []
        if let d = item.document {
            nodes.append(.el("h2", [], [.text(d.title ?? d.path ?? d.ref)]))
            var facts: [String] = []
            if let outlet = d.outlet { facts.append(outlet) }
            if let byline = d.byline { facts.append("by \(byline)") }
            facts.append(d.published.map { "published \($0)" } ?? "publication date unknown")
            var meta: [HTMLNode] = [.text(facts.joined(separator: " · "))]
            if let url = d.url, WebLink.isSafe(url) {
                meta += [.text(" · "), .el("a", [("href", url)], [.text("source")])]
            }
            nodes.append(.el("p", class: "meta", meta))
            nodes.append(.el("p", class: "hash", [.text("\(d.ref) · SHA-256 \(d.sha256)")]))
        } else {
            nodes.append(.el("h2", [], [.text("Claims added by hand")]))
        }
        nodes.append(.el("ul", class: "summary", data.summary(item.claims).map { rating, n in
            .el("li", [], [label(rating), .text(" \(n)")])
        }))
        for c in item.claims { nodes.append(claim(c)) }
        return .el("section", class: "document", nodes)
    }

    static func label(_ rating: String) -> HTMLNode {
        .el("span", [("class", "label r-\(cssClass(rating))")], [.text(rating)])
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

    static func claim(_ item: ReportData.ClaimItem) -> HTMLNode {
        let c = item.claim
        var head: [HTMLNode] = [.el("span", class: "id", [.text(c.ref)]), label(c.status),
                                .el("span", class: "who", [.text(ReportData.speakerLabel(c))])]
        if let date = ReportData.dateLabel(c.when) { head.append(.el("span", class: "when", [.text(date)])) }
        var nodes: [HTMLNode] = [.el("div", class: "claim-head", head)]
        let quoted = c.kind == .direct ? "“\(c.statement)”" : c.statement
        nodes.append(.el("blockquote", [], [.text(quoted)]))
        var how = "\(c.kind.rawValue)"
        if let cue = c.cue { how += " · \(cue)" }
        if let r = c.recipient { how += (c.cue?.hasSuffix(" to") == true ? " " : " · to ") + r }
        nodes.append(.el("p", class: "how", [.text(how)]))
        if let v = item.current {
            nodes.append(.el("p", class: "verdict", [.el("strong", [], [.text("Verdict: ")]), label(v.rating), .text(" "), .text(v.reason)]))
        }
        if let earlier = item.earlierCheck {
            nodes.append(.el("p", class: "earlier", [.el("strong", [], [.text("Checked before: ")]), .text(earlier.earlierCheckText)]))
        }
        let active = item.evidence.filter { !$0.withdrawn }
        let columns: [(String, [EvidenceRecord])] = [("For", active.filter { $0.stance == .supports }),
                                                    ("Against", active.filter { $0.stance == .contradicts })]
        if !active.isEmpty {
            nodes.append(.el("div", class: "evidence", columns.map { title, list in
                .el("div", class: "col", [.el("h4", [], [.text(title)])] + (list.isEmpty ? [.el("p", class: "none", [.text("none")])] : list.map(evidence)))
            }))
            let context = active.filter { $0.stance == .context }
            if !context.isEmpty {
                nodes.append(.el("div", class: "context", [.el("h4", [], [.text("Context")])] + context.map(evidence)))
            }
        }
        if item.verdicts.count > 1 {
            nodes.append(.el("details", [], [.el("summary", [], [.text("Verdict history (\(item.verdicts.count))")]),
                .el("ol", [], item.verdicts.map { v in
                    .el("li", [], [.text("\(v.ruledAt) · "), label(v.rating), .text(" \(v.reason) — \(v.author)")])
                })]))
        }
        return .el("article", [("class", "claim"), ("id", c.ref)], nodes)
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
        if let r = e.reliability { nodes.append(.el("span", class: "rel", [.text("reliability \(r)")])) }
        return .el("p", class: "ev", nodes)
    }

    static func timeline(_ claims: [ReportData.ClaimItem]) -> HTMLNode {
        let dated = claims.filter { $0.claim.when != nil }.sorted {
            ($0.claim.when!.start, $0.claim.id) < ($1.claim.when!.start, $1.claim.id)
        }
        guard !dated.isEmpty else { return .fragment([]) }
        return .el("section", class: "timeline", [
            .el("h2", [], [.text("Timeline")]),
            .el("ol", [], dated.map { item in
                .el("li", [], [.el("span", class: "when", [.text(ReportData.dateLabel(item.claim.when) ?? "")]),
                               .el("a", [("href", "#\(item.claim.ref)")], [.text(item.claim.ref)]), .text(" "),
                               .text(ReportData.speakerLabel(item.claim) + ": "),
                               .text(String(item.claim.statement.prefix(140)) + (item.claim.statement.count > 140 ? "…" : ""))])
            }),
        ])
    }

    static func speakers(_ data: ReportData, _ claims: [ReportData.ClaimItem]) -> HTMLNode {
        var counts: [Int64: Int] = [:]
        for c in claims { if let s = c.claim.speakerID { counts[s, default: 0] += 1 } }
        let involved = data.speakers.filter { counts[$0.id] != nil }
        guard !involved.isEmpty else { return .fragment([]) }
        return .el("section", class: "speakers", [
            .el("h2", [], [.text("Speakers")]),
            .el("table", [], [.el("tr", [], [.el("th", [], [.text("Speaker")]), .el("th", [], [.text("Role")]), .el("th", [], [.text("Claims")])])]
                + involved.map { s in
                    .el("tr", [], [.el("td", [], [.text(s.name)]), .el("td", [], [.text(s.role ?? "")]),
                                   .el("td", [], [.text(String(counts[s.id] ?? 0))])])
                }),
        ])
    }

    static let css = """
        :root{--ink:#1d232b;--muted:#5d6773;--line:#d9dee4;--bg:#fbfbfa}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 Georgia,'Times New Roman',serif}
        main{max-width:860px;margin:0 auto;padding:24px 20px 48px}
        h1,h2,h3,h4,.meta,.hash,.label,.id,.who,.when,.how,.summary,.ev,footer,table{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif}
        h1{font-size:28px;margin:8px 0 4px}
        h2{font-size:22px;margin:32px 0 6px;border-bottom:2px solid var(--ink);padding-bottom:4px}
        h4{margin:0 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
        .meta{color:var(--muted);margin:4px 0}
        .hash{color:var(--muted);font-size:12px;word-break:break-all;margin:2px 0 12px}
        .summary{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 20px}
        .summary li{font-size:14px}
        .label{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:#6b7280;white-space:nowrap}
        .r-true{background:#1a7f37}.r-mtrue{background:#4d9a3a}.r-mixed{background:#b7791f}.r-mfalse{background:#c2571a}
        .r-false{background:#b42318}.r-open{background:#8a94a3}.r-progress{background:#2f6fb0}
        .claim{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:14px 0;break-inside:avoid}
        .claim-head{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:14px}
        .id{font-weight:700;color:var(--muted);font-size:13px}
        .who{font-weight:600}
        .when{color:var(--muted);font-size:13px}
        blockquote{margin:10px 0;padding:2px 0 2px 14px;border-left:3px solid var(--line);font-size:17px}
        .how{color:var(--muted);font-size:13px;margin:0 0 8px}
        .verdict{margin:8px 0}
        .evidence{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:10px}
        .col,.context{background:#f6f7f8;border-radius:6px;padding:8px 10px}
        .context{margin-top:10px}
        .ev{font-size:14px;margin:4px 0;overflow-wrap:anywhere}
        .ev q{display:block;color:var(--muted);font-style:italic}
        .rel{color:var(--muted);font-size:12px;margin-left:4px}
        .none{color:var(--muted);font-size:13px;margin:0}
        details{margin-top:8px;font-size:14px}
        .timeline ol{list-style:none;padding:0;font-size:14px}
        .timeline li{padding:4px 0;border-bottom:1px solid var(--line);font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif}
        .timeline .when{display:inline-block;min-width:110px}
        table{border-collapse:collapse;width:100%;font-size:14px}
        th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line)}
        footer{margin-top:36px;color:var(--muted);font-size:13px;word-break:break-all}
        a{color:#2f6fb0}
        @media (max-width:600px){main{padding:16px 12px}.evidence{grid-template-columns:1fr}h1{font-size:24px}}
        @media print{body{background:#fff}.claim{border-color:#bbb}a{color:inherit}details{display:none}}
        """
}
