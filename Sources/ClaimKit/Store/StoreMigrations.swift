/// The store's schema versions, written once for every engine, and the one way they are applied.
///
/// Each version is the same change on both engines; where SQL cannot say it the same way (types,
/// case-insensitive indexes, full-text search, triggers, dropping a constraint), the engine's
/// ``SchemaDialect`` spells that part. A released migration never changes: a new version of the
/// schema is a new migration appended to ``list(_:)``. A store that has applied a migration this
/// build does not know was written by a newer claimcheck and is refused (``SchemaVersion``).
enum StoreMigrations {
    struct Migration {
        let identifier: String
        let statements: [String]
    }

    /// Every migration, in order, as the engine spells it.
    static func list(_ d: SchemaDialect) -> [Migration] {
        [
            Migration(identifier: "v1", statements: d.tables.tables + TableSchema.sharedIndexes + d.firstExtras),
            // v2: row counts kept by triggers, so that `stats` reads a few rows instead of counting
            // millions (tally is derived data: not journaled, not exported, rebuilt here from the tables).
            Migration(identifier: "v2", statements: [
                "CREATE TABLE tally (name TEXT PRIMARY KEY, n \(d.tables.integer) NOT NULL)\(d.tables.keyedOnly)",
                "INSERT INTO tally (name, n) SELECT 'kind:' || kind, count(*) FROM claim GROUP BY kind",
                "INSERT INTO tally (name, n) SELECT 'status:' || status, count(*) FROM claim WHERE retracted_at IS NULL GROUP BY status",
                "INSERT INTO tally (name, n) " + TableSchema.tallied.map { "SELECT '\($0)', count(*) FROM \($0)" }.joined(separator: " UNION ALL "),
            ] + d.tallyTriggers),
            // v3: the charset a page was read in, and where each claim's date came from.
            Migration(identifier: "v3", statements: LateColumns.v3),
            // v4: other organisations' fact-checks, for matching claims against them (`import factchecks`).
            Migration(identifier: PriorCheckSchema.migration, statements: PriorCheckSchema.statements(integer: d.tables.integer)),
            // v5: the full-text index is brought up to date when the text it indexes changes, not on
            // every update of the row (a claim's status and balance change with every `evidence add`).
            Migration(identifier: "v5", statements: d.fullTextOnTextUpdates),
            // v6: the journal's hash is no longer a UNIQUE column (see `TableSchema.journal(named:hashIndexed:)`).
            Migration(identifier: "v6", statements: d.journalHashUnindexed),
            // v7: the prior checks get a full-text index, so that a claim's earlier check is looked
            // for among those that share its words rather than among every one (`StoreMatching`).
            Migration(identifier: "v7", statements: d.priorCheckSearch),
        ]
    }

    /// The migrations the store in `s` has yet to apply (none when it is up to date); only reads.
    /// Throws when the store must not be touched: a newer claimcheck's, or a database of other tables.
    static func pending(_ s: any StoreSession, location: String) throws -> [Migration] {
        let d = s.dialect.schema
        let tables = try s.rows(d.tablesQuery).map { try $0.text("name") }
        let applied = tables.contains(d.migrationsTable)
            ? Set(try s.rows("SELECT identifier FROM \(d.migrationsTable)").map { try $0.text("identifier") }) : []
        let all = list(d)
        let needed = try SchemaVersion.needsMigrating(location, engine: d.engineName, applied: applied, known: all.map(\.identifier)) {
            tables.filter { $0 != d.migrationsTable }
        }
        return needed ? all.filter { !applied.contains($0.identifier) } : []
    }

    /// Applies what is pending, inside the caller's write transaction (which the engine holds
    /// exclusively, so that two processes never migrate one store at once).
    static func apply(_ s: any StoreSession, location: String) throws {
        let d = s.dialect.schema
        let migrations = try pending(s, location: location)
        if migrations.isEmpty { return }
        try s.execute(d.createMigrationsTable, [])
        for migration in migrations {
            for statement in migration.statements { try s.execute(statement, []) }
            try s.execute("INSERT INTO \(d.migrationsTable) (identifier) VALUES (?)", [migration.identifier])
        }
    }
}

/// What each engine's schema spells its own way; ``StoreMigrations`` puts it in place.
struct SchemaDialect: Sendable {
    /// The engine as messages name it ("an SQLite", "a PostgreSQL").
    let engineName: String
    /// The table that records the migrations applied (`identifier`), and the statement that makes it.
    let migrationsTable: String
    let createMigrationsTable: String
    /// The database's tables (column `name`).
    let tablesQuery: String
    let tables: TableSchema
    /// v1 beyond the tables and the shared indexes: the case-insensitive indexes on speaker names
    /// and aliases, the full-text indexes, the engine's own bookkeeping.
    let firstExtras: [String]
    /// v2: the triggers that keep `tally`.
    let tallyTriggers: [String]
    /// v5: the full-text index kept up to date on changes of the text only.
    let fullTextOnTextUpdates: [String]
    /// v6: the UNIQUE constraint on `journal.hash` dropped.
    let journalHashUnindexed: [String]
    /// v7: the full-text index over the prior checks' claim and title.
    let priorCheckSearch: [String]

    /// The newest schema version this build knows.
    var version: Int { StoreMigrations.list(self).count }
}
