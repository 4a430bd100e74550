/// The store's schema on PostgreSQL: the same tables, columns (in the same order) and versioned
/// migrations as ``Schema`` on SQLite, so that rows, row snapshots and exports read the same on
/// both engines. Full-text search uses PostgreSQL's own `tsvector` GIN indexes where SQLite has FTS5.
///
/// As on SQLite, a released migration never changes; a store that has applied a migration this
/// build does not know was written by a newer claimcheck and is refused.
enum PostgresSchema {
    /// Migrations by identifier, in order; each is a list of statements run in one transaction.
    static let migrations: [(identifier: String, statements: [String])] = [
        ("v1", TableSchema.postgres.tables + TableSchema.sharedIndexes + [
            "CREATE INDEX speaker_name ON speaker (lower(name))",
            // SQLite's alias column is COLLATE NOCASE: one alias whatever its case.
            "CREATE UNIQUE INDEX speaker_alias_nocase ON speaker_alias (lower(alias))",
            // Full-text search (FTS5 on SQLite): expression indexes, so the tables keep SQLite's columns.
            "CREATE INDEX claim_fts ON claim USING gin (\(claimDocument))",
            "CREATE INDEX evidence_fts ON evidence USING gin (\(evidenceDocument))",
            // Commands applied, so that a command retried after a dropped connection is never applied twice.
            "CREATE TABLE claimcheck_command (token TEXT PRIMARY KEY, journal_seq BIGINT)",
        ]),
        // v2, as on SQLite: row counts kept by triggers, so that `stats` reads a few rows instead of
        // counting millions (derived data: not journaled, not exported, rebuilt here from the tables).
        ("v2", [
            "CREATE TABLE tally (name TEXT PRIMARY KEY, n BIGINT NOT NULL)",
            "INSERT INTO tally (name, n) SELECT 'kind:' || kind, count(*) FROM claim GROUP BY kind",
            "INSERT INTO tally (name, n) SELECT 'status:' || status, count(*) FROM claim WHERE retracted_at IS NULL GROUP BY status",
            """
            INSERT INTO tally (name, n) \(TableSchema.tallied.map { "SELECT '\($0)', count(*) FROM \($0)" }.joined(separator: " UNION ALL "))
            """,
            """
            CREATE FUNCTION tally_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'INSERT' THEN
                UPDATE tally SET n = n + 1 WHERE name = TG_TABLE_NAME;
              ELSE
                UPDATE tally SET n = n - 1 WHERE name = TG_TABLE_NAME;
              END IF;
              RETURN NULL;
            END $$
            """,
            // A claim counts under its kind, and under its status unless it is retracted.
            """
            CREATE FUNCTION tally_claim() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE tally SET n = n - 1 WHERE name = 'kind:' || OLD.kind;
                IF OLD.retracted_at IS NULL THEN UPDATE tally SET n = n - 1 WHERE name = 'status:' || OLD.status; END IF;
              END IF;
              IF TG_OP IN ('UPDATE', 'INSERT') THEN
                INSERT INTO tally (name, n) VALUES ('kind:' || NEW.kind, 0), ('status:' || NEW.status, 0) ON CONFLICT (name) DO NOTHING;
                UPDATE tally SET n = n + 1 WHERE name = 'kind:' || NEW.kind;
                IF NEW.retracted_at IS NULL THEN UPDATE tally SET n = n + 1 WHERE name = 'status:' || NEW.status; END IF;
              END IF;
              RETURN NULL;
            END $$
            """,
        ] + TableSchema.tallied.map { "CREATE TRIGGER tally_\($0) AFTER INSERT OR DELETE ON \($0) FOR EACH ROW EXECUTE FUNCTION tally_rows()" } + [
            "CREATE TRIGGER tally_claim_kind AFTER INSERT OR DELETE ON claim FOR EACH ROW EXECUTE FUNCTION tally_claim()",
            """
            CREATE TRIGGER tally_claim_update AFTER UPDATE OF kind, status, retracted_at ON claim FOR EACH ROW
            WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.status IS DISTINCT FROM NEW.status
                  OR (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL))
            EXECUTE FUNCTION tally_claim()
            """,
        ]),
        // v3, as on SQLite: a page's charset and where each claim's date came from.
        ("v3", LateColumns.v3),
        // v4, as on SQLite: other organisations' fact-checks (`import factchecks`).
        (PriorCheckSchema.migration, PriorCheckSchema.statements(integer: "BIGINT")),
        // v5, as on SQLite (where it narrows the full-text triggers): the expression indexes need nothing.
        ("v5", []),
        // v6, as on SQLite: the journal's hash is no longer UNIQUE (nothing reads its index).
        ("v6", ["ALTER TABLE journal DROP CONSTRAINT journal_hash_key"]),
    ]

    /// The text search vectors the FTS indexes are built on (queries must use the same expressions).
    static let claimDocument = "to_tsvector('simple', statement)"
    static let evidenceDocument = "to_tsvector('simple', \(evidenceText))"
    static let evidenceText = "coalesce(title, '') || ' ' || coalesce(quote, '') || ' ' || coalesce(note, '') || ' ' || source"

    /// The table that records applied migrations (GRDB's `grdb_migrations` on SQLite).
    static let migrationsTable = "claimcheck_migrations"

    /// The newest schema version this build knows.
    static var version: Int { migrations.count }

    /// Advisory lock keys (per database): one for migrations, one that serialises every write
    /// transaction and with it the journal's appends.
    static let migrationLock: Int64 = 0x636c_6d63_6b01   // "clmck" 1
    static let writeLock: Int64 = 0x636c_6d63_6b02
}
