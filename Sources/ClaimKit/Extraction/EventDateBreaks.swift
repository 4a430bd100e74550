/// What ends, or never starts, the continuation of an event date to the claims after it: the text leaves a
/// claim undated unless its own clause dates it or it goes on, without a break, with the event a date was
/// just given for. These tests read one sentence (or one speaker) and leave the event state to the extractor.
extension ExtractionRun {
    /// Nouns for a written source ("according to figures the city released", "the report", "court
    /// documents", "the lawsuit"): a document cited for what it holds was written at a time the text does not
    /// give, so it takes no event date carried from the story.
    static let documentNouns: WordSet = [
        "report", "reports", "figures", "data", "documents", "document", "records", "record", "study", "studies",
        "survey", "poll", "polls", "surveys", "motion", "filing", "filings", "audit", "review", "analysis", "statistics", "minutes",
        "memo", "memorandum", "census", "assessment", "proclamation", "transcript", "transcripts", "estimates",
        "findings", "papers", "files", "website", "bylaws", "guidelines", "lawsuit", "suit", "complaint", "indictment",
        "petition", "affidavit", "ruling", "judgment",
        // what is written about a person ("her agency biography", "his campaign profile")
        "biography", "bio", "profile", "obituary", "memoir", "autobiography",
    ]

    /// The speaker is a document, not a person or body that speaks at an event: a document noun in lower case
    /// ("the city's pilot report", "court documents"; the "Budget" of a committee's name is a name).
    static func isDocumentSpeaker(_ sp: SpeakerMention) -> Bool {
        guard sp.kind != .article else { return false }
        // "statistics from the Organ Transplant Network", named for the body: the mention leads with the document
        if sp.mention != sp.name, let first = sp.mention.split(separator: " ", maxSplits: 2).first(where: { !Lexicon.determiners.contains($0.lowercased()) }),
           documentNouns.contains(String(first)) {
            return true
        }
        // "a National Autistic Society survey": a described mention headed by a document noun
        var mention = sp.mention
        if sp.mention != sp.name, mention.withUTF8({ b in
            let i = (b.lastIndex(of: 0x20) ?? -1) + 1
            return i < b.count && documentNouns.contains(UnsafeBufferPointer(rebasing: b[i...]))
        }) {
            return true
        }
        // on the bytes (asked of every claim that might continue an event): the document nouns are ASCII, so
        // a word is a run of ASCII letters between bytes that are no letter (ASCII, or punctuation such as ’,
        // whose UTF-8 starts with E2), and one that starts in lower case is looked up
        var name = sp.name
        return name.withUTF8 { b in
            var k = 0
            while k < b.count {
                let start = k
                while k < b.count, case let c = b[k] | 0x20, c >= 0x61 && c <= 0x7A { k += 1 }
                if k > start, b[start] >= 0x61, documentNouns.contains(UnsafeBufferPointer(rebasing: b[start..<k])),
                   start == 0 || b[start - 1] < 0x80 || start >= 3 && b[start - 3] == 0xE2,
                   k == b.count || b[k] < 0x80 || b[k] == 0xE2 {
                    return true
                }
                k = max(k, start + 1)
            }
            return false
        }
    }

    /// Cues of a finding made public ("The committee reported that", "a study found"): published at a time
    /// of its own, which only the text can give.
    static let findingCues: WordSet = [
        "reported", "found", "estimated", "calculated", "concluded", "projected", "reports", "finds", "estimates",
        "calculates", "concludes", "projects",
    ]

    /// "The June 22, 2009 crash killed nine people": a date that describes the noun heading the sentence's
    /// subject tells what is spoken of, not when the story's events happen; it moves no discourse date.
    func isSubjectModifier(_ toks: TokenList, _ s: Range<Int>, _ spot: TimeSpot) -> Bool {
        guard s.count > 3, toks[s.lowerBound].has(WordFlag.determiner | WordFlag.possessivePronoun), toks[s.lowerBound + 1].start == spot.start,
              let last = s.dropFirst(2).first(where: { toks[$0].end == spot.end }), last + 1 < s.upperBound else { return false }
        let head = toks[last + 1]
        return head.kind == .word && !head.isCap && head.quote < 0
            && !head.has(WordFlag.preposition | WordFlag.auxiliary | WordFlag.beVerb | WordFlag.subordinator | WordFlag.cue | WordFlag.determiner)
    }

