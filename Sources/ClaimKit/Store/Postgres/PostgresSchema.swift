/// The store's schema in PostgreSQL's words (``StoreMigrations`` holds the versions): the same
/// tables and columns (in the same order) as on SQLite, so that rows, row snapshots and exports read
/// the same on both engines; indexes on `lower(...)` where SQLite's columns are NOCASE; `tsvector`
/// GIN indexes where SQLite has FTS5; `tally` kept by plpgsql trigger functions.
extension SchemaDialect {
    static let postgres = SchemaDialect(
        engineName: "a PostgreSQL",
        migrationsTable: "claimcheck_migrations",
        createMigrationsTable: "CREATE TABLE IF NOT EXISTS claimcheck_migrations (identifier TEXT PRIMARY KEY)",
        tablesQuery: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
        tables: .postgres,
        firstExtras: [
            "CREATE INDEX speaker_name ON speaker (lower(name))",
            // SQLite's alias column is COLLATE NOCASE: one alias whatever its case.
            "CREATE UNIQUE INDEX speaker_alias_nocase ON speaker_alias (lower(alias))",
            // Full-text search (FTS5 on SQLite): expression indexes, so the tables keep SQLite's columns.
            "CREATE INDEX claim_fts ON claim USING gin (\(PostgresSchema.claimDocument))",
            "CREATE INDEX evidence_fts ON evidence USING gin (\(PostgresSchema.evidenceDocument))",
            // Commands applied, so that a command retried after a dropped connection is never applied twice.
            "CREATE TABLE claimcheck_command (token TEXT PRIMARY KEY, journal_seq BIGINT)",
        ],
        tallyTriggers: [
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
        ],
        // The expression indexes follow any update of the text by themselves.
        fullTextOnTextUpdates: [],
        journalHashUnindexed: ["ALTER TABLE journal DROP CONSTRAINT journal_hash_key"],
        priorCheckSearch: ["CREATE INDEX prior_check_fts ON prior_check USING gin (\(PostgresSchema.priorCheckDocument))"])
}

enum PostgresSchema {
    /// The text search vectors the FTS indexes are built on (queries must use the same expressions).
    static let claimDocument = "to_tsvector('simple', statement)"
    static let evidenceDocument = "to_tsvector('simple', \(evidenceText))"
    static let priorCheckDocument = "to_tsvector('simple', claim || ' ' || coalesce(title, ''))"
    static let evidenceText = "coalesce(title, '') || ' ' || coalesce(quote, '') || ' ' || coalesce(note, '') || ' ' || source"

    /// Advisory lock keys (per database): one for migrations, one that serialises every write
    /// transaction and with it the journal's appends.
    static let migrationLock: Int64 = 0x636c_6d63_6b01   // "clmck" 1
    static let writeLock: Int64 = 0x636c_6d63_6b02
}
