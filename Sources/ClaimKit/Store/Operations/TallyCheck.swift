/// The `tally` table (schema v2) holds row counts that triggers keep so that `stats` reads a few
/// rows instead of counting millions. It is derived data, outside the journal, so `log verify`
/// recounts the tables and names the first count that differs: an edit made behind claimcheck's
/// back would otherwise show in `stats` and nowhere else.
enum TallyCheck {
    /// The first count in `tally` that differs from the tables, or nil when every count holds.
    static func difference(_ s: any StoreSession) throws -> String? {
        var expected: [String: Int64] = [:]
        for table in TableSchema.tallied {
            expected[table] = try s.int("SELECT count(*) FROM \(table)") ?? 0
        }
        for row in try s.rows("SELECT kind, count(*) AS n FROM claim GROUP BY kind") {
            expected["kind:" + (try row.text("kind"))] = try row.int("n")
        }
        // Every claim by status (the status index alone), less the retracted ones, which are few and
        // read through the table: asked together, SQLite looked each claim up from the status index
        // to read its retracted_at (0.7 s at a million claims, against 0.2).
        for row in try s.rows("SELECT status, count(*) AS n FROM claim GROUP BY status") {
            expected["status:" + (try row.text("status"))] = try row.int("n")
        }
        for row in try s.rows("SELECT status FROM claim WHERE retracted_at IS NOT NULL") {
            expected["status:" + (try row.text("status")), default: 0] -= 1
        }
        var stored: [String: Int64] = [:]
        for row in try s.rows("SELECT name, n FROM tally") {
            stored[try row.text("name")] = try row.int("n")
        }
        // A name the tables no longer hold may stay in tally with a count of 0 (the triggers never delete).
        for name in Set(expected.keys).union(stored.keys).sorted() where (expected[name] ?? 0) != (stored[name] ?? 0) {
            let counted = expected[name] ?? 0
            let says = stored[name].map { "says \($0)" } ?? "has no row"
            return "derived count tally '\(name)' \(says), the tables hold \(counted): it was edited outside claimcheck (`stats` reads it)"
        }
        return nil
    }

    /// Statements that recount every tally from the tables (`reindex`), as migration v2 first did.
    static var rebuild: [String] {
        ["DELETE FROM tally",
         "INSERT INTO tally (name, n) SELECT 'kind:' || kind, count(*) FROM claim GROUP BY kind",
         "INSERT INTO tally (name, n) SELECT 'status:' || status, count(*) FROM claim WHERE retracted_at IS NULL GROUP BY status"]
            + TableSchema.tallied.map { "INSERT INTO tally (name, n) SELECT '\($0)', count(*) FROM \($0)" }
    }
}
