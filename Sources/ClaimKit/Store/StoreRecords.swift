/// A document as stored.
public struct DocumentRecord: Hashable, Sendable {
    public var id: Int64
    public var path: String?
    public var title: String?
    public var byline: String?
    public var outlet: String?
    public var url: String?
    public var published: CivilDate?
    public var sha256: String
    public var loadedAt: String
    public var claimCount: Int
    public var text: String?
    public var fileSHA256: String? = nil
    /// The charset a web page was read in (nil for text and Markdown files, read as UTF-8).
    public var charset: String? = nil

    public var ref: String { "D\(id)" }
}

/// A speaker as stored: one identity, many ways of being mentioned.
public struct SpeakerRecord: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var role: String?
    public var kind: String
    public var aliases: [String]
    public var members: [String]
    public var claimCount: Int
    /// Set when this speaker was merged into another.
    public var mergedInto: Int64? = nil

    public var ref: String { "S\(id)" }

    /// Anonymous sources, groups and bodies named by a common noun ("a senior official", "the
    /// government") are speakers of one article only: the same words in another article are others.
    public static func isDocumentLocal(kind: String, name: String) -> Bool {
        kind == SpeakerMention.Kind.anonymous.rawValue || kind == SpeakerMention.Kind.group.rawValue || name.first?.isLowercase == true
    }

    public var isDocumentLocal: Bool { Self.isDocumentLocal(kind: kind, name: name) }
}

/// A claim as stored, with what the listing shows about it.
public struct ClaimRecord: Hashable, Sendable {
    public var id: Int64
    public var documentID: Int64?
    public var kind: ClaimKind
    public var speakerID: Int64?
    public var speakerName: String?
    public var speakerRole: String?
    public var speakerKind: String?
    public var mention: String?
    public var members: [String]
    public var cue: String?
    public var recipient: String?
    public var statement: String
    public var span: Span?
    public var when: TimeResolution?
    public var whenText: String?
    /// Where the date came from, and the paragraph of the expression that gave it.
    public var dateSource: DateSource? = nil
    public var dateParagraph: Int? = nil
    public var checkworthiness: Double
    public var status: String
    public var supports: Int
    public var contradicts: Int
    public var context: Int
    public var retracted: Bool

    public var ref: String { "C\(id)" }
}

/// Which claims a listing wants.
public struct ClaimFilter: Sendable, Equatable {
    public var speaker: String?
    public var documentID: Int64?
    public var status: String?
    public var kind: ClaimKind?
    public var limit: Int?
    public var offset: Int

    public init(speaker: String? = nil, documentID: Int64? = nil, status: String? = nil, kind: ClaimKind? = nil,
                limit: Int? = nil, offset: Int = 0) {
        self.speaker = speaker
        self.documentID = documentID
        self.status = status
        self.kind = kind
        self.limit = limit
        self.offset = offset
    }
}

/// A full-text search hit.
public struct SearchHit: Hashable, Sendable {
    public enum Source: String, Sendable { case claim, evidence }
    public var source: Source
    public var id: Int64
    public var claimID: Int64
    public var snippet: String

    public var ref: String { source == .claim ? "C\(id)" : "E\(id)" }
}

/// Counts for the banner and `stats`.
public struct StoreStats: Hashable, Sendable {
    public var documents = 0
    public var claims = 0
    public var speakers = 0
    public var evidence = 0
    public var verdicts = 0
    public var journalEntries = 0
    public var claimsByKind: [String: Int] = [:]
    public var claimsByStatus: [String: Int] = [:]
    public var schemaVersion = 0

    public init() {}

    /// Takes one row of the `tally` table (schema v2): a table's row count, or claims by `kind:` or `status:`.
    mutating func count(tally name: String, _ n: Int) {
        switch name {
        case "document": documents = n
        case "claim": claims = n
        case "speaker": speakers = n
        case "evidence": evidence = n
        case "verdict": verdicts = n
        case "journal": journalEntries = n
        default:
            guard n > 0 else { return }
            if name.hasPrefix("kind:") { claimsByKind[String(name.dropFirst(5))] = n }
            if name.hasPrefix("status:") { claimsByStatus[String(name.dropFirst(7))] = n }
        }
    }
}

/// A document ready to be stored: where it came from, its text and what extraction found.
public struct NewDocument: Sendable {
    public var path: String?
    public var extraction: Extraction
    /// SHA-256 of the file's bytes as read, to tell later whether the file has changed.
    public var fileSHA256: String?

    public init(path: String?, extraction: Extraction, fileSHA256: String? = nil) {
        self.path = path
        self.extraction = extraction
        self.fileSHA256 = fileSHA256
    }
}

/// What loading a document produced.
public struct LoadResult: Sendable {
    public var document: DocumentRecord
    public var claimIDs: [Int64]
    public var speakerCount: Int
    /// True when a document with the same SHA-256 was already stored (nothing new was written).
    public var alreadyLoaded: Bool
}

extension ExtractedClaim {
    /// Where the date came from, as the store keeps it (nil when the claim has no date expression).
    var storedDateSource: String? { dateSource?.rawValue }
    /// The paragraph of the expression that gave the date, kept only with its source.
    var storedDateParagraph: Int? { dateSource == nil ? nil : dateParagraph }
}
