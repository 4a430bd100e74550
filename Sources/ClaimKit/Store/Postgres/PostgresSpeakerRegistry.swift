/// ``SpeakerRegistry`` on PostgreSQL: the same rules for finding or creating the speaker of a
/// mention (aliases match whatever their case, as SQLite's NOCASE column does).
struct PostgresSpeakerRegistry {
    private(set) var created: [(id: Int64, name: String)] = []
    var changes = ChangeSet()
    private var local: [String: Int64] = [:]

    mutating func resolve(_ store: PostgresStore, _ mention: SpeakerMention) throws -> Int64 {
        let link = store.link
        let name = mention.name.trimmingCharacters(in: .whitespaces)
        let isLocal = SpeakerRecord.isDocumentLocal(kind: mention.kind.rawValue, name: name)
        let localKey = mention.kind.rawValue + "/" + name.lowercased()
        if isLocal, let id = local[localKey] { return id }
        if isLocal { return try create(store, mention, name: name, localKey: localKey) }
        if let id = try link.int("SELECT speaker_id FROM speaker_alias WHERE lower(alias) = lower($1)", [name]) {
            let current = try follow(link, id)
            try learn(link, mention, speakerID: current)
            return current
        }
        if let id = try link.int("SELECT id FROM speaker WHERE lower(name) = lower($1) AND kind = $2 ORDER BY id LIMIT 1",
                                 [name, mention.kind.rawValue]) {
            let current = try follow(link, id)
            try learn(link, mention, speakerID: current)
            return current
        }
        return try create(store, mention, name: name, localKey: nil)
    }

    private mutating func create(_ store: PostgresStore, _ mention: SpeakerMention, name: String, localKey: String?) throws -> Int64 {
        let members = JSONValue.array(mention.members.map { .string($0) }).compact
        let id = try store.nextID("speaker")
        try store.link.execute("INSERT INTO speaker (id, name, role, kind, members) VALUES ($1, $2, $3, $4, $5)",
                               [id, name, mention.role, mention.kind.rawValue, members])
        created.append((id, name))
        changes.touch("speaker", id)
        if let localKey { local[localKey] = id }
        if mention.kind == .person || mention.kind == .organization {
            try addAlias(store.link, name, id)
        }
        try learn(store.link, mention, speakerID: id)
        return id
    }

    private mutating func learn(_ link: PostgresLink, _ mention: SpeakerMention, speakerID: Int64) throws {
        if let role = mention.role, !role.isEmpty {
            if try link.execute("UPDATE speaker SET role = $1 WHERE id = $2 AND role IS NULL", [role, speakerID]) > 0 {
                changes.touch("speaker", speakerID)
            }
        }
        guard mention.kind == .person || mention.kind == .organization else { return }
        let alias = mention.mention.trimmingCharacters(in: .whitespaces)
        guard SpeakerRegistry.isNameAlias(alias, of: mention.name) else { return }
        try addAlias(link, alias, speakerID)
    }

    private mutating func addAlias(_ link: PostgresLink, _ alias: String, _ speakerID: Int64) throws {
        if try link.execute("INSERT INTO speaker_alias (alias, speaker_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [alias, speakerID]) > 0 {
            changes.touch("speaker_alias", alias)
        }
    }

    private func follow(_ link: PostgresLink, _ id: Int64) throws -> Int64 {
        var current = id
        for _ in 0..<32 {
            guard let next = try link.int("SELECT merged_into FROM speaker WHERE id = $1", [current]) else { break }
            current = next
        }
        return current
    }
}
