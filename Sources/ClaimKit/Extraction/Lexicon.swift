/// Word lists of general English used by the extractor: reporting verbs, titles and roles,
/// pronouns, organisation words, calendar words. Nothing here is specific to any article.
enum Lexicon {
    // MARK: reporting verbs

    /// How a reporting verb can introduce what was said.
    enum CueClass: Sendable {
        /// say, tell, warn, announce...: a clause with or without "that", a quote, or a trailing attribution.
        case speech
        /// write, reply, ask...: a quote or a "that"-clause, or a trailing attribution; never a bare object.
        case quoteOrThat
        /// believe, expect, find...: only with an explicit "that"-clause.
        case thatOnly
    }

    enum VerbForm: Sendable { case base, third, past, ing }

    struct Cue: Sendable {
        var lemma: String
        var form: VerbForm
        var cls: CueClass
        /// Takes a hearer as object ("told Y that").
        var takesRecipient: Bool
        /// Can take a noun phrase as its content ("announced new cuts").
        var takesObject: Bool
    }

    static let speechVerbs: [String] = [
        "say", "tell", "add", "note", "warn", "announce", "claim", "deny", "insist", "argue", "explain",
        "acknowledge", "admit", "confirm", "suggest", "stress", "assure", "predict", "report", "state",
        "declare", "maintain", "contend", "assert", "allege", "observe", "recall", "remark", "concede",
        "emphasize", "emphasise", "caution", "complain", "charge", "reveal", "disclose", "estimate",
        "promise", "pledge", "vow", "proclaim", "testify", "agree", "conclude", "mention",
        "indicate", "hint", "reiterate", "recount", "boast", "lament", "inform", "forecast", "affirm",
        "aver", "posit", "advise", "notify", "remind", "signal", "acknowledge", "grumble", "brag",
        "muse", "speculate", "theorize", "surmise", "underline", "underscore", "highlight", "point",
        "guarantee", "project", "stipulate", "specify", "imply", "concur", "counsel", "urge",
        "bemoan", "repeat", "echo", "clarify",
    ]
    static let quoteVerbs: [String] = [
        "write", "reply", "respond", "answer", "ask", "demand", "continue", "joke", "quip", "exclaim",
        "shout", "counter", "retort", "wonder", "tweet", "post", "scream", "yell", "whisper", "cry",
        "object", "protest", "interject", "snap", "sigh", "laugh", "plead", "beg", "recite", "threaten",
        "summarize", "summarise", "elaborate", "begin", "conclude", "describe", "recount", "declare",
        "regret", "submit", "concur", "plead", "chant",
        // a post's words ("“...,” Parrish captioned the photo"), what a guest told a show ("“...,” Kelce shared")
        "caption", "share",
        // manners of speaking, only next to a quotation ("“...,” Oliver barked")
        "bark", "scoff", "fume", "gush", "growl", "groan", "chuckle", "mutter", "sneer",
    ]
    static let beliefVerbs: [String] = [
        "believe", "think", "expect", "fear", "hope", "feel", "find", "show", "know", "learn",
        "understand", "worry", "recognize", "recognise", "realize", "realise", "rule", "decide",
        "determine", "doubt", "suspect", "assume", "reckon", "demonstrate", "prove", "establish",
        "allege", "estimate", "calculate", "judge", "discover", "suggest", "acknowledge",
        // "accepted that his mother had ...": conceded under questioning
        "accept",
    ]
    static let recipientVerbs: WordSet = ["tell", "inform", "assure", "warn", "remind", "advise", "notify", "promise", "brief", "urge", "counsel", "ask"]
    static let objectVerbs: WordSet = [
        "announce", "deny", "predict", "confirm", "reveal", "promise", "pledge", "vow",
        "stress", "disclose", "estimate", "forecast", "proclaim", "report", "emphasize", "emphasise",
        "acknowledge", "admit",
        // reporting verbs whose object is what was said ("noted the attacks of ...", "recalled her days as ...")
        "note", "recall", "mention", "bemoan", "lament", "repeat", "reiterate", "tweet", "echo", "explain", "recount",
    ]

