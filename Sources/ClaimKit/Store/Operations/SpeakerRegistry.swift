
/// Finds or creates the stored speaker for an extracted mention, so that a person named in
/// several articles is one speaker, and an alias learned once is used for the next article.
struct SpeakerRegistry {
    private(set) var created: [(id: Int64, name: String)] = []
    /// Speakers and aliases written, for the journal.
    var changes = ChangeSet()

    /// Anonymous sources, groups and bodies named by a common noun ("a senior official",
    /// "All three", "the ministry") are speakers of one article only: the same words in another
    /// article are other people.
    private var local: [String: Int64] = [:]

    mutating func resolve(_ s: any StoreSession, _ mention: SpeakerMention) throws -> Int64 {
        let name = mention.name.trimmingCharacters(in: .whitespaces)
        // "the government", "the company": a common noun, not a name, means another body elsewhere.
        let isLocal = SpeakerRecord.isDocumentLocal(kind: mention.kind.rawValue, name: name)
        let localKey = mention.kind.rawValue + "/" + name.lowercased()
        if isLocal, let id = local[localKey] { return id }
        if isLocal { return try create(s, mention, name: name, localKey: localKey) }
        if let id = try s.int("SELECT speaker_id FROM speaker_alias WHERE \(s.dialect.equalsIgnoringCase("alias"))", [name]) {
            let current = try follow(s, id)
            try learn(s, mention, speakerID: current)
            return current
        }
        if let id = try s.int("SELECT id FROM speaker WHERE \(s.dialect.equalsIgnoringCase("name")) AND kind = ? ORDER BY id LIMIT 1",
                              [name, mention.kind.rawValue]) {
            let current = try follow(s, id)
            try learn(s, mention, speakerID: current)
            return current
        }
        return try create(s, mention, name: name, localKey: nil)
    }

    private mutating func create(_ s: any StoreSession, _ mention: SpeakerMention, name: String, localKey: String?) throws -> Int64 {
        let members = JSONValue.array(mention.members.map { .string($0) }).compact
        guard let id = try s.int("INSERT INTO speaker (id, name, role, kind, members) VALUES (\(SQLDialect.nextID("speaker")), ?, ?, ?, ?) RETURNING id",
                                 [name, mention.role, mention.kind.rawValue, members]) else {
            throw StoreError("the new speaker has no id")
        }
        created.append((id, name))
        changes.touch("speaker", id)
        if let localKey { local[localKey] = id }
        if mention.kind == .person || mention.kind == .organization {
            try addAlias(s, name, id)
        }
        try learn(s, mention, speakerID: id)
        return id
    }

    /// Keeps the role when the store had none, and remembers a proper-name mention
    /// ("Araqchi" for "Abbas Araqchi") as an alias.
    private mutating func learn(_ s: any StoreSession, _ mention: SpeakerMention, speakerID: Int64) throws {
        if let role = mention.role, !role.isEmpty {
            if try s.execute("UPDATE speaker SET role = ? WHERE id = ? AND role IS NULL", [role, speakerID]) > 0 {
                changes.touch("speaker", speakerID)
            }
        }
        guard mention.kind == .person || mention.kind == .organization else { return }
        let alias = mention.mention.trimmingCharacters(in: .whitespaces)
        guard SpeakerRegistry.isNameAlias(alias, of: mention.name) else { return }
        try addAlias(s, alias, speakerID)
    }

    private mutating func addAlias(_ s: any StoreSession, _ alias: String, _ speakerID: Int64) throws {
        if try s.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES (?, ?) ON CONFLICT DO NOTHING", [alias, speakerID]) > 0 {
            changes.touch("speaker_alias", alias)
        }
    }

    /// A merged speaker stands for the one it was merged into.
    private func follow(_ s: any StoreSession, _ id: Int64) throws -> Int64 {
        var current = id
        for _ in 0..<32 {
            guard let next = try s.int("SELECT merged_into FROM speaker WHERE id = ?", [current]) else { break }
            current = next
        }
        return current
    }

    /// An alias is a capitalised part of the name ("Araqchi") or its acronym ("KRM" for Kestrel Ridge Mining
    /// Corp): never a pronoun or a common noun phrase.
    static func isNameAlias(_ alias: String, of name: String) -> Bool {
        guard !alias.isEmpty, alias.caseInsensitiveCompare(name) != .orderedSame else { return false }
        let words = alias.split(separator: " ")
        let nameWords = name.split(separator: " ").map { $0.lowercased() }
        if words.count == 1, alias.count >= 2, alias.allSatisfy({ $0.isUppercase }),
           Coreference.isAcronym(alias.lowercased(), of: nameWords) {
            return true
        }
        return words.allSatisfy { w in w.first?.isUppercase == true && nameWords.contains(w.lowercased()) }
    }
}
