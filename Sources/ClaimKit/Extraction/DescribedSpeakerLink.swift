/// A speaker first described and named right after: "One analyst said the warning was expected. “The fuel
/// bill was always going to bite,” said Barclays analyst Maria Costa." An editor reads both claims as Maria
/// Costa's. The link holds only where the text makes it: a single speaker introduced with "one", "a" or
/// "an", whose very next speaker (in the same or the next paragraph) is a person named there for the first
/// time with the described noun in their role or mention (or, for someone speaking for a body, "a union
/// official" ... "union safety representative", another such noun and the same body). An office given by a
/// possessive ("its president") links to the person named next with that office.
extension ExtractionRun {
    static let linkDeterminers: WordSet = ["one", "a", "an"]
    /// Nouns for someone who speaks for a body.
    static let spokesWords: WordSet = ["official", "representative", "spokesman", "spokeswoman", "spokesperson", "aide", "officer"]

    mutating func linkDescribedSpeakers() {
        for i in claims.indices {
            guard let anon = claims[i].entity, claims[i].claim.kind != .assertion,
                  let head = Self.describedHead(claims[i].claim.speaker, coref.entities[anon]) else { continue }
            // the next claim of another speaker
            guard let j = claims[(i + 1)...].firstIndex(where: { $0.entity != anon && $0.claim.kind != .assertion }),
                  claims[j].paragraph - claims[i].paragraph <= 1, let named = claims[j].entity else { continue }
            let e = coref.entities[named]
            guard e.kind == .person, !e.plural, !e.words.isEmpty,
                  let first = coref.firstMention(of: named), first > claims[i].pos else { continue }
            let described = Self.lowerWords(e.role ?? "") + Self.lowerWords(claims[j].claim.speaker.mention)
            // the same noun ("one analyst" ... "Barclays analyst"), or two words for someone speaking for a body
            // that share the body ("a union official" ... "union safety representative")
            let modifiers = Self.lowerWords(claims[i].claim.speaker.mention).dropFirst().dropLast()
            let sameBody = Self.spokesWords.contains(head) && described.contains { Self.spokesWords.contains($0) }
                && modifiers.contains { described.contains($0) }
            guard described.contains(head) || sameBody else { continue }
            for k in claims.indices where claims[k].entity == anon {
                let mention = claims[k].claim.speaker.mention
                claims[k].claim.speaker = SpeakerMention(name: e.name, mention: mention, role: e.role, kind: .person)
                claims[k].entity = named
            }
        }
    }

    /// The noun of a single described speaker ("analyst" for "One analyst"), if the claim has one.
    /// An organisation's office given by a possessive ("its president", "their chief executive", as in "..., its
    /// president told reporters. ... group president Jane Roe said") links the same way.
    static func describedHead(_ s: SpeakerMention, _ e: Entity) -> String? {
        guard s.kind == .anonymous || s.kind == .person, e.words.isEmpty, !e.plural else { return nil }
        let words = lowerWords(s.mention)
        guard words.count >= 2, words.count <= 4, let d = words.first, let head = words.last else { return nil }
        if s.kind == .anonymous && linkDeterminers.contains(d) && Lexicon.anonymousHeads.contains(head) { return head }
        if officeDeterminers.contains(d) && WordFlag.of(head) & (WordFlag.title | WordFlag.titleStem) != 0 { return head }
        return nil
    }

    static let officeDeterminers: WordSet = ["its", "their"]

    static func lowerWords(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    }
}
