import ClaimKit

/// Rows of values with named columns: the one shape every listing has, rendered as an
/// aligned table, JSON, CSV or Markdown.
public struct Table: Sendable {
    public struct Column: Sendable {
        public var key: String
        public var title: String
        /// The column that gives way (wraps or truncates) when the table is wider than the terminal.
        public var flexible: Bool
        public var rightAligned: Bool
        /// Widest the column gets when the table must fit a terminal (longer text is cut).
        public var maxWidth: Int?
        /// On a terminal too narrow for the flexible column to get ``Table/readableWidth``, columns
        /// with a rank are left out, rank 1 first (JSON, CSV and Markdown keep every column).
        public var dropRank: Int?

        public init(_ key: String, _ title: String? = nil, flexible: Bool = false, rightAligned: Bool = false, maxWidth: Int? = nil,
                    dropRank: Int? = nil) {
            self.key = key
            self.title = title ?? key
            self.flexible = flexible
            self.rightAligned = rightAligned
            self.maxWidth = maxWidth
            self.dropRank = dropRank
        }
    }

    public var columns: [Column]
    public var rows: [[JSONValue]]
    /// The width the flexible column should keep on a terminal before droppable columns give way.
    public static let readableWidth = 36
    /// Extra fields per row that only JSON shows (the table stays narrow).
    public var extra: [[(String, JSONValue)]]
    /// Said when there are no rows, on a terminal.
    public var emptyMessage: String

    public init(columns: [Column], rows: [[JSONValue]] = [], extra: [[(String, JSONValue)]] = [], emptyMessage: String = "(none)") {
        self.columns = columns
        self.rows = rows
        self.extra = extra
        self.emptyMessage = emptyMessage
    }

    public mutating func append(_ row: [JSONValue], extra fields: [(String, JSONValue)] = []) {
        rows.append(row)
        extra.append(fields)
    }

    /// The rows as JSON objects.
    public var json: JSONValue {
        .array(rows.enumerated().map { i, row in
            .object(zip(columns, row).map { ($0.key, $1) } + (i < extra.count ? extra[i] : []))
        })
    }
}

extension JSONValue {
    /// The value as a table cell shows it: strings bare, null as a dash.
    var cellText: String {
        switch self {
        case .null: return "—"
        case .string(let s): return s
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() ? String(Int64(d)) : String(format2(d))
        case .array(let items): return items.map(\.cellText).joined(separator: ", ")
        case .object: return compact
        }
    }

    private func format2(_ d: Double) -> String {
        let scaled = (d * 100).rounded() / 100
        return String(scaled)
    }
}
