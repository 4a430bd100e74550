import GRDB

/// `log verify` on SQLite's full-text indexes (FTS5 over `claim`, `evidence` and `prior_check`). The index is
/// derived data kept in shadow tables (`_data`, `_idx`, `_docsize`, `_config`) that anyone with the
/// sqlite3 shell can edit, hiding a claim from `find` or showing one that does not match. FTS5's
/// own `integrity-check` is a write statement (a read-only store cannot run it) and, on SQLite 3.40,
/// passes an edited `_docsize` unless asked to read the text too, which takes about 14 s at a
/// million claims. So:
///
/// - every `log verify` checks the bookkeeping, in one pass over `_docsize` and a few small reads:
///   the configuration is claimcheck's; `_docsize` has exactly one row per row of the table, each
///   with one token count per column, adding up to the totals record; every `_data` page and every
///   `_idx` row belongs to a segment the structure record lists, no leaf page is missing, and an
///   `_idx` row flags a doclist index exactly when `_data` holds one for its page;
/// - `log verify --full-text` also rebuilds each index from the text in a temporary table (in the
///   `temp` schema: nothing is written to the store) and compares the two, word by word, and checks
///   each `_idx` term against the leaf pages (``seekTable(_:_:)``).
///
/// `reindex` rebuilds the indexes from the tables (``rebuildStatements``).
enum SearchIndexCheck {
    /// An FTS5 index claimcheck keeps: its table, the table it indexes and the columns.
    struct Index {
        let name: String
        let table: String
        let columns: [String]
        let prefix: String
    }

    /// The indexes of v1, over the claims and the evidence.
    static let firstIndexes = [
        Index(name: "claim_fts", table: "claim", columns: ["statement"], prefix: "C"),
        Index(name: "evidence_fts", table: "evidence", columns: ["title", "quote", "note", "source"], prefix: "E"),
    ]
    /// The index of v7, over the prior checks.
    static let priorCheckIndex = Index(name: "prior_check_fts", table: "prior_check", columns: ["claim", "title"], prefix: "prior check ")
    static let indexes = firstIndexes + [priorCheckIndex]

    /// The tokenizer claimcheck's migrations give the indexes.
    static let tokenizer = "unicode61"

    /// The first problem found, or nil.
    static func difference(_ s: any StoreSession, full: Bool) throws -> String? {
        for index in indexes {
            if let problem = try bookkeeping(index, s) ?? (full ? try comparison(index, s) : nil) {
                return "the full-text index \(index.name) was edited outside claimcheck (\(problem)): `find` may miss or invent matches; `reindex` rebuilds it from the text"
            }
        }
        return nil
    }

    /// Each index emptied and rebuilt from its table, its configuration put back first (FTS5
    /// will not open an index whose recorded version it does not know).
    static var rebuildStatements: [String] {
        indexes.flatMap { index in [
            "DELETE FROM \(index.name)_config",
            "INSERT INTO \(index.name)_config (k, v) VALUES ('version', 4)",
            "INSERT INTO \(index.name) (\(index.name)) VALUES ('rebuild')",
        ] }
    }

    // MARK: - The bookkeeping

    private static func bookkeeping(_ index: Index, _ s: any StoreSession) throws -> String? {
        // _config: claimcheck never sets an option, so it holds the format version alone.
        // Compared in SQL, byte for byte and type for type: text read back stops at a NUL byte, as
        // FTS5's own reading does, and a BLOB of the same bytes reads back the same.
        let odd = try s.int("""
            SELECT count(*) FROM \(index.name)_config
            WHERE typeof(k) IS NOT 'text' OR CAST(k AS BLOB) IS NOT CAST('version' AS BLOB) OR typeof(v) IS NOT 'integer' OR v IS NOT 4
            """) ?? 0
        let config = try s.rows("SELECT k, v FROM \(index.name)_config ORDER BY k")
        let settings = config.map { row in "\(shown(row["k"])) = \(shown(row["v"]))" }
        if odd > 0 || config.count != 1 {
            return "\(index.name)_config holds \(settings.isEmpty ? "nothing" : settings.joined(separator: ", ")); claimcheck writes only version = 4"
        }
        guard let totalsBlob = try blob("SELECT block FROM \(index.name)_data WHERE id = \(FTS5Records.totalsRow)", s),
              let totals = FTS5Records.varints(totalsBlob, count: index.columns.count + 1) else {
            return "\(index.name)_data has no readable totals record (row \(FTS5Records.totalsRow))"
        }
        if let problem = try sizes(index, totals: totals, s) { return problem }
        return try pages(index, s)
    }