    /// A claim made public in writing: a document's, or a finding (see ``findingCues``). The date given for it
    /// is its publication's, which no other speaker's statement continues.
    static func isPublication(_ c: ExtractedClaim) -> Bool {
        isDocumentSpeaker(c.speaker) || c.cue.map { findingCues.contains(firstWordLowercased($0)) } ?? false
    }

    /// A finding (see ``findingCues``) of a speaker who took no part in the event told: it continues no event.
    func isOutsideFinding(_ sp: SpeakerMention, cue: String?) -> Bool {
        guard let cue, Self.findingCues.contains(Self.firstWordLowercased(cue)) else { return false }
        return tookNoPart(sp)
    }

    /// `sp` is neither one of the event's own speakers nor the one its date was given for.
    func tookNoPart(_ sp: SpeakerMention) -> Bool {
        !isParticipant(sp) && eventDate?.speakerName != sp.name
    }

    /// "..., according to a Pentagon readout", "According to The Guardian, ...": a source the article cites for
    /// what it holds, and not one of the event's own speakers. The date told beside it is the event's, not the
    /// time the source told it, which the text leaves untold.
    func isCitedSource(_ sp: SpeakerMention, cue: String?) -> Bool {
        guard let cue, Self.firstWordLowercased(cue) == "according" else { return false }
        return tookNoPart(sp)
    }

    /// A speaker counted but not named: "Some Clinton allies", "several women", "others", "many Republicans", or
    /// people at large ("people suspected that ...").
    static func isIndefiniteGroup(_ sp: SpeakerMention) -> Bool {
        guard sp.kind != .article else { return false }
        let first = firstWordLowercased(sp.mention)
        // ("people suspected that ...": people at large, the one word)
        return indefiniteQuantifiers.contains(first) || first.utf8.count == sp.mention.utf8.count && peopleAtLarge.contains(first)
    }

    /// Bare plurals that mean people at large ("people suspected that ...").
    static let peopleAtLarge: WordSet = ["people", "observers"]

    static let indefiniteQuantifiers: WordSet = ["some", "many", "several", "others", "few", "most", "numerous", "various"]

    /// "Her office", "his campaign", "their lawyers": a body that a possessive ties to someone, speaking for
    /// itself. Its statement is its own act, not one more statement of the person the possessive names.
    static func isPossessiveMention(_ sp: SpeakerMention) -> Bool {
        let first = firstWordLowercased(sp.mention)
        return first.utf8.count < sp.mention.utf8.count && possessiveDeterminers.contains(first)
    }

    static let possessiveDeterminers: WordSet = ["her", "his", "their", "its", "my", "our", "your"]

    /// Written texts a speaker's words may come from ("In her written order, she wrote", "In a letter, the
    /// group said"): written at a time of their own, which the text gives or leaves untold. (A spoken occasion,
    /// "During a speech earlier in the day", is often part of the day being told.)
    static let writtenOccasionNouns: WordSet = [
        "statement", "email", "e-mail", "letter", "post", "tweet", "memo", "order", "ruling", "essay",
        "column", "op-ed", "newsletter", "message", "posting", "filing", "affidavit", "brief",
    ]

    /// "at the time" starts at token `k` of `s`, naming the time the story just told (not "at the time of the
    /// attack", "at the time when ...").
    static func isAtTheTime(_ toks: TokenList, _ s: Range<Int>, at k: Int) -> Bool {
        toks[k].code == "at" && k + 2 < s.upperBound && toks[k + 1].code == "the" && toks[k + 2].code == "time"
            && (k + 3 == s.upperBound || !(toks[k + 3].code == "of" || toks[k + 3].code == "when"))
    }

    /// The attribution `attr` (scalar offsets), or the words fronted before it, say in the article's own words that
    /// the words were said "at the time": the time the story just told, whatever its grain ("In 2008, she slammed
    /// ... “...,” she said at the time").
    /// `frontEnd`: where the words fronted before the subject end ("At the time, he told POLITICO ...").
    static func saysAtTheTime(_ toks: TokenList, _ s: Range<Int>, attr: Range<Int>, frontEnd: Int, contents: [Range<Int>]) -> Bool {
        s.contains { k in
            toks[k].kind == .word && toks[k].quote < 0 && (attr.contains(toks[k].start) || toks[k].start < frontEnd)
                && isAtTheTime(toks, s, at: k) && !contents.contains { $0.contains(toks[k].start) }
        }
    }

