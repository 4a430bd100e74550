/// What matching reads in a store, on either engine: the prior checks of other organisations
/// (`import factchecks`) and the store's own claims that have a verdict. Kept apart from
/// ``ClaimStore`` so that matching adds to the store without changing it.
public protocol MatchingStore: ClaimStore {
    /// Stores a file's fact-checks as one journaled change (a row already stored under the same
    /// external id is updated when it differs); a file whose SHA-256 was imported before changes nothing.
    func importPriorChecks(_ file: FactCheckFile, author: String) throws -> PriorImportResult
    func priorChecks() throws -> [PriorCheck]
    /// The prior checks whose claim or title has a word beginning with one of `words`, the newest
    /// `perWord` for each word, in the order they were stored.
    func priorChecks(withWords words: [String], perWord: Int) throws -> [PriorCheck]
    /// Whether more than `count` prior checks are stored.
    func priorCheckCount(exceeds count: Int) throws -> Bool
    /// Every claim with a current verdict, in the order the verdicts were given.
    func checkedClaims() throws -> [MatchCandidate]
    /// The checked claims whose statement has a word beginning with one of `words`, the newest
    /// `perWord` for each word, in the order their verdicts were given.
    func checkedClaims(withWords words: [String], perWord: Int) throws -> [MatchCandidate]
    /// The names of each person known by more than one: a speaker's name, then its aliases (groups
    /// and anonymous sources are not people one names; merged speakers are left out).
    func peopleWithAliases() throws -> [[String]]
    /// Whether more than `count` verdicts were given.
    func verdictCount(exceeds count: Int) throws -> Bool
}

/// The prior-check tables (migration "v4"), the same columns in the same order on both engines.
enum PriorCheckSchema {
    static let migration = "v4"

    /// `INTEGER` on SQLite, `BIGINT` on PostgreSQL.
    static func statements(integer: String) -> [String] {
        [
            """
            CREATE TABLE prior_check (
                id \(integer) PRIMARY KEY,
                external_id TEXT NOT NULL UNIQUE,
                claim TEXT NOT NULL,
                title TEXT,
                rating TEXT,
                url TEXT,
                org TEXT,
                date TEXT,
                file_sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE prior_import (
                sha256 TEXT PRIMARY KEY,
                path TEXT NOT NULL,
                rows \(integer) NOT NULL,
                imported_at TEXT NOT NULL
            )
            """,
        ]
    }

    /// The journal entry's summary of an import.
    static func payload(_ file: FactCheckFile, added: Int, updated: Int, unchanged: Int) -> JSONValue {
        .object([
            ("file", .string(file.path)), ("sha256", .string(file.sha256)), ("rows", .int(Int64(file.checks.count))),
            ("added", .int(Int64(added))), ("updated", .int(Int64(updated))), ("unchanged", .int(Int64(unchanged))),
        ])
    }

    static let action = "factchecks.import"
}
