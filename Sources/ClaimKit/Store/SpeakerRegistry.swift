import GRDB

/// Finds or creates the stored speaker for an extracted mention, so that a person named in
/// several articles is one speaker, and an alias learned once is used for the next article.
struct SpeakerRegistry {
    private(set) var created: [(id: Int64, name: String)] = []

    mutating func resolve(_ db: Database, _ mention: SpeakerMention) throws -> Int64 {
        let name = mention.name.trimmingCharacters(in: .whitespaces)
        if let id = try Int64.fetchOne(db, sql: "SELECT speaker_id FROM speaker_alias WHERE alias = ?", arguments: [name]) {
            try learn(db, mention, speakerID: id)
            return id
        }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM speaker WHERE name = ? COLLATE NOCASE AND kind = ? ORDER BY id LIMIT 1",
                                       arguments: [name, mention.kind.rawValue]) {
            try learn(db, mention, speakerID: id)
            return id
        }
        let members = JSONValue.array(mention.members.map { .string($0) }).compact
        try db.execute(sql: "INSERT INTO speaker (name, role, kind, members) VALUES (?, ?, ?, ?)",
                       arguments: [name, mention.role, mention.kind.rawValue, members])
        let id = db.lastInsertedRowID
        created.append((id, name))
        if mention.kind == .person || mention.kind == .organization {
            try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", arguments: [name, id])
        }
        try learn(db, mention, speakerID: id)
        return id
    }

    /// Keeps the role when the store had none, and remembers a proper-name mention
    /// ("Araqchi" for "Abbas Araqchi") as an alias.
    private func learn(_ db: Database, _ mention: SpeakerMention, speakerID: Int64) throws {
        if let role = mention.role, !role.isEmpty {
            try db.execute(sql: "UPDATE speaker SET role = ? WHERE id = ? AND role IS NULL", arguments: [role, speakerID])
        }
        guard mention.kind == .person || mention.kind == .organization else { return }
        let alias = mention.mention.trimmingCharacters(in: .whitespaces)
        guard SpeakerRegistry.isNameAlias(alias, of: mention.name) else { return }
        try db.execute(sql: "INSERT OR IGNORE INTO speaker_alias (alias, speaker_id) VALUES (?, ?)", arguments: [alias, speakerID])
    }

    /// An alias is a capitalised part of the name: never a pronoun or a common noun phrase.
    static func isNameAlias(_ alias: String, of name: String) -> Bool {
        guard !alias.isEmpty, alias.caseInsensitiveCompare(name) != .orderedSame else { return false }
        let words = alias.split(separator: " ")
        let nameWords = Set(name.split(separator: " ").map { $0.lowercased() })
        return words.allSatisfy { w in w.first?.isUppercase == true && nameWords.contains(w.lowercased()) }
    }
}
