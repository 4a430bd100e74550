import GRDB

/// The store's schema, created and upgraded by versioned migrations.
///
/// A migration, once released, never changes: a new version of the schema is a new migration
/// appended to the list. A store that has applied a migration this build does not know was written
/// by a newer claimcheck and is refused.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
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
                );
                CREATE TABLE speaker (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    role TEXT,
                    kind TEXT NOT NULL DEFAULT 'person',
                    members TEXT NOT NULL DEFAULT '[]',
                    merged_into INTEGER REFERENCES speaker(id)
                );
                CREATE INDEX speaker_name ON speaker(name COLLATE NOCASE);
                CREATE TABLE speaker_alias (
                    alias TEXT NOT NULL COLLATE NOCASE PRIMARY KEY,
                    speaker_id INTEGER NOT NULL REFERENCES speaker(id)
                );
                CREATE INDEX speaker_alias_speaker ON speaker_alias(speaker_id);
                CREATE TABLE claim (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER REFERENCES document(id),
                    span_start INTEGER,
                    span_end INTEGER,
                    speaker_id INTEGER REFERENCES speaker(id),
                    mention TEXT,
                    kind TEXT NOT NULL,
                    statement TEXT NOT NULL,
                    cue TEXT,
                    recipient TEXT,
                    when_text TEXT,
                    date_start TEXT,
                    date_end TEXT,
                    date_grain TEXT,
                    checkworthiness REAL NOT NULL DEFAULT 0.5,
                    status TEXT NOT NULL DEFAULT 'unchecked',
                    supports INTEGER NOT NULL DEFAULT 0,
                    contradicts INTEGER NOT NULL DEFAULT 0,
                    context INTEGER NOT NULL DEFAULT 0,
                    retracted_at TEXT,
                    retracted_because TEXT
                );
                CREATE INDEX claim_document ON claim(document_id);
                CREATE INDEX claim_speaker ON claim(speaker_id);
                CREATE INDEX claim_status ON claim(status);
                CREATE INDEX claim_kind ON claim(kind);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    claim_id INTEGER NOT NULL REFERENCES claim(id),
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
                );
                CREATE INDEX evidence_claim ON evidence(claim_id);
                CREATE TABLE verdict (
                    id INTEGER PRIMARY KEY,
                    claim_id INTEGER NOT NULL REFERENCES claim(id),
                    rating TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    cites TEXT NOT NULL DEFAULT '[]',
                    ruled_at TEXT NOT NULL,
                    author TEXT NOT NULL
                );
                CREATE INDEX verdict_claim ON verdict(claim_id);
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                CREATE TABLE journal (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    author TEXT NOT NULL,
                    action TEXT NOT NULL,
                    ids TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL UNIQUE
                );
                """)
            try db.create(virtualTable: "claim_fts", using: FTS5()) { t in
                t.synchronize(withTable: "claim")
                t.tokenizer = .unicode61()
                t.column("statement")
            }
            try db.create(virtualTable: "evidence_fts", using: FTS5()) { t in
                t.synchronize(withTable: "evidence")
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("quote")
                t.column("note")
                t.column("source")
            }
        }
        return migrator
    }()

    /// The newest schema version this build knows.
    static var version: Int { migrator.migrations.count }
}
