/// Someone or something the article mentions: a person, an organisation, or a group of speakers.
final class Entity {
    let id: Int
    var name: String
    /// Lower-cased name words, possessive endings removed, curly apostrophes straightened.
    var words: [String]
    var role: String?
    var kind: SpeakerMention.Kind
    /// 0 unknown, 1 male, 2 female.
    var gender: Int
    var plural: Bool
    var members: [String]
    var mentions = 1
    var acronym: String?
    /// Has been the speaker of a claim (evidence that a name is a person's).
    var spoke = false

    init(id: Int, name: String, words: [String], role: String?, kind: SpeakerMention.Kind, gender: Int, plural: Bool, members: [String] = []) {
        self.id = id; self.name = name; self.words = words; self.role = role; self.kind = kind
        self.gender = gender; self.plural = plural; self.members = members
    }
}

/// Tracks the article's entities and their salience, and resolves short names, titles and pronouns.
final class Coreference {
    struct Salient { var entity: Int; var pos: Int; var paragraph: Int; var isSpeaker: Bool; var isSubject: Bool }
    struct NameList { var entities: [Int]; var pos: Int; var paragraph: Int }

    private(set) var entities: [Entity] = []
    private var byLastWord: [String: [Int]] = [:]
    /// Entities of two words or more by their first word (``personByGivenName(_:)``).
    private var byFirstWord: [String: [Int]] = [:]
    private var byAcronym: [String: Int] = [:]
    /// People whose name is written family name first ("Ban Ki-moon", "Kim Jong-un"), by that family name.
    private var byFamilyName: [String: Int] = [:]
    /// Short forms learned from the text ("northwind", "nwh"): the organisation each stands for.
    private var byShortForm: [String: Int] = [:]
    /// Described speakers ("the government") by kind and lower-cased name.
    private var byDescription: [DescriptionKey: Int] = [:]
    private struct DescriptionKey: Hashable { var kind: SpeakerMention.Kind; var name: String }
    private var salience: [Salient] = []
    private var lists: [NameList] = []
    private var listGroups: [Int: Int] = [:]
    private var previousParagraph = -1

    private func group(of ids: [Int], key: Int) -> Int {
        if let g = listGroups[key] { return g }
        let members = ids.map { entities[$0].name }
        let g = addGroup(name: members.joined(separator: ", "), kind: .group, plural: true, members: members, role: nil)
        listGroups[key] = g
        return g
    }

