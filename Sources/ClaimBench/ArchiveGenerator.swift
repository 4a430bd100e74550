import ClaimKit
import Foundation

/// A seeded synthetic archive for benchmarks: documents whose text holds the claims at their spans,
/// a few thousand speakers, two pieces of evidence and one verdict per claim.
///
/// Rows go through the real schema (FTS triggers included) and every row is journaled with the real
/// row snapshots and hash chain, so `log verify` passes and notices tampering exactly as on a store
/// built by hand. To be quick it writes many documents per transaction and journals each document
/// twice: a `document.load` entry (the document and its claims, as `load` writes it) and a
/// `check.bulk` entry (its claims' evidence and verdicts, with the claims' new status).
public struct ArchiveSpec: Sendable {
    public var claims: Int
    public var seed: UInt64
    public var claimsPerDocument = 20
    public var evidencePerClaim = 2
    public var speakers = 3000
    public var author = "bench"
    /// Every timestamp the generator writes, so the same spec gives the same store.
    public var at = "2026-01-01T00:00:00Z"

    public init(claims: Int, seed: UInt64) {
        self.claims = claims
        self.seed = seed
    }
}

/// SplitMix64: a small seeded generator, the same sequence on every platform.
public struct SeededRandom {
    private var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// Skewed towards the first items, roughly like word and speaker frequencies.
    mutating func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(unit(), 2.2))) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}

/// Words and names the generator draws from.
public enum ArchiveVocabulary {
    public static let words: [String] = """
        government economy inflation budget minister election vote percent million billion unemployment jobs \
        growth taxes health hospital schools teachers police crime border migrants army ceasefire talks sanctions \
        exports imports oil gas prices wages pensions housing rents climate emissions energy power coal wind solar \
        farmers drought floods water bridge roads railway airport contract corruption court judge ruling appeal \
        parliament senate bill reform deficit debt interest bank currency market shares investment factory workers \
        strike union protest students university research vaccine virus cases deaths doctors nurses patients \
        insurance poverty children families women refugees aid agreement treaty nuclear missile drones attack \
        security intelligence report survey census data figures statistics record highest lowest doubled halved \
        tripled increased decreased fell rose promised denied confirmed announced warned claimed insisted \
        negotiations diplomats embassy president governor mayor council spending cuts subsidies fuel electricity \
        blackout internet broadband phones privacy regulation industry companies profits losses exports tariffs \
        trade deal partners neighbours region province capital city villages rural urban transport buses trains \
        ports ships fishing forests wildlife pollution rivers coast tourism hotels visitors festival museum \
        libraries culture sport stadium football olympics medals athletes doping scandal investigation arrests \
        prison sentence fraud bribes lobbying donors campaign poll majority coalition opposition leader party \
        alliance summit crisis recovery recession stimulus package relief grants loans mortgages savings
        """.split(separator: " ").map(String.init)
    static let first = ["Ana", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hassan", "Ines", "James", "Kira",
                        "Luis", "Maria", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Vera",
                        "Walter", "Ximena", "Yusuf", "Zoe", "Abbas", "Brigitte", "Chen", "Dmitri", "Eva", "Fatima",
                        "Georg", "Hana", "Igor", "Jun", "Karim", "Lena", "Mehmet", "Nora", "Oscar", "Paula", "Rafael",
                        "Sofia", "Tomas", "Ursula", "Viktor", "Wen", "Yara", "Zeynep", "Amir", "Bianca", "Cyrus",
                        "Daria", "Emil", "Flora", "Goran", "Helga", "Ivan", "Julia"]
    static let last = ["Adeyemi", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova",
                       "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi",
                       "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhang", "Araqchi", "Brennan",
                       "Costa", "Diallo", "Esposito", "Ferreira", "Gupta", "Horvat", "Ibrahim", "Jovanovic", "Kim",
                       "Lindqvist", "Mensah", "Novak", "Olsen", "Park", "Rahman", "Santos", "Thompson", "Ueda",
                       "Volkov", "Wagner", "Yamamoto", "Zielinski", "Ahmadi", "Barros", "Chowdhury", "Demir",
                       "Engel", "Fontaine", "Grant", "Hughes", "Ito", "Kaplan"]
    static let roles = ["minister of finance", "opposition leader", "central bank governor", "health minister", "mayor",
                        "union leader", "spokesperson", "senator", "economist", "police chief", "prime minister",
                        "foreign minister", "chief executive", "professor", "governor"]
    static let outlets = ["Daily Ledger", "Evening Post", "Metro Wire", "Northern Herald", "The Observer Desk", "Civic Times"]
    static let cues = ["said", "told reporters", "claimed", "insisted", "wrote", "announced", "argued"]
    static let sources = ["statistics-office.example.org", "ministry.example.gov", "court-records.example.org",
                          "archive.example.net", "parliament.example.gov", "research.example.edu"]

