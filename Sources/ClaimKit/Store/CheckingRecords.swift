import Foundation

/// Where a piece of evidence stands on its claim.
public enum Stance: String, Sendable, CaseIterable {
    case supports, contradicts, context
}

/// A piece of evidence recorded for a claim.
public struct EvidenceRecord: Hashable, Sendable {
    public var id: Int64
    public var claimID: Int64
    public var stance: Stance
    public var source: String
    public var title: String?
    public var quote: String?
    public var note: String?
    public var reliability: String?
    public var addedAt: String
    public var author: String
    public var withdrawnAt: String?
    public var withdrawnBecause: String?

    public var ref: String { "E\(id)" }
    public var withdrawn: Bool { withdrawnAt != nil }
}

/// Evidence as the checker enters it.
public struct NewEvidence: Sendable {
    public var claimID: Int64
    public var stance: Stance
    public var source: String
    public var title: String?
    public var quote: String?
    public var note: String?
    public var reliability: String?

    public init(claimID: Int64, stance: Stance, source: String, title: String? = nil, quote: String? = nil,
                note: String? = nil, reliability: String? = nil) {
        self.claimID = claimID
        self.stance = stance
        self.source = source
        self.title = title
        self.quote = quote
        self.note = note
        self.reliability = reliability
    }
}

/// A ruling on a claim. A later verdict supersedes an earlier one; both stay.
public struct VerdictRecord: Hashable, Sendable {
    public var id: Int64
    public var claimID: Int64
    public var rating: String
    public var reason: String
    public var cites: [Int64]
    public var ruledAt: String
    public var author: String
    /// False once a later verdict on the same claim exists.
    public var current: Bool

    public var ref: String { "V\(id)" }
}

/// A date a person sets on a claim (`claim edit --on`): a day, month, year or expression, or none.
/// A date set by hand wins over extraction: `set published` keeps it.
public enum ClaimDateEdit: Sendable, Equatable {
    case set(TimeResolution)
    case none

    /// The `setting` row that records a claim's date as set by hand (journaled like every row).
    static func settingKey(claim id: Int64) -> String { "date-set:C\(id)" }

    /// The journal's `change` fields for it.
    static func fields(_ edit: ClaimDateEdit) -> [(String, JSONValue)] {
        switch edit {
        case .none: return [("date", .null)]
        case .set(let r):
            var out: [(String, JSONValue)] = [("date", .string(r.start.description)), ("grain", .string(r.grain.rawValue))]
            if r.end != r.start { out.append(("date_end", .string(r.end.description))) }
            return out
        }
    }
    static let settingPrefix = "date-set:C"
}

/// A claim the checker adds by hand, for what extraction missed.
public struct NewClaim: Sendable {
    public var statement: String
    public var speaker: String
    public var date: CivilDate?
    public var documentID: Int64?
    public var kind: ClaimKind
    /// Where the statement stands in the document's text (it must hold the statement exactly).
    public var span: Span?

    public init(statement: String, speaker: String, date: CivilDate? = nil, documentID: Int64? = nil, kind: ClaimKind = .indirect,
                span: Span? = nil) {
        self.statement = statement
        self.speaker = speaker
        self.date = date
        self.documentID = documentID
        self.kind = kind
        self.span = span
    }
}

/// What `log verify` found.
public struct JournalVerification: Sendable, Equatable {
    public var entries: Int
    public var headHash: String
    /// The first problem, naming the entry or row; nil when the journal and tables are intact.
    public var failure: String?
}

/// Which journal entries `log` shows.
public struct JournalFilter: Sendable {
    public var id: String?
    public var since: String?
    public var author: String?
    public var limit: Int?
    /// Only the entry with this sequence number.
    public var seq: Int64?
    /// Only entries before this sequence number (with `limit` 1 and `id`: the change before).
    public var before: Int64?

    public init(id: String? = nil, since: String? = nil, author: String? = nil, limit: Int? = nil,
                seq: Int64? = nil, before: Int64? = nil) {
        self.id = id
        self.since = since
        self.author = author
        self.limit = limit
        self.seq = seq
        self.before = before
    }
}

/// A correction to a document's metadata: each field nil to leave it, "" to clear it.
public struct DocumentEdit: Sendable {
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var byline: String?

    public init(title: String? = nil, outlet: String? = nil, url: String? = nil, byline: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.url = url
        self.byline = byline
    }

    /// The columns it sets, in a fixed order, with their new values (nil clears).
    public var columns: [(column: String, value: String?)] {
        [("title", title), ("outlet", outlet), ("url", url), ("byline", byline)].compactMap { column, value in
            value.map { (column, $0.isEmpty ? nil : $0) }
        }
    }

    /// The journal's `change` for it.
    func payload(document: Int64) -> JSONValue {
        .object([("document", .string("D\(document)"))] + columns.map { ($0.column, JSONValue.string($0.value)) })
    }
}