    static func norm(_ s: String) -> String {
        var bytes = s
        guard bytes.withUTF8({ $0.contains(0xE2) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(c == "\u{2019}" || c == "\u{2018}" ? "'" : c) }
        return String(out)
    }

    static func wordsOf(_ toks: TokenList, _ r: Range<Int>) -> [String] {
        var out: [String] = []
        out.reserveCapacity(r.count)
        for k in r where toks[k].kind == .word {
            let w = norm(toks[k].stem)
            if w != "." { out.append(w) }
        }
        return out
    }

    // MARK: registering names

    /// Registers the names in a sentence; returns the entity ids with their token ranges.
    @discardableResult
    func observe(_ toks: TokenList, _ range: Range<Int>, text: ScalarText, paragraph: Int, subjectStart: Int?) -> [(Int, Range<Int>)] {
        var found: [(Int, Range<Int>)] = []
        var subject: Int? = nil
        // "The Ministry of Finance has ...": a name after an article still heads the clause
        var head = subjectStart
        if let s = subjectStart, s < range.upperBound, toks[s].letters <= 3, toks[s].code == "the" || toks[s].code == "a" || toks[s].code == "an" { head = s + 1 }
        // "UK soup company Harbour Foods has ...", "Reed campaign manager Paul Roe said": a capitalised word before a
        // role in lower case modifies the name after the role, which heads the clause
        var modifier: Int? = nil
        if let s = subjectStart, toks[s].isCap, toks[s].kind == .word, !toks[s].isPossessive {
            var k = s + 1
            // (no verb after the capitalised word: "Reed met minister Ann Lee", "Harbro hires lawyer Jo Hale")
            while k < range.upperBound && k - s <= 3 && toks[k].kind == .word && !toks[k].isCap && !toks[k].has(WordFlag.stop | WordFlag.auxiliary | WordFlag.irregularPast)
                    && !toks[k].lower.hasByteSuffix("ed") && !(k == s + 1 && toks[k].tail == 0x73 && !toks[k].lower.hasByteSuffix("ss")) { k += 1 }
            if k > s + 1, k < range.upperBound, toks[k].isCap, toks[k].kind == .word,
               SpeakerRecognizer.isTitle(toks[k - 1]) || SpeakerRecognizer.companyNouns.contains(toks[k - 1]) { modifier = s; head = k }
        }
        for run in SpeakerRecognizer.nameRuns(toks, range) {
            let words = Self.wordsOf(toks, run.name)
            // ("Some of Sanders's advisers": no name opens with "of")
            guard !words.isEmpty, !Self.isPictureCredit(toks, run.name, in: range), toks[run.name.lowerBound].code != "of" else { continue }
            let roleText = run.role.isEmpty || SpeakerRecognizer.isHonorificOnly(toks, run.role)
                ? nil : text.string(toks[run.role.lowerBound].start, toks[run.role.upperBound - 1].end)
            // ("Senate Republicans": one group, ``SpeakerRecognizer/namedGroup(_:_:)``)
            let group = SpeakerRecognizer.namedGroup(toks, run).map { described(name: nameText(toks, $0, text), kind: .group, plural: true) }
            var id = group ?? match(words, allowFirst: run.role.isEmpty && !run.isOrg, gender: Self.mentionGender(toks, run))
            if id == nil, let o = organization(shortenedAs: words, initials: run.name.count == 1 && SpeakerRecognizer.isAllCaps(toks[run.name.lowerBound])) {
                id = o
            }
            if id == nil {
                // "Daniel, a 25-year-old lawyer from ...": one word that a description of a person follows is a name
                let described = words.count == 1 && !run.isOrg && run.role.isEmpty && Self.personAppositive(toks, after: run.name.upperBound, in: range)
                let company = SpeakerRecognizer.describedAsCompany(toks, run)
                let strong = words.count >= 2 || run.role.count > 0 || run.isOrg && SpeakerRecognizer.isAllCaps(toks[run.name.lowerBound])
                    || run.isOrg && words.count >= 1 && run.name.count >= 2 || described || company
                if !strong { continue }
                let isSentenceStart = run.name.lowerBound == range.lowerBound
                if words.count == 1 && isSentenceStart && run.role.isEmpty && !run.isOrg && !described { continue }
                // "a lawyer from St. Petersburg, Russia,": a name after "from" that a country or state follows is a place
                if !run.isOrg && run.role.isEmpty && run.name.lowerBound > range.lowerBound && toks[run.name.lowerBound - 1].code == "from"
                    && Self.placeApposition(toks, range, comma: run.name.upperBound) != nil { continue }
                // "in New Jersey", "at Palo Alto": a name right after a preposition of place is a place, no one a
                // pronoun may stand for ("in Trump's campaign" is a person's)
                if !run.isOrg && run.role.isEmpty && run.name.lowerBound > range.lowerBound && Self.placePrepositions.contains(toks[run.name.lowerBound - 1])
                    && !toks[run.name.upperBound - 1].isPossessive { continue }
                // "the beaches of Maryland and North Carolina": a compass point and a name is a place
                if !run.isOrg && run.role.isEmpty && words.count == 2 && Self.compassWords.contains(words[0]) { continue }
                id = add(name: nameText(toks, run.name, text), words: words, role: roleText, isOrg: run.isOrg || company, toks: toks, run: run)
            } else if let i = id, group == nil {
                let e = entities[i]
                e.mentions += 1
                if words.count > e.words.count && !run.isOrg && e.kind == .person && Array(words.suffix(e.words.count)) == e.words {
                    e.name = nameText(toks, run.name, text); e.words = words
                    indexLast(words, i)
                }
                if e.role == nil, let r = roleText { e.role = r }
                if e.gender == 0 { e.gender = Self.gender(toks, run) }
            }
            if let i = id {
                found.append((i, run.name))
                var isSubj = subjectStart.map { s in run.role.isEmpty ? run.name.lowerBound == s || run.name.lowerBound == head : run.role.lowerBound == s || run.name.lowerBound == s || run.role.lowerBound == head || run.name.lowerBound == head } ?? false
                if let m = modifier, run.name.lowerBound == m, run.name.count == 1 { isSubj = false }
                // "Port Party leader Jo Vale welcomed ...": a name after a role that capitalised words (a party, a body) open
                if !isSubj, !run.isOrg, !run.role.isEmpty, !toks[run.name.upperBound - 1].isPossessive, let s = subjectStart, s < run.role.lowerBound, run.role.lowerBound - s <= 4,
                   (s..<run.role.lowerBound).allSatisfy({ toks[$0].kind == .word && toks[$0].isCap }) {
                    isSubj = true
                }
                // "The senator from Maine, Jo Berg, watched ...": a person named in apposition to a short subject heads it
                if !isSubj, !run.isOrg, let s = subjectStart, s != head, case let comma = (run.role.isEmpty ? run.name : run.role).lowerBound - 1,
                   comma > s, comma - s <= 6, toks[comma].code == ",", (s..<comma).allSatisfy({ toks[$0].kind == .word }),
                   run.name.upperBound < range.upperBound, toks[run.name.upperBound].code == "," {
                    isSubj = true
                }
                // "it was Katie Roe who got the ball rolling": the name a cleft sentence puts first is the subject
                if !isSubj, !run.isOrg, case let first = (run.role.isEmpty ? run.name : run.role).lowerBound, first >= range.lowerBound + 2,
                   run.name.upperBound < range.upperBound, toks[run.name.upperBound].code == "who", toks[first - 1].has(WordFlag.beVerb),
                   toks[first - 2].code == "it" {
                    isSubj = true
                }
                salience.append(Salient(entity: i, pos: toks[run.name.lowerBound].start, paragraph: paragraph, isSpeaker: false, isSubject: isSubj))
                if isSubj && subject == nil { subject = i }
            }
        }
        learnGender(toks, range, found, paragraph, subject)
        // lists of two or more people ("A, B and C")
        var cur: [Int] = []
        var prevEnd = -1
        for (id, r) in found where entities[id].kind == .person {
            if prevEnd >= 0 && Self.onlyListGlue(toks, prevEnd, r.lowerBound) { cur.append(id) } else {
                if cur.count >= 2 { lists.append(NameList(entities: cur, pos: toks[r.lowerBound].start, paragraph: paragraph)) }
                cur = [id]
            }
            prevEnd = r.upperBound
        }
        if cur.count >= 2 { lists.append(NameList(entities: cur, pos: prevEnd < toks.count ? toks[prevEnd - 1].start : 0, paragraph: paragraph)) }
        return found
    }

    /// Persons named in the previous sentence, for learning gender from the pronouns that follow them.
    private var previousPersons: [Int] = []

    /// A person's gender from the text itself: the first "he"/"his" or "she"/"her" after a person of
    /// unknown gender, when no other candidate is in sight.
    private var previousSubject: Int? = nil

    private func learnGender(_ toks: TokenList, _ range: Range<Int>, _ found: [(Int, Range<Int>)], _ paragraph: Int, _ subject: Int?) {
        let entities = self.entities  // one read of the class property, not one per token
        // nothing to learn unless someone in sight is of unknown gender
        func unknown(_ id: Int) -> Bool { entities[id].gender == 0 && entities[id].kind == .person }
        guard found.contains(where: { unknown($0.0) }) || previousPersons.contains(where: unknown) else {
            var here: [Int] = []
            for (id, _) in found where entities[id].kind == .person && !here.contains(id) { here.append(id) }
            if !here.isEmpty { previousPersons = here; previousParagraph = paragraph; previousSubject = subject }
            return
        }
        var here: [Int] = []
        var next = 0
        for k in range {
            while next < found.count && found[next].1.lowerBound <= k {
                let id = found[next].0
                if entities[id].kind == .person && !here.contains(id) { here.append(id) }
                next += 1
            }
            // subject pronouns only: object pronouns ("him", "her") and possessives in an object ("accused
            // her rival of ... during his term") tend to point away from the subject
            guard toks[k].flags & WordFlag.stop != 0, toks[k].letters <= 3, toks[k].letters >= 2, toks[k].quote < 0 else { continue }
            let l = toks[k].code
            if l == "his" || l == "her" {
                learnFromPossessive(toks, k, range, found: found, here: here, subject: subject)
                continue
            }
            let g = l == "he" ? 1 : (l == "she" ? 2 : 0)
            guard g > 0 else { continue }
            // "Young Indian, he said, acquired ...": the speaker of an attribution set inside a clause is not
            // the person named before it in the clause, so says nothing of that one's gender
            if !here.isEmpty && Self.interruptsClause(toks, k, range) { continue }
            let cands = here.isEmpty ? previousPersons : here
            let subj = here.isEmpty ? previousSubject : subject
            let unknown = cands.filter { entities[$0].gender == 0 && !entities[$0].plural && !entities[$0].words.isEmpty }
            if unknown.count == 1 && !cands.contains(where: { entities[$0].gender == g }) {
                entities[unknown[0]].gender = g
            } else if unknown.count > 1, let sj = subj, unknown.contains(sj), !cands.contains(where: { entities[$0].gender == g }) {
                // several candidates: the subject of the clause
                entities[sj].gender = g
            }
        }
        if !here.isEmpty { previousPersons = here; previousParagraph = paragraph; previousSubject = subject }
    }

    /// "Tracey Owings is fighting to keep the home that has been in his family": a possessive ("his", or "her"
    /// before a noun) in a sentence that names one person, of unknown gender, as its subject, with no other noun
    /// for a person, name or quotation between them, gives that person's gender.
    private func learnFromPossessive(_ toks: TokenList, _ k: Int, _ range: Range<Int>, found: [(Int, Range<Int>)], here: [Int], subject: Int?) {
        guard here.count == 1, let sj = subject, here[0] == sj, entities[sj].gender == 0, !entities[sj].plural, !entities[sj].words.isEmpty,
              let name = found.last(where: { $0.0 == sj && $0.1.upperBound <= k })?.1 else { return }
        let female = toks[k].code == "her"
        if female {
            // "her" before a noun is a possessive; "praised her" is an object, who may be anyone
            guard k + 1 < range.upperBound, toks[k + 1].kind == .word, !toks[k + 1].isCap,
                  !toks[k + 1].has(WordFlag.preposition | WordFlag.determiner | WordFlag.auxiliary | WordFlag.subordinator | WordFlag.stop) else { return }
        }
        for j in name.upperBound..<k {
            let t = toks[j]
            if t.kind == .quote || t.quote >= 0 { return }
            guard t.kind == .word else { continue }
            // ("the governor's plan": the noun without its possessive ending)
            let noun = t.isPossessive ? t.stem : t.lower
            if t.isCap || Lexicon.anonymousHeads.contains(noun) || Lexicon.titleWords.contains(noun)
                || Lexicon.maleWords.contains(noun) || Lexicon.femaleWords.contains(noun) { return }
        }
        entities[sj].gender = female ? 2 : 1
    }

    /// Whether the pronoun at `k` speaks in an attribution set between commas inside a clause (", he said,").
    static func interruptsClause(_ toks: TokenList, _ k: Int, _ range: Range<Int>) -> Bool {
        k > range.lowerBound && k + 2 < range.upperBound && toks[k - 1].code == "," && toks[k + 1].has(WordFlag.cue) && toks[k + 2].code == ","
    }

    static func onlyListGlue(_ toks: TokenList, _ a: Int, _ b: Int) -> Bool {
        guard a <= b, b - a <= 10 else { return false }
        var depth = 0
        var sawSep = false
        for k in a..<b {
            let t = toks[k]
            if t.code == "(" { depth += 1; continue }
            if t.code == ")" { depth -= 1; continue }
            if depth > 0 { continue }
            if t.code == "," || t.code == "and" || t.code == "&" { sawSep = true; continue }
            if t.kind == .word && (SpeakerRecognizer.isTitle(t) || t.isCap || t.code == "former") { continue }
            if t.code == "." { continue }
            return false
        }
        return sawSep
    }

    func nameText(_ toks: TokenList, _ r: Range<Int>, _ text: ScalarText) -> String {
        var s = text.string(toks[r.lowerBound].start, toks[r.upperBound - 1].end)
        if s.endsInPossessiveS { s.removeLast(2) }
        return s
    }

    /// The gender a mention itself shows, for matching it to an entity: its title ("Mrs.", "Mr."), or its
    /// first name when it has one ("Joyce" alone is a surname).
    static func mentionGender(_ toks: TokenList, _ run: NameRun) -> Int {
        if run.isOrg { return 0 }
        var words = 0
        for k in run.name where toks[k].kind == .word { words += 1 }
        return words >= 2 ? gender(toks, run) : titleGender(toks, run)
    }

    /// The gender a title before the name gives ("Mrs.", "Mr."; 0 without one).
    static func titleGender(_ toks: TokenList, _ run: NameRun) -> Int {
        for k in run.role where toks[k].has(WordFlag.female) { return 2 }
        for k in run.role where toks[k].has(WordFlag.male) { return 1 }
        return 0
    }

    /// 1 for a male first name, 2 for a female one, 0 when the lists do not say.
    static func firstNameGender(_ w: String) -> Int {
        Lexicon.femaleNames.contains(w) ? 2 : (Lexicon.maleNames.contains(w) ? 1 : 0)
    }

    /// The gender of a name: its title's, else its first name's.
    static func gender(_ toks: TokenList, _ run: NameRun) -> Int {
        let title = titleGender(toks, run)
        return title != 0 ? title : firstNameGender(toks[run.name.lowerBound].lower)
    }

    private func add(name: String, words: [String], role: String?, isOrg: Bool, toks: TokenList, run: NameRun) -> Int {
        let id = entities.count
        let e = Entity(id: id, name: name, words: words, role: role, kind: isOrg ? .organization : .person,
                       gender: isOrg ? 0 : Self.gender(toks, run), plural: false)
        entities.append(e)
        indexLast(words, id)
        if !isOrg, words.count == 2, words[1].utf8.contains(0x2D), Self.writesFamilyNameFirst(name), byFamilyName[words[0]] == nil { byFamilyName[words[0]] = id }
        if isOrg {
            let caps = run.name.filter { toks[$0].isCap && toks[$0].kind == .word }
            if caps.count >= 2 {
                var acr = ""
                for k in caps { acr.append(toks[k].lower.first!) }
                e.acronym = acr
                if byAcronym[acr] == nil { byAcronym[acr] = id }
            }
        }
        return id
    }

    /// "Ban Ki-moon", "Moon Jae-in": a two-word name whose second word is a given name in two parts joined by a
    /// hyphen, the second in lower case, is written family name first, so "Ban" alone names the person (not
    /// "Jean-Pierre Roe" or "Ana Ocasio-Ruiz").
    static func writesFamilyNameFirst(_ name: String) -> Bool {
        guard let given = name.split(separator: " ").last, let hyphen = given.firstIndex(of: "-"), hyphen > given.startIndex else { return false }
        let after = given[given.index(after: hyphen)...]
        return after.first?.isLowercase == true && after.allSatisfy(\.isLetter)
    }

    private func indexLast(_ words: [String], _ id: Int) {
        guard let last = words.last else { return }
        if !(byLastWord[last]?.contains(id) ?? false) { byLastWord[last, default: []].append(id) }
        if words.count >= 2, !(byFirstWord[words[0]]?.contains(id) ?? false) { byFirstWord[words[0], default: []].append(id) }
    }

    /// An entity whose name ends with `words` (or is abbreviated by them). `gender` (1 male, 2 female, from a
    /// title such as "Mrs." or a first name) passes over people of the other gender: one whose first name is
    /// of it ("Mrs. Roe" is not the Bill Roe the article mentions more often), or whom the text has shown to be;
    /// and one known to be of that gender comes first ("Mr Elphinstone" is the son Graham, not his mother
    /// Margery Elphinstone).
    func match(_ words: [String], allowFirst: Bool, gender: Int = 0) -> Int? {
        guard let last = words.last else { return nil }
        var best: Int? = nil
        if let cands = byLastWord[last] {
            for c in cands {
                let e = entities[c]
                guard e.words.count >= words.count, e.words.suffix(words.count).elementsEqual(words) else { continue }
                if gender != 0 && e.kind == .person && e.words.count >= 2 && Self.firstNameGender(e.words[0]) == 3 - gender { continue }
                if gender != 0 && e.gender != 0 && e.gender != gender { continue }
                // one known to be of that gender before one whose gender the text has not shown
                if let b = best, gender != 0, (entities[b].gender == gender) != (e.gender == gender) {
                    if e.gender == gender { best = c }
                    continue
                }
                if best == nil || entities[best!].mentions < e.mentions { best = c }
            }
        }
        if best == nil, words.count == 1, let f = byFamilyName[last] { best = f }
        if best == nil, words.count == 1, let a = byAcronym[last] { best = a }
        if best == nil, let o = byShortForm[words.joined(separator: " ")] { best = o }
        if best == nil, allowFirst, words.count == 1 { best = personByGivenName(last) }
        return best
    }

    /// The one person named in full so far whose given name is `word` ("Kim" after "Kim Vale", as profiles and
    /// entertainment news name again the people they are about); nil when none is, or when two are. A name that
    /// only adds to another ("Kim Vale Lane" after "Kim Vale", a married name) is the same person, by the fuller
    /// name. The name must be a person's: a known given name, one whose gender the text has shown, or one spelled as
    /// a person's is (``spelledAsPersonalName(_:)``: "EgyptAir" is not one of "EgyptAir Flight 804").
    private func personByGivenName(_ word: String) -> Int? {
        guard let ids = byFirstWord[word] else { return nil }
        var found: Int? = nil
        let knownGiven = Self.firstNameGender(word) != 0
        for id in ids {
            let e = entities[id]
            guard e.kind == .person && !e.plural && e.words.count >= 2 && e.words[0] == word,
                  knownGiven || e.gender != 0 || Self.spelledAsPersonalName(e.name) else { continue }
            if let other = found {
                if e.words.starts(with: entities[other].words) { found = id; continue }
                if entities[other].words.starts(with: e.words) { continue }
                return nil
            }
            found = id
        }
        return found
    }

    /// Two or three words of letters, each a capital followed by lower case only past its first letter, save after
    /// a hyphen or apostrophe and in "Mc"/"Mac" ("Kourtney Kardashian", "Ana Ocasio-Ruiz", "Kim McNeil"; not
    /// "EgyptAir Flight 804" or "Harbour 2000").
    static func spelledAsPersonalName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...3).contains(words.count) else { return false }
        return words.enumerated().allSatisfy { index, word in
            let prefixed = index > 0 ? (word.hasPrefix("Mac") ? 3 : word.hasPrefix("Mc") ? 2 : 0) : 0
            var sincePart = 0
            for c in word {
                if c == "-" || c == "'" || c == "’" { sincePart = 0; continue }
                guard c.isLetter, c.isUppercase == (sincePart == 0) || (c.isUppercase && sincePart == prefixed) else { return false }
                sincePart += 1
            }
            return sincePart > 0
        }
    }

    // MARK: short names of organisations

    /// ", a 25-year-old lawyer", ", an engineer": an appositive after `k` (a comma, an indefinite article, then within
    /// four words a noun for a person or an age) that describes a person.
    static func personAppositive(_ toks: TokenList, after k: Int, in range: Range<Int>) -> Bool {
        guard k + 2 < range.upperBound, toks[k].code == ",", toks[k + 1].code == "a" || toks[k + 1].code == "an" else { return false }
        for j in (k + 2)..<min(range.upperBound, k + 6) {
            let t = toks[j]
            guard t.kind == .word || t.kind == .number else { return false }
            if Lexicon.anonymousHeads.contains(t) || t.lower.hasByteSuffix("-year-old") { return true }
        }
        return false
    }

    /// The name at `name` credits a picture ("Photograph: Justin Roe/Getty Images", "(AP Photo/Ana Ruiz)",
    /// "Photo by Ana Ruiz"): whoever took it is no one the story tells of, and no pronoun stands for them.
    static func isPictureCredit(_ toks: TokenList, _ name: Range<Int>, in range: Range<Int>) -> Bool {
        // a picture agency after a slash ("Roe/Getty Images", "Roe/AP"; "Washington Post/ABC News" is a
        // poll's two sponsors), or the picture before it ("AP Photo/Roe")
        if name.upperBound + 1 < range.upperBound, toks[name.upperBound].code == "/", pictureAgencies.contains(toks[name.upperBound + 1]) { return true }
        var k = name.lowerBound - 1
        if k > range.lowerBound, toks[k].code == "/" { return HeaderDetector.pictureLabels.contains(toks[k - 1]) }
        // "Photograph: Roe", "Photo by Roe", "Photograph Roe"
        if k >= range.lowerBound, toks[k].code == ":" || toks[k].code == "by" { k -= 1 }
        return k >= range.lowerBound && HeaderDetector.pictureLabels.contains(toks[k])
    }

    /// Agencies that credit pictures after a photographer's name and a slash.
    static let pictureAgencies: WordSet = ["getty", "ap", "reuters", "afp", "epa", "bloomberg", "corbis", "shutterstock", "alamy", "pa", "rex", "xinhua", "ansa", "efe"]

    /// Prepositions of place: a name right after one ("in Palo Alto") is a place, not a person (see ``observe``).
    static let placePrepositions: WordSet = ["in", "at", "near", "across", "throughout", "outside", "inside", "around"]
    /// Points of the compass: a name of two words that opens with one ("North Carolina", "South Korea") is a place.
    static let compassWords: WordSet = ["north", "south", "east", "west"]
    /// The first word of a two-word place name ("North Carolina", "New Hampshire", "West Virginia").
    static func opensPlaceName(_ t: Token) -> Bool { t.code == "new" || compassWords.contains(t) }

    /// The comma at `comma` opens a place's state or country written after it ("Aurora, Colorado,", "Salem, New
    /// Hampshire,"): the index of the comma that closes it, or nil.
    static func placeApposition(_ toks: TokenList, _ s: Range<Int>, comma: Int) -> Int? {
        guard comma > s.lowerBound, toks[comma - 1].kind == .word, toks[comma - 1].isCap, comma + 2 < s.upperBound,
              toks[comma + 1].kind == .word, toks[comma + 1].isCap else { return nil }
        if toks[comma + 2].code == "," { return comma + 2 }
        if opensPlaceName(toks[comma + 1]), comma + 3 < s.upperBound, toks[comma + 2].isCap, toks[comma + 3].code == "," {
            return comma + 3
        }
        return nil
    }

    /// Legal forms at the end of a company's name ("Ltd", "Inc."): no part of its short name.
    static let legalForms: WordSet = ["ltd", "ltd.", "inc", "inc.", "corp", "corp.", "co", "co.", "plc", "llc", "llp", "lp",
                                      "limited", "incorporated", "ag", "gmbh", "sa", "nv", "bv"]
    /// First words of organisation names that are too common to stand for the organisation alone
    /// ("National", "American", "New").
    static let genericFirstWords: WordSet = ["national", "american", "united", "new", "general", "first", "international",
                                             "federal", "democratic", "republican", "royal", "british", "european", "global",
                                             "world", "north", "south", "east", "west", "central", "northern", "southern",
                                             "eastern", "western", "great", "the", "state", "public", "city", "county",
                                             "university", "bank", "department", "ministry", "office", "house", "senate"]
    /// Connecting words an acronym skips ("Federal Bureau of Investigation" is FBI).
    static let acronymSkips: WordSet = ["of", "and", "the", "for", "&", "de", "du", "la", "le", "on", "in"]

    /// The organisation named earlier whose name `words` shortens: its first word or words ("Northwind" for
    /// Northwind Holdings Ltd) or, for a word in capitals, its initials ("NWH"). The short form is
    /// remembered, so later mentions resolve the same way.
    private func organization(shortenedAs words: [String], initials: Bool) -> Int? {
        guard let first = words.first, !Self.genericFirstWords.contains(first), !Lexicon.maleNames.contains(first),
              !Lexicon.femaleNames.contains(first) else { return nil }
        var best: Int? = nil
        // the latest few hundred entities: a long document full of names stays linear
        for e in entities.suffix(400) where e.kind == .organization && e.words.count > words.count {
            let prefix = Self.withoutLegalForm(e.words).starts(with: words)
            let abbreviation = initials && words.count == 1 && Self.isAcronym(first, of: e.words)
            if (prefix || abbreviation) && (best == nil || entities[best!].mentions < e.mentions) { best = e.id }
        }
        if let b = best { byShortForm[words.joined(separator: " ")] = b }
        return best
    }

    /// A company's name without the legal form at its end ("Kestrel Ridge Mining" for Kestrel Ridge Mining Corp).
    static func withoutLegalForm(_ words: [String]) -> [String] {
        var core = words
        while core.count > 1, let l = core.last, legalForms.contains(l) { core.removeLast() }
        return core
    }

    /// `acronym` (lower-case) abbreviates the name `words`, with or without its legal form ("krm", "nhl").
    static func isAcronym(_ acronym: String, of words: [String]) -> Bool {
        abbreviates(acronym, withoutLegalForm(words)) || abbreviates(acronym, words)
    }

    /// `acronym` (lower-case) abbreviates `words`: every word but the connecting ones gives its initial, in
    /// order, and may give more of its letters after it ("nwh" for Northwind Holdings, "fbi" for Federal Bureau
    /// of Investigation).
    static func abbreviates(_ acronym: String, _ words: [String]) -> Bool {
        let a = Array(acronym.unicodeScalars)
        let content = words.filter { !acronymSkips.contains($0) }.map { Array($0.unicodeScalars) }
        guard a.count >= 2, a.count <= 8, content.count >= 2, content.count <= a.count else { return false }
        func fit(_ i: Int, _ w: Int) -> Bool {
            if w == content.count { return i == a.count }
            guard i < a.count, content[w].first == a[i] else { return false }
            if fit(i + 1, w + 1) { return true }
            // more letters of this word, in order
            var k = i + 1, p = 1
            while k < a.count, p < content[w].count, let q = content[w][p...].firstIndex(of: a[k]) {
                p = q + 1; k += 1
                if fit(k, w + 1) { return true }
            }
            return false
        }
        return fit(0, 0)
    }

    // MARK: salience

    /// Notes that entity `id` spoke at `pos`. `inPlace`: a quotation given to its speaker when its paragraph is done
    /// ("“A. “B.”") is noted after the speakers who follow it, so it goes in at its place: the pronouns after them
    /// find the later speaker first.
    func noteSpeaker(_ id: Int, pos: Int, paragraph: Int, inPlace: Bool = false) {
        entities[id].spoke = true
        var i = salience.count
        while inPlace && i > 0 && salience[i - 1].pos > pos { i -= 1 }
        salience.insert(Salient(entity: id, pos: pos, paragraph: paragraph, isSpeaker: true, isSubject: true), at: i)
    }

    func noteSubject(_ id: Int, pos: Int, paragraph: Int) {
        salience.append(Salient(entity: id, pos: pos, paragraph: paragraph, isSpeaker: false, isSubject: true))
    }

    /// A group or descriptive speaker becomes an entity so that later pronouns can find it.
    func addGroup(name: String, kind: SpeakerMention.Kind, plural: Bool, members: [String], role: String?) -> Int {
        let id = entities.count
        let e = Entity(id: id, name: name, words: [], role: role, kind: kind, gender: 0, plural: plural, members: members)
        entities.append(e)
        return id
    }

    /// A person or organisation first met as a speaker by a name the text had not given before ("Ruiz recalled"):
    /// later mentions of that name find it, as they find names registered by ``observe``.
    func addSpeakerName(_ name: String, words: [String], kind: SpeakerMention.Kind, role: String?) -> Int {
        let id = addGroup(name: name, kind: kind, plural: false, members: [], role: role)
        entities[id].words = words
        indexLast(words, id)
        return id
    }

    /// The entity of a body or group the article describes rather than names ("the government", "officials"):
    /// the same description is the same speaker throughout the article.
    func described(name: String, kind: SpeakerMention.Kind, plural: Bool) -> Int {
        let key = DescriptionKey(kind: kind, name: name.lowercased())
        if let id = byDescription[key] { return id }
        let id = addGroup(name: name, kind: kind, plural: plural, members: [], role: nil)
        byDescription[key] = id
        return id
    }

    /// The latest group described in more words ("Army officials", "senior officials") whose last word is `head`,
    /// that "the officials" takes up again.
    func describedGroup(head: String) -> Int? {
        let suffix = " " + head
        return entities.lastIndex { $0.plural && $0.kind != .organization && $0.members.isEmpty && $0.name.lowercased().hasSuffix(suffix) }
    }

    /// Whether the text names someone for the first time between the scalar offsets of `range`, as a clause's
    /// subject there ("Roe was pro Harbro"; not "the seats most at risk were Harbro Green and Westby").
    func introducesPerson(in range: Range<Int>) -> Bool {
        salience.contains {
            guard range.contains($0.pos), $0.isSubject, entities[$0.entity].kind == .person, let first = firstMention(of: $0.entity) else { return false }
            return range.contains(first)
        }
    }

    /// Where the article first mentions entity `id` (a scalar offset), if it does.
    func firstMention(of id: Int) -> Int? {
        salience.first { $0.entity == id }?.pos
    }

    /// The most recent list of people before `pos`, preferring one of `size` names.
    func recentList(before pos: Int, size: Int?) -> [Int]? {
        var fallback: [Int]? = nil
        var seen = 0
        for l in lists.reversed() where l.pos < pos {
            if let n = size, l.entities.count == n { return l.entities }
            if fallback == nil { fallback = l.entities }
            seen += 1
            if seen > 6 { break }
        }
        return fallback
    }

    /// Resolves a pronoun at `pos` in `paragraph`.
    /// `excluding`: someone the pronoun cannot stand for ("Christie, whom he describes as ...").
    func resolvePronoun(_ p: String, pos: Int, paragraph: Int, excluding: Int? = nil) -> Int? {
        switch p {
        case "he", "she", "him", "his", "her":
            let g = (p == "he" || p == "him" || p == "his") ? 1 : 2
            func ok(_ e: Entity) -> Bool {
                e.kind == .person && !e.plural && (e.gender == g || e.gender == 0 && (e.role != nil || e.spoke || e.words.isEmpty))
            }
            // prefer speakers and subjects of this and the previous paragraph, of the pronoun's gender
            // before those whose gender the text has not shown
            var scanned = 0
            var unsure: Int? = nil
            var described: Int? = nil
            var describedAt = 0
            var people = 0
            // someone described, who spoke in this paragraph with no one named since (see below)
            var describedHere: Int? = nil
            // someone of the pronoun's gender first named in this paragraph, not as a subject ("I met Cynthia Roe in
            // Maine. “...,” she said"), when no speaker or subject of that gender is in the paragraph
            var introduced: Int? = nil
            // the nearest person of the pronoun's gender named in this paragraph, not as a speaker or subject ("So when
            // Hart heard ..., she went back"), before a speaker of the paragraph before whose gender the text has not shown
            var namedHere: Int? = nil
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if s.paragraph < paragraph, let d = describedHere ?? introduced { return d }
                if paragraph - s.paragraph > 1 || scanned > 60 { break }
                if !s.isSpeaker && !s.isSubject {
                    let e = entities[s.entity]
                    // a person of the pronoun's gender named in this paragraph, with no person speaking or heading a
                    // clause since
                    guard people == 0 && s.paragraph == paragraph && e.kind == .person && !e.plural && e.gender == g
                        && !e.words.isEmpty && s.entity != excluding else { continue }
                    if namedHere == nil { namedHere = s.entity }
                    // (a name in a list of names, "alumni such as Jo Roe, Ana Ruiz and Lea Berg", is one of
                    // several, not someone introduced)
                    if introduced == nil && firstMention(of: s.entity) == s.pos
                        && !lists.contains(where: { $0.paragraph == paragraph && $0.entities.contains(s.entity) }) { introduced = s.entity }
                    continue
                }
                let e = entities[s.entity]
                if e.kind == .person && !e.plural && !e.words.isEmpty {
                    people += 1
                    describedHere = nil
                    if e.gender == g || e.gender == 0 { introduced = nil }
                }
                if ok(e) {
                    if e.gender == g { return s.entity }
                    if s.paragraph < paragraph, let n = namedHere { return n }
                    // the nearest speaker or subject, whose gender the text has not shown, before anyone further back
                    // ("“...,” Lichtman said about McCain's effort to distance himself from Bush. He added ...")
                    if people == 1 && !e.words.isEmpty { return s.entity }
                    if unsure == nil { unsure = s.entity }
                }
                // "“...,” says a young man. “...,” he says.": someone described, not named, whose words give the
                // gender or none ("A neighbour ... said. She said ..."), when no person nearby may be meant
                if s.isSpeaker && e.kind == .anonymous && !e.plural && (e.gender == g || e.gender == 0) && described == nil {
                    // ("One dock worker, who asked not to be named, lamented ... “...,” he said", "A spokesman told
                    // Coast Radio ... He said ...": the one described in this paragraph, with no one named since and
                    // no one named before them in the paragraph, before anyone further back; "What angered her, she
                    // said, was that a young woman asked ...": told of inside the words of one named before)
                    if s.paragraph == paragraph && people == 0 { describedHere = s.entity }
                    described = s.entity
                    describedAt = s.pos
                }
                // someone described as the one asked ("asked one woman"), when no person is named since
                if !s.isSpeaker && e.kind == .anonymous && e.gender == g && people == 0 { return s.entity }
            }
            if let d = describedHere ?? introduced { return d }
            if let u = unsure { return u }
            // ("A young woman says ... “...,” she says": someone described as of the pronoun's gender who spoke in this
            // or the previous paragraph, with no person named since, before a name mentioned further back)
            if let d = described, entities[d].gender == g,
               !salience.suffix(60).contains(where: { $0.pos > describedAt && $0.pos < pos && entities[$0.entity].kind == .person && !entities[$0.entity].words.isEmpty }) {
                return d
            }
            scanned = 0
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if paragraph - s.paragraph > 3 || scanned > 120 { break }
                if ok(entities[s.entity]) { return s.entity }
            }
            return described
        case "they", "them", "their":
            var scanned = 0
            // the latest list of names, in this or the previous paragraph
            let list = lists.last.flatMap { l in l.pos < pos && paragraph - l.paragraph <= 1 ? l : nil }
            // (a list of names or a plural subject met since: the body is not the nearest plural)
            var pluralSince = false
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if paragraph - s.paragraph > 1 || scanned > 60 { break }
                if s.isSpeaker && entities[s.entity].plural { return s.entity }
                // a plural described, not named, as a subject earlier in this paragraph, saying nothing there ("Some
                // economists have doubts. They note ..."), with no other plural or list since
                if s.isSubject && !s.isSpeaker && s.paragraph == paragraph && entities[s.entity].plural && entities[s.entity].words.isEmpty
                    && !pluralSince && list.map({ $0.pos > s.pos }) != true { return s.entity }
                if s.isSubject && entities[s.entity].plural || list.map({ $0.pos > s.pos }) == true { pluralSince = true }
                // "Harbour Labour says it wants to ... They say they are already ...": a body named as the speaker in this
                // paragraph (an organisation, or a name of one word with no title, role or gender, as a party or a firm
                // often is), before a plural further back (British usage makes a body plural)
                if s.isSpeaker && s.paragraph == paragraph && !pluralSince, case let e = entities[s.entity], e.kind == .organization && !e.words.isEmpty
                    || e.kind == .person && e.gender == 0 && e.role == nil && e.words.count <= 1 && !e.name.contains(" ") && e.name.first?.isUppercase == true { return s.entity }
            }
            scanned = 0
            // two or more people just named together ("Economists Peter Boone and Simon Johnson laid it out ... “...,”
            // they write"), unless a plural or a body is the subject of a clause since
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if paragraph - s.paragraph > 1 || scanned > 60 { break }
                if let l = list, s.pos < l.pos { break }
                if s.isSubject && (entities[s.entity].plural || entities[s.entity].kind == .organization) { return s.entity }
            }
            if let l = list {
                return group(of: l.entities, key: l.pos)
            }
            // two people named in the sentence before
            if previousPersons.count >= 2 && previousPersons.count <= 3 && paragraph - previousParagraph <= 0 {
                return group(of: previousPersons, key: -1 - previousPersons[0])
            }
            return nil
        case "it", "its":
            var scanned = 0
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if paragraph - s.paragraph > 2 || scanned > 60 { break }
                guard s.isSpeaker || s.isSubject else { continue }
                let e = entities[s.entity]
                if e.kind == .organization && !e.plural { return s.entity }
                // "Harbour Foods cut prices last week. It said ...": a subject of this paragraph named by two or three
                // words, the last a plural ("Foods", "Airlines", "Brothers"), with no title, role or gender, is the
                // body "it" stands for (before one further back); a person's name of unknown gender is not
                if p == "it" && s.paragraph == paragraph && e.kind == .person && (2...3).contains(e.words.count) && e.gender == 0 && e.role == nil && !e.plural,
                   let last = e.words.last, last.hasSuffix("s"), !last.hasSuffix("ss") {
                    e.kind = .organization
                    return s.entity
                }
            }
            // "Twitter said ... It added that ...": a speaker named by one word, with no title, role or gender, that
            // "it" stands for is a company or a body, not a person
            guard p == "it" else { return nil }
            scanned = 0
            for s in salience.reversed() where s.pos < pos {
                scanned += 1
                if paragraph - s.paragraph > 1 || scanned > 20 { break }
                guard s.isSpeaker || s.isSubject else { continue }
                let e = entities[s.entity]
                guard e.kind == .person, e.words.count == 1, e.gender == 0, e.role == nil, !e.plural, s.isSpeaker else { return nil }
                e.kind = .organization
                return s.entity
            }
            return nil
        default:
            return nil
        }
    }

    /// The person or organisation whose role or name contains `head` ("the mayor", "the fund").
    func resolveDescription(_ head: String, org: Bool, pos: Int) -> Int? {
        var scanned = 0
        for s in salience.reversed() where s.pos < pos {
            scanned += 1
            if scanned > 200 { break }
            let e = entities[s.entity]
            if org {
                if e.kind == .organization && e.words.contains(head) { return e.id }
            } else if e.kind == .person, let r = e.role {
                let rl = Coreference.norm(r.lowercased())
                if rl.split(separator: " ").contains(where: { $0.trimmingPeriod == head }) { return e.id }
            }
        }
        return nil
    }

    /// The latest named organisation that spoke or was a subject, in this or the previous paragraph.
    func latestSalientOrganization(before pos: Int, paragraph: Int) -> Int? {
        for s in salience.reversed() where s.pos < pos {
            if paragraph - s.paragraph > 1 { break }
            let e = entities[s.entity]
            if (s.isSpeaker || s.isSubject) && e.kind == .organization && !e.words.isEmpty { return s.entity }
        }
        return nil
    }

    /// The latest organisation whose name contains `head` ("the bank" for the Bank of X), among the last
    /// few salient mentions.
    func latestSpeakingOrganization(before pos: Int, named head: String) -> Int? {
        var scanned = 0
        for s in salience.reversed() where s.pos < pos {
            scanned += 1
            if scanned > 40 { break }
            let e = entities[s.entity]
            if e.kind == .organization && e.words.contains(head) { return s.entity }
        }
        return nil
    }

    /// The latest named person (one person, by name) who spoke or was a subject before `pos`, in this or the
    /// previous paragraph, of gender `g` or of none the text has shown (`g` 0: any). With `pastOthers`,
    /// organisations and groups named in between are passed over ("The New York businessman" is the candidate, not
    /// the party just quoted); without, the latest speaker or subject (described people aside) must be that person.
    func latestNamedPerson(before pos: Int, paragraph: Int, gender g: Int, pastOthers: Bool) -> Int? {
        for s in salience.reversed() where s.pos < pos {
            if paragraph - s.paragraph > 1 { break }
            let e = entities[s.entity]
            guard s.isSpeaker || s.isSubject else { continue }
            guard e.kind == .person, !e.plural, !e.words.isEmpty else {
                if pastOthers || e.kind == .anonymous { continue }
                return nil
            }
            return g == 0 || e.gender == 0 || e.gender == g ? s.entity : nil
        }
        return nil
    }

    /// The latest salient person (speaker or subject) before `pos`.
    func latestSalientPerson(before pos: Int, paragraph: Int) -> Salient? {
        for s in salience.reversed() where s.pos < pos {
            if paragraph - s.paragraph > 1 { break }
            if (s.isSpeaker || s.isSubject) && entities[s.entity].kind != .anonymous { return s }
        }
        return nil
    }
}

extension Substring {
    var trimmingPeriod: Substring { hasSuffix(".") ? dropLast() : self }
}
