/// The whole store as JSON (`"schema": "claimcheck/1"`), written the same from every engine. Rows
/// are written as they are stored, so an import rebuilds an equivalent store whose journal verifies.
extension SessionStore {
    public func exportJSON(_ write: (String) throws -> Void) throws {
        // Read once: the output already written cannot be taken back to run the read again.
        try readOnce { s in
            let head = try s.row("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            var out = "{\n  \"schema\": \"\(StoreSQL.exportSchema)\",\n"
            out += "  \"journal_head\": " + JSONValue.object([
                ("entries", .int(try head?.optInt("seq") ?? 0)), ("hash", .string(try head?.optText("hash") ?? JournalEntry.genesis)),
            ]).compact + ",\n  \"tables\": {"
            try write(out)
            // Rows are written straight from the cursor into a byte buffer (the bytes
            // `JSONValue.compact` gives), handed on every 256 KB: memory stays flat however big
            // the store, and the journal's long payloads are escaped in one tight loop.
            let buffer = ByteBuffer(capacity: 1 << 19)
            func drain() throws {
                guard buffer.count > 0 else { return }
                try write(String(decoding: UnsafeBufferPointer(start: buffer.base, count: buffer.count), as: UTF8.self))
                buffer.reset()
            }
            for (i, table) in StoreSQL.transferTables.enumerated() {
                buffer.append(i == 0 ? "\n" : ",\n")
                buffer.append("    ")
                buffer.quote(string: table)
                buffer.append(": [")
                let rows = try s.cursor("SELECT * FROM \(table) ORDER BY \(Self.exportOrder(table, s.dialect))")
                let prefixes: [[UInt8]] = rows.columnNames.enumerated().map { n, name in
                    let b = ByteBuffer(capacity: 64)
                    b.append(n == 0 ? "{" : ",")
                    b.quote(string: name)
                    b.append(":")
                    return b.bytes
                }
                var first = true
                while try rows.next() {
                    buffer.append(first ? "\n      " : ",\n      ")
                    for n in prefixes.indices {
                        buffer.append(prefixes[n])
                        buffer.append(cell: rows, n)
                    }
                    buffer.append(prefixes.isEmpty ? "{}" : "}")
                    first = false
                    if buffer.count >= 1 << 18 { try drain() }
                }
                buffer.append(first ? "]" : "\n    ]")
            }
            buffer.append("\n  }\n}\n")
            try drain()
        }
    }

    /// How each table is ordered in an export: by key, aliases whatever their case (SQLite's
    /// NOCASE column), settings by their bytes.
    private static func exportOrder(_ table: String, _ dialect: SQLDialect) -> String {
        switch table {
        case "journal": return "seq"
        case "speaker_alias": return dialect.orderIgnoringCase("alias")
        case "setting": return dialect.orderBinary("key")
        default: return RowSnapshot.keyColumn(table)
        }
    }
}
