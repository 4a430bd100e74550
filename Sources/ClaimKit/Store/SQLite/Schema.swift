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
            for statement in TableSchema.sqlite.tables + TableSchema.sharedIndexes + ["CREATE INDEX speaker_name ON speaker(name COLLATE NOCASE)"] {
                try db.execute(sql: statement)
            }
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
        // v2: row counts kept by triggers, so that `stats` reads a few rows instead of counting
        // millions (tally is derived data: not journaled, not exported, rebuilt here from the tables).
        migrator.registerMigration("v2") { db in
            var sql = """
                CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO tally (name, n) SELECT 'kind:' || kind, count(*) FROM claim GROUP BY kind;
                INSERT INTO tally (name, n) SELECT 'status:' || status, count(*) FROM claim WHERE retracted_at IS NULL GROUP BY status;

                """
            for table in TableSchema.tallied {
                sql += """
                    INSERT INTO tally (name, n) SELECT '\(table)', count(*) FROM \(table);
                    \(tallyTriggers(table))

                    """
            }
            // A claim counts under its kind, and under its status unless it is retracted.
            sql += """
                CREATE TRIGGER tally_claim_insert_kind AFTER INSERT ON claim BEGIN
                  INSERT OR IGNORE INTO tally (name, n) VALUES ('kind:' || NEW.kind, 0), ('status:' || NEW.status, 0);
                  UPDATE tally SET n = n + 1 WHERE name = 'kind:' || NEW.kind;
                  UPDATE tally SET n = n + 1 WHERE name = 'status:' || NEW.status AND NEW.retracted_at IS NULL;
                END;
                CREATE TRIGGER tally_claim_delete_kind AFTER DELETE ON claim BEGIN
                  UPDATE tally SET n = n - 1 WHERE name = 'kind:' || OLD.kind;
                  UPDATE tally SET n = n - 1 WHERE name = 'status:' || OLD.status AND OLD.retracted_at IS NULL;
                END;
                CREATE TRIGGER tally_claim_update AFTER UPDATE OF kind, status, retracted_at ON claim
                WHEN OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status OR (OLD.retracted_at IS NULL) != (NEW.retracted_at IS NULL)
                BEGIN
                  INSERT OR IGNORE INTO tally (name, n) VALUES ('kind:' || NEW.kind, 0), ('status:' || NEW.status, 0);
                  UPDATE tally SET n = n - 1 WHERE name = 'kind:' || OLD.kind;
                  UPDATE tally SET n = n + 1 WHERE name = 'kind:' || NEW.kind;
                  UPDATE tally SET n = n - 1 WHERE name = 'status:' || OLD.status AND OLD.retracted_at IS NULL;
                  UPDATE tally SET n = n + 1 WHERE name = 'status:' || NEW.status AND NEW.retracted_at IS NULL;
                END;
                """
            try db.execute(sql: sql)
        }
        // v3: the charset a page was read in, and where each claim's date came from.
        migrator.registerMigration("v3") { db in
            for statement in LateColumns.v3 { try db.execute(sql: statement) }
        }
        // v4: other organisations' fact-checks, for matching claims against them (`import factchecks`).
        migrator.registerMigration(PriorCheckSchema.migration) { db in
            for statement in PriorCheckSchema.statements(integer: "INTEGER") { try db.execute(sql: statement) }
        }
        // v5: the full-text indexes are rebuilt when the text they index changes, not on every
        // update of the row (GRDB's synchronized tables reindex a claim's statement whenever its
        // status or evidence balance changes, which is every `evidence add` and `verdict`).
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                DROP TRIGGER "__claim_fts_au";
                CREATE TRIGGER "__claim_fts_au" AFTER UPDATE OF "statement" ON "claim" BEGIN
                    INSERT INTO "claim_fts"("claim_fts", "rowid", "statement") VALUES('delete', old."id", old."statement");
                    INSERT INTO "claim_fts"("rowid", "statement") VALUES (new."id", new."statement");
                END;
                DROP TRIGGER "__evidence_fts_au";
                CREATE TRIGGER "__evidence_fts_au" AFTER UPDATE OF "title", "quote", "note", "source" ON "evidence" BEGIN
                    INSERT INTO "evidence_fts"("evidence_fts", "rowid", "title", "quote", "note", "source")
                    VALUES('delete', old."id", old."title", old."quote", old."note", old."source");
                    INSERT INTO "evidence_fts"("rowid", "title", "quote", "note", "source")
                    VALUES (new."id", new."title", new."quote", new."note", new."source");
                END;
                """)
        }
        // v6: the journal's hash is no longer a UNIQUE column (see `TableSchema.journal(named:hashIndexed:)`);
        // SQLite drops a constraint by copying the table, whose row-count triggers go with it.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: """
                \(TableSchema.sqlite.journal(named: "journal_v6", hashIndexed: false));
                INSERT INTO journal_v6 SELECT * FROM journal;
                DROP TABLE journal;
                ALTER TABLE journal_v6 RENAME TO journal;
                \(tallyTriggers("journal"))
                """)
        }
        return migrator
    }()

    /// The triggers of v2 that keep a table's row count in `tally`.
    private static func tallyTriggers(_ table: String) -> String {
        """
        CREATE TRIGGER tally_\(table)_insert AFTER INSERT ON \(table) BEGIN
          UPDATE tally SET n = n + 1 WHERE name = '\(table)';
        END;
        CREATE TRIGGER tally_\(table)_delete AFTER DELETE ON \(table) BEGIN
          UPDATE tally SET n = n - 1 WHERE name = '\(table)';
        END;
        """
    }

    /// The newest schema version this build knows.
    static var version: Int { migrator.migrations.count }
}