    /// `_docsize` against the table (the same ids, merged in one pass) and the totals record.
    /// claimcheck never deletes a claim or evidence row, so a table's ids are usually 1...count:
    /// then they are counted rather than read (about half a second saved at a million claims).
    private static func sizes(_ index: Index, totals: [UInt64], _ s: any StoreSession) throws -> String? {
        let shape = try s.row("SELECT count(*) AS n, min(id) AS low, max(id) AS high FROM \(index.table)")
        let count = try shape?.optInt("n") ?? 0, low = try shape?.optInt("low"), high = try shape?.optInt("high")
        let nextRowID: () throws -> Int64?
        if count == 0 || (low == 1 && high == count) {
            var id: Int64 = 0
            nextRowID = {
                id += 1
                return id <= count ? id : nil
            }
        } else {
            let ids = try s.cursor("SELECT id FROM \(index.table) ORDER BY id")
            nextRowID = { try ids.next() ? ids.int(0) : nil }
        }
        let sizes = try s.cursor("SELECT id, sz FROM \(index.name)_docsize ORDER BY id")
        var sums = [UInt64](repeating: 0, count: index.columns.count)
        var rows: UInt64 = 0
        var rowID = try nextRowID(), haveSize = try sizes.next()
        while rowID != nil || haveSize {
            let sizeID = haveSize ? sizes.int(0) : Int64.max
            if let id = rowID, id < sizeID { return "\(index.name)_docsize has no row for \(index.prefix)\(id)" }
            if rowID.map({ sizeID < $0 }) ?? true { return "\(index.name)_docsize has a row for \(index.prefix)\(sizeID), which does not exist" }
            guard sizes.kind(1) == .blob, add(tokenCounts: sizes.text(1), to: &sums) else {
                return "\(index.name)_docsize's row for \(index.prefix)\(sizeID) does not hold \(index.columns.count) token count\(index.columns.count == 1 ? "" : "s")"
            }
            rows += 1
            rowID = try nextRowID()
            haveSize = try sizes.next()
        }
        if totals[0] != rows {
            return "its totals record (\(index.name)_data row 1) counts \(totals[0]) rows, the table has \(rows)"
        }
        for (i, column) in index.columns.enumerated() where totals[i + 1] != sums[i] {
            return "its totals record counts \(totals[i + 1]) words in \(column), \(index.name)_docsize adds up to \(sums[i])"
        }
        return nil
    }

    /// Adds the token counts of one `_docsize` row to `sums` (one a column); false when the row
    /// does not hold exactly that many.
    private static func add(tokenCounts bytes: UnsafeBufferPointer<UInt8>, to sums: inout [UInt64]) -> Bool {
        var offset = 0
        for i in sums.indices {
            guard let v = FTS5Records.varint(bytes, &offset) else { return false }
            sums[i] &+= v
        }
        return offset == bytes.count
    }

