/// The columns of claimcheck's journaled tables, written once: each engine's first migration spells
/// them in its own types, so that rows, row snapshots and exports read the same on both. (A
/// released migration never changes: these must keep giving the statements v1 always ran.)
struct TableSchema {
    /// An integer column (SQLite's INTEGER, PostgreSQL's BIGINT).
    let integer: String
    /// A floating-point column.
    let real: String
    /// What follows a foreign key (PostgreSQL's are checked at commit during an import).
    let deferrable: String
    /// What makes the alias key match whatever its case (PostgreSQL has a unique index on lower(alias)).
    let nocase: String
    /// What follows a table stored by its key alone (SQLite's WITHOUT ROWID).
    let keyedOnly: String

    static let sqlite = TableSchema(integer: "INTEGER", real: "REAL", deferrable: "", nocase: " COLLATE NOCASE", keyedOnly: " WITHOUT ROWID")
    static let postgres = TableSchema(integer: "BIGINT", real: "DOUBLE PRECISION", deferrable: " DEFERRABLE", nocase: "", keyedOnly: "")

    /// The tables whose rows the `tally` table counts (v2, both engines).
    static let tallied = ["document", "speaker", "claim", "evidence", "verdict", "journal"]

    /// The journaled tables and the journal, as the first migration creates them.
    var tables: [String] { [document, speaker, speakerAlias, claim, evidence, verdict, setting, journal] }

    /// The indexes of the first migration that read the same on both engines (those on a speaker's
    /// name and alias differ: SQLite's columns are NOCASE, PostgreSQL's indexes are on `lower(...)`).
    static let sharedIndexes = [
        "CREATE INDEX speaker_alias_speaker ON speaker_alias(speaker_id)",
        "CREATE INDEX claim_document ON claim(document_id)",
        "CREATE INDEX claim_speaker ON claim(speaker_id)",
        "CREATE INDEX claim_status ON claim(status)",
        "CREATE INDEX claim_kind ON claim(kind)",
        "CREATE INDEX evidence_claim ON evidence(claim_id)",
        "CREATE INDEX verdict_claim ON verdict(claim_id)",
    ]

    private func reference(_ table: String) -> String { "REFERENCES \(table)(id)\(deferrable)" }

    var document: String {
        """
        CREATE TABLE document (
            id \(integer) PRIMARY KEY,
            path TEXT,
            title TEXT,
            byline TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            credits TEXT NOT NULL DEFAULT '[]',
            dateline TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            file_sha256 TEXT,
            text TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        )
        """
    }

    var speaker: String {
        """
        CREATE TABLE speaker (
            id \(integer) PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT,
            kind TEXT NOT NULL DEFAULT 'person',
            members TEXT NOT NULL DEFAULT '[]',
            merged_into \(integer) \(reference("speaker"))
        )
        """
    }

    var speakerAlias: String {
        """
        CREATE TABLE speaker_alias (
            alias TEXT NOT NULL\(nocase) PRIMARY KEY,
            speaker_id \(integer) NOT NULL \(reference("speaker"))
        )
        """
    }

    var claim: String {
        """
        CREATE TABLE claim (
            id \(integer) PRIMARY KEY,
            document_id \(integer) \(reference("document")),
            span_start \(integer),
            span_end \(integer),
            speaker_id \(integer) \(reference("speaker")),
            mention TEXT,
            kind TEXT NOT NULL,
            statement TEXT NOT NULL,
            cue TEXT,
            recipient TEXT,
            when_text TEXT,
            date_start TEXT,
            date_end TEXT,
            date_grain TEXT,
            checkworthiness \(real) NOT NULL DEFAULT 0.5,
            status TEXT NOT NULL DEFAULT 'unchecked',
            supports \(integer) NOT NULL DEFAULT 0,
            contradicts \(integer) NOT NULL DEFAULT 0,
            context \(integer) NOT NULL DEFAULT 0,
            retracted_at TEXT,
            retracted_because TEXT
        )
        """
    }

    var evidence: String {
        """
        CREATE TABLE evidence (
            id \(integer) PRIMARY KEY,
            claim_id \(integer) NOT NULL \(reference("claim")),
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'context')),
            source TEXT NOT NULL,
            title TEXT,
            quote TEXT,
            note TEXT,
            reliability TEXT,
            added_at TEXT NOT NULL,
            author TEXT NOT NULL,
            withdrawn_at TEXT,
            withdrawn_because TEXT
        )
        """
    }

    var verdict: String {
        """
        CREATE TABLE verdict (
            id \(integer) PRIMARY KEY,
            claim_id \(integer) NOT NULL \(reference("claim")),
            rating TEXT NOT NULL,
            reason TEXT NOT NULL,
            cites TEXT NOT NULL DEFAULT '[]',
            ruled_at TEXT NOT NULL,
            author TEXT NOT NULL
        )
        """
    }

    var setting: String {
        """
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """
    }

    var journal: String { journal(named: "journal", hashIndexed: true) }

    /// The journal table; up to v5 its hash column was UNIQUE, an index that nothing reads (the
    /// chain links each entry to the hash of the one before) and that cost every command a page.
    func journal(named name: String, hashIndexed: Bool) -> String {
        """
        CREATE TABLE \(name) (
            seq \(integer) PRIMARY KEY,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            action TEXT NOT NULL,
            ids TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL\(hashIndexed ? " UNIQUE" : "")
        )
        """
    }
}
