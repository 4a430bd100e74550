import ClaimKit

/// Turns command output into text for one format.
public struct Renderer: Sendable {
    public var format: OutputFormat
    /// Terminal width in columns; nil when output is not a terminal (tables are not cut then).
    public var width: Int?
    public var style: Style

    public init(format: OutputFormat, width: Int?, style: Style) {
        self.format = format
        self.width = width
        self.style = style
    }

    public func render(_ table: Table) -> String {
        switch format {
        case .json: return table.json.pretty + "\n"
        case .csv: return CSV.render(header: table.columns.map(\.key), rows: table.rows.map { $0.map(csvCell) })
        case .markdown: return markdown(table)
        case .table: return aligned(table)
        }
    }

    /// A single record: key/value lines on a terminal, an object in JSON.
    public func render(record text: String, json: JSONValue) -> String {
        switch format {
        case .json: return json.pretty + "\n"
        case .table: return text.hasSuffix("\n") ? text : text + "\n"
        case .csv, .markdown:
            guard case .object(let pairs) = json else { return json.pretty + "\n" }
            var t = Table(columns: [Table.Column("field"), Table.Column("value", flexible: true)])
            for (k, v) in pairs { t.append([.string(k), .string(v.cellText)]) }
            return render(t)
        }
    }

    private func csvCell(_ v: JSONValue) -> String {
        if case .null = v { return "" }
        return v.cellText
    }

    private func markdown(_ table: Table) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ")
        }
        var out = "| " + table.columns.map { esc($0.title) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.rightAligned ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows {
            out += "| " + row.map { esc($0.cellText) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func aligned(_ original: Table) -> String {
        if original.rows.isEmpty { return original.emptyMessage + "\n" }
        let table = width.map { fitted(original, to: $0) } ?? original
        let cells = table.rows.map { $0.map { $0.cellText.replacingOccurrences(of: "\n", with: " ") } }
        var widths = table.columns.enumerated().map { i, col in
            max(TextWidth.of(col.title), cells.map { TextWidth.of($0[i]) }.max() ?? 0)
        }
        let gap = 2
        if let width {
            let total = widths.reduce(0, +) + gap * (widths.count - 1)
            if total > width {
                // Cap the columns that have a cap, then give way in the flexible column, then in the widest ones.
                for (i, col) in table.columns.enumerated() {
                    if let cap = col.maxWidth { widths[i] = min(widths[i], max(cap, TextWidth.of(col.title))) }
                }
                let capped = widths.reduce(0, +) + gap * (widths.count - 1)
                var excess = max(0, capped - width)
                for (i, col) in table.columns.enumerated() where col.flexible && excess > 0 {
                    let floor = max(12, TextWidth.of(col.title))
                    let cut = min(excess, max(0, widths[i] - floor))
                    widths[i] -= cut
                    excess -= cut
                }
                while excess > 0, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 8 {
                    widths[i] -= 1
                    excess -= 1
                }
            }
        }
        var out = ""
        let header = table.columns.enumerated().map { i, c in
            TextWidth.pad(TextWidth.truncate(c.title, to: widths[i]), to: widths[i], right: c.rightAligned)
        }
        out += style.header(trimTrailing(header.joined(separator: "  "))) + "\n"
        for row in cells {
            let line = table.columns.enumerated().map { i, c in
                TextWidth.pad(TextWidth.truncate(row[i], to: widths[i]), to: widths[i], right: c.rightAligned)
            }
            out += trimTrailing(line.joined(separator: "  ")) + "\n"
        }
        return out
    }

    /// The table without its droppable columns (lowest rank first) while the flexible column would
    /// get less than ``Table/readableWidth`` on a terminal `width` columns wide.
    private func fitted(_ table: Table, to width: Int) -> Table {
        guard let flexible = table.columns.firstIndex(where: \.flexible) else { return table }
        var keep = Array(table.columns.indices)
        func natural(_ i: Int) -> Int {
            let widest = max(TextWidth.of(table.columns[i].title), table.rows.map { TextWidth.of($0[i].cellText) }.max() ?? 0)
            return table.columns[i].maxWidth.map { min(widest, max($0, TextWidth.of(table.columns[i].title))) } ?? widest
        }
        func room() -> Int { width - keep.filter { $0 != flexible }.map(natural).reduce(0, +) - 2 * (keep.count - 1) }
        let droppable = table.columns.indices.filter { table.columns[$0].dropRank != nil }.sorted { table.columns[$0].dropRank! < table.columns[$1].dropRank! }
        for i in droppable where room() < min(Table.readableWidth, natural(flexible)) { keep.removeAll { $0 == i } }
        guard keep.count < table.columns.count else { return table }
        return Table(columns: keep.map { table.columns[$0] }, rows: table.rows.map { row in keep.map { row[$0] } },
                     extra: table.extra, emptyMessage: table.emptyMessage)
    }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