    /// `_data` and `_idx` against the segments the structure record lists.
    private static func pages(_ index: Index, _ s: any StoreSession) throws -> String? {
        guard let structure = try blob("SELECT block FROM \(index.name)_data WHERE id = \(FTS5Records.structureRow)", s),
              let segments = FTS5Records.segments(structure: structure) else {
            return "\(index.name)_data has no readable structure record (row \(FTS5Records.structureRow))"
        }
        let byID = Dictionary(segments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var leaves: [Int64: Int64] = [:]
        // The pages whose last term has a doclist index (segment << 37 | page), which their `_idx`
        // row must flag: a flag without one makes `find` fail on a long doclist, a flag taken off
        // makes it walk the doclist page by page.
        var doclistIndexes = Set<Int64>()
        // FTS5 writes every page as a BLOB, and `_idx` rows as (integer, BLOB, integer): a value of
        // another type is never found by its seeks.
        let data = try s.cursor("""
            SELECT id, typeof(block) = 'blob' FROM \(index.name)_data WHERE id NOT IN (\(FTS5Records.totalsRow), \(FTS5Records.structureRow))
            """)
        while try data.next() {
            let rowid = data.int(0)
            guard data.int(1) == 1 else { return "\(index.name)_data's row \(rowid) does not hold a BLOB" }
            let page = FTS5Records.PageID(rowid: rowid)
            // SQLite 3.45's second form keeps deletion marks in pages of segment id + 65536.
            let owner = page.segment >= 1 << 16 ? page.segment - (1 << 16) : page.segment
            guard let segment = byID[owner], page.segment < 1 << 16 || page.height == 0 else {
                return "\(index.name)_data holds row \(rowid), which belongs to no segment of the index"
            }
            if page.isDoclistIndex, page.segment == owner, page.height == 0 { doclistIndexes.insert(page.segment << 37 | page.page) }
            guard page.segment == owner, !page.isDoclistIndex else { continue }
            guard page.height == 0, (segment.firstPage...segment.lastPage).contains(page.page) else {
                return "\(index.name)_data holds row \(rowid), outside segment \(segment.id)'s pages"
            }
            leaves[segment.id, default: 0] += 1
        }
        for segment in segments where leaves[segment.id, default: 0] != segment.lastPage - segment.firstPage + 1 {
            return "segment \(segment.id) has \(leaves[segment.id, default: 0]) of its \(segment.lastPage - segment.firstPage + 1) leaf pages in \(index.name)_data"
        }
        let terms = try s.cursor("""
            SELECT segid, pgno, typeof(segid) = 'integer' AND typeof(term) = 'blob' AND typeof(pgno) = 'integer' FROM \(index.name)_idx
            """)
        while try terms.next() {
            let id = terms.int(0), page = terms.int(1) >> 1
            guard terms.int(2) == 1 else { return "\(index.name)_idx has a row of segment \(id) whose values are not of the types FTS5 writes" }
            guard let segment = byID[id], (segment.firstPage...segment.lastPage).contains(page) else {
                return "\(index.name)_idx points to page \(page) of segment \(id), which the index does not have"
            }
            let flagged = terms.int(1) & 1 == 1
            if flagged != (doclistIndexes.remove(id << 37 | page) != nil) {
                return flagged
                    ? "\(index.name)_idx flags a doclist index for page \(page) of segment \(id), which \(index.name)_data does not hold"
                    : "\(index.name)_idx's row for page \(page) of segment \(id) does not flag the doclist index \(index.name)_data holds for it"
            }
        }
        if let key = doclistIndexes.min() {
            return "\(index.name)_data holds a doclist index for page \(key & 0x7FFF_FFFF) of segment \(key >> 37), which no \(index.name)_idx row flags"
        }
        return nil
    }

    private static func shown(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case .int(let i): return "\(i)"
        case .double(let d): return "\(d)"
        case .text(let t): return "'\(t)'"
        case .blob(let b): return "a \(b.count)-byte BLOB"
        }
    }

    private static func blob(_ sql: String, _ s: any StoreSession) throws -> [UInt8]? {
        guard let value = try s.row(sql)?.first, case .blob(let data) = value else { return nil }
        return [UInt8](data)
    }

    // MARK: - The full comparison

    /// The index rebuilt from the text in the `temp` schema, then compared with the stored one:
    /// the word counts of every row and every word at every position; and `_idx`
    /// (which `find` seeks through) checked against the leaf pages. A page that SQLite cannot read
    /// back is named too.
    private static func comparison(_ index: Index, _ s: any StoreSession) throws -> String? {
        do {
            return try seekTable(index, s) ?? words(index, s)
        } catch let error as DatabaseError where error.resultCode != .SQLITE_INTERRUPT {
            return "it does not read back: \(error.message ?? "\(error.resultCode)")"
        }
    }

