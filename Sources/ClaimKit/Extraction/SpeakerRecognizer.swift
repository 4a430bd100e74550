/// A personal or organisational name found in a run of capitalised words, with the role before it.
struct NameRun: Sendable {
    /// Token range of the name itself ("Jane Roe").
    var name: Range<Int>
    /// Token range of the role before it ("Foreign Minister"), possibly empty.
    var role: Range<Int>
    var isOrg: Bool
}

/// Recognises names, roles and kinds of speakers in token ranges.
enum SpeakerRecognizer {
    /// "Senate Republicans", "House Democrats": a capitalised plural after the capitalised words a name run
    /// took for its role names a party's people, one group; the whole run, or nil.
    static func namedGroup(_ toks: TokenList, _ run: NameRun) -> Range<Int>? {
        guard run.name.count == 1, !run.isOrg, !run.role.isEmpty, toks[run.role.lowerBound].isCap, !isHonorificOnly(toks, run.role),
              SpeakerResolver.isCommonPlural(toks[run.name.lowerBound].lower) else { return nil }
        return run.role.lowerBound..<run.name.upperBound
    }

    /// "sportswear firm Harbro", "soup company Harbour Foods": a name right after a noun in lower case that says
    /// what kind of business it is names an organisation.
    static func describedAsCompany(_ toks: TokenList, _ run: NameRun) -> Bool {
        let k = (run.role.isEmpty ? run.name.lowerBound : run.role.lowerBound) - 1
        return k >= 0 && toks[k].kind == .word && !toks[k].isCap && companyNouns.contains(toks[k])
    }

    /// Nouns of kinds of business ("firm", "retailer"), not those a person may be ("developer", "carrier").
    static let companyNouns: WordSet = ["firm", "company", "giant", "group", "bank", "retailer", "airline", "manufacturer", "chain",
                                        "broadcaster", "insurer", "lender", "conglomerate", "carmaker", "automaker"]

    static func isNameToken(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        if t.isCap { return true }
        // al-Name, bin-Name
        guard t.has(WordFlag.hyphenated) else { return false }
        if let dash = t.lower.firstIndex(of: "-"), Lexicon.nameParticles.contains(String(t.lower[..<dash])) { return true }
        return false
    }

    /// `isNameToken(toks[i])`, read on the token's fields in place (no copy of the token): asked of every
    /// word by `nameRuns`.
    @inline(__always) static func isNameToken(_ toks: TokenList, _ i: Int) -> Bool {
        guard toks[i].kind == .word else { return false }
        if toks[i].isCap { return true }
        guard toks[i].has(WordFlag.hyphenated) else { return false }
        return isNameToken(toks[i])
    }

    static func isStop(_ low: String) -> Bool { WordFlag.of(low) & WordFlag.stop != 0 }
    @inline(__always) static func isStop(_ t: Token) -> Bool { t.has(WordFlag.stop) }

    /// Adverbs that may open a sentence before its subject's name ("Even HBO ...", "Only Senator Roe ...").
    static let focusAdverbs: WordSet = ["even", "only", "just"]

    static func isTitle(_ t: Token) -> Bool { t.has(WordFlag.title | WordFlag.titleStem) }

    /// Nationality and party adjectives: "British", "Italian", "Democratic".
    static func isAdjectival(_ t: Token) -> Bool {
        guard t.isCap, t.kind == .word else { return false }
        let l = t.lower
        return l.hasByteSuffix("ian") || l.hasByteSuffix("ean") || l.hasByteSuffix("ese") || l.hasByteSuffix("ish") || l.hasByteSuffix("ani")
            || l.hasByteSuffix("ic") || (l.hasByteSuffix("an") && l.count > 4) || l.hasByteSuffix("i") && l.count > 4 && !l.hasByteSuffix("ii")
    }

    /// "Hopefully Tyra remembers ...", "Unfortunately Vale ...": an adverb of manner or comment leading a sentence
    /// before a name, by its ending ("-fully", "-ally", "-ntly", "-ately", "-edly", "-ingly", "-ously").
    static func isSentenceAdverb(_ t: Token) -> Bool {
        let l = t.lower
        return l.utf8.count > 6 && (l.hasByteSuffix("fully") || l.hasByteSuffix("ally") || l.hasByteSuffix("ntly") || l.hasByteSuffix("ately")
            || l.hasByteSuffix("edly") || l.hasByteSuffix("ingly") || l.hasByteSuffix("ously"))
    }

    /// Verb forms no name opens with (unlike "Will", "May" or "Said").
    static let verbsNeverInNames: WordSet = ["got", "gets", "has", "have", "had", "was", "were", "is", "are", "did", "does",
                                             "went", "came", "made", "took", "gave", "goes", "comes", "makes", "takes"]

