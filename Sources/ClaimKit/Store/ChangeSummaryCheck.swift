/// An entry's `change` (what the command said it did) must agree with the row snapshots it holds
/// (what the rows were after it): a verdict journaled as "false" whose row says "true" means
/// something rewrote the row inside the transaction (a planted trigger), even though the chain and
/// the tables agree with each other.
enum ChangeSummaryCheck {
    /// For each action checked: the table its main row is in, and pairs of (`change` key, row column).
    private static let rules: [String: (table: String, fields: [(change: String, column: String)])] = [
        "verdict": ("verdict", [("rating", "rating"), ("because", "reason")]),
        "claim.retract": ("claim", [("because", "retracted_because")]),
        "claim.edit": ("claim", [("statement", "statement")]),
        "evidence.add": ("evidence", [("source", "source"), ("stance", "stance")]),
        "evidence.retract": ("evidence", [("because", "withdrawn_because")]),
        "document.edit": ("document", [("title", "title"), ("outlet", "outlet"), ("url", "url"), ("byline", "byline")]),
    ]

    /// Whether entries of `action` are checked (so that the verifier parses only their payloads).
    static func checks(_ action: String) -> Bool { rules[action] != nil }

    /// Nil when the summary agrees with the snapshots, else what disagrees.
    static func disagreement(action: String, payload: String) -> String? {
        guard let rule = rules[action], let value = JSONValue.parse(payload) else { return nil }
        guard case .object(let change)? = value["change"], case .array(let rows)? = value["rows"] else { return nil }
        guard let row = rows.last(where: { $0["table"] == .string(rule.table) })?["row"], case .object = row else { return nil }
        for (key, column) in rule.fields {
            guard let said = change.first(where: { $0.0 == key })?.1, let stored = row[column] else { continue }
            if said != stored {
                return "its summary says \(key) \(said.compact) but the \(rule.table) row it recorded has \(stored.compact) (a row rewritten inside the change: a planted trigger?)"
            }
        }
        return nil
    }
}
