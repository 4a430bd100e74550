/// The PostgreSQL side of ``SchemaAudit``: the store's schema (tables, columns, indexes, sequences,
/// triggers, functions, rules, policies) must be exactly what claimcheck's migrations create.
///
/// The reference is made on the same server, so that its catalog reads the same way: the
/// migrations run in a scratch schema inside a transaction that is then rolled back. Each object is
/// described by one line read from the catalogs, with the schema's own name taken out.
enum PostgresSchemaAudit {
    /// The first difference between the store's schema and claimcheck's, or nil when they are the same.
    /// Runs in its own transaction (it needs to create, then roll back, the reference).
    static func difference(_ link: PostgresLink) throws -> String? {
        if let found = SchemaComparison.difference(store: try describe(link, schema: nil), reference: try referenceDescription(link)) {
            return found
        }
        let events = try link.rows("SELECT evtname FROM pg_event_trigger ORDER BY evtname").map { try $0.text("evtname") }
        if let first = events.first {
            return "the database has an event trigger \(first) that claimcheck did not create (added outside claimcheck?)"
        }
        return nil
    }

    /// The migrations run in a scratch schema, described, and rolled back.
    private static func referenceDescription(_ link: PostgresLink) throws -> [SchemaComparison.Object] {
        let scratch = "claimcheck_reference_schema"
        defer { _ = try? link.execute("ROLLBACK") }
        try link.execute(batch: [("BEGIN", []), ("CREATE SCHEMA \(scratch)", []), ("SET LOCAL search_path TO \(scratch)", [])])
        try StoreMigrations.apply(link, location: scratch)
        return try describe(link, schema: scratch)
    }

    /// One line per object of `schema` (the current schema when nil), without the schema's name.
    private static func describe(_ link: PostgresLink, schema: String?) throws -> [SchemaComparison.Object] {
        let target = schema.map { "'\($0)'" } ?? "current_schema()"
        let strip = "replace(%@, quote_ident(\(target)) || '.', '')"
        func stripped(_ expression: String) -> String { strip.replacingOccurrences(of: "%@", with: expression) }
        let sql = """
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = \(target))
            SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || c.relrowsecurity AS line
              FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
            UNION ALL
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
                   || a.attnotnull || ' ' || a.attnum || ' ' || coalesce(\(stripped("pg_get_expr(d.adbin, d.adrelid)")), '')
              FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL
            SELECT 'index ' || c.relname || ' ' || \(stripped("pg_get_indexdef(c.oid)"))
              FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('i', 'I')
            UNION ALL
            SELECT 'constraint ' || r.conname || ' ' || \(stripped("pg_get_constraintdef(r.oid)"))
              FROM pg_constraint r WHERE r.connamespace = (SELECT oid FROM ns)
            UNION ALL
            SELECT 'trigger ' || t.tgname || ' ' || \(stripped("pg_get_triggerdef(t.oid)")) || ' ' || t.tgenabled::text
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE c.relnamespace = (SELECT oid FROM ns) AND NOT t.tgisinternal
            UNION ALL
            SELECT 'function ' || p.proname || ' ' || md5(p.prosrc) || ' ' || p.prosecdef || ' ' || coalesce(array_to_string(p.proconfig, ','), '')
              FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM ns)
            UNION ALL
            SELECT 'rule ' || r.rulename || ' ' || c.relname
              FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
             WHERE c.relnamespace = (SELECT oid FROM ns) AND r.rulename <> '_RETURN'
            UNION ALL
            SELECT 'policy ' || p.polname || ' ' || c.relname
              FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = (SELECT oid FROM ns)
            """
        return try link.rows(sql).map {
            let words = try $0.text("line").split(separator: " ", maxSplits: 2)
            return SchemaComparison.Object(name: words.prefix(2).joined(separator: " "), definition: words.dropFirst(2).joined())
        }
    }
}