    /// Verbs that report speech only next to a quotation ("...," he continued).
    static let quoteOnly: WordSet = ["continue", "begin", "laugh", "sigh", "snap", "cry", "shout", "scream", "yell",
                                         "whisper", "exclaim", "interject", "recite", "quip", "joke", "plead", "beg", "chant",
                                         "bark", "scoff", "fume", "gush", "growl", "groan", "chuckle", "mutter", "sneer",
                                         "caption", "share"]

    static let irregular: [String: [(String, VerbForm)]] = [
        "say": [("says", .third), ("said", .past), ("saying", .ing)],
        "tell": [("tells", .third), ("told", .past), ("telling", .ing)],
        "write": [("writes", .third), ("wrote", .past), ("written", .past), ("writing", .ing)],
        "think": [("thinks", .third), ("thought", .past), ("thinking", .ing)],
        "find": [("finds", .third), ("found", .past), ("finding", .ing)],
        "show": [("shows", .third), ("showed", .past), ("shown", .past), ("showing", .ing)],
        "know": [("knows", .third), ("knew", .past), ("known", .past), ("knowing", .ing)],
        "feel": [("feels", .third), ("felt", .past), ("feeling", .ing)],
        "understand": [("understands", .third), ("understood", .past), ("understanding", .ing)],
        "learn": [("learns", .third), ("learned", .past), ("learnt", .past), ("learning", .ing)],
        "begin": [("begins", .third), ("began", .past), ("begun", .past), ("beginning", .ing)],
        "swear": [("swears", .third), ("swore", .past), ("sworn", .past), ("swearing", .ing)],
        "forecast": [("forecasts", .third), ("forecast", .past), ("forecasted", .past), ("forecasting", .ing)],
        "cry": [("cries", .third), ("cried", .past), ("crying", .ing)],
        "reply": [("replies", .third), ("replied", .past), ("replying", .ing)],
        "deny": [("denies", .third), ("denied", .past), ("denying", .ing)],
        "testify": [("testifies", .third), ("testified", .past), ("testifying", .ing)],
        "imply": [("implies", .third), ("implied", .past), ("implying", .ing)],
        "specify": [("specifies", .third), ("specified", .past), ("specifying", .ing)],
        "snap": [("snaps", .third), ("snapped", .past), ("snapping", .ing)],
        "quip": [("quips", .third), ("quipped", .past), ("quipping", .ing)],
        "beg": [("begs", .third), ("begged", .past), ("begging", .ing)],
        "prove": [("proves", .third), ("proved", .past), ("proven", .past), ("proving", .ing)],
        "rule": [("rules", .third), ("ruled", .past), ("ruling", .ing)],
        "post": [("posts", .third), ("posted", .past), ("posting", .ing)],
        "point": [("points", .third), ("pointed", .past), ("pointing", .ing)],
        "admit": [("admits", .third), ("admitted", .past), ("admitting", .ing)],
        "concur": [("concurs", .third), ("concurred", .past), ("concurring", .ing)],
        "regret": [("regrets", .third), ("regretted", .past), ("regretting", .ing)],
        "submit": [("submits", .third), ("submitted", .past), ("submitting", .ing)],
        "commit": [("commits", .third), ("committed", .past), ("committing", .ing)],
        "plead": [("pleads", .third), ("pleaded", .past), ("pled", .past), ("pleading", .ing)],
        "hear": [("hears", .third), ("heard", .past), ("hearing", .ing)],
        "read": [("reads", .third), ("read", .past), ("reading", .ing)],
        "lie": [("lies", .third), ("lied", .past), ("lying", .ing)],
        "tweet": [("tweets", .third), ("tweeted", .past), ("tweeting", .ing)],
    ]