    /// Each `_idx` row names a leaf page on which a term starts, and its term tells that page from
    /// the ones before: a prefix of the page's first term, past the last term of the segment's
    /// earlier pages (FTS5 stores the shortest such prefix; cut shorter, `find` would seek the words
    /// in between on this page and miss them on the page before); each such page has its row.
    private static func seekTable(_ index: Index, _ s: any StoreSession) throws -> String? {
        var seeks: [Int64: [UInt8]] = [:]
        let idx = try s.cursor("SELECT segid, term, pgno FROM \(index.name)_idx")
        while try idx.next() {
            let key = idx.int(0) << 37 | (idx.int(2) >> 1)
            guard seeks.updateValue(Array(idx.text(1)), forKey: key) == nil else {
                return "\(index.name)_idx has two rows for page \(idx.int(2) >> 1) of segment \(idx.int(0))"
            }
        }
        // In id order: each segment's leaf pages in turn, and the last term of the pages before.
        let leaves = try s.cursor("SELECT id, block FROM \(index.name)_data WHERE id > \(FTS5Records.structureRow) ORDER BY id")
        var segment: Int64 = -1, before: [UInt8]? = nil
        while try leaves.next() {
            let page = FTS5Records.PageID(rowid: leaves.int(0))
            guard page.segment < 1 << 16, !page.isDoclistIndex, page.height == 0 else { continue }
            if page.segment != segment { (segment, before) = (page.segment, nil) }
            let key = page.segment << 37 | page.page
            switch (FTS5Records.terms(leaf: Array(leaves.text(1))), seeks.removeValue(forKey: key)) {
            case (.some(nil), _):
                return "page \(page.page) of segment \(page.segment) in \(index.name)_data does not decode"
            case (nil, nil):
                continue
            case (.some(.some(let terms)), let seek?) where terms.first.starts(with: seek):
                if let before, !before.lexicographicallyPrecedes(seek) {
                    return "\(index.name)_idx's row for page \(page.page) of segment \(page.segment) does not tell the page from the one before: `find` would miss words on that page"
                }
                before = terms.last
            case (.some(.some), nil):
                return "\(index.name)_idx has no row for page \(page.page) of segment \(page.segment)"
            default:
                return "\(index.name)_idx's row for page \(page.page) of segment \(page.segment) does not match the page"
            }
        }
        if let key = seeks.keys.min() {
            return "\(index.name)_idx points to page \(key & 0x7FFF_FFFF) of segment \(key >> 37), on which no term starts"
        }
        return nil
    }

    private static func words(_ index: Index, _ s: any StoreSession) throws -> String? {
        let fresh = "claimcheck_fresh_\(index.name)"
        let stored = "temp.claimcheck_stored_\(index.name)_words", rebuilt = "temp.claimcheck_fresh_\(index.name)_words"
        let columns = index.columns.joined(separator: ", ")
        let drops = [stored, rebuilt, "temp." + fresh].map { "DROP TABLE IF EXISTS \($0)" }
        for drop in drops { try s.execute(drop, []) }
        defer { for drop in drops { _ = try? s.execute(drop, []) } }
        try s.execute("CREATE VIRTUAL TABLE temp.\(fresh) USING fts5(\(columns), content='', tokenize='\(tokenizer)')", [])
        try s.execute("INSERT INTO temp.\(fresh) (rowid, \(columns)) SELECT id, \(columns) FROM main.\(index.table)", [])
        if let id = try s.int("""
            SELECT coalesce(a.id, b.id) FROM main.\(index.name)_docsize a FULL JOIN temp.\(fresh)_docsize b ON a.id = b.id
            WHERE a.sz IS NOT b.sz ORDER BY 1 LIMIT 1
            """) {
            return "the word counts it holds for \(index.prefix)\(id) are not those of its text"
        }
        // The totals need no comparison: the bookkeeping found them equal to these word counts.
        try s.execute("CREATE VIRTUAL TABLE \(stored) USING fts5vocab(main, \(index.name), instance)", [])
        try s.execute("CREATE VIRTUAL TABLE \(rebuilt) USING fts5vocab(temp, \(fresh), instance)", [])
        // In a function of its own, so that both cursors are finished before the tables are dropped.
        return try firstDifference(index, s.cursor("SELECT term, doc, col, offset FROM \(stored)"),
                                   s.cursor("SELECT term, doc, col, offset FROM \(rebuilt)"))
    }

    /// Two `fts5vocab` instance listings (term, row, column, position; both in the same order) walked side by side.
    private static func firstDifference(_ index: Index, _ a: any RowCursor, _ b: any RowCursor) throws -> String? {
        while true {
            let more = try a.next()
            guard more == (try b.next()) else { return "it holds \(more ? "more" : "fewer") words than the text" }
            guard more else { return nil }
            if a.int(1) != b.int(1) || a.int(3) != b.int(3) || !a.text(0).elementsEqual(b.text(0)) || !a.text(2).elementsEqual(b.text(2)) {
                let doc = min(a.int(1), b.int(1))
                return "the words it holds for \(index.prefix)\(doc) are not those of its text ('\(String(decoding: a.text(0), as: UTF8.self))' at word \(a.int(3)) of \(index.prefix)\(a.int(1)))"
            }
        }
    }
}