    /// The speakers of an archive, as the generator names them.
    public static func speakerNames(_ count: Int, seed: UInt64) -> [String] {
        var rng = SeededRandom(seed: seed ^ 0x5EED)
        var seen = Set<String>()
        var names: [String] = []
        let limit = min(count, first.count * last.count)
        while names.count < limit {
            let name = rng.pick(first) + " " + rng.pick(last)
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }
}

extension ClaimStore {
    /// Writes a synthetic archive into an empty store (see ``ArchiveSpec``). `progress` gets the
    /// number of claims written so far.
    public func generateArchive(_ spec: ArchiveSpec, progress: (Int) -> Void = { _ in }) throws {
        guard let store = self as? any SessionStore else { throw StoreError("generate-store: this store cannot be written to directly") }
        var rng = SeededRandom(seed: spec.seed)
        let words = ArchiveVocabulary.words
        let names = ArchiveVocabulary.speakerNames(spec.speakers, seed: spec.seed)
        let ratings = RatingScale.standard.ratings.map(\.name)
        let stances = ["supports", "contradicts", "context"]
        let at = spec.at

        func sentence(_ n: Int) -> String {
            var parts: [String] = []
            for _ in 0..<n { parts.append(words[rng.skewed(words.count)]) }
            if rng.int(3) == 0 { parts.insert(String(rng.int(95) + 2), at: rng.int(parts.count)) }
            var s = parts.joined(separator: " ")
            s.replaceSubrange(s.startIndex...s.startIndex, with: s.prefix(1).uppercased())
            return s
        }

        // Speakers first, one journal entry, as people named in earlier articles would be.
        var speakerIDs: [Int64] = []
        try store.write { s in
            if try s.int("SELECT (SELECT count(*) FROM claim) + (SELECT count(*) FROM journal)") != 0 {
                throw StoreError("generate-store needs an empty store")
            }
            var changes = ChangeSet()
            for (i, name) in names.enumerated() {
                let id = try s.newID("""
                    INSERT INTO speaker (id, name, role, kind, members) VALUES (\(SQLDialect.nextID("speaker")), ?, ?, 'person', '[]') RETURNING id
                    """, [name, ArchiveVocabulary.roles[i % ArchiveVocabulary.roles.count]])
                speakerIDs.append(id)
                try s.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", [name, id])
                changes.touch("speaker", id)
                changes.touch("speaker_alias", name)
            }
            try JournalEntry.append(s, author: spec.author, action: "speakers.bulk", ids: speakerIDs.map { "S\($0)" },
                                    payload: .object([("speakers", .int(Int64(names.count)))]), changes: changes, at: at)
        }

        func generateDocument(_ s: any StoreSession, number: Int, claims count: Int) throws {
            // The article: one paragraph per claim, the statement quoted at a known span (ASCII only,
            // so scalar offsets are byte offsets).
            var text = "Synthetic report \(number)\n\n"
            var planned: [PlannedClaim] = []
            let year = 2019 + rng.int(7), month = 1 + rng.int(12)
            for _ in 0..<count {
                let s = rng.skewed(speakerIDs.count)
                let statement = sentence(8 + rng.int(10))
                let cue = rng.pick(ArchiveVocabulary.cues)
                let direct = rng.int(3) != 0
                let name = names[s]
                text += direct ? "\(name) \(cue): \"" : "\(name) \(cue) that "
                let start = text.utf8.count
                text += statement
                let end = text.utf8.count
                text += direct ? ".\" " : ". "
                let day = 1 + rng.int(28)
                text += "That was on \(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day).\n\n"
                planned.append(PlannedClaim(speaker: speakerIDs[s], name: name, statement: statement, span: (start, end),
                                       kind: direct ? "direct" : "indirect", cue: cue, day: day))
            }
            let title = "Synthetic report \(number)"
            let sha = SHA256Hex.of(text)
            let published = "\(year)-\(month < 10 ? "0" : "")\(month)-28"
            let docID = try s.newID("""
                INSERT INTO document (id, path, title, byline, outlet, url, published, credits, dateline, sha256, file_sha256, text, loaded_at)
                VALUES (\(SQLDialect.nextID("document")), ?, ?, NULL, ?, ?, ?, '[]', NULL, ?, ?, ?, ?) RETURNING id
                """, ["synthetic/\(number).txt", title, ArchiveVocabulary.outlets[number % ArchiveVocabulary.outlets.count],
                      "https://news.example.org/\(number)", published, sha, sha, text, at])
            var claimIDs: [Int64] = []
            var loadChanges = ChangeSet()
            loadChanges.touch("document", docID)
            var claimPayloads: [JSONValue] = []
            for p in planned {
                let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(p.day < 10 ? "0" : "")\(p.day)"
                let id = try s.newID("""
                    INSERT INTO claim (id, document_id, span_start, span_end, speaker_id, mention, kind, statement, cue, recipient,
                                       when_text, date_start, date_end, date_grain, checkworthiness)
                    VALUES (\(SQLDialect.nextID("claim")), ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'day', ?) RETURNING id
                    """, [docID, p.span.0, p.span.1, p.speaker, p.name, p.kind, p.statement, p.cue,
                          date, date, date, Double(rng.int(100)) / 100])
                claimIDs.append(id)
                loadChanges.touch("claim", id)
                claimPayloads.append(.object([
                    ("id", .string("C\(id)")), ("kind", .string(p.kind)), ("speaker", .string("S\(p.speaker)")),
                    ("statement", .string(p.statement)), ("span", .array([.int(Int64(p.span.0)), .int(Int64(p.span.1))])),
                    ("date", .string(date)),
                ]))
            }
            try JournalEntry.append(s, author: spec.author, action: "document.load", ids: ["D\(docID)"] + claimIDs.map { "C\($0)" },
                                    payload: .object([
                                        ("document", .object([("id", .string("D\(docID)")), ("sha256", .string(sha)),
                                                              ("path", .string("synthetic/\(number).txt")), ("title", .string(title)),
                                                              ("published", .string(published))])),
                                        ("speakers", .array([])), ("claims", .array(claimPayloads)),
                                    ]), changes: loadChanges, at: at)

            // The checking work on those claims: evidence, a verdict each, the claims' new balance.
            var checkChanges = ChangeSet()
            var ids: [String] = []
            var verdicts: [JSONValue] = []
            for claimID in claimIDs {
                var balance = [0, 0, 0]
                var firstEvidence: Int64 = 0
                for _ in 0..<spec.evidencePerClaim {
                    let stance = rng.int(3)
                    balance[stance] += 1
                    let e = try s.newID("""
                        INSERT INTO evidence (id, claim_id, stance, source, title, quote, note, reliability, added_at, author)
                        VALUES (\(SQLDialect.nextID("evidence")), ?, ?, ?, ?, NULL, ?, ?, ?, ?) RETURNING id
                        """, [claimID, stances[stance],
                              "https://\(rng.pick(ArchiveVocabulary.sources))/doc/\(rng.int(1_000_000))",
                              sentence(4 + rng.int(4)), sentence(6 + rng.int(6)),
                              ["high", "medium", "low"][rng.int(3)], at, spec.author])
                    if firstEvidence == 0 { firstEvidence = e }
                    checkChanges.touch("evidence", e)
                    ids.append("E\(e)")
                }
                let rating = ratings[rng.int(ratings.count)]
                let reason = sentence(5 + rng.int(6))
                let v = try s.newID("""
                    INSERT INTO verdict (id, claim_id, rating, reason, cites, ruled_at, author)
                    VALUES (\(SQLDialect.nextID("verdict")), ?, ?, ?, ?, ?, ?) RETURNING id
                    """, [claimID, rating, reason, "[\"E\(firstEvidence)\"]", at, spec.author])
                try s.execute("UPDATE claim SET supports = ?, contradicts = ?, context = ?, status = ? WHERE id = ?",
                              [balance[0], balance[1], balance[2], rating, claimID])
                checkChanges.touch("verdict", v)
                checkChanges.touch("claim", claimID)
                ids += ["V\(v)", "C\(claimID)"]
                verdicts.append(.object([("verdict", .string("V\(v)")), ("claim", .string("C\(claimID)")),
                                         ("rating", .string(rating)), ("because", .string(reason)),
                                         ("cites", .array([.string("E\(firstEvidence)")]))]))
            }
            try JournalEntry.append(s, author: spec.author, action: "check.bulk", ids: ids,
                                    payload: .object([("verdicts", .array(verdicts))]), changes: checkChanges, at: at)
        }

        var written = 0
        var documentNumber = 0
        let documentsPerTransaction = 100
        while written < spec.claims {
            try store.write { s in
                for _ in 0..<documentsPerTransaction where written < spec.claims {
                    documentNumber += 1
                    let count = min(spec.claimsPerDocument, spec.claims - written)
                    try generateDocument(s, number: documentNumber, claims: count)
                    written += count
                }
            }
            progress(written)
        }
    }
}

import Foundation

/// A claim the generator is about to write: who says it, where it sits in the article's text.
private struct PlannedClaim {
    var speaker: Int64
    var name: String
    var statement: String
    var span: (Int, Int)
    var kind: String
    var cue: String
    var day: Int
}