    static func regularForms(_ v: String) -> [(String, VerbForm)] {
        var out: [(String, VerbForm)] = [(v, .base)]
        let last = v.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let chars = Array(v)
        // "clarify": "clarifies", "clarified" ("convey" keeps its y after a vowel)
        if last == "y", chars.count >= 3, !vowels.contains(chars[chars.count - 2]) {
            let stem = String(v.dropLast())
            return out + [(stem + "ies", .third), (stem + "ied", .past), (v + "ing", .ing)]
        }
        let third: String
        if v.hasByteSuffix("s") || v.hasByteSuffix("sh") || v.hasByteSuffix("ch") || v.hasByteSuffix("x") || v.hasByteSuffix("z") || v.hasByteSuffix("o") {
            third = v + "es"
        } else { third = v + "s" }
        out.append((third, .third))
        // "signal": British "signalled", "signalling" beside "signaled" (one vowel before the l, a consonant before it)
        if last == "l", chars.count >= 4, vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]) {
            out.append((v + "led", .past)); out.append((v + "ling", .ing))
        }
        if last == "e" {
            out.append((v + "d", .past)); out.append((String(v.dropLast()) + "ing", .ing))
        } else {
            out.append((v + "ed", .past)); out.append((v + "ing", .ing))
        }
        return out
    }

    /// Verbs that characterise something in the speaker's words: `called the plan “a disaster”`,
    /// `dismissed the figure as “...”`, `accused her rival of “...”`. Only with a quotation (or, for
    /// "accuse", an of-phrase) after their object.
    static let evaluative = WordMap<(lemma: String, form: VerbForm)>({
        var t: [String: (lemma: String, form: VerbForm)] = [:]
        for v in ["call", "dismiss", "accuse", "praise", "label", "brand", "dub", "denounce", "hail", "criticize",
                  "criticise", "condemn", "characterize", "characterise", "describe", "deride", "decry", "slam", "blast", "blame"] {
            var forms = regularForms(v)
            if v == "slam" { forms = [("slam", .base), ("slams", .third), ("slammed", .past), ("slamming", .ing)] }
            for (f, form) in forms where t[f] == nil { t[f] = (v, form) }
        }
        return t
    }())

    /// Every inflected form of every reporting verb.
    static let cues = WordMap<Cue>({
        var table: [String: Cue] = [:]
        func add(_ verbs: [String], _ cls: CueClass) {
            for v in verbs {
                var forms = irregular[v] ?? regularForms(v)
                if irregular[v] != nil { forms.insert((v, .base), at: 0) }
                for (f, form) in forms where table[f] == nil {
                    table[f] = Cue(lemma: v, form: form, cls: cls, takesRecipient: recipientVerbs.contains(v),
                                   takesObject: objectVerbs.contains(v))
                }
            }
        }
        add(speechVerbs, .speech)
        add(quoteVerbs, .quoteOrThat)
        add(beliefVerbs, .thatOnly)
        // "point" is only a cue as "point out"; handled by the caller.
        return table
    }())

    // MARK: pronouns

    static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
    /// The contracted auxiliaries a subject pronoun takes in writing ("he’d", "they’re", "I’m").
    static func contractionTails(_ pronoun: String) -> [String] {
        switch pronoun {
        case "he", "she": return ["’d", "'d", "’s", "'s", "’ll", "'ll"]
        case "i": return ["’d", "'d", "’ll", "'ll", "’ve", "'ve", "’m", "'m"]
        default: return ["’d", "'d", "’ll", "'ll", "’re", "'re", "’ve", "'ve"]
        }
    }
    static let objectPronouns: WordSet = ["him", "her", "them", "us", "me", "you", "it"]
    static let possessivePronouns: WordSet = ["his", "her", "their", "its", "our", "my"]

    // MARK: function words

    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "all", "both", "some",
                                           "several", "many", "few", "each", "every", "any", "no", "another", "other",
                                           "most", "more", "one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands"]
    static let numberWords: WordMap<Int> = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2,
                                             "dozen": 12, "twenty": 20, "thirty": 30, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]
    static let prepositions: WordSet = ["in", "on", "at", "for", "with", "by", "from", "to", "about", "over", "under",
                                            "during", "after", "before", "since", "into", "through", "against", "among",
                                            "between", "without", "within", "like", "than", "as", "via", "per", "across",
                                            "amid", "despite", "toward", "towards", "upon", "onto", "following", "throughout",
                                            "outside", "inside", "near", "behind", "beyond", "until", "ahead", "around"]
    static let subordinators: WordSet = ["that", "which", "who", "whom", "whose", "when", "where", "while", "because",
                                             "if", "but", "or", "so", "although", "though", "unless", "whether", "and",
                                             "yet", "nor", "whereas", "once", "why", "how", "what", "then", "however",
                                             "meanwhile", "moreover", "furthermore", "still", "also", "instead", "indeed",
                                             "thus", "hence", "therefore", "otherwise", "overall"]
    static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "is", "was", "were", "are", "be", "been",
                                           "being", "did", "does", "do", "can", "could", "may", "might", "must", "should",
                                           "shall", "to", "not", "never", "'s", "'ve", "'d", "'ll", "’s", "’ve", "’d", "’ll",
                                           "isn’t", "wasn’t", "hasn’t", "didn’t", "doesn’t", "won’t", "wouldn’t", "hadn’t",
                                           "isn't", "wasn't", "hasn't", "didn't", "doesn't", "won't", "wouldn't", "hadn't"]
    /// Words in "-ing" that are prepositions, not participles ("..., during his presidency").
    static let ingPrepositions: WordSet = ["during", "including", "according", "regarding", "concerning", "following",
                                           "notwithstanding", "pending", "considering", "excluding", "barring"]
    /// A participle that opens the writer's narration after a comma ("referring to ...", "citing ..."): a
    /// lower-case word in "-ing" of more than five letters, neither a reporting verb ("adding") nor a
    /// preposition ("during", "including").
    static func isNarratingParticiple(_ t: Token) -> Bool {
        t.kind == .word && !t.isCap && t.lower.hasByteSuffix("ing") && t.lower.utf8.count > 5 && cues[t.lower] == nil
            && !t.has(WordFlag.preposition) && !ingPrepositions.contains(t.lower)
    }
    /// Pronouns for someone unnamed ("someone told her", "everyone said"): a whole subject, and no antecedent of "he".
    static let indefinitePronouns: WordSet = ["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"]
    static let beVerbs: WordSet = ["is", "was", "were", "are", "be", "been", "being", "am", "get", "got", "gets", "getting"]
    /// Verbs common in past tense without "-ed", used to recognise a clause.
    static let irregularPast: WordSet = ["took", "went", "made", "got", "gave", "came", "saw", "knew", "thought", "told",
                                             "said", "found", "left", "began", "became", "kept", "held", "brought", "met",
                                             "ran", "won", "lost", "paid", "sent", "spent", "stood", "fell", "felt", "grew",
                                             "rose", "hit", "cut", "put", "set", "led", "built", "bought", "caught", "chose",
                                             "drew", "drove", "fought", "forgot", "hid", "meant", "sold", "shot", "shut",
                                             "sat", "spoke", "struck", "taught", "threw", "understood", "wore", "wrote",
                                             "broke", "did", "had", "was", "were", "is", "are", "has", "have", "will",
                                             "would", "could", "can", "may", "might", "must", "should", "shall", "does",
                                             "do", "need", "needs", "wants", "want", "remains", "remain", "seems", "seem",
                                             "isn’t", "wasn’t", "hasn’t", "didn’t", "doesn’t", "won’t", "wouldn’t", "can’t",
                                             "isn't", "wasn't", "hasn't", "didn't", "doesn't", "won't", "wouldn't", "can't",
                                             "aren’t", "aren't", "weren’t", "weren't", "couldn’t", "couldn't", "shouldn’t",
                                             "shouldn't", "’s", "’re", "'s", "'re", "’ll", "'ll", "’d", "'d", "don’t", "don't",
                                             // short pasts that the "-ed" test (five letters or more) misses, and more
                                             // irregular ones
                                             "died", "lied", "tied", "vied", "fled", "owed", "sped", "bled", "sought", "dealt",
                                             "wept", "slept", "swam", "sang", "sank", "flew", "drank", "ate", "stole", "froze",
                                             "tore", "woke", "hung", "dug", "lent", "swung", "stuck", "rode", "shook", "withdrew",
                                             "arose", "slid", "sprang", "knelt", "crept", "forgave", "foresaw", "oversaw"]

    // MARK: titles, roles, organisations

    /// Title and role words that precede a name ("Foreign Minister", "Sen.", "chief economist").
    static let titleWords: WordSet = [
        "president", "vice", "prime", "minister", "foreign", "secretary", "senator", "sen", "sen.", "sens", "sens.", "rep",
        "rep.", "reps", "reps.", "representative", "gov", "gov.", "governor", "mayor", "judge", "justice", "chief", "director",
        "chairman", "chairwoman", "chair", "chairperson", "speaker", "leader", "supreme", "ayatollah", "king", "queen",
        "prince", "princess", "pope", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "gen", "gen.", "general",
        "col", "col.", "colonel", "adm", "adm.", "admiral", "commissioner", "ambassador", "spokesman", "spokeswoman",
        "spokesperson", "ceo", "cfo", "coo", "cto", "chancellor", "premier", "attorney", "deputy", "assistant", "interim",
        "acting", "former", "executive", "officer", "economist", "professor", "prof", "prof.", "lt", "lt.", "lieutenant",
        "sgt", "sgt.", "sergeant", "capt", "capt.", "captain", "rabbi", "rev", "rev.", "reverend", "father", "sheikh",
        "emir", "sultan", "crown", "parliamentary", "majority", "minority", "whip", "head", "nominee", "candidate",
        "moderator", "adviser", "advisor", "aide", "analyst", "commander", "official", "envoy", "negotiator", "founder",
        "lawyer", "judiciary", "retired", "presidential", "senior", "top", "communication", "communications", "press",
        "defense", "defence", "interior", "finance", "treasury", "state", "national", "security", "health", "economic",
        "managing", "chairman's", "congressman", "congresswoman", "councilman", "councilwoman", "councillor", "lawmaker",
        "legislator", "delegate", "hopeful", "challenger", "incumbent", "surrogate", "member", "editor", "reporter",
        "correspondent", "columnist", "writer", "author", "researcher", "scientist", "strategist", "pollster",
        "consultant", "activist", "organizer", "manager", "owner", "resident", "prosecutor", "investigator",
        "detective", "sheriff", "superintendent", "dean", "bishop", "cardinal", "pastor", "priest", "imam", "cleric",
        "mullah", "first", "lady", "gentleman", "mp", "m.p.", "mep", "msp", "democrat", "republican", "democratic",
        "conservative", "labour", "liberal", "campaign", "party", "policy", "intelligence", "police", "military", "army",
        "navy", "air", "force", "marine", "trade", "energy", "education", "transport", "transportation", "agriculture",
        "commerce", "labor", "justice", "housing", "environment", "immigration", "homeland", "district", "u.s.", "us",
        "federal", "regional", "provincial", "city", "county", "council", "board", "committee", "company", "group",
        "union", "bank", "central", "vice-president", "co-founder", "cofounder", "then", "longtime", "veteran",
        "physician", "doctor", "nurse", "surgeon", "expert", "specialist", "historian", "coach", "president-elect",
        "governor-elect", "mayor-elect", "sen.-elect", "staff", "cabinet", "spy", "defense", "treasurer", "auditor",
        "inspector", "solicitor", "advocate", "barrister", "counsel", "dept", "ministry", "magistrate", "emeritus",
        "associate", "fellow", "attorney-general", "attorney general", "interior", "leading", "principal",
    ]
    /// Words that make a capitalised phrase an organisation.
    static let orgWords: WordSet = [
        "fund", "bank", "committee", "ministry", "party", "times", "journal", "post", "news", "department", "agency",
        "council", "government", "administration", "campaign", "inc", "inc.", "corp", "corp.", "company", "co.",
        "university", "institute", "commission", "bureau", "service", "services", "office", "police", "court", "congress", "senate",
        "house", "parliament", "union", "association", "foundation", "group", "network", "organization", "organisation",
        "board", "authority", "federation", "alliance", "coalition", "center", "centre", "corporation", "ltd", "ltd.",
        "llc", "plc", "reuters", "press", "cabinet", "assembly", "army", "navy", "forces", "command", "tribunal",
        "prosecutors", "club", "league", "society", "trust", "chamber", "review", "gazette", "chronicle", "bulletin", "quarterly", "bureau", "exchange", "reserve", "treasury", "pentagon",
        "kremlin", "guard", "corps", "guardian", "telegraph", "herald", "tribune", "daily", "magazine", "broadcasting",
        "television", "radio", "studio", "studios", "airlines", "motors", "systems", "technologies", "holdings",
        "partners", "capital", "securities", "markets", "industries", "media", "watch", "institution", "school",
        "college", "hospital", "clinic", "church", "mission", "embassy", "consulate", "delegation", "secretariat",
        "ministries", "nations", "states", "republic", "kingdom", "federal", "budget", "report", "fund", "forum",
        // company forms of other countries' law ("Nordhavn Shipping ASA", "Kessler GmbH")
        "asa", "ab", "oyj", "ag", "gmbh", "sa", "nv", "bv", "spa",
        // gatherings that speak through their organisers ("the Democratic National Convention", "the Synod")
        "convention", "conference",
    ]
    /// Common nouns heading an organisation or document as a speaker ("the government", "the report").
    static let orgHeads: WordSet = [
        "government", "ministry", "administration", "fund", "bank", "company", "firm", "committee", "campaign", "agency",
        "department", "court", "police", "army", "military", "council", "parliament", "congress", "senate", "house",
        "party", "team", "office", "report", "statement", "study", "survey", "poll", "book", "memoir", "newspaper",
        "journal", "paper", "data", "analysis", "document", "documents", "letter", "filing", "complaint", "lawsuit",
        "indictment", "memo", "ruling", "order", "release", "website", "group", "union", "organization", "organisation",
        "board", "commission", "authority", "regulator", "network", "station", "channel", "agency", "embassy",
        "white house", "kremlin", "pentagon", "cabinet", "regime", "junta", "coalition", "alliance", "bureau",
        "institute", "university", "school", "hospital", "airline", "bylaws", "rules", "law", "constitution", "account",
        "tweet", "post", "blog", "article", "editorial", "federation", "ministries", "leadership", "county", "city",
        "state", "country", "nation", "prosecution", "defence", "defense", "investigators", "prosecutors",
        "proclamation", "decree", "declaration", "communique", "communiqué", "directive", "memorandum", "affidavit",
        "petition", "manifesto", "guidelines", "findings", "audit", "assessment", "opposition",
    ]
    /// Nouns for people who speak without a name ("a senior official", "sources").
    static let anonymousHeads: WordSet = [
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "aide", "aides", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "person", "people",
        "insider", "insiders", "observer", "observers", "witness", "witnesses", "resident", "residents", "critic",
        "critics", "supporter", "supporters", "lawmaker", "lawmakers", "adviser", "advisers", "advisor", "advisors",
        "investigator", "investigators", "economist", "economists", "officer", "officers", "representative",
        "representatives", "member", "members", "leader", "leaders", "executive", "executives", "staff", "staffer",
        "staffers", "employee", "employees", "worker", "workers", "activist", "activists", "scientist", "scientists",
        "researcher", "researchers", "doctor", "doctors", "student", "students", "voter", "voters", "citizen",
        "citizens", "man", "woman", "men", "women", "protester", "protesters", "negotiator", "negotiators", "veteran",
        "veterans", "senator", "senators", "general", "generals", "strategist", "strategists", "commander", "commanders",
        "minister", "ministers", "authorities", "regulators", "prosecutor", "prosecutors", "police", "physician",
        "nurse", "teacher", "teachers", "parent", "parents", "owner", "owners", "farmer", "farmers", "manager", "managers",
        "chief", "chiefs", "head", "heads", "partner", "partners", "ally", "allies", "opponent", "opponents", "candidate",
        "candidates", "nominee", "businessman", "businesswoman", "reporter", "reporters", "correspondent", "journalist",
        "journalists", "pollster", "pollsters", "democrats", "republicans", "conservatives", "liberals", "others",
        "advocate", "advocates", "campaigner", "campaigners", "demonstrator", "demonstrators", "organizer", "organizers",
        "organiser", "organisers", "volunteer", "volunteers", "lawyer", "lawyers", "attorney", "attorneys", "historian",
        "historians", "scholar", "scholars", "professor", "professors", "engineer", "engineers", "neighbor", "neighbors",
        "neighbour", "neighbours", "relative", "relatives", "survivor", "survivors", "patient", "patients",
    ]
    static let groupQuantifiers: WordSet = ["all", "both", "each", "several", "many", "some", "most", "two", "three",
                                                "four", "five", "six", "seven", "eight", "nine", "ten", "few", "dozens"]

    static let maleWords: WordSet = ["mr", "mr.", "king", "prince", "father", "chairman", "spokesman", "congressman",
                                         "councilman", "businessman", "sir", "lord", "brother", "son", "husband", "man",
                                         "sheikh", "emir", "sultan", "ayatollah", "pope", "rabbi", "imam", "cardinal", "bishop", "uncle"]
    static let femaleWords: WordSet = ["mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "mother", "chairwoman",
                                           "spokeswoman", "congresswoman", "councilwoman", "businesswoman", "lady", "dame",
                                           "sister", "daughter", "wife", "woman", "madam", "aunt"]
    /// Frequent English given names (a general lexicon; used only to guess a pronoun's gender). Names outside
    /// it get their gender from the text: a title (Mr., Ms.) or the "he"/"she" that follows the first mention.
    static let maleNames: WordSet = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
        "daniel", "matthew", "anthony", "mark", "donald", "steven", "steve", "paul", "andrew", "joshua", "kenneth", "kevin",
        "brian", "george", "timothy", "ronald", "edward", "ed", "jason", "jeffrey", "jeff", "ryan", "jacob", "gary",
        "nicholas", "eric", "jonathan", "jon", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "ben", "samuel",
        "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "adam",
        "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian",
        "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe",
        "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "wayne", "roy", "ralph", "randy",
        "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny", "bill", "mike", "tom", "jim", "bob",
        "dick", "ted", "rick", "tim", "dan", "matt", "chris", "don", "ron", "malcolm", "nigel", "hugh", "ian", "neil",
        "ahmed", "alejandro", "ali", "andy", "angelo", "antonio", "barack", "bernard", "bernie", "bibi", "boris",
        "carlos", "chuck", "craig", "dave", "diego", "dmitry", "doug", "eddie", "ehud", "emmanuel", "francisco",
        "francois", "fred", "freddie", "gerry", "giuseppe", "greg", "gregg", "hank", "hans", "harry", "harvey",
        "hassan", "herbert", "howard", "hussein", "jake", "javier", "jeb", "jimmy", "jorge", "jose", "juan", "jurgen",
        "karl", "khalid", "klaus", "kurt", "leo", "leon", "lloyd", "luis", "luke", "marco", "marcus", "mario",
        "martin", "marty", "matteo", "max", "miguel", "mitch", "mitt", "mohamed", "mohammed", "morris", "muhammad",
        "mustafa", "narendra", "newt", "nick", "olaf", "omar", "oscar", "otto", "pablo", "pedro", "phil", "rafael",
        "rahul", "raj", "rand", "recep", "reid", "reince", "rudolph", "rudy", "sergei", "sergio", "shimon", "silvio",
        "tony", "vijay", "vladimir", "wolfgang", "yitzhak",
    ]
    static let femaleNames: WordSet = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
        "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
        "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
        "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
        "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice",
        "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
        "alexis", "kayla", "connie", "elaine", "debbie", "chelsea", "claire", "sophie", "anne", "liz", "susanne",
        "aisha", "amina", "ana", "anita", "astrid", "ava", "becky", "beth", "carmen", "chloe", "clara", "condi",
        "condoleezza", "dianne", "eleanor", "elena", "elise", "ella", "ellen", "erin", "esther", "eva", "fatima",
        "greta", "gretchen", "haley", "hilary", "hillary", "holly", "huma", "indira", "ines", "ingrid", "irene",
        "irina", "isabel", "ivanka", "jacinda", "jane", "jean", "jen", "jenny", "jill", "jo-ann", "joanne", "kamala",
        "kate", "katie", "kellyanne", "kirsten", "kirsty", "kristen", "kristi", "kristin", "layla", "leah", "leila",
        "lily", "lois", "louise", "lucia", "lucy", "maggie", "marianne", "marion", "marsha", "meena", "meg",
        "mia", "miriam", "molly", "monica", "nadia", "naomi", "natasha", "nicola", "nikki", "nina", "nora", "olga",
        "peggy", "priti", "priya", "rita", "rosa", "sally", "segolene", "simone", "sofia", "sonia", "stacy", "sunita",
        "susana", "svetlana", "tammy", "tatiana", "tina", "tracy", "tulsi", "ursula", "vera", "veronica", "wendy",
        "yasmin", "yvonne", "zoe",
    ]

    // MARK: calendar and sentence mechanics

    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
                                      "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]
    /// Abbreviations after which a period does not end a sentence.
    static let abbreviations: WordSet = ["mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt",
                                             "col", "capt", "sgt", "st", "jr", "sr", "prof", "rev", "hon", "pres", "adm",
                                             "cmdr", "gens", "no", "vs", "inc", "corp", "co", "ltd", "bros", "jan", "feb", "mar",
                                             "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
                                             "ave", "blvd", "messrs", "dept", "univ", "govt", "atty", "supt", "det",
                                             "insp", "cpl", "pvt", "maj", "brig", "cmdr", "fig", "approx", "est", "vol",
                                             "ca", "cf", "al", "op", "ed", "eds", "nos", "pp", "mme", "mlle", "mssrs"]
    /// Words that begin a new sentence after an abbreviation such as "U.S.".
    static let sentenceStarters: WordSet = ["the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "a",
                                                "an", "this", "that", "there", "his", "her", "their", "its", "some",
                                                "many", "for", "if", "when", "as", "after", "so", "yet", "meanwhile",
                                                "however", "still", "officials", "our", "my", "what", "why", "how"]
    static let leadingConnectives: WordSet = ["and", "but", "so", "yet", "however", "still", "meanwhile", "also",
                                                  "moreover", "furthermore", "instead", "indeed", "overall", "now",
                                                  "then", "thus", "besides", "nonetheless", "nevertheless", "plus", "or"]
    /// Name particles written in lower case inside a name ("Bill de Blasio").
    static let nameParticles: WordSet = ["de", "da", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al",
                                             "la", "le", "du", "dos", "das", "di", "ter", "ten", "abu", "el", "y", "st."]
}