    /// All name runs in `toks[range]`, skipping quoted words.
    static func nameRuns(_ toks: TokenList, _ range: Range<Int>, includeQuoted: Bool = false) -> [NameRun] {
        var out: [NameRun] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            guard isNameToken(toks, i), includeQuoted || toks[i].quote < 0 else { i += 1; continue }
            // collect a run of capitalised words (with abbreviation periods, particles, inner "of")
            var j = i
            var last = i
            while j < end {
                if !includeQuoted && toks[j].quote >= 0 { break }
                if isNameToken(toks, j) {
                    last = j; j += 1
                    if toks[j - 1].isPossessive { break }
                    continue
                }
                let l = toks[j].code
                if l == "." && !toks[j].spaceBefore && j > i && (toks[j - 1].has(WordFlag.abbreviation) || (toks[j - 1].lower.count == 1 && toks[j - 1].isCap)) {
                    j += 1; continue
                }
                if l == "&" && j > i && j + 1 < end && isNameToken(toks, j + 1) { j += 1; continue }
                if l == "and" && j > i && organizationGoesOn(toks, from: i, and: j, end: end) { j += 1; continue }
                if (toks[j].has(WordFlag.nameParticle) || l == "of" || l == "for" || l == "the" && j > i && toks[j - 1].code == "of" || l == "a" && j > i && toks[j - 1].code == "for")
                    && j + 1 < end && (isNameToken(toks, j + 1) || toks[j + 1].code == "the" || toks[j + 1].code == "a") {
                    j += 1; continue
                }
                break
            }
            var a = i
            let b = last + 1
            // strip sentence-initial function words, focus adverbs ("Even HBO comedian John Oliver") and calendar words
            while a < b && (isStop(toks[a]) && !reportingWordInName(toks, a, end: b) || focusAdverbs.contains(toks[a]) || toks[a].has(WordFlag.month) && a + 1 < b && toks[a + 1].kind == .number
                            || a + 1 < b && isSentenceAdverb(toks[a])) { a += 1 }
            // "America’s Got Talent", "London Has Fallen": a title whose verb is capitalised names no one
            if a < b && !verbsNeverInNames.contains(toks[a]) {
                out.append(contentsOf: split(toks, a, b))
            }
            i = max(j, i + 1)
        }
        return out
    }

    /// A capitalised reporting word in mid-sentence that opens a name ("the group Project Harbour", "according to
    /// Report Watch"): part of the name, not a word to strip from its front. (At a sentence's start, "Noted
    /// economist Jo Roe" or "Asked about it, Roe", it may be either, and is stripped.)
    static func reportingWordInName(_ toks: TokenList, _ a: Int, end: Int) -> Bool {
        let t = toks[a]
        guard t.isCap, t.has(WordFlag.cue), a > 0, a + 1 < end, isNameToken(toks, a + 1),
              !t.has(WordFlag.determiner | WordFlag.preposition | WordFlag.subordinator | WordFlag.auxiliary | WordFlag.connective) else { return false }
        let before = toks[a - 1]
        return before.kind == .word || before.code == ","
    }

    /// Organisation-name rule: "the Department of Health and Human Services", "the Organ Procurement and
    /// Transplantation Network": "and" inside one body's name, when the words before it are no whole name (no
    /// organisation word ends them, no first name or title opens them) and the capitalised words after it end with
    /// an organisation word. ("the Justice Department and Homeland Security Department" stays two bodies.)
    static func organizationGoesOn(_ toks: TokenList, from i: Int, and j: Int, end: Int) -> Bool {
        guard j + 1 < end, isNameToken(toks, j + 1), !toks[j - 1].has(WordFlag.orgWord), !isTitle(toks[i]),
              Coreference.firstNameGender(toks[i].lower) == 0, toks[i].kind == .word else { return false }
        var k = j + 1
        while k < end && isNameToken(toks, k) && !toks[k].isPossessive { k += 1 }
        guard k - (j + 1) <= 3 else { return false }
        if toks[k - 1].has(WordFlag.orgWord) { return true }
        // "Center for Disease Control and Prevention", "Ministry of Housing and Urban Development": the second of what
        // a body is for or of (not a person joined to it: "Department of Health and Ann Lee")
        return Coreference.firstNameGender(toks[j + 1].lower) == 0
            && (i..<j).contains { m in (toks[m].code == "for" || toks[m].code == "of") && m > i && toks[m - 1].has(WordFlag.orgWord) }
    }

    /// Splits a capitalised run into role + name, extending the role leftwards over role words.
    /// The words that open a storm's name ("Hurricane Sandy", "Tropical Storm Ana").
    static let stormWords: WordSet = ["hurricane", "typhoon", "cyclone", "superstorm", "storm", "tropical"]

    static func split(_ toks: TokenList, _ a: Int, _ b: Int) -> [NameRun] {
        var b = b
        // trailing tokens that are only particles or "of"
        while b > a && !isNameToken(toks, b - 1) { b -= 1 }
        guard a < b else { return [] }
        let hasOf = (a..<b).contains { toks[$0].code == "of" || toks[$0].code == "for" }
        // "NATO", and "U.S.", "U.K." written with periods: a country or a body, never a person
        let allCapsAcronym = b - a == 1 && isAllCaps(toks[a]) && (!isTitle(toks[a]) || toks[a].lower.utf8.contains(0x2E))
            || b - a >= 3 && (a..<b).allSatisfy { toks[$0].code == "." || toks[$0].letters == 1 && toks[$0].caps == 1 && toks[$0].lower.utf8.count == 1 }
        // "Mr. Roe of the Policy Center": a titled person and the organisation they belong to
        if hasOf, isTitle(toks[a]), let cut = (a..<b).first(where: { toks[$0].code == "of" || toks[$0].code == "for" }),
           (a..<cut).contains(where: { toks[$0].isCap && !isTitle(toks[$0]) && toks[$0].kind == .word }) {
            var o = cut + 1
            while o < b && (toks[o].code == "the" || toks[o].code == "a") { o += 1 }
            var n = a
            while n < cut && (isTitle(toks[n]) || toks[n].code == ".") { n += 1 }
            var out = [NameRun(name: n..<cut, role: a..<n, isOrg: false)]
            if o < b { out.append(NameRun(name: o..<b, role: o..<o, isOrg: true)) }
            return out
        }
        // "Amy Adamczyk of the John Jay College": a person and the body they belong to, not one body
        if hasOf, let cut = (a..<b).first(where: { toks[$0].code == "of" || toks[$0].code == "for" }), cut - a >= 2,
           (a..<cut).allSatisfy({ isNameToken(toks, $0) && !toks[$0].stemIsOrgWord && !isTitle(toks[$0]) && !isAllCaps(toks[$0]) && !isAdjectival(toks[$0]) }),
           (cut..<b).contains(where: { toks[$0].stemIsOrgWord }) {
            var o = cut + 1
            while o < b && (toks[o].code == "the" || toks[o].code == "a") { o += 1 }
            return [NameRun(name: a..<cut, role: a..<a, isOrg: false)] + (o < b ? [NameRun(name: o..<b, role: o..<o, isOrg: true)] : [])
        }
        // "Atlantic City Mayor Don Guardian": a title, then a first name, is a person, whatever word the name ends with
        let titledPerson = !hasOf && b - a >= 3 && (a..<(b - 2)).contains { t in isTitle(toks[t]) && toks[t].isCap && Coreference.firstNameGender(toks[t + 1].lower) != 0 }
        // "Hurricane Sandy", "Typhoon Haiyan": a storm's name is no person's
        if !titledPerson && (toks[b - 1].stemIsOrgWord || hasOf && (a..<b).contains(where: { toks[$0].stemIsOrgWord }) || allCapsAcronym
                             || b - a >= 2 && stormWords.contains(toks[a])) {
            return [NameRun(name: a..<b, role: a..<a, isOrg: true)]
        }
        // name tail: from the right, tokens that are not titles
        var n = b
        while n > a {
            let t = toks[n - 1]
            if t.code == "." { n -= 1; continue }
            if isTitle(t) { break }
            if n < b && t.stemIsOrgWord { break }
            n -= 1
        }
        // a particle in lower case opens no name ("de Blasio" keeps its particle inside); "La Jolla", "Van Morrison" keep theirs
        while n < b && (toks[n].code == "." || toks[n].has(WordFlag.nameParticle) && (!toks[n].isCap || n + 1 == b)) { n += 1 }
        guard n < b else { return [] }
        // "the Eastern District of Virginia", "the Secretary of State": an office or a body named by what it
        // covers, not a person called "of Virginia"
        if n > a, (toks[n].code == "of" || toks[n].code == "for") { return [NameRun(name: a..<b, role: a..<a, isOrg: true)] }
        // "Jane Roe of Example Research": the person, not the affiliation
        if let cut = (n..<b).first(where: { toks[$0].code == "of" || toks[$0].code == "for" }), cut > n {
            b = cut
        }
        // role: the run before the name, extended left over role words ("Fund chief economist")
        var k = a
        while k > 0 {
            let t = toks[k - 1]
            if t.quote >= 0 || t.kind != .word && !(t.code == "." && !t.spaceBefore) { break }
            if t.code == "." { if k >= 2 && toks[k - 2].has(WordFlag.abbreviation) { k -= 1; continue } else { break } }
            if !t.isCap && !t.isPossessive && (isTitle(t) || t.code == "former" || t.code == "then") { k -= 1; continue }
            if t.isCap && !isStop(t) && !t.isPossessive && k < n && !toks[k].isCap { k -= 1; continue }
            break
        }
        // "the queen stage of the Valdremo Tour", "the Harwick Cup": a name right after the article, with no title
        // or role, is no person's
        let afterArticle = k == n && n == a && a > 0 && toks[a - 1].code == "the"
        return [NameRun(name: n..<b, role: k..<n, isOrg: afterArticle)]
    }

    /// Whether the role before a name is only an honorific ("Mr.", "Mrs."): a courtesy, not an office, so no role.
    static func isHonorificOnly(_ toks: TokenList, _ role: Range<Int>) -> Bool {
        !role.isEmpty && role.allSatisfy { toks[$0].code == "." || honorifics.contains(toks[$0]) }
    }

    static let honorifics: WordSet = ["mr", "mrs", "ms", "miss", "mx", "mr.", "mrs.", "ms.", "mx."]

    static func isAllCaps(_ t: Token) -> Bool { t.letters >= 2 && t.caps == t.letters }
}
