/// Turns the words at the point of attribution into a `SpeakerMention`, resolving short names, titles,
/// pronouns, groups and anonymous sources against what the article said before.
struct SpeakerResolver {
    /// "the company", "the bank": descriptions of the organisation in focus.
    static let genericOrganizations: WordSet = ["company", "firm", "bank", "group", "business", "corporation", "carmaker",
                                                    "automaker", "retailer", "airline", "insurer", "lender", "manufacturer", "startup",
                                                    "giant", "conglomerate", "chain", "publisher", "broadcaster", "charity", "organization",
                                                    "organisation", "agency", "regulator", "utility", "operator", "fund"]
    /// "the businessman", "the candidate": generic descriptions of the person in focus, not offices.
    static let genericPersons: WordSet = ["businessman", "businesswoman", "lady", "man", "woman", "mogul", "billionaire",
                                              "candidate", "nominee", "politician", "lawmaker", "senator", "congressman",
                                              "congresswoman", "incumbent", "challenger", "frontrunner", "front-runner", "star", "veteran",
                                              "developer", "magnate", "tycoon", "entrepreneur",
                                              // how entertainment news names again the one it is about ("the actress", "the singer")
                                              "actor", "actress", "singer", "rapper", "comedian", "journalist", "anchor", "presenter",
                                              "host", "musician", "songwriter", "filmmaker"]

    /// Party labels a story uses for the person it is on ("the Wisconsin Republican").
    static let partyLabels: WordSet = ["republican", "democrat", "independent"]

    let toks: TokenList
    let text: ScalarText
    let coref: Coreference

    func mention(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return text.string(toks[r.lowerBound].start, toks[r.upperBound - 1].end)
    }

    func speaker(from e: Entity, mention m: String) -> SpeakerMention {
        SpeakerMention(name: e.name, mention: m, role: e.role, members: e.members, kind: e.kind)
    }

