/// The store's schema in SQLite's words (``StoreMigrations`` holds the versions): NOCASE columns,
/// FTS5 indexes kept by triggers, `tally` kept by triggers, and a table copied to drop a constraint.
/// The statements are those GRDB's migrator and FTS5 helpers ran up to schema v6, to the letter,
/// so that the stores made then still match the schema audit.
extension SchemaDialect {
    static let sqlite = SchemaDialect(
        engineName: "an SQLite",
        migrationsTable: "grdb_migrations",
        createMigrationsTable: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)",
        tablesQuery: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        tables: .sqlite,
        firstExtras: ["CREATE INDEX speaker_name ON speaker(name COLLATE NOCASE)"] + SearchIndexCheck.firstIndexes.flatMap { Schema.fullTextIndex($0) },
        tallyTriggers: TableSchema.tallied.flatMap(Schema.tallyTriggers) + [
            // A claim counts under its kind, and under its status unless it is retracted.
            """
            CREATE TRIGGER tally_claim_insert_kind AFTER INSERT ON claim BEGIN
              INSERT OR IGNORE INTO tally (name, n) VALUES ('kind:' || NEW.kind, 0), ('status:' || NEW.status, 0);
              UPDATE tally SET n = n + 1 WHERE name = 'kind:' || NEW.kind;
              UPDATE tally SET n = n + 1 WHERE name = 'status:' || NEW.status AND NEW.retracted_at IS NULL;
            END
            """,
            """
            CREATE TRIGGER tally_claim_delete_kind AFTER DELETE ON claim BEGIN
              UPDATE tally SET n = n - 1 WHERE name = 'kind:' || OLD.kind;
              UPDATE tally SET n = n - 1 WHERE name = 'status:' || OLD.status AND OLD.retracted_at IS NULL;
            END
            """,
            """
            CREATE TRIGGER tally_claim_update AFTER UPDATE OF kind, status, retracted_at ON claim
            WHEN OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status OR (OLD.retracted_at IS NULL) != (NEW.retracted_at IS NULL)
            BEGIN
              INSERT OR IGNORE INTO tally (name, n) VALUES ('kind:' || NEW.kind, 0), ('status:' || NEW.status, 0);
              UPDATE tally SET n = n - 1 WHERE name = 'kind:' || OLD.kind;
              UPDATE tally SET n = n + 1 WHERE name = 'kind:' || NEW.kind;
              UPDATE tally SET n = n - 1 WHERE name = 'status:' || OLD.status AND OLD.retracted_at IS NULL;
              UPDATE tally SET n = n + 1 WHERE name = 'status:' || NEW.status AND NEW.retracted_at IS NULL;
            END
            """,
        ],
        // (GRDB's synchronized tables reindexed a claim's statement on every update of the row.)
        fullTextOnTextUpdates: SearchIndexCheck.firstIndexes.flatMap { ["DROP TRIGGER \"__\($0.name)_au\"", Schema.updateTrigger($0, textOnly: true)] },
        // SQLite drops a constraint by copying the table, whose row-count triggers go with it.
        journalHashUnindexed: [
            TableSchema.sqlite.journal(named: "journal_v6", hashIndexed: false),
            "INSERT INTO journal_v6 SELECT * FROM journal",
            "DROP TABLE journal",
            "ALTER TABLE journal_v6 RENAME TO journal",
        ] + Schema.tallyTriggers("journal"),
        priorCheckSearch: Schema.fullTextIndex(SearchIndexCheck.priorCheckIndex, textOnlyUpdates: true))
}

enum Schema {
    /// The triggers of v2 that keep a table's row count in `tally`.
    static func tallyTriggers(_ table: String) -> [String] {
        [
            "CREATE TRIGGER tally_\(table)_insert AFTER INSERT ON \(table) BEGIN UPDATE tally SET n = n + 1 WHERE name = '\(table)'; END",
            "CREATE TRIGGER tally_\(table)_delete AFTER DELETE ON \(table) BEGIN UPDATE tally SET n = n - 1 WHERE name = '\(table)'; END",
        ]
    }

    /// An FTS5 index over its table's columns (`content=` the table: the text is not stored twice),
    /// the triggers that keep it, and its first build, as GRDB's `synchronize(withTable:)` made them
    /// (`textOnlyUpdates`: kept up to date on changes of the indexed columns only, as v5 made them).
    static func fullTextIndex(_ index: SearchIndexCheck.Index, textOnlyUpdates: Bool = false) -> [String] {
        [
            """
            CREATE VIRTUAL TABLE "\(index.name)" USING fts5(\(index.columns.joined(separator: ", ")), \
            tokenize='''\(SearchIndexCheck.tokenizer)''', content='\(index.table)', content_rowid='id')
            """,
            "CREATE TRIGGER \"__\(index.name)_ai\" AFTER INSERT ON \"\(index.table)\" BEGIN \(insert(index, "new")) END",
            "CREATE TRIGGER \"__\(index.name)_ad\" AFTER DELETE ON \"\(index.table)\" BEGIN \(insert(index, "old")) END",
            updateTrigger(index, textOnly: textOnlyUpdates),
            "INSERT INTO \"\(index.name)\"(\"\(index.name)\") VALUES('rebuild')",
        ]
    }

    /// The trigger that takes a row's old text out of the index and puts its new text in: on any
    /// update of the row (v1), or of the indexed columns only (v5).
    static func updateTrigger(_ index: SearchIndexCheck.Index, textOnly: Bool) -> String {
        let of = textOnly ? " OF " + quoted(index.columns) : ""
        return "CREATE TRIGGER \"__\(index.name)_au\" AFTER UPDATE\(of) ON \"\(index.table)\" BEGIN \(insert(index, "old")) \(insert(index, "new")) END"
    }

    /// The statement that adds a row's `new` text to the index, or takes its `old` text out.
    private static func insert(_ index: SearchIndexCheck.Index, _ row: String) -> String {
        let values = quoted(["id"] + index.columns, prefix: row + ".")
        if row == "new" { return "INSERT INTO \"\(index.name)\"(\(quoted(["rowid"] + index.columns))) VALUES (\(values));" }
        return "INSERT INTO \"\(index.name)\"(\(quoted([index.name, "rowid"] + index.columns))) VALUES('delete', \(values));"
    }

    private static func quoted(_ names: [String], prefix: String = "") -> String {
        names.map { "\(prefix)\"\($0)\"" }.joined(separator: ", ")
    }
}