    /// Heads of a recipient who questions witnesses ("told police", "told detectives"): what was told to them
    /// was told in an inquiry, at a time of its own, not at the hearing or briefing the story dates.
    static let inquiryRecipients: WordSet = ["police", "detectives", "investigators", "officers"]

    /// The article's own words of `s` (outside quotations and reported contents) place its speaker at an event
    /// the story tells: "Councillor Jo Roe, who voted against the plan, said", "told the council",
    /// "said after the meeting", "said at the time". Their words go on with the event's date past the paragraph after it.
    static func placesAtEvent(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>]) -> Bool {
        func own(_ k: Int) -> Bool { toks[k].quote < 0 && !contents.contains { $0.contains(toks[k].start) } }
        var k = s.lowerBound
        while k + 1 < s.upperBound {
            defer { k += 1 }
            guard toks[k].kind == .word, own(k) else { continue }
            let code = toks[k].code
            if code == "who" {
                let act = toks[k + 1].code == "also" && k + 2 < s.upperBound ? k + 2 : k + 1
                if eventActs.contains(toks[act]) { return true }
            } else if code == "told" || code == "after" {
                let noun = toks[k + 1].code == "the" && k + 2 < s.upperBound ? k + 2 : k + 1
                if eventAudiences.contains(toks[noun]) { return true }
            } else if isAtTheTime(toks, s, at: k) {
                // "Mr. Ackman said at the time", "At the time, the paper wrote:": the time the story just told
                return true
            }
        }
        return false
    }

    /// The sentence names an occasion of speaking in the article's own words ("at a presidential debate Sunday",
    /// "at a news conference on Monday"): its date is the date of what the people it names said there.
    static func namesSpeakingOccasion(_ toks: TokenList, _ s: Range<Int>) -> Bool {
        s.contains { toks[$0].kind == .word && toks[$0].quote < 0 && speakingOccasions.contains(toks[$0]) }
    }

    /// The first public occasion `s` names in the article's own words, or nil.
    static func occasionNamed(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>]) -> WordCode? {
        s.first { k in
            toks[k].kind == .word && toks[k].quote < 0 && publicOccasions.contains(toks[k]) && !contents.contains { $0.contains(toks[k].start) }
        }.map { toks[$0].code }
    }

    /// `s` refers back to the occasion `noun` the story told, in the article's own words ("during the news
    /// conference", "The debate between them grew so heated that X said") or, in what it reports, by what one
    /// meets there ("accused the debate moderators of bias"): a definite determiner before it, with at most two
    /// words between, none of which makes it another one ("the next debate", "the previous rally"). Words
    /// reported about the occasion ("said the hearing had been booked") do not place the speaker there.
    static func refersToOccasion(_ toks: TokenList, _ s: Range<Int>, _ noun: WordCode, contents: [Range<Int>]) -> Bool {
        s.contains { k in
            guard toks[k].kind == .word, toks[k].quote < 0, toks[k].code == noun else { return false }
            if contents.contains(where: { $0.contains(toks[k].start) })
                && !(k + 1 < s.upperBound && toks[k + 1].kind == .word && occasionPresences.contains(toks[k + 1])) { return false }
            var j = k - 1
            while j >= s.lowerBound && j >= k - 3 && toks[j].kind == .word {
                if otherOccasionWords.contains(toks[j]) { return false }
                if definiteDeterminers.contains(toks[j]) { return true }
                j -= 1
            }
            return false
        }
    }

    /// What one meets at an occasion, named after it ("the debate moderators", "the rally crowd").
    static let occasionPresences: WordSet = ["moderator", "moderators", "stage", "podium", "audience", "crowd", "floor",
                                             "panel", "panelists", "hall", "room"]
    static let definiteDeterminers: WordSet = ["the", "this", "that"]
    /// Words that make an occasion another one than the story's.
    static let otherOccasionWords: WordSet = ["next", "previous", "last", "upcoming", "first", "earlier", "later", "another",
                                              "future", "past", "prior", "following", "coming", "second", "third", "fourth", "fifth"]

    static let speakingOccasions: WordSet = ["debate", "forum", "conference", "summit", "hearing", "rally", "speech",
                                             "interview", "briefing", "convention", "address", "meeting", "session"]

    /// Occasions of speaking held in public, where others are heard too (not an interview).
    static let publicOccasions = WordSet(speakingOccasions.filter { $0 != "interview" })

    /// What one does at a meeting, a hearing or a match ("who voted against", "who spoke before him").
    static let eventActs: WordSet = ["voted", "introduced", "cast", "spoke", "attended", "chaired", "presided", "testified",
                                     "proposed", "sponsored", "abstained", "scored", "seconded"]
    /// Who listens at an event, and events one speaks after ("told the council", "after the match").
    static let eventAudiences: WordSet = ["council", "board", "committee", "delegates", "crowd",
                                          "audience", "assembly", "chamber", "commission", "meeting", "hearing", "game",
                                          "match", "vote", "debate", "session", "ceremony", "briefing", "rally"]

    /// The attribution `attr` (scalar offsets), in the article's own words, names an occasion of its own: one with an
    /// indefinite article ("said in an interview", "told CNN in a telephone interview", "said in an email"), or a
    /// call ("said by phone", "told a reporter over the phone"): an occasion the text has not dated, not the event
    /// told before it. (A statement, a letter or a call with analysts may be the very act the event date was given
    /// for: "The bank cut rates on Wednesday. It said in a statement ...")
    static func namesOwnOccasion(_ toks: TokenList, _ s: Range<Int>, attr: Range<Int>, contents: [Range<Int>]) -> Bool {
        var k = s.lowerBound
        while k + 2 < s.upperBound {
            defer { k += 1 }
            // the attribution and the article's own words after it ("said Mayor Tom Berg in a telephone interview")
            guard toks[k].kind == .word, toks[k].start >= attr.lowerBound, toks[k].quote < 0 else { continue }
            let call = (toks[k].code == "by" || toks[k].code == "over")
                && (Self.callWords.contains(toks[k + 1]) || toks[k + 1].code == "the" && Self.callWords.contains(toks[k + 2]))
            // the noun: right after the article or after one or two words ("a telephone interview", "a
            // brief written statement")
            let named = (toks[k].code == "in" || toks[k].code == "during") && (toks[k + 1].code == "a" || toks[k + 1].code == "an")
                && ((k + 2)..<min(k + 5, s.upperBound)).lazy.prefix { toks[$0].kind == .word && toks[$0].quote < 0 }
                    .contains { Self.recordedOccasionNouns.contains(toks[$0]) }
            if call || named, !contents.contains(where: { $0.contains(toks[k].start) }) { return true }
        }
        return false
    }

    /// The means of a call ("by phone", "over the telephone").
    static let callWords: WordSet = ["phone", "telephone"]

    /// Occasions of their own a speaker's words may come from: an interview, a recording ("said in a
    /// documentary", "in a video posted online"), a book.
    static let recordedOccasionNouns: WordSet = [
        "interview", "interviews", "podcast", "appearance", "documentary", "video", "broadcast", "film", "recording",
        "book", "memoir", "op-ed", "email", "e-mail",
    ]

    /// A short sentence in the article's own words that sets a party's stance against the others' ("The
    /// Accessibility Council was more cautious.", "Business groups were less sure."): it turns to voices from
    /// outside the event, heard at times the text does not give. Read at the head of a paragraph, with no
    /// statement and no date in it.
    func isStanceTurn(_ toks: TokenList, _ s: Range<Int>, subjectStart: Int) -> Bool {
        let words = s.filter { toks[$0].kind == .word }
        guard words.count <= 12, !s.contains(where: { toks[$0].kind == .quote }) else { return false }
        var k = subjectStart
        // the subject: a few words before a form of "be", none of them a verb
        while k < s.upperBound && k - subjectStart < 7 && toks[k].kind == .word && !toks[k].has(WordFlag.beVerb) {
            if toks[k].has(WordFlag.auxiliary) || toks[k].has(WordFlag.cue) { return false }
            k += 1
        }
        guard k > subjectStart, k + 2 < s.upperBound, Self.stanceCopulas.contains(toks[k]) else { return false }
        let m = toks[k + 1].code == "far" || toks[k + 1].code == "much" || toks[k + 1].code == "even" ? k + 2 : k + 1
        guard m + 1 < s.upperBound, toks[m].code == "more" || toks[m].code == "less", toks[m + 1].kind == .word else { return false }
        // "more cautious." or "less sure about the plan."
        let after = m + 2
        return after >= s.upperBound || toks[after].kind == .punct || toks[after].has(WordFlag.preposition)
    }

    static let stanceCopulas: WordSet = ["was", "were", "is", "are", "seemed", "appeared", "sounded"]

    /// "Fields later said", "she has since said", "he said afterwards", "he said recently", "As the Post reported": the reporting verb at token `k` is marked
    /// as coming at another time than the event just told, which the text does not give.
    static func isOtherTimeCue(_ toks: TokenList, _ s: Range<Int>, at k: Int) -> Bool {
        for j in max(k - 2, s.lowerBound)..<k where toks[j].kind == .word {
            if Self.otherTimeAdverbs.contains(toks[j]) { return true }
        }
        // "Sanders in the past has criticized the president and called him weak": another time, told without a date
        // (not "in the past week", a time of its own that the date scanner reads)
        for j in s.lowerBound..<k where toks[j].code == "past" && j >= s.lowerBound + 2 && toks[j - 1].code == "the" && toks[j - 2].code == "in" {
            if j + 1 < s.upperBound, toks[j + 1].has(WordFlag.timeHint) || toks[j + 1].kind == .number || Self.spanCounts.contains(toks[j + 1]) { continue }
            return true
        }
        // "As POLITICO revealed, ...", "As the Post reported last month, ...": a reference to an earlier report
        if k > s.lowerBound, k - s.lowerBound <= 5, toks[s.lowerBound].code == "as", toks[k].lower.hasByteSuffix("ed") { return true }
        // "As John Cornyn, the No. 2 in the leadership, put it: ...": words said elsewhere, quoted as apt
        if k > s.lowerBound, toks[s.lowerBound].code == "as", toks[k].code == "put", k + 1 < s.upperBound, toks[k + 1].code == "it" { return true }
        // after the verb only when the adverb ends the attribution ("said afterwards, ...", "said later that"):
        // "said later generations would pay" and "said since the storm ..." begin the content
        let j = k + 1
        guard j < s.upperBound, Self.afterAdverbs.contains(toks[j]) else { return false }
        return j + 1 >= s.upperBound || toks[j + 1].kind == .punct || toks[j + 1].code == "that"
    }

    /// Words that count a span after "in the past" ("in the past few weeks").
    static let spanCounts: WordSet = ["few", "several", "couple"]
    static let otherTimeAdverbs: WordSet = ["later", "afterwards", "afterward", "subsequently", "since", "previously", "formerly", "once", "recently",
                                            // a telling repeated over time has no one day ("Obama repeatedly insisted that ...")
                                            "repeatedly", "often", "frequently", "regularly", "routinely", "consistently", "constantly",
                                            "continually", "always"]
    static let afterAdverbs: WordSet = ["later", "afterwards", "afterward", "subsequently", "recently", "earlier"]

    /// Occasions of one person's own words, at which no one else speaks ("In an interview on Monday, X said"):
    /// a date given for one dates only that speaker's statements. (A statement or a letter may be a body's,
    /// and named again in other words: "The utility said" after "In a statement on Wednesday, Greyhaven said".)
    static let conversationNouns: WordSet = ["interview", "call", "speech", "testimony", "remarks", "address", "podcast", "appearance"]

    /// The speaker is named ("Buckholt", "Ray Buckholt"), not described or a pronoun ("the Wisconsin
    /// Republican", "he"): a date bound to a description would follow coreference's guesses about who it is.
    static func isNamedMention(_ sp: SpeakerMention) -> Bool {
        guard let f = sp.mention.unicodeScalars.first, f.properties.isUppercase else { return false }
        let first = firstWordLowercased(sp.mention)
        return !Lexicon.determiners.contains(first) && !Lexicon.subjectPronouns.contains(first) && !possessiveDeterminers.contains(first)
    }

    /// The words of `s` before its main clause's subject hold a word of `nouns` ("In an interview on Monday,",
    /// "In her written order,").
    func frontedOccasion(_ toks: TokenList, _ s: Range<Int>, subjectStart: Int, _ nouns: WordSet) -> Bool {
        guard subjectStart > s.lowerBound else { return false }
        return (s.lowerBound..<subjectStart).contains { toks[$0].kind == .word && toks[$0].quote < 0 && nouns.contains(toks[$0]) }
    }

    /// The sentence, in the article's own words (outside reported contents and quotations), tells a plan:
    /// "The council is scheduled to vote on Aug. 27.", "Talks will resume on Monday.". Its date is the time of
    /// a coming event, which no statement reported after it took place at.
    static func isPlan(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>], before date: Int) -> Bool {
        var found = false
        var k = s.lowerBound
        while k < s.upperBound && toks[k].start < date {
            defer { k += 1 }
            // only the clause the date stands in: "will survive another year, after the council voted on
            // Tuesday" is no plan for Tuesday
            if toks[k].kind == .punct || Self.clauseLinks.contains(toks[k]) || toks[k].has(WordFlag.subordinator) {
                found = false; continue
            }
            guard toks[k].kind == .word, toks[k].quote < 0, !contents.contains(where: { $0.contains(toks[k].start) }) else { continue }
            if isFutureVerb(toks, s, at: k) { found = true }
        }
        return found
    }

    /// The word at `k` tells the future: "will", "’ll", or a plan after a form of "be" ("is scheduled to", "are
    /// due to", "is set to", "is expected to").
    static func isFutureVerb(_ toks: TokenList, _ s: Range<Int>, at k: Int) -> Bool {
        let w = toks[k].lower
        if Self.futureWords.contains(toks[k]) || w.hasByteSuffix("’ll") || w.hasByteSuffix("'ll") { return true }
        return Self.planWords.contains(toks[k]) && k + 1 < s.upperBound && (toks[k + 1].code == "to" || toks[k + 1].code == "for")
            && k > s.lowerBound && toks[k - 1].has(WordFlag.beVerb)
    }

    /// A date fronted before the clause it times, followed by a verb of the future ("On Thursday, Comey will
    /// testify ...", "Next week, the board is scheduled to vote"): a plan, as ``isPlan`` finds one with the date
    /// after the verb. `end` is the date's end (a scalar offset).
    static func isFrontedPlan(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>], after end: Int) -> Bool {
        var k = s.lowerBound
        while k < s.upperBound && toks[k].start < end { k += 1 }
        if k < s.upperBound && toks[k].code == "," { k += 1 }
        while k < s.upperBound {
            defer { k += 1 }
            if toks[k].kind == .punct || Self.clauseLinks.contains(toks[k]) || toks[k].has(WordFlag.subordinator) { return false }
            guard toks[k].kind == .word, toks[k].quote < 0, !contents.contains(where: { $0.contains(toks[k].start) }) else { continue }
            if isFutureVerb(toks, s, at: k) { return true }
        }
        return false
    }

    /// "... drew rebukes from others, including some who warned it could ...": the cue at token `cue` opens a
    /// relative clause; where its "who" starts (scalar offset), or nil.
    static func relativeCueStart(_ toks: TokenList, _ s: Range<Int>, cue: Int) -> Int? {
        var k = cue - 1
        while k > s.lowerBound && toks[k].kind == .word && toks[k].lower.hasByteSuffix("ly") { k -= 1 }
        guard k > s.lowerBound, toks[k].kind == .word, toks[k].quote < 0, toks[k].code == "who" else { return nil }
        return toks[k].start
    }

    /// The date at scalar `pos` follows a noun ("Trump's assertion Monday"): it tells when that was, not when
    /// someone named after it in a relative clause spoke (a verb's date, "was supported Friday by X, who said",
    /// is the act the relative clause goes on with).
    static func datesANoun(_ toks: TokenList, _ s: Range<Int>, at pos: Int) -> Bool {
        guard let p = wordBeforeDate(toks, s, at: pos), p >= s.lowerBound, toks[p].kind == .word, !toks[p].isCap else { return false }
        return !(toks[p].lower.hasByteSuffix("ed") || toks[p].has(WordFlag.irregularPast) || toks[p].has(WordFlag.auxiliary))
    }

    /// The expression at scalar `pos` stands in a relative clause between a "who" and the claim's cue at scalar
    /// `cue` ("Sandy Phillips, who lost her daughter in July 2012, said", "Mr. Kim, who was traveling this week,
    /// said"): it tells another act of the speaker, not the time of the telling. (The clause's first comma closes
    /// it: "Ruiz, who chairs the board, on Tuesday said", "Berg, who backed the plan and criticised its cost,
    /// offered a welcome on Tuesday, stressing"; a clause that holds the cue is the claim's own: "Berg, who
    /// answered the door on Sunday and said ...".)
    static func inRelativeClause(_ toks: TokenList, _ s: Range<Int>, at pos: Int, cue: Int) -> Bool {
        guard pos < cue else { return inTrailingRelativeClause(toks, s, at: pos, cue: cue) }
        var open = false
        var k = s.lowerBound + 1
        while k < s.upperBound && toks[k].start < pos {
            let t = toks[k]
            if t.kind == .quote { open = false }
            else if t.kind == .word && t.quote < 0 && (t.code == "who" || t.code == "whose") { open = true }
            else if t.kind == .punct && t.code == "," {
                // "who lost her daughter in Aurora, Colorado, in July 2012": a place and its state go on in the clause
                if open, let closing = Coreference.placeApposition(toks, s, comma: k) { k = closing + 1; continue }
                open = false
            }
            k += 1
        }
        guard open else { return false }
        // the clause ends with a comma before the cue ("..., said"); with none, the cue is in the clause itself
        // ("Guessford, who answered her door Sunday and said ...")
        while k < s.upperBound && toks[k].start < cue {
            if toks[k].kind == .punct && toks[k].code == "," { return true }
            k += 1
        }
        return false
    }

    /// "said the New York businessman, who campaigned Monday in New Hampshire": after the cue, a date in a relative
    /// clause about the speaker tells what the speaker did, not when they said it, unless the clause tells the
    /// speaking itself ("said Roe, who spoke to reporters on Monday", "who told the board Tuesday").
    static func inTrailingRelativeClause(_ toks: TokenList, _ s: Range<Int>, at pos: Int, cue: Int) -> Bool {
        var k = s.lowerBound + 1
        while k < s.upperBound && toks[k].start <= cue { k += 1 }
        var who: Int? = nil
        while k < s.upperBound && toks[k].start < pos {
            let t = toks[k]
            if t.kind == .quote { return false }
            if t.kind == .word && (t.code == "who" || t.code == "whose") && toks[k - 1].code == "," { who = k }
            k += 1
        }
        guard let w = who, w + 1 < s.upperBound else { return false }
        let verb = toks[w + 1]
        return Lexicon.cues[verb] == nil && !eventActs.contains(verb) && !speakingVerbs.contains(verb)
    }

    /// The article's own words of `s` (outside quotations and reported contents) tell someone speaking: "addressing
    /// officials", "the minister addressed parliament", "spoke to reporters".
    static func tellsSpeaking(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>]) -> Bool {
        s.contains { k in
            toks[k].kind == .word && toks[k].quote < 0 && speechActs.contains(toks[k]) && !contents.contains { $0.contains(toks[k].start) }
        }
    }

    static let speechActs: WordSet = ["addressed", "addressing", "spoke", "speaking"]

    /// Verbs of a relative clause that tell an occasion of speaking ("who spoke", "who appeared on").
    static let speakingVerbs: WordSet = ["spoke", "appeared", "addressed", "talked", "answered", "responded", "wrote", "posted", "tweeted"]

    /// The date at scalar `pos` follows a participle of publication that a document noun heads ("a CNN survey
    /// released Friday", "the report published on Monday").
    static func isPublicationDate(_ toks: TokenList, _ s: Range<Int>, at pos: Int) -> Bool {
        guard let p = wordBeforeDate(toks, s, at: pos), p > s.lowerBound, toks[p].kind == .word, Self.publicationParticiples.contains(toks[p]) else { return false }
        for j in max(s.lowerBound, p - 4)..<p where toks[j].kind == .word && Self.documentNouns.contains(toks[j]) { return true }
        return false
    }

    /// The token before the date at scalar `pos` of `s`, past an "on" ("released on Monday" → "released"); it may lie
    /// before `s` (callers bound it). Nil when no token of `s` starts at `pos`.
    static func wordBeforeDate(_ toks: TokenList, _ s: Range<Int>, at pos: Int) -> Int? {
        guard let t = s.first(where: { toks[$0].start == pos }) else { return nil }
        var p = t - 1
        if p >= s.lowerBound && toks[p].code == "on" { p -= 1 }
        return p
    }

    static let publicationParticiples: WordSet = ["released", "published", "issued", "posted", "unveiled"]

    /// The speaker of `m` is a commentator from outside the event ("said Michele Swers, a professor of government",
    /// "Republican strategist Al Cardenas said"): their view is sought at a time the text does not give. Known by
    /// a noun of ``commentatorNouns`` in the attribution, and remembered for their later claims; a speaker who
    /// took part in the event is none.
    mutating func isOutsideVoice(_ toks: TokenList, _ s: Range<Int>, _ m: SentenceClaim) -> Bool {
        // (the speaker's names, which cost a split, are read only for a speaker who would be one)
        let known = m.entity.map { outsideVoices.contains($0) } ?? false
        let described = !known && s.contains { k in
            toks[k].kind == .word && toks[k].quote < 0 && m.attr.contains(toks[k].start)
                && Self.commentatorNouns.contains(toks[k]) && !m.contents.contains(where: { $0.contains(toks[k].start) })
        }
        guard known || described else { return false }
        if isParticipant(m.claim.speaker) { return false }
        if described, let id = m.entity { outsideVoices.insert(id) }
        return true
    }

    static let commentatorNouns: WordSet = [
        "professor", "analyst", "analysts", "strategist", "strategists", "expert", "experts", "economist", "economists",
        "historian", "historians", "scholar", "scholars", "pollster", "pollsters", "commentator", "commentators",
        "researcher", "researchers", "lecturer", "consultant", "consultants",
    ]

    /// The words before the main clause's subject open with a time set by another event: "Before the vote",
    /// "Shortly after my sentence", "Weeks after the fire", "On the eve of the meetings", "In response to the
    /// attack" (a bare "After the meeting" may go on with the event just told, and is not one).
    static func isFrontedOtherTime(_ toks: TokenList, _ s: Range<Int>, subjectStart: Int) -> Bool {
        guard subjectStart > s.lowerBound + 1 else { return false }
        let end = min(subjectStart, s.lowerBound + 4)
        for k in s.lowerBound..<end where toks[k].kind == .word && toks[k].quote < 0 {
            let w = toks[k].code
            if w == "before" || w == "eve" { return true }
            // "In response to the attack, X said", "Responding to the remarks, X wrote": a reply, told at a time of its own
            if w == "response" && k > s.lowerBound && toks[k - 1].code == "in" || w == "responding" && k == s.lowerBound { return true }
            if w == "after" || w == "later", k > s.lowerBound, Self.spanBeforeAfter.contains(toks[k - 1]) { return true }
        }
        return false
    }

    static let spanBeforeAfter: WordSet = ["shortly", "soon", "long", "hours", "days", "weeks", "months", "years", "decades", "minutes"]

    /// "Today, that same membership costs $25,000", "Today the government focuses on ...": a fronted "today"
    /// before a clause in the present is the time of writing ("nowadays"), not the day of an event ("Today, the
    /// Senate voted ..."). The clause's first verb after the subject tells: a form of "be" or "have" in the
    /// present, or a word in "-s" after the subject's first word; a past form first, and it is an event's day.
    static func isNowadays(_ toks: TokenList, _ s: Range<Int>, _ spot: TimeSpot, subjectStart: Int) -> Bool {
        guard spot.text.utf8.count == 5, spot.text.lowercased() == "today", toks[s.lowerBound].start == spot.start else { return false }
        // the subject after "Today" (with or without a comma)
        var first = max(subjectStart, s.lowerBound + 1)
        if first < s.upperBound && toks[first].code == "," { first += 1 }
        var k = first
        while k < min(s.upperBound, first + 8) {
            let t = toks[k]
            guard t.kind == .word, t.quote < 0 else { return false }
            let w = t.lower
            let wc = t.code
            if Self.presentFinite.contains(t) { return true }
            if t.has(WordFlag.irregularPast) || w.hasByteSuffix("ed") || wc == "was" || wc == "were" || wc == "had" { return false }
            if k > first, !t.isCap, w.hasByteSuffix("s"), !w.hasByteSuffix("ss"), !w.hasByteSuffix("’s"), !w.hasByteSuffix("'s") { return true }
            k += 1
        }
        return false
    }

    static let presentFinite: WordSet = ["is", "are", "has", "have", "does", "do", "remains", "remain"]

    static let planWords: WordSet = ["scheduled", "due", "set", "expected", "slated", "planned"]
}