    /// Resolves the noun phrase `r` at `pos`; returns the mention and the entity it names, if any.
    /// `contentStart`: where the statement of a pronoun speaker begins when it begins before the pronoun ("Roe's
    /// fans, he writes, are ..."); the pronoun is not one of the names inside its own statement, so only
    /// mentions before that point are its candidates.
    func resolve(_ r: Range<Int>, paragraph: Int, contentStart: Int? = nil) -> (SpeakerMention, Int?) {
        var r = r
        // drop a trailing possessive on a lone name and leading "and"/","
        while r.count > 1 && (toks[r.lowerBound].code == "," || toks[r.lowerBound].code == "and") { r = (r.lowerBound + 1)..<r.upperBound }
        let m = mention(r)
        let pos = toks[r.lowerBound].start
        let first = toks[r.lowerBound].lower
        let head = toks[r.upperBound - 1]
        // pronouns
        // "he’s", "they’ve": a subject pronoun with a contracted auxiliary is the pronoun
        let pronoun = r.count == 1 ? AttributionFinder.pronounBase(first) : first
        if r.count == 1 && (Lexicon.subjectPronouns.contains(pronoun) || Lexicon.objectPronouns.contains(pronoun)) {
            if pronoun == "he" || pronoun == "she", contentStart == nil, let d = describedPersonBefore(r.lowerBound, female: pronoun == "she") {
                let described = resolve(d, paragraph: paragraph)
                return (SpeakerMention(name: described.0.name, mention: m, role: described.0.role, kind: described.0.kind), described.1)
            }
            if let id = coref.resolvePronoun(pronoun, pos: min(pos, contentStart ?? pos), paragraph: paragraph, excluding: relativeHead(before: r.lowerBound)) {
                return (speaker(from: coref.entities[id], mention: m), id)
            }
            return (SpeakerMention(name: m, mention: m, kind: pronoun == "they" ? .group : .anonymous), nil)
        }
        // "someone told her": no one a later "he" or "she" could stand for
        if r.count == 1 && Lexicon.indefinitePronouns.contains(toks[r.lowerBound]) { return (SpeakerMention(name: m, mention: m, kind: .anonymous), nil) }
        let runs = SpeakerRecognizer.nameRuns(toks, r, includeQuoted: true)
        // "her account", "his spokesman": the possessor
        // ("his campaign manager Lena Hart", "His son Donald Jr.", "Her former teammate Jo Smith" are named: a name
        // ending the phrase is the speaker; "her Twitter account" is hers)
        let endsWithName = r.count >= 2 && (head.isCap && head.kind == .word || head.code == "." && toks[r.upperBound - 2].isCap)
        if Lexicon.possessivePronouns.contains(first) && r.count >= 2 && !endsWithName {
            if let id = coref.resolvePronoun(first, pos: pos, paragraph: paragraph) {
                let e = coref.entities[id]
                // "her foundation", "his campaign": a body of theirs, not the person; "her agency biography", "his
                // campaign website": a document about them, not their own words
                let body = r.count <= 3 && Self.bodyNouns.contains(head)
                let document = r.count <= 4 && !head.isCap && ExtractionRun.documentNouns.contains(head)
                if e.kind == .person, body || document {
                    let name = e.name + "’s " + mention((r.lowerBound + 1)..<r.upperBound)
                    return (SpeakerMention(name: name, mention: m, kind: .organization), coref.described(name: name, kind: .organization, plural: false))
                }
                return (SpeakerMention(name: e.name, mention: m, role: e.role, members: e.members, kind: e.kind), id)
            }
        }
        // lists: "John Doe and Jane Roe", "Sens. A, B and C" ("Harbour Foods co-founder and CEO Jon Mackay": the
        // "and" joins two roles, not two names)
        if r.contains(where: { toks[$0].code == "and" && !joinsRoles($0) }) && runs.filter({ !$0.isOrg }).count >= 2 {
            var members: [String] = []
            for run in runs where !run.isOrg {
                let words = Coreference.wordsOf(toks, run.name)
                if let id = coref.match(words, allowFirst: false) { members.append(coref.entities[id].name) }
                else { members.append(mention(run.name)) }
            }
            let id = coref.addGroup(name: members.joined(separator: ", "), kind: .group, plural: true, members: members, role: nil)
            return (SpeakerMention(name: coref.entities[id].name, mention: m, members: members, kind: .group), id)
        }
        // "Mr. Lund and other leaders", "Ward and his colleagues": a named person with a group; the person is a member
        if let and = r.first(where: { toks[$0].code == "and" }), and + 1 < r.upperBound, WordLists.groupAfterAnd.contains(toks[and + 1]) || toks[and + 1].has(WordFlag.possessivePronoun),
           let run = runs.last(where: { !$0.isOrg && $0.name.upperBound <= and }) {
            let words = Coreference.wordsOf(toks, run.name)
            let member = coref.match(words, allowFirst: false).map { coref.entities[$0].name } ?? mention(run.name)
            let id = coref.addGroup(name: m, kind: .group, plural: true, members: [member], role: nil)
            return (SpeakerMention(name: m, mention: m, members: [member], kind: .group), id)
        }
        // quantified groups: "All three", "both", "the two men"
        let words = r.map { toks[$0].lower }
        if let q = words.first, Lexicon.groupQuantifiers.contains(q) || q == "the" && words.count >= 2 && Lexicon.numberWords[words[1]] != nil {
            let number = words.compactMap { Lexicon.numberWords[$0] }.first
            let headIsNumberOrPeople = Lexicon.numberWords[head] != nil || WordLists.ofThem.contains(head) || head.code == "three"
            // ("Many say ...", "Some said ...": a lone quantifier is people in general, no list named before)
            let lone = words.count == 1 && q != "all" && q != "both"
            if headIsNumberOrPeople || (q == "all" || q == "both") && words.count <= 3 || lone {
                var members: [String] = []
                if !lone, let list = coref.recentList(before: pos, size: number) { members = list.map { coref.entities[$0].name } }
                let id = coref.addGroup(name: m, kind: .group, plural: true, members: members, role: nil)
                return (SpeakerMention(name: m, mention: m, members: members, kind: .group), id)
            }
        }
        // "the “Harbour for All” plan": a work named by its quoted title speaks under that description, not as a
        // name inside the title
        if r.count >= 4, toks[r.lowerBound].has(WordFlag.determiner), head.kind == .word, !head.isCap, toks[r.upperBound - 2].kind == .quote, !toks[r.upperBound - 2].opens {
            let name = Self.describedName(m)
            let id = coref.described(name: name, kind: .organization, plural: false)
            return (SpeakerMention(name: name, mention: m, kind: .organization), id)
        }
        // "the lawsuit filed in the U.S. District Court", "a study published in the Journal of X": the document
        // speaks for itself; a name in what says where it was filed or published is not its author
        if let end = citedDocumentEnd(r, runs) {
            let name = Self.describedName(mention(r.lowerBound..<end))
            let id = coref.described(name: name, kind: .organization, plural: false)
            return (SpeakerMention(name: name, mention: m, kind: .organization), id)
        }
        // "The senator from Vermont", "the congressman from Texas": a description whose place is no name of the
        // speaker; resolved as "the senator"
        if first == "the", r.count >= 4, let run = runs.last, !run.isOrg, run.name.upperBound == r.upperBound,
           run.name.lowerBound - 1 > r.lowerBound + 1, toks[run.name.lowerBound - 1].code == "from",
           ((r.lowerBound + 1)..<(run.name.lowerBound - 1)).allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap }),
           Self.genericPersons.contains(toks[run.name.lowerBound - 2].lower) {
            var (speaker, id) = resolve(r.lowerBound..<(run.name.lowerBound - 1), paragraph: paragraph, contentStart: contentStart)
            speaker.mention = m
            return (speaker, id)
        }
        // "Officials", "Hoteliers" opening a sentence: a common plural noun in capitals, not a name
        let lonePlural = r.count == 1 && head.isCap && Self.isCommonPlural(first) && coref.match([first], allowFirst: false) == nil
        // a name at the head of the phrase ("Mr. X of the Y Center": the person)
        let affiliated = runs.first { !$0.isOrg && $0.name.upperBound < r.upperBound && (toks[$0.name.upperBound].code == "of" || toks[$0.name.upperBound].code == "for") }
        if !lonePlural, let run = affiliated ?? runs.last, run.name.upperBound == r.upperBound || run.name.upperBound == r.upperBound - 1 && toks[r.upperBound - 1].code == "."
            || !run.isOrg && run.name.upperBound < r.upperBound && (toks[run.name.upperBound].code == "of" || toks[run.name.upperBound].code == "for") {
            // "Senate Republicans": one group, not a person with a role (``SpeakerRecognizer/namedGroup(_:_:)``)
            if let whole = SpeakerRecognizer.namedGroup(toks, run) {
                let name = mention(whole)
                let id = coref.described(name: name, kind: .group, plural: true)
                return (SpeakerMention(name: name, mention: m, kind: .group), id)
            }
            let nameWords = Coreference.wordsOf(toks, run.name)
            // "A spokesman for the Port Office": someone who speaks under the organisation's name, a person a later
            // "he" or "the spokesman" stands for
            if let title = spokespersonTitle(r, run) {
                let name = coref.match(nameWords, allowFirst: false).map { coref.entities[$0].name } ?? mention(run.name)
                let id = coref.addGroup(name: name, kind: .person, plural: false, members: [], role: title)
                coref.entities[id].gender = title.hasByteSuffix("woman") ? 2 : 1
                return (SpeakerMention(name: name, mention: m, role: title, kind: .person), id)
            }
            let role = run.role.isEmpty || SpeakerRecognizer.isHonorificOnly(toks, run.role)
                ? (run.isOrg ? nil : appositiveRole(run.name)) : mention(run.role)
            if let id = coref.match(nameWords, allowFirst: run.role.isEmpty && !run.isOrg, gender: Coreference.mentionGender(toks, run)) {
                let e = coref.entities[id]
                var s = speaker(from: e, mention: m)
                if s.role == nil { s.role = role }
                return (s, id)
            }
            let kind: SpeakerMention.Kind = run.isOrg || isBrandName(run.name) || SpeakerRecognizer.describedAsCompany(toks, run) ? .organization : .person
            var name = mention(run.name)
            if name.endsInPossessiveS { name.removeLast(2) }
            let id = coref.addSpeakerName(name, words: nameWords, kind: kind, role: role)
            return (SpeakerMention(name: name, mention: m, role: role, kind: kind), id)
        }
        // descriptions: "the fund", "the mayor", "a senior official", "Police officials", "Roe’s team"
        var h = head.stem
        let definite = first == "the" || toks[r.lowerBound].isPossessive
        // the noun the phrase is about, before its first preposition ("Scientists at the laboratory", "A survey
        // of the coast")
        let lead = (r.lowerBound..<r.upperBound).first { toks[$0].kind != .word || WordLists.phraseBreaks.contains(toks[$0]) }
            .flatMap { $0 > r.lowerBound ? toks[$0 - 1] : nil }
        // a capitalised plural is a name ("Williams") unless it is a common noun ("Officials")
        let plural = lonePlural || h.hasByteSuffix("s") && !h.hasByteSuffix("ss") && !head.isCap
            || lead.map { !$0.isCap && $0.lower.hasByteSuffix("s") && !$0.lower.hasByteSuffix("ss") || Self.isCommonPlural($0.lower) } ?? false
        if let l = lead, !Lexicon.orgHeads.contains(h), !Lexicon.orgWords.contains(h), Lexicon.orgHeads.contains(l.stem) { h = l.stem }
        if Lexicon.orgHeads.contains(h) || Lexicon.orgWords.contains(h) && !Lexicon.anonymousHeads.contains(h) {
            if definite, let id = coref.resolveDescription(h, org: true, pos: pos) {
                return (speaker(from: coref.entities[id], mention: m), id)
            }
            // "the company", "the bank": the organisation in focus
            if first == "the" && r.count <= 3 && Self.genericOrganizations.contains(h), let id = coref.latestSalientOrganization(before: pos, paragraph: paragraph) {
                return (speaker(from: coref.entities[id], mention: m), id)
            }
            // "the ABC report": a name inside
            for run in runs {
                if let id = coref.match(Coreference.wordsOf(toks, run.name), allowFirst: false) {
                    let e = coref.entities[id]
                    return (SpeakerMention(name: e.name, mention: m, role: e.role, kind: .organization), id)
                }
            }
            let name = Self.describedName(m)
            let id = coref.described(name: name, kind: .organization, plural: plural)
            return (SpeakerMention(name: name, mention: m, kind: .organization), id)
        }
        // "the Wisconsin Republican", "the Vermont independent": a party label is how a story names again the
        // person it is on, not an office to look up among the people named so far
        if first == "the" && !plural && Self.partyLabels.contains(h), let found = personInFocus(before: pos, paragraph: paragraph, mention: m) {
            return found
        }
        if definite && !plural, let id = coref.resolveDescription(h, org: false, pos: pos) {
            return (speaker(from: coref.entities[id], mention: m), id)
        }
        // "the former first lady", "the New York businessman": the person in focus
        if definite && !plural && first == "the" && runs.isEmpty == false || definite && !plural && first == "the" {
            // only generic descriptions ("the New York businessman", "the GOP candidate"), not offices
            // that may belong to someone not yet named ("the transport secretary")
            let capitalisedModifier = r.dropFirst().dropLast().contains { toks[$0].isCap }
            // ("the 57-year-old scientist", "the 43-year-old": an age is how a story names again the person just named)
            let aged = r.dropFirst().contains { toks[$0].lower.hasByteSuffix("-year-old") }
            let generic = Self.genericPersons.contains(h) || aged
            let personHead = generic || capitalisedModifier && (SpeakerRecognizer.isTitle(head) || Lexicon.anonymousHeads.contains(h))
            let g = r.contains(where: { toks[$0].has(WordFlag.female) }) ? 2 : (r.contains(where: { toks[$0].has(WordFlag.male) }) ? 1 : 0)
            // (a title or a kind of person after a name, "the Platte River employee", is no one in focus when a body
            // was named since: it may be of that body)
            if personHead, let found = personInFocus(before: pos, paragraph: paragraph, gender: g, mention: m, pastOthers: generic) { return found }
        }
        // "the officials" after "Army officials said ...": the group described before
        if plural && first == "the" && r.count == 2, let id = coref.describedGroup(head: head.lower) {
            return (speaker(from: coref.entities[id], mention: m), id)
        }
        let anonymous = Lexicon.anonymousHeads.contains(h) && !definite
        let kind: SpeakerMention.Kind = plural ? (anonymous ? .anonymous : .group) : (anonymous ? .anonymous : .person)
        let name = Self.describedName(m)
        // "officials", "the protesters": one group however often the article quotes it; each "a senior
        // official" may be someone else
        let id = plural ? coref.described(name: name, kind: kind, plural: true) : coref.addGroup(name: name, kind: kind, plural: false, members: [], role: nil)
        if !plural {
            if r.contains(where: { toks[$0].has(WordFlag.female) }) { coref.entities[id].gender = 2 }
            if r.contains(where: { toks[$0].has(WordFlag.male) }) { coref.entities[id].gender = 1 }
        }
        return (SpeakerMention(name: name, mention: m, kind: kind), id)
    }

    /// "A spokesman for the Port Office", "a spokeswoman at Harbour Foods": the title of the one the phrase `r`
    /// describes as speaking for the organisation named at `run`, or nil.
    func spokespersonTitle(_ r: Range<Int>, _ run: NameRun) -> String? {
        guard run.isOrg, run.role.isEmpty else { return nil }
        var k = run.name.lowerBound - 1
        if k > r.lowerBound && toks[k].code == "the" { k -= 1 }
        guard k > r.lowerBound, Self.affiliationPrepositions.contains(toks[k]), Self.spokespersonTitles.contains(toks[k - 1]),
              (r.lowerBound..<(k - 1)).allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap || toks[$0].has(WordFlag.determiner) }) else { return nil }
        return toks[k - 1].lower
    }

    /// Whether the "and" at `k` joins two roles of one person: a role in lower case before it and a title or
    /// another lower-case role after it ("co-founder and CEO Jon Mackay", "chairman and founder Ann Lee").
    func joinsRoles(_ k: Int) -> Bool {
        guard k - 1 >= 0, k + 1 < toks.count else { return false }
        let before = toks[k - 1], after = toks[k + 1]
        return before.kind == .word && !before.isCap && !before.has(WordFlag.stop)
            && (SpeakerRecognizer.isTitle(after) || after.kind == .word && !after.isCap && !after.has(WordFlag.stop))
    }

    /// "In Maine one man was arrested when he told authorities ...": a person an indefinite description names
    /// earlier in the pronoun's sentence as a clause's subject ("a", "an", "one" or "another", at most three words,
    /// then a noun for a person of the pronoun's gender or of none), when no name, quotation or sentence's end
    /// stands between them.
    func describedPersonBefore(_ k: Int, female: Bool) -> Range<Int>? {
        var j = k - 1
        while j >= 0 && k - j <= 25 {
            let t = toks[j]
            if t.kind == .quote || t.kind == .punct && (t.code == "." || t.code == "?" || t.code == "!" || t.code == ";") { return nil }
            // a name between them ("A spokesman for Roe said he ...": Roe may be meant)
            if t.kind == .word && t.isCap && j > 0 && toks[j - 1].kind != .quote && !(toks[j - 1].kind == .punct && toks[j - 1].code != ",") { return nil }
            // (the description opens a clause, as its subject: "could pass for a woman in her 30s" names no one)
            let opensClause = j == 0 || toks[j - 1].kind == .punct || toks[j - 1].isCap || toks[j - 1].has(WordFlag.subordinator | WordFlag.connective)
                || toks[j - 1].code == "and" || toks[j - 1].code == "but"
            if opensClause && Self.indefiniteOpeners.contains(t), let h = Self.describedPersonHead(toks, opener: j, before: min(k, j + 5)) {
                let wrong = female ? toks[h].has(WordFlag.male) : toks[h].has(WordFlag.female)
                return wrong ? nil : j..<(h + 1)
            }
            j -= 1
        }
        return nil
    }

    /// The noun for one person ("man", "woman", "resident") that ends a description opened by an indefinite
    /// determiner at `opener` ("one man", "a young woman"), among lower-case words before `limit`; nil when another
    /// word stands first.
    static func describedPersonHead(_ toks: TokenList, opener: Int, before limit: Int) -> Int? {
        var h = opener + 1
        while h < limit && toks[h].kind == .word && !toks[h].isCap {
            if Lexicon.anonymousHeads.contains(toks[h]) && !toks[h].lower.hasByteSuffix("s") { return h }
            h += 1
        }
        return nil
    }
    static let indefiniteOpeners: WordSet = ["a", "an", "one", "another"]

    /// "Chris Christie, whom he describes as ...": the person a relative "whom" right before `k` refers to, whom a
    /// pronoun after it cannot stand for.
    func relativeHead(before k: Int) -> Int? {
        guard k >= 3, toks[k - 1].code == "whom", toks[k - 2].code == ",",
              let run = SpeakerRecognizer.nameRuns(toks, max(0, k - 6)..<(k - 2)).last, run.name.upperBound == k - 2 else { return nil }
        return coref.match(Coreference.wordsOf(toks, run.name), allowFirst: false)
    }

    /// "EgyptAir", "WikiLeaks", "BuzzFeed": one word with a capital inside after three lower-case letters or more is a
    /// company's or a site's name, not a person's ("McCain", "DeSantis", "MacArthur" have at most two before theirs).
    func isBrandName(_ r: Range<Int>) -> Bool {
        guard r.count == 1, toks[r.lowerBound].caps >= 2, toks[r.lowerBound].caps < toks[r.lowerBound].letters else { return false }
        var lowerRun = 0
        for k in (toks[r.lowerBound].start + 1)..<toks[r.lowerBound].end {
            let c = text.scalars[k]
            if c.value >= 97 && c.value <= 122 { lowerRun += 1; continue }
            if c.value >= 65 && c.value <= 90 && lowerRun >= 3 { return true }
            lowerRun = 0
        }
        return false
    }

    /// The named person in focus before `pos` as the speaker of description `mention`: the latest person who spoke
    /// or was a subject (``Coreference/latestNamedPerson(before:paragraph:gender:pastOthers:)``). Nil when there is
    /// no one, or not of `gender` (1 male, 2 female; 0 either).
    func personInFocus(before pos: Int, paragraph: Int, gender g: Int = 0, mention m: String, pastOthers: Bool = true) -> (SpeakerMention, Int?)? {
        guard let id = coref.latestNamedPerson(before: pos, paragraph: paragraph, gender: g, pastOthers: pastOthers) else { return nil }
        return (speaker(from: coref.entities[id], mention: m), id)
    }

    /// Where a document's description ends ("the lawsuit", "a new study") when the mention goes on past it with
    /// what says where or when it was filed or published ("filed in ...", "published Monday in ..."); nil when
    /// it names the author ("a lawsuit filed by the Sierra Club", "a report from the institute", "the report of the
    /// commission") or is no such document.
    func citedDocumentEnd(_ r: Range<Int>, _ runs: [NameRun]) -> Int? {
        guard r.count >= 3, toks[r.lowerBound].has(WordFlag.determiner) else { return nil }
        var k = r.lowerBound + 1
        while k < min(r.upperBound - 1, r.lowerBound + 5), toks[k].kind == .word, !toks[k].isCap {
            if ExtractionRun.documentNouns.contains(toks[k]) { break }
            k += 1
        }
        guard k < r.upperBound - 1, toks[k].kind == .word, !toks[k].isCap,
              ExtractionRun.documentNouns.contains(toks[k]) else { return nil }
        let next = toks[k + 1]
        guard next.kind == .word, !next.isCap, !Self.authorPrepositions.contains(next) else { return nil }
        // a name after the document is its author when "by" comes before it ("filed by state attorney X"), or
        // "from" or "of" right before it
        if (k + 1..<r.upperBound).contains(where: { toks[$0].code == "by" }) { return nil }
        for run in runs where run.name.lowerBound > k {
            var p = run.name.lowerBound - 1
            while p > k && toks[p].has(WordFlag.determiner) { p -= 1 }
            if Self.authorPrepositions.contains(toks[p]) { return nil }
        }
        return k + 1
    }

    /// A person's bodies that speak for themselves ("her foundation said").
    static let bodyNouns: WordSet = ["campaign", "office", "foundation", "organization", "organisation", "company", "firm",
                                     "team", "administration", "government", "charity", "party", "ministry", "department", "agency"]

    /// Titles of those who speak for an organisation ("a spokesman for ..."), of a known gender (a "his" or
    /// "her" near "a spokesperson for ..." is more often someone else's).
    static let spokespersonTitles: WordSet = ["spokesman", "spokeswoman"]
    /// Prepositions that tie a spokesperson to the body they speak for.
    static let affiliationPrepositions: WordSet = ["for", "at", "of"]
    /// Words that give a document's author after it.
    static let authorPrepositions: WordSet = ["by", "from", "of"]

    /// A common noun in the plural that may open a sentence in capitals: "Officials", "Hoteliers", "Scientists".
    static func isCommonPlural(_ w: String) -> Bool {
        guard w.hasByteSuffix("s"), !w.hasByteSuffix("ss") else { return false }
        if Lexicon.anonymousHeads.contains(w) { return true }
        return w.unicodeScalars.count >= 7 && !Lexicon.orgWords.contains(w) && WordLists.pluralEndings.contains { w.hasByteSuffix($0) }
    }

    /// The office an appositive gives the name at `name`: "the education secretary, Jane Roe," → "education
    /// secretary"; "Jane Roe, the city's fire chief," → "city's fire chief". A few lower-case words (after a
    /// determiner, a possessive or a party's name) that end in a title; nil when there are none.
    func appositiveRole(_ name: Range<Int>) -> String? {
        func role(_ a: Int, _ b: Int) -> String? {
            var a = a
            while a < b && (toks[a].has(WordFlag.determiner | WordFlag.possessivePronoun)) { a += 1 }
            // ending in a title, not in an honorific ("a close friend of Mrs. Roe") or an organisation ("a mining company")
            let last = toks[b - 1]
            guard a < b, b - a <= 5, SpeakerRecognizer.isTitle(last), !last.has(WordFlag.abbreviation), !last.stemIsOrgWord, !Lexicon.orgHeads.contains(last.stem),
                  (a..<b).allSatisfy({ toks[$0].kind == .word && toks[$0].quote < 0 && ($0 == a || !toks[$0].isCap || SpeakerRecognizer.isTitle(toks[$0])) })
            else { return nil }
            return mention(a..<b)
        }
        // before: "the education secretary, Jane Roe", "Its chairman, Jane Roe", "Labour's spokesman, Jane Roe"
        func opensPhrase(_ t: Token) -> Bool { t.has(WordFlag.determiner | WordFlag.possessivePronoun) || t.isPossessive }
        if name.lowerBound >= 1, toks[name.lowerBound - 1].code == "," {
            let end = name.lowerBound - 1
            var a = end
            while a > 0 && end - a < 6, toks[a - 1].kind == .word, !toks[a - 1].isCap || SpeakerRecognizer.isTitle(toks[a - 1]) || opensPhrase(toks[a - 1]) {
                a -= 1
                if opensPhrase(toks[a]) { break }
            }
            if a < end, opensPhrase(toks[a]), let r = role(a, end) { return r }
        }
        // after: ", the city's fire chief," or closing the sentence, or before what the phrase goes on to tell of
        // them (", a former inspector who now runs a consultancy", ", a former inspector at the agency")
        if name.upperBound + 1 < toks.count, toks[name.upperBound].code == "," {
            let a = name.upperBound + 1
            var b = a
            while b < toks.count && b - a < 7 && toks[b].kind == .word && !(b > a && Self.roleEnders.contains(toks[b])) { b += 1 }
            if b < toks.count, (toks[b].code == "," || toks[b].code == "." || toks[b].code == ";") || toks[b].kind == .quote || Self.roleEnders.contains(toks[b]),
               opensPhrase(toks[a]) {
                return role(a, b)
            }
        }
        return nil
    }

    /// Words after a role in apposition that go on to tell more of the person ("who now runs", "at the agency").
    static let roleEnders: WordSet = ["who", "whose", "which", "at", "with", "since"]

    /// The name of a speaker described, not named: a leading article in lower case ("the government",
    /// "a proclamation"), as anywhere in a sentence, so that "The government" opening one sentence and "the
    /// government" inside another are one speaker, and the store keeps it to its document.
    static func describedName(_ m: String) -> String {
        // an ASCII mention (most are) is tested on its bytes, each character being one byte there
        var bytes = m
        let ascii = bytes.withUTF8 { b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let space = b.firstIndex(of: 0x20), space + 1 < b.count, b[space + 1] >= 97 && b[space + 1] <= 122,
                  b[0] >= 65 && b[0] <= 90 else { return false }
            return withASCIILowercased(UnsafeBufferPointer(rebasing: b[..<space])) { WordLists.determiners.contains($0) } ?? false
        }
        if ascii == false { return m }
        if ascii == nil {
            guard let space = m.firstIndex(of: " "), m.index(after: space) < m.endIndex, m[m.index(after: space)].isLowercase,
                  WordLists.determiners.contains(m[..<space].lowercased()), m.first?.isUppercase == true else { return m }
        }
        return m.prefix(1).lowercased() + m.dropFirst()
    }
}

/// The word lists this file tests words against, as sets (one lookup instead of a string comparison
/// per element).
private enum WordLists {
    static let ofThem: WordSet = ["of", "them", "men", "women", "leaders", "officials"]
    static let determiners: WordSet = ["the", "a", "an", "one"]
    /// Words that open a group joined to a named person: "Roe and other leaders", "Roe and fellow members".
    static let groupAfterAnd: WordSet = ["other", "fellow", "several", "some", "many"]
    static let phraseBreaks: WordSet = ["at", "of", "in", "from", "for", "with", "who", "which", "that", "on", "by"]
    /// Endings of plural nouns for people ("hoteliers", "scientists", "residents", "shopkeepers", "campaigners").
    static let pluralEndings: [StaticString] = ["iers", "ists", "ians", "ents", "ppers", "keepers", "workers", "owners", "drivers", "farmers",
                                "traders", "teachers", "readers", "voters", "viewers", "buyers", "sellers", "renters",
                                "commuters", "passengers", "shoppers", "travellers", "travelers", "campaigners", "protesters",
                                "demonstrators", "organizers", "organisers", "growers", "miners", "nurses"]
}
