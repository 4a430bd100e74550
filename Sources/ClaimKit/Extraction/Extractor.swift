/// Turns an article into claims: who said what, to whom, and when, plus the article's own checkable
/// assertions. Rule-based, linear in the length of the text.
public struct Extractor: Sendable {
    /// Overrides `metadata.published` when given.
    public var published: CivilDate?
    /// Assertions scoring below this are left out.
    public var assertionThreshold: Double

    public init(published: CivilDate? = nil) {
        self.published = published
        self.assertionThreshold = 0.5
    }

    /// The first paragraph split into its lines when a line after its first is a byline ("NBC's Costas says he
    /// plans to honor Israelis" / "By DAVID BAUDER" / "AP Television Writer"), or when it is a headline and its
    /// deck: two to four lines, each opening with a capital and none ending as prose does (with a stop or a
    /// comma; a hard-wrapped paragraph's next line goes on in lower case). A page's header copied with single line
    /// breaks is a header's lines, not one paragraph of prose.
    static func headerLinesApart(_ paragraphs: [Range<Int>], _ text: ScalarText) -> [Range<Int>] {
        guard let first = paragraphs.first else { return paragraphs }
        let lines = Segmenter.lines(text, from: first.lowerBound, to: first.upperBound).map { Segmenter.trim(text, $0) }.filter { !$0.isEmpty }
        guard lines.count >= 2, lines.count <= 8 else { return paragraphs }
        let texts = lines.map { text.raw($0.lowerBound, $0.upperBound) }
        let bylineLine = texts.dropFirst().contains { HeaderDetector.byline($0) != nil }
        let headlineLines = lines.count <= 4 && texts.allSatisfy { line in
            guard let first = line.unicodeScalars.first, let last = line.last else { return false }
            return (ScalarText.isUpper(first) || ScalarText.isDigit(first) || ScalarText.isDoubleQuote(first)) && !".!?,;:".contains(last)
                && HeaderDetector.wordCount(line, limit: 20) <= 20
        }
        guard bylineLine || headlineLines else { return paragraphs }
        return lines + paragraphs.dropFirst()
    }

    public func extract(_ source: SourceText) -> Extraction {
        let text = ScalarText(source.text)
        let paraRanges = Self.headerLinesApart(Segmenter.paragraphs(text, from: 0, to: text.count), text)
        let headCount = min(paraRanges.count, 10)
        let heads = paraRanges.prefix(headCount).map { text.raw($0.lowerBound, $0.upperBound) }
        var header = HeaderDetector.detect(heads, offsets: paraRanges.prefix(headCount).map { $0.lowerBound },
                                           knownTitle: source.metadata.title)
        for k in headCount..<max(headCount, paraRanges.count) {
            let r = paraRanges[k]
            let c = text.scalars[r.lowerBound]
            let head = text.raw(r.lowerBound, min(r.upperBound, r.lowerBound + 40))
            if c == "<" || HeaderDetector.isFooter(head) || r.count <= 32 && HeaderDetector.isSectionLabel(head)
                || r.count <= 200 && !HeaderDetector.lineStops.contains(text.scalars[r.upperBound - 1])
                    && HeaderDetector.isTitleCaseLine(text.raw(r.lowerBound, r.upperBound)) { header.skipped.insert(k) }
        }
        var meta = source.metadata
        if meta.title == nil { meta.title = header.title.map(HeaderDetector.fold) }
        if meta.byline == nil { meta.byline = header.byline.map(HeaderDetector.fold) }
        if meta.credits.isEmpty { meta.credits = header.credits.map(HeaderDetector.fold) }
        if meta.dateline == nil { meta.dateline = header.dateline }
        if meta.outlet == nil { meta.outlet = header.outlet }
        if meta.published == nil { meta.published = header.published }
        if let p = published { meta.published = p }

        var run = ExtractionRun(text: text, published: meta.published, threshold: assertionThreshold,
                                articleName: meta.byline.map(HeaderDetector.bylineNames) ?? meta.outlet ?? "article")
        run.bylineWords = Set((meta.byline ?? "").lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "’" && $0 != "'" }).map(String.init))
        run.singleQuotes = text.usesSingleQuotes()
        run.straightSingleQuotes = text.usesStraightSingleQuotes()
        run.bodyStart = header.bodyStart
        for (k, r) in paraRanges.enumerated() where k >= header.bodyStart && !header.skipped.contains(k) {
            var start = r.lowerBound
            if k == header.bodyStart, let d = header.datelineEnd { start = max(start, d) }
            run.paragraph(k, start, r.upperBound)
        }
        run.linkDescribedSpeakers()
        run.markBodiesFoundLater()
        var claims = run.claims.map { $0.claim }
        claims.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        return Extraction(text: source.text, metadata: meta, claims: claims)
    }
}

/// The state of one extraction pass over a document.
struct ExtractionRun {
    struct Pending { var claim: ExtractedClaim; var paragraph: Int; var pos: Int; var entity: Int?; var lastQuoteOpen: Bool }

    let text: ScalarText
    let threshold: Double
    let articleName: String
    var coref = Coreference()
    var anchor: TemporalAnchor
    var regions: [QuoteRegion] = []
    var claims: [Pending] = []
    var lastParagraphOpenQuote = false
    var singleQuotes = false
    /// The text quotes with straight single marks (``ScalarText/usesStraightSingleQuotes()``).
    var straightSingleQuotes = false
    /// Words of the byline: an interview turn labelled with them is the interviewer's question.
    var bylineWords: Set<String> = []
    /// The person answering `A:` turns, once known.
    var interviewee: Int? = nil
    /// The date of the conversation an interview or transcript reproduces, from its introduction.
    var occasion: (String, TimeResolution?)? = nil
    var sawTurn = false
    /// The discourse date before an attribution's own date moved it in this paragraph.
    var anchorBeforeParagraph: ((text: String, resolution: TimeResolution?)?)? = nil
    var narrativeSetInParagraph = false
    var lastWasTurn = false
    /// The index of the body's first paragraph: paragraph numbers in date provenance count from it.
    var bodyStart = 0
    /// The latest event date the text gave, which the claims right after it continue.
    var eventDate: ClaimDate? = nil
    /// The speakers (names, lower-cased) whose claims took part in the event `eventDate` dates.
    var eventSpeakers: Set<String> = []
    /// Speakers the article has described as commentators from outside ("a professor of government", "Republican
    /// strategist"): see ``isOutsideVoice``.
    var outsideVoices: Set<Int> = []
    /// The story has turned to another time since `eventDate` was given ("Last week, ..."): only the speakers
    /// who took part in the event continue it.
    var eventAside = false
    /// Another speaker was quoted since a speaker's own event date was given ("X said on Monday ... Y
    /// said ..."): that date no longer continues to X's later claims, which the text leaves undated.
    var eventInterrupted = false
    /// A sentence of the article's own, with no statement or quotation, came after the event date was given: the
    /// story has gone on, and a new voice in the next paragraph is no longer "the quote right after it".
    var eventGap = false
    /// Speakers heard at an occasion of their own since the event was dated ("said by phone", "said in an email"):
    /// their later words go on at that occasion, not at the event.
    var heardElsewhere: Set<String> = []
    /// Speakers the article quoted with no date, in the past tense (what "X says" tells is the time of writing),
    /// while no event held (one told to the police during a trial is undated for a reason of its own): voices from
    /// outside the events told (see ``mayContinue``).
    var undatedVoices: Set<String> = []
    /// The people the event date's sentence names (coreference entities): the quote right after it may be theirs,
    /// whoever they were quoted as before.
    var eventNamed: [Int] = []
    /// The event state a passing narrative date of this paragraph displaced (see ``isPassingEventDate``): it
    /// resumes when the paragraph ends.
    var eventBeforePassingDate: EventState? = nil
    /// An event date has been given in the story so far.
    var eventWasDated = false
    /// The day of the last event the story told, kept when background or another time ends it.
    var lastEventDay: TimeResolution? = nil
    /// The sentence of the current paragraph being read (0 for its first).
    var sentenceIndex = 0
    /// The paragraph of the interview or transcript introduction that gave `occasion`.
    var occasionParagraph = 0
    /// The speaker of a paragraph that ended with a colon ("It read in part:"), for a block quotation after it.
    var colonSpeaker: (SpeakerMention, Int?, Int)? = nil
    /// The block after the colon was a line of a list ("The mayor also said:" and a line for each thing he
    /// said, with no stop at their ends): the next such line is said by the same speaker.
    var colonListContinues = false

    init(text: ScalarText, published: CivilDate?, threshold: Double, articleName: String) {
        self.text = text
        self.threshold = threshold
        self.articleName = articleName
        anchor = TemporalAnchor(published: published)
    }

    /// A name first taken for a person's and later found to be a body's ("Twitter said ... It added ..."): each of
    /// its claims says so, the ones before the finding too.
    mutating func markBodiesFoundLater() {
        for k in claims.indices {
            guard let id = claims[k].entity, claims[k].claim.speaker.kind == .person else { continue }
            let e = coref.entities[id]
            if e.kind == .organization && claims[k].claim.speaker.name == e.name { claims[k].claim.speaker.kind = .organization }
        }
    }

    mutating func paragraph(_ pi: Int, _ start: Int, _ end: Int) {
        var toks = Tokenizer.tokenize(text, start, end, singleQuotes: singleQuotes || text.opensSingleQuotedQuotation(start, end),
                                      straightSingleQuotes: straightSingleQuotes)
        guard !toks.isEmpty else { return }
        let firstRegion = regions.count
        QuoteFinder.find(&toks, paragraph: pi, paragraphEnd: end, into: &regions)
        if lastParagraphOpenQuote && firstRegion < regions.count && regions[firstRegion].openTok == 0 {
            regions[firstRegion].continues = true
        }
        markLabels(toks, firstRegion)
        let sentences = Segmenter.sentences(toks, quotes: regions)
        let turn = turnLabel(toks)
        if turn == nil && lastWasTurn, let o = occasion {
            // after an interview or transcript the story goes on from the occasion it reproduced
            anchor.set(TimeSpot(start: 0, end: 0, text: o.0, isAnchorRelative: false, isBound: false), o.1)
        }
        lastWasTurn = turn != nil
        // (quoted words inside the block, a title or a phrase of a few words, do not make it a quotation of its own)
        // (an item of a list, "• C-MAX Hybrid: Coming this fall", is what the sentence before lists, not a quotation)
        let block = colonSpeaker.flatMap { $0.2 == pi - 1 && !Self.listMarks.contains(toks[0]) && (firstRegion == regions.count || toks[0].kind == .quote && toks[0].opens
            || toks[0].kind == .word && regions[firstRegion...].allSatisfy { $0.wordCount <= 8 }) && toks.count >= 8
            && (!colonListContinues || Self.isUnstoppedListLine(toks)) ? $0 : nil }
        colonSpeaker = nil
        colonListContinues = false
        let savedAnchor = anchor
        let claimCount = claims.count
        var consumed = Set<Int>()
        var sentenceDates: [ClaimDate?] = []
        for (si, s) in sentences.enumerated() {
            sentenceIndex = si
            sentenceDates.append(sentence(toks, s, pi, &consumed))
        }
        floating(toks, sentences, pi, firstRegion, consumed, sentenceDates)
        if var saved = eventBeforePassingDate {
            // the story turned to another time in between: only the event's own speakers continue it
            saved.aside = true
            restoreEvent(saved)
        }
        eventBeforePassingDate = nil
        if let before = anchorBeforeParagraph, !narrativeSetInParagraph, let b = before {
            anchor.set(TimeSpot(start: 0, end: 0, text: b.text, isAnchorRelative: false, isBound: false), b.resolution)
        }
        anchorBeforeParagraph = nil
        narrativeSetInParagraph = false
        lastParagraphOpenQuote = regions.count > firstRegion && !regions[regions.count - 1].closed
        if let t = turn {
            // a turn of an interview or transcript: the answer is a direct quotation of its speaker; what is
            // reported inside it, and the dates it mentions, are the speaker's, not the article's
            anchor = savedAnchor
            claims.removeSubrange(claimCount...)
            sawTurn = true
            turnClaim(toks, t, pi)
        } else if let b = block, claims.count == claimCount || claims[claimCount...].allSatisfy({ $0.claim.kind == .assertion || $0.claim.kind == .indirect && $0.claim.speaker.kind != .person }) {
            // a block quotation introduced by a colon at the end of the previous paragraph
            anchor = savedAnchor
            claims.removeSubrange(claimCount...)
            var ta = 0, tb = toks.count
            if toks[0].kind == .quote { ta = 1 }
            if tb - 1 > ta && toks[tb - 1].kind == .quote && !toks[tb - 1].opens { tb -= 1 }
            let a = toks[ta].start, e = toks[tb - 1].end
            // (a line of a list, no quotation marks and no stop, is what was said in the writer's words)
            let listLine = Self.isUnstoppedListLine(toks)
            var c = ExtractedClaim(kind: listLine ? .indirect : .direct, speaker: b.0, cue: nil, statement: text.string(a, e), span: Span(start: a, end: e), checkworthiness: 0.3)
            if listLine {
                colonSpeaker = (b.0, b.1, pi)
                colonListContinues = true
            }
            sentenceIndex = 0
            Self.date(&c, continuedEventDate(pi, speaker: (b.1, b.0), cue: nil))
            noteParticipant(c)
            claims.append(Pending(claim: c, paragraph: pi, pos: a, entity: b.1, lastQuoteOpen: false))
        } else if !sawTurn {
            // the introduction of an interview or transcript: the date of the conversation
            for (si, sr) in sentences.enumerated() {
                guard let d = sentenceDates[si], let r = d.resolution, r.grain == .day,
                      sr.contains(where: { toks[$0].kind == .word && Self.conversationWords.contains(toks[$0]) }) else { continue }
                occasion = (d.text, r)
                occasionParagraph = d.paragraph
            }
        }
        // a paragraph ending with a colon that presents a speaker or follows an attribution: the next paragraph may be
        // its block quotation
        if turn == nil, let name = Self.presentedName(toks) {
            // "Here's Stephen:", "Here is Ana Ruiz's statement:": the one presented speaks in the block quotation after
            let resolver = SpeakerResolver(toks: toks, text: text, coref: coref)
            let sp = resolver.resolve(name, paragraph: pi)
            colonSpeaker = (sp.0, sp.1, pi)
        } else if turn == nil, let lastTok = toks.last, lastTok.code == ":", let s = sentences.last,
           s.contains(where: { toks[$0].quote < 0 && (toks[$0].has(WordFlag.cue) && Lexicon.cues[toks[$0]].map { $0.form != .base } ?? false || Self.blockIntroWords.contains(toks[$0])) }),
           let subj = AttributionFinder(toks: toks, quotes: regions, text: text, sentence: s).clauseSubject(mainSubjectStart(toks, s, extended: true)) {
            let resolver = SpeakerResolver(toks: toks, text: text, coref: coref)
            var sp = resolver.resolve(subj, paragraph: pi)
            let l = toks[subj.lowerBound].code
            if subj.count == 1 && (l == "it" || l == "this"), let sal = coref.latestSalientPerson(before: toks[subj.lowerBound].start, paragraph: pi) {
                let e = coref.entities[sal.entity]
                sp = (SpeakerMention(name: e.name, mention: e.name, role: e.role, members: e.members, kind: e.kind), sal.entity)
            }
            if sp.0.kind != .anonymous || sp.1 != nil { colonSpeaker = (sp.0, sp.1, pi) }
        }
    }

    /// The name a paragraph "Here's NAME:" or "Here is NAME's statement:" presents, if it is one.
    static func presentedName(_ toks: TokenList) -> Range<Int>? {
        guard toks.count >= 3, toks.count <= 10, toks[toks.count - 1].code == ":", AttributionFinder.pronounBase(toks[0].lower) == "here" else { return nil }
        var a = 1
        if toks[0].code == "here" { guard toks[1].code == "is" else { return nil }; a = 2 }
        var e = a
        while e < toks.count - 1 && toks[e].kind == .word && toks[e].isCap && !toks[e].isPossessive { e += 1 }
        if e < toks.count - 1 && toks[e].isPossessive && toks[e].isCap { e += 1 }
        // (after a possessive name, a short noun: "statement", "take", "answer")
        let rest = e..<(toks.count - 1)
        guard e > a, rest.count <= 2, rest.allSatisfy({ toks[$0].kind == .word && !toks[$0].isCap }), rest.isEmpty || toks[e - 1].isPossessive else { return nil }
        return a..<e
    }

    /// What opens an item of a list as a paragraph's first token: the line marks of ``Segmenter/listBullets``, and an
    /// em dash too.
    static let listMarks = WordSet(Segmenter.listBullets.map { String($0) } + ["—"])
    static let blockIntroWords: WordSet = ["read", "reads", "following", "statement", "testimony", "letter", "part"]
    static let conversationWords: WordSet = ["spoke", "talked", "interviewed", "told", "testified", "questioned", "sat",
                                                 "speaking", "talking", "interview", "conversation", "appeared", "answered"]

    /// `Q:`, `A:`, `Name:`, `NAME:` at the head of a paragraph: the label's tokens.
    func turnLabel(_ toks: TokenList) -> Range<Int>? {
        var k = 0
        while k < toks.count && k < 7 {
            let t = toks[k]
            if t.code == ":" { break }
            guard t.kind == .word && (t.isCap || k > 0 && t.has(WordFlag.nameParticle)) || t.code == "." && k > 0 else { return nil }
            k += 1
        }
        guard k > 0, k + 3 < toks.count, toks[k].code == ":" else { return nil }
        let words = (0..<k).filter { toks[$0].kind == .word }.map { toks[$0].lower }
        if words.count == 1 && WordLists.qA.contains(words[0]) { return 0..<k }
        if words.contains(where: { bylineWords.contains($0) }) { return 0..<k }
        if coref.match(Coreference.wordsOf(toks, 0..<k), allowFirst: false).map({ coref.entities[$0].kind == .person }) ?? false { return 0..<k }
        // a transcript's upper-case speaker name ("COUNCILLOR JANE ROE:"): two words, or a title and a name
        let caps = (0..<k).filter { toks[$0].kind == .word }.allSatisfy { SpeakerRecognizer.isAllCaps(toks[$0]) }
        if caps && (words.count >= 2 || sawTurn) { return 0..<k }
        return nil
    }

    /// The claim of an interview or transcript turn.
    mutating func turnClaim(_ toks: TokenList, _ label: Range<Int>, _ pi: Int) {
        let words = label.filter { toks[$0].kind == .word }.map { toks[$0].lower }
        if words.count == 1 && WordLists.interviewers.contains(words[0]) { return }
        if words.contains(where: { bylineWords.contains($0) }) { return }
        var speaker: SpeakerMention
        var entity: Int?
        if words.count == 1 && ["a", "answer"].contains(words[0]) {
            if interviewee == nil {
                var best: Entity? = nil
                for e in coref.entities where e.kind == .person && !e.words.isEmpty && !e.plural {
                    if best == nil || e.mentions > best!.mentions { best = e }
                }
                interviewee = best?.id
            }
            guard let id = interviewee else { return }
            let e = coref.entities[id]
            speaker = SpeakerMention(name: e.name, mention: e.name, role: e.role, members: e.members, kind: e.kind)
            entity = id
        } else {
            let resolver = SpeakerResolver(toks: toks, text: text, coref: coref)
            (speaker, entity) = resolver.resolve(label, paragraph: pi)
        }
        let a = toks[label.upperBound + 1].start, b = toks[toks.count - 1].end
        var c = ExtractedClaim(kind: .direct, speaker: speaker, cue: nil, statement: text.string(a, b), span: Span(start: a, end: b), checkworthiness: 0.3)
        if let o = occasion {
            Self.date(&c, ClaimDate(text: o.0, resolution: o.1, source: .carried, paragraph: occasionParagraph))
        } else {
            sentenceIndex = 0
            Self.date(&c, continuedEventDate(pi, speaker: (entity, speaker), cue: nil))
            noteParticipant(c)
        }
        if let id = entity { coref.noteSpeaker(id, pos: a, paragraph: pi) }
        claims.append(Pending(claim: c, paragraph: pi, pos: a, entity: entity, lastQuoteOpen: false))
    }

    /// A short quotation at the head of a clause used as the name of a speaker: “Two senior officials” said ...
    mutating func markLabels(_ toks: TokenList, _ firstRegion: Int) {
        for q in firstRegion..<regions.count {
            let r = regions[q]
            guard r.closed, r.wordCount >= 1, r.wordCount <= 6 else { continue }
            let after = r.closeTok + 1
            guard after < toks.count, toks[after].kind == .word, !toks[after].isCap else { continue }
            let verb = Lexicon.cues[toks[after]].map { $0.form == .past || $0.form == .third } ?? false
            guard verb || WordLists.gaveOffered.contains(toks[after]) else { continue }
            // the quote begins its clause
            let b = r.openTok - 1
            guard b < 0 || WordLists.marks.contains(toks[b]) || toks[b].kind == .quote else { continue }
            var inner = false
            for k in (r.openTok + 1)..<r.closeTok where (toks[k].code == "." || toks[k].code == "?" || toks[k].code == "!" || toks[k].code == ",") { inner = true }
            if inner { continue }
            regions[q].isLabel = true
        }
    }

    static let frontAdverbs: WordSet = ["last", "this", "next", "earlier", "later", "yesterday", "today", "tonight", "now", "then",
                                            "overall", "however", "also", "still", "meanwhile", "separately", "similarly", "instead",
                                            "previously", "recently", "initially", "finally", "ultimately"]

    /// The token where the main clause's subject starts, after fronted connectives, adverbials and
    /// subordinate clauses; always an index inside `s` for a non-empty sentence. `extended` (for the speaker
    /// of a participle or a block quotation): several fronted phrases may stand in a row ("On Thursday, after
    /// weeks of silence, X ..."); a phrase that opens with a determiner and names a time ("The day before, X
    /// ...") or with "back" ("Back in 2009, X") is one too; and a place's state or country after a comma ("At a
    /// rally in Dayton, Ohio, X ...") stays in the phrase. Without it, one phrase at most, as the subject that
    /// coreference and dating remember.
    func mainSubjectStart(_ toks: TokenList, _ s: Range<Int>, extended: Bool = false) -> Int {
        var k = s.lowerBound
        while k < s.upperBound && (toks[k].has(WordFlag.connective) || toks[k].code == ",") { k += 1 }
        guard k < s.upperBound else { return s.lowerBound }
        var phrases = 0
        while phrases < (extended ? 3 : 1), let next = afterFrontedPhrase(toks, s, at: k, first: phrases == 0, extended: extended) {
            k = next; phrases += 1
        }
        return k
    }

    /// The start of the clause after the fronted phrase at `k` (past its comma), or nil when none opens at `k`.
    /// After a first phrase a capitalised word is a name ("Ebeling"), not a participle.
    func afterFrontedPhrase(_ toks: TokenList, _ s: Range<Int>, at k: Int, first: Bool, extended: Bool) -> Int? {
        let limit: Int
        // "62-year-old Jo Roe": an age before a name opens the subject, not a phrase
        let age = toks[k].kind == .number && toks[k].lower.contains("-") && k + 1 < s.upperBound && toks[k + 1].isCap && toks[k + 1].kind == .word
        // "Hastily politicizing the flood, Roe ...": an adverb before a participle; "even as shares fell, Roe ...":
        // an adverb before a subordinator
        let adverbParticiple = first && toks[k].lower.hasByteSuffix("ly") && k + 1 < s.upperBound && !toks[k + 1].isCap && toks[k + 1].lower.hasByteSuffix("ing")
            || Self.modifiesOpener(toks, s, k)
        // "Published in the notices section of the Times, the advert read: ...", "Based in Leeds, the firm ...": a past
        // participle and its preposition lead the sentence (not a name: "Ahmed in ...")
        let pastParticiple = first && toks[k].kind == .word && toks[k].lower.hasByteSuffix("ed") && toks[k].lower.utf8.count > 5
            && k + 1 < s.upperBound && toks[k + 1].has(WordFlag.preposition) && !toks[k + 1].isCap && Coreference.firstNameGender(toks[k].lower) == 0
        if toks[k].has(WordFlag.frontAdverb) || toks[k].code == "back" && k + 1 < s.upperBound && toks[k + 1].has(WordFlag.preposition) {
            limit = 8
        } else if toks[k].has(WordFlag.preposition | WordFlag.subordinator | WordFlag.month | WordFlag.weekday) || toks[k].kind == .number && !age || (first || !toks[k].isCap) && (toks[k].lower.hasByteSuffix("ing") || toks[k].code == "asked") || adverbParticiple || pastParticiple {
            limit = 30
        } else if extended, toks[k].has(WordFlag.determiner), (k + 1..<min(s.upperBound, k + 4)).contains(where: { toks[$0].has(WordFlag.timeHint) }) {
            limit = 5
        } else { return nil }
        // "On Sunday morning Mr. Roe wrote ...", "In 2012 the board began ...": a preposition and time words, then
        // without a comma a capitalised word or a determiner that opens the subject
        if toks[k].has(WordFlag.preposition) {
            var m = k + 1
            while m < s.upperBound && m - k <= 4 && toks[m].quote < 0 && (toks[m].namesTime || toks[m].kind == .number && !toks[m].lower.contains(",")) { m += 1 }
            if m > k + 1, m + 1 < s.upperBound, toks[m].quote < 0, toks[m].kind == .word,
               toks[m].isCap && !toks[m].has(WordFlag.weekday | WordFlag.month | WordFlag.preposition | WordFlag.subordinator) || toks[m].has(WordFlag.determiner) && !toks[m].isCap {
                return m
            }
        }
        // "Hastily politicizing the flood — much like he did in March — Roe cast ...": a participle's phrase
        // closed by an aside between dashes, or by one dash, before a capitalised subject
        let participial = toks[k].lower.hasByteSuffix("ing") || adverbParticiple
        var j = k
        while j < s.upperBound && j - k < limit {
            if participial && j > k + 1 && toks[j].quote < 0 && WordLists.dashes.contains(toks[j]) {
                var m = j + 1
                while m < s.upperBound && m - j < 20 && !(WordLists.dashes.contains(toks[m]) && toks[m].quote < 0) && toks[m].code != "," { m += 1 }
                let close = m < s.upperBound && WordLists.dashes.contains(toks[m]) ? m : j
                if close + 1 < s.upperBound, toks[close + 1].kind == .word, toks[close + 1].isCap, toks[close + 1].quote < 0 { return close + 1 }
                return nil
            }
            // `In an interview with “Harbour Hour,” Roe said ...`: the phrase's comma inside its closing quotation
            if toks[j].kind == .quote && !toks[j].opens && j > k + 1 && toks[j - 1].code == "," {
                return j + 1 < s.upperBound ? j + 1 : nil
            }
            // the clause after the comma, when there is one
            if toks[j].code == "," && toks[j].quote < 0 {
                var n = j + 1
                // "in Dayton, Ohio, X", "Speaking in Salem, New Hampshire, X": a state or country after the place
                // the phrase names
                let placeBefore = extended && n < s.upperBound && n - 1 > k && toks[n - 2].isCap && (k..<(n - 2)).contains { toks[$0].has(WordFlag.preposition) }
                if placeBefore, let closing = Coreference.placeApposition(toks, s, comma: j) { n = closing + 1 }
                // "in Beaumont, Tex., X", "in Concord, N.H., X": an abbreviated state, its periods included
                else if placeBefore, n < s.upperBound, toks[n].isCap, toks[n].kind == .word {
                    var m = n + 1
                    while m < s.upperBound && m - n <= 4 && !toks[m].spaceBefore && (toks[m].code == "." || toks[m].isCap && toks[m].kind == .word) { m += 1 }
                    if m > n + 1, m < s.upperBound, toks[m - 1].code == ".", toks[m].code == "," { n = m + 1 }
                }
                return n < s.upperBound ? n : nil
            }
            j += 1
        }
        return nil
    }

    /// "Shortly before 1 a.m.", "even as shares fell", "Soon after the vote", "Just before noon": a word that
    /// modifies the preposition or subordinator after it, so the phrase is fronted as that one would be.
    static func modifiesOpener(_ toks: TokenList, _ s: Range<Int>, _ k: Int) -> Bool {
        guard k + 1 < s.upperBound, toks[k].kind == .word,
              toks[k + 1].has(WordFlag.preposition | WordFlag.subordinator) || WordLists.adverbialSubordinators.contains(toks[k + 1]) else { return false }
        let w = toks[k].lower
        return w.hasByteSuffix("ly") && w.utf8.count > 4 && !toks[k].has(WordFlag.cue) || WordLists.subordinatorAdverbs.contains(toks[k])
    }

    /// "Roe's fans, he writes, are ...", "Reed never fixed it, he argued": where a statement that comes before its
    /// pronoun speaker begins, so that the people it names are no candidates for the pronoun (the one who
    /// argues Reed failed is someone else, who spoke before it). Nil when the statement names someone for the
    /// first time ("Roe was pro Harbro, he said" keeps Roe, introduced there) or no one of the pronoun spoke
    /// before it. A statement that opens with a possessive name ("Roe's", "Nate Roe's") is another's, introduced
    /// or not.
    func frontedContentStart(_ toks: TokenList, _ f: Frame, _ s: Range<Int>, speaker r: Range<Int>, paragraph pi: Int) -> Int? {
        guard r.count == 1, toks[r.lowerBound].has(WordFlag.subjectPronoun), let a = f.parts.first?.lowerBound, a >= s.lowerBound, a < r.lowerBound else { return nil }
        var k = a
        if toks[k].kind == .quote { k += 1 }
        while k < r.lowerBound && k - a < 5 && toks[k].kind == .word && toks[k].isCap {
            if toks[k].isPossessive { return toks[a].start }
            k += 1
        }
        // ("Ms. Roe was glad, she said", where no other woman spoke before: Roe's)
        guard !coref.introducesPerson(in: toks[a].start..<toks[r.lowerBound].start),
              let before = coref.resolvePronoun(AttributionFinder.pronounBase(toks[r.lowerBound].lower), pos: toks[a].start, paragraph: pi),
              coref.entities[before].spoke else { return nil }
        return toks[a].start
    }

    /// Gives `c` the date `d`, or none.
    static func date(_ c: inout ExtractedClaim, _ d: ClaimDate?) {
        c.whenText = d?.text; c.when = d?.resolution; c.dateSource = d?.source; c.dateParagraph = d?.paragraph
    }

    /// The date of an expression in the claim's own clause, in body paragraph `paragraph` (1-based), for an article
    /// published on `reference`. (Static, as the run's helpers that the sentence calls are: a method of the run
    /// called there would be handed a copy of the whole run.)
    static func explicitDate(_ spot: TimeSpot, _ r: TimeResolution?, paragraph: Int, reference: CivilDate?) -> ClaimDate {
        let publication = r.map { $0.grain == .day && $0.start == reference } ?? false
            && Self.publicationDayWords.contains { spot.text.lowercased().contains($0) }
        return ClaimDate(text: spot.text, resolution: r, source: publication ? .publication : .explicit, paragraph: paragraph)
    }

    /// "Asked about the audit in an interview on Wednesday, X said ...", "Speaking to reporters on Thursday,
    /// X said ...": a fronted clause that tells the occasion of the speaker's own words. Its date is the
    /// speaker's, as a date in the attribution is.
    static let conversationOpeners: WordSet = ["asked", "speaking", "interviewed", "talking", "responding", "testifying"]

    static let publicationDayWords = ["today", "tonight", "this morning", "this afternoon", "this evening"]

    /// "Giving evidence on Wednesday, X said ...": a witness's testimony, an occasion of one person's own words
    /// as "Testifying on Wednesday" is.
    func givingEvidence(_ toks: TokenList, _ s: Range<Int>) -> Bool {
        s.count > 2 && toks[s.lowerBound].code == "giving" && Self.testimonyNouns.contains(toks[s.lowerBound + 1])
    }

    static let testimonyNouns: WordSet = ["evidence", "testimony"]

    /// The event date a claim of `speaker` in paragraph `pi` continues without a break, if any: the story told
    /// since the date was given has not turned to background (see ``isBackground``). A date given in an
    /// attribution ("said Sunday") is that speaker's: only their own later claims continue it. A statement in the
    /// present ("says", "reports") is the time of writing and continues no event. `speaker` nil: an assertion or
    /// a quote of no known speaker.
    func continuedEventDate(_ pi: Int, speaker: (entity: Int?, mention: SpeakerMention)?, cue: String?, atEvent: Bool = false) -> ClaimDate? {
        guard let e = eventDate, mayContinue(e, pi, speaker: speaker, cue: cue, atEvent: atEvent) else { return nil }
        return e.carried
    }

    /// Whether a claim of `speaker` in paragraph `pi` continues the event dated `e`. After an aside to another
    /// time, only the speakers who already took part in the event do (others are quoted from elsewhere: a
    /// report, a campaign, a later interview).
    /// `atEvent`: the sentence places the speaker at an event the story tells (``placesAtEvent(_:_:contents:)``).
    func mayContinue(_ e: ClaimDate, _ pi: Int, speaker: (entity: Int?, mention: SpeakerMention)?, cue: String?, atEvent: Bool = false) -> Bool {
        let paragraph = pi - bodyStart + 1
        if let cue, Self.isPresentCue(cue) { return false }
        // "“...,” Abu Laban wrote." after "Osman took part in funeral prayers on Friday": a post or a column is
        // written at a time of its own, not on the day of another act (unless the event told was a telling; a
        // month told, "In early February, ...", holds what was posted in it)
        if let cue, !e.telling, e.resolution?.grain == .day, Self.isWritingCue(cue) { return false }
        // "A poll released Friday found ...": no one spoke at a publication (what the article goes on to tell of
        // it, in its own words, continues it)
        if e.publication && speaker != nil { return false }
        // a week, a season or a year ("Last year, the county ...") is the time of a story, not of one occasion:
        // the text does not date the statements told inside it (only a day or a month carries)
        if let g = e.resolution?.grain, g != .day && g != .month { return false }
        // a document cited for what it holds was not written at the event
        if let sp = speaker?.mention, Self.isDocumentSpeaker(sp) || isOutsideFinding(sp, cue: cue) || isCitedSource(sp, cue: cue) { return false }
        // "Some Clinton allies suggested ...", "several women said ...": voices counted, not named, speak at no one time
        if let sp = speaker?.mention, Self.isIndefiniteGroup(sp), !isParticipant(sp) { return false }
        // past the paragraph after the one that dates the event, only its own speakers, and those their sentence
        // places there, go on with it: anyone else quoted further on speaks at no time the text gives
        // (and after a sentence of the story's own, "the quote right after it" is past: from the next paragraph on)
        if paragraph > e.paragraph + (eventGap ? 0 : 1) && !atEvent && !isParticipant(speaker?.mention) { return false }
        // a date of the story's past (more than a month before publication): a new voice quoted after it is the
        // reporter's source, heard at a time the text does not give; only the event's own speakers go on with it
        // (unless the date was given for an act of speaking, which the quote right after it tells)
        if let sp = speaker?.mention, !atEvent, e.speakerName == nil, let r = e.resolution,
           let published = anchor.normalizer?.reference, published.dayNumber - r.end.dayNumber > Self.storyPastDays,
           !(e.speechAct && paragraph <= e.paragraph + 1), !isParticipant(sp) { return false }
        if let sp = speaker?.mention, Self.isAmong(sp, heardElsewhere) { return false }
        // a day after publication ("in the Aug. 30 primary" in a story of July) is the time of no telling the story reports
        if let r = e.resolution, let published = anchor.normalizer?.reference, r.start.dayNumber > published.dayNumber { return false }
        if let name = e.speakerName {
            // "Her office confirmed ...": not the speaker the date was given for, but a body of theirs
            guard let sp = speaker, !eventInterrupted, !Self.isPossessiveMention(sp.mention) else { return false }
            // (the one spoken to answers at the same occasion: "Hannity asked Trump Wednesday if ...", then Trump)
            if !Self.isHearer(sp.mention, e.hearerName) {
                if let a = e.speakerEntity, let b = sp.entity { if a != b { return false } } else if name != sp.mention.name { return false }
            }
        }
        if eventAside { return isParticipant(speaker?.mention) }
        // "“...,” said Kunin." after "On Thursday, Sanders hedged ...": a voice the article quoted undated before,
        // who took no part in the event and whom its sentence does not name, speaks at no time the text gives
        if let sp = speaker?.mention, !atEvent, !isParticipant(sp), !(speaker?.entity.map(eventNamed.contains) ?? false), Self.isAmong(sp, undatedVoices) { return false }
        return true
    }

    /// An event date that ends more than this many days before publication lies in the story's past (see
    /// ``mayContinue``).
    static let storyPastDays = 31

    /// Whether `speaker` is one of the event's own speakers (``eventSpeakers``: those its date was given for, or
    /// whose claims it already dates) by one of their names or their members'; no speaker is none.
    func isParticipant(_ speaker: SpeakerMention?) -> Bool {
        guard let sp = speaker else { return false }
        return Self.isAmong(sp, eventSpeakers)
    }

    /// Whether `sp` is the one named as the hearer of a telling (`hearer`, "Trump" in "asked Trump Wednesday"):
    /// one of their names is it, or one ends with the other ("Donald Trump" and "Trump", "Ruiz" and "Mayor Ana
    /// Ruiz").
    static func isHearer(_ sp: SpeakerMention, _ hearer: String?) -> Bool {
        guard let h = hearer?.lowercased(), !h.isEmpty else { return false }
        return names(sp).contains { $0 == h || $0.hasSuffix(" " + h) || h.hasSuffix(" " + $0) }
    }

    /// Whether one of `sp`'s names (see ``names(_:)``) is in `set`.
    static func isAmong(_ sp: SpeakerMention, _ set: Set<String>) -> Bool {
        !set.isEmpty && names(sp).contains(where: set.contains)
    }

    /// A speaker's name and its members' names, lower-cased.
    static func names(_ sp: SpeakerMention) -> [String] {
        ([sp.name] + sp.members).map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    /// A claim dated by the current event date takes part in that event.
    mutating func noteParticipant(_ c: ExtractedClaim) {
        guard let e = eventDate, c.dateParagraph == e.paragraph, c.whenText == e.text else { return }
        eventSpeakers.formUnion(Self.names(c.speaker))
    }

    /// Words that open a relative clause.
    static let relativizers: WordSet = ["that", "which", "who", "whom", "whose"]
    /// Words that open a content clause inside a sentence ("angry at how the board has treated her").
    static let clauseWhWords: WordSet = ["how", "what", "why", "whether"]

    /// Forms of "ask" right before the one asked ("Conroy asked Sanders whether ...").
    static let askedForms: WordSet = ["asked", "asks", "asking"]

    /// "wrote", "tweeted", "posted": a cue of writing.
    static func isWritingCue(_ cue: String) -> Bool {
        guard let lemma = Lexicon.cues[firstWordLowercased(cue)]?.lemma else { return false }
        return writingLemmas.contains(lemma)
    }
    static let writingLemmas: Set<String> = ["write", "tweet", "post"]

    /// "says", "report", "has said": a reporting verb in the present or the perfect.
    static func isPresentCue(_ cue: String) -> Bool {
        let first = firstWordLowercased(cue)
        if first == "has" || first == "have" { return true }
        // "characterizes herself as": an evaluative verb in the present is one too
        guard let form = Lexicon.cues[first]?.form ?? Lexicon.evaluative[first]?.form else { return false }
        return form == .third || form == .base
    }

    /// The words of `cue` up to its first space, lower-cased. A short ASCII first word followed by an ASCII byte
    /// (or nothing) is lower-cased on the bytes; others by characters (a space before a combining mark is no
    /// word break for them).
    static func firstWordLowercased(_ cue: String) -> String {
        var s = cue
        let ascii = s.withUTF8 { b -> String? in
            let end = b.firstIndex(of: 0x20) ?? b.count
            guard end + 1 >= b.count || b[end + 1] < 0x80 else { return nil }
            return withASCIILowercased(UnsafeBufferPointer(rebasing: b[..<end])) { String(decoding: $0, as: UTF8.self) }
        }
        return ascii ?? String(cue.lowercased().prefix { $0 != " " })
    }

    /// The sentence leaves the event being told for background, in the article's own words (outside quotes and
    /// reported contents): a question ("So why did he relent?"), or the present perfect ("has already hinted").
    static func isBackground(_ toks: TokenList, _ s: Range<Int>, contents: [Range<Int>], regions: [QuoteRegion]) -> Bool {
        func own(_ k: Int) -> Bool {
            (toks[k].quote < 0 || regions[toks[k].quote].isLabel) && !contents.contains { $0.contains(toks[k].start) }
        }
        // "an issue that has vexed the party for decades", "angry at how the board has treated her": background told
        // in a relative or content clause; the sentence itself goes on with the event ("One of the sharpest
        // exchanges came over health care, ...")
        func inEmbeddedClause(_ k: Int) -> Bool {
            var j = k - 1
            while j >= s.lowerBound && toks[j].code != "," && toks[j].code != ";" {
                if toks[j].kind == .word && (Self.relativizers.contains(toks[j]) || Self.clauseWhWords.contains(toks[j])) { return true }
                j -= 1
            }
            return false
        }
        var last = s.upperBound - 1
        while last > s.lowerBound && toks[last].kind == .quote { last -= 1 }
        if toks[last].code == "?" && own(last) { return true }
        for k in s where toks[k].kind == .word && Self.perfectAuxiliaries.contains(toks[k]) && own(k) && !inEmbeddedClause(k) {
            var j = k + 1
            while j < s.upperBound && j <= k + 3 && toks[j].kind == .word && (Self.perfectAdverbs.contains(toks[j]) || toks[j].lower.hasByteSuffix("ly")) { j += 1 }
            guard j < s.upperBound, toks[j].kind == .word, own(j) else { continue }
            let w = toks[j].lower
            if w.hasByteSuffix("ed") || w.hasByteSuffix("en") || toks[j].has(WordFlag.irregularPast) { return true }
        }
        return false
    }

    static let perfectAuxiliaries: WordSet = ["has", "have"]

    /// The reporting verb at token `cue` is in the present progressive ("are gently urging", "is arguing"): the
    /// time of writing, as a statement in the present is.
    static func isProgressiveCue(_ toks: TokenList, _ s: Range<Int>, at cue: Int) -> Bool {
        guard toks[cue].lower.hasByteSuffix("ing") else { return false }
        var k = cue - 1
        while k >= s.lowerBound && toks[k].kind == .word && toks[k].lower.hasByteSuffix("ly") { k -= 1 }
        return k >= s.lowerBound && toks[k].kind == .word && Self.presentBe.contains(toks[k])
    }

    static let presentBe: WordSet = ["is", "are", "am", "’re", "'re"]

    /// Whether the words from scalar `from` to the cue at `cue` stay in one clause: no punctuation, no
    /// conjunction and no relative pronoun between ("A Feb. 1 letter from the group warns").
    static func leadsToCue(_ toks: TokenList, _ s: Range<Int>, from: Int, to cue: Int) -> Bool {
        guard from <= cue else { return false }
        for k in s where toks[k].start >= from && toks[k].start < cue {
            if toks[k].kind == .punct || toks[k].kind == .quote || Self.clauseLinks.contains(toks[k]) { return false }
        }
        return true
    }

    static let clauseLinks: WordSet = ["and", "but", "or", "that", "which", "who", "while", "as", "because", "so"]

    /// The reporting verb at token `cue` is in the perfect ("had warned", "has long said"): the statement
    /// came before the event being told.
    static func isPerfectCue(_ toks: TokenList, _ s: Range<Int>, at cue: Int) -> Bool {
        var k = cue - 1
        while k >= s.lowerBound && k >= 0 && toks[k].kind == .word && (Self.perfectAdverbs.contains(toks[k]) || toks[k].lower.hasByteSuffix("ly")) { k -= 1 }
        return k >= s.lowerBound && toks[k].kind == .word && (Self.perfectAuxiliaries.contains(toks[k]) || toks[k].code == "had")
    }
    static let perfectAdverbs: WordSet = ["not", "already", "long", "also", "never", "since", "just", "yet", "previously", "once", "recently"]

    /// "Still, some economists have doubts. They note that ...", "Major carmakers ... are racing ..., but they have
    /// complained that ...": a plural subject of people or bodies in lower case, who say nothing in their own
    /// clause, is what a later "they" stands for.
    func notePluralSubject(_ toks: TokenList, _ s: Range<Int>, _ start: Int, frames: [Frame], finder: AttributionFinder, resolver: SpeakerResolver, paragraph pi: Int) {
        guard start < s.upperBound, toks[start].kind == .word, !toks[start].has(WordFlag.subjectPronoun), toks[start].quote < 0,
              let r = finder.clauseSubject(start), r.count >= 2 || !toks[start].isCap, case let head = toks[r.upperBound - 1],
              head.kind == .word, !head.isCap, head.lower.hasByteSuffix("s"), Lexicon.anonymousHeads.contains(head) || Lexicon.orgHeads.contains(head),
              !frames.contains(where: { if case .subject(let f) = $0.source { return f.lowerBound <= r.lowerBound && r.lowerBound < f.upperBound } else { return false } })
        else { return }
        let (_, id) = resolver.resolve(r, paragraph: pi)
        if let id, coref.entities[id].plural { coref.noteSubject(id, pos: toks[r.lowerBound].start, paragraph: pi) }
    }

    mutating func sentence(_ toks: TokenList, _ s: Range<Int>, _ pi: Int, _ consumed: inout Set<Int>) -> ClaimDate? {
        var eventSetHere = false
        let paragraph = pi - bodyStart + 1, reference = anchor.normalizer?.reference
        let subjStart = mainSubjectStart(toks, s)
        // the subject past every fronted phrase ("At a rally in Portland, Maine, on Thursday, Trump ...")
        let fullSubjStart = mainSubjectStart(toks, s, extended: true)
        let named = coref.observe(toks, s, text: text, paragraph: pi, subjectStart: fullSubjStart)
        let finder = AttributionFinder(toks: toks, quotes: regions, text: text, sentence: s)
        let frames = finder.frames()
        let resolver = SpeakerResolver(toks: toks, text: text, coref: coref)
        // "The bank lowered ...", "The Smith campaign responded ...": an organisation described, not
        // named, as the subject is what a later "it" refers to ("Harbour’s Daily Star newspaper published ...": a
        // place's possessive before the named one)
        let possessiveOpener = toks[subjStart].kind == .word && toks[subjStart].isCap && toks[subjStart].isPossessive
        if subjStart + 1 < s.upperBound, toks[subjStart].code == "the" || possessiveOpener {
            var h = subjStart + 1
            while h < min(s.upperBound, subjStart + 4) && toks[h].isCap && toks[h].kind == .word { h += 1 }
            if h < s.upperBound, !toks[h].isCap, toks[h].kind == .word, toks[h].quote < 0, toks[h].has(WordFlag.orgHead),
               h + 1 >= s.upperBound || toks[h + 1].code != "of", h > subjStart + 1 || !possessiveOpener {
                let pos = toks[subjStart].start
                if h > subjStart + 1 {
                    // "The Smith campaign": a named one
                    let (m, id) = resolver.resolve((possessiveOpener ? subjStart + 1 : subjStart)..<(h + 1), paragraph: pi)
                    if var id, m.kind == .organization {
                        if coref.entities[id].kind != .organization {
                            // "The Smith campaign": the organisation named after a person, not the person
                            let r = (subjStart + 1)..<(h + 1)
                            id = coref.addGroup(name: text.string(toks[r.lowerBound].start, toks[r.upperBound - 1].end), kind: .organization,
                                                plural: false, members: [], role: nil)
                            coref.entities[id].words = Coreference.wordsOf(toks, r)
                        }
                        coref.noteSubject(id, pos: pos, paragraph: pi)
                    }
                } else if let id = coref.latestSalientOrganization(before: pos, paragraph: pi) ?? coref.latestSpeakingOrganization(before: pos, named: toks[h].lower) {
                    // "The bank": the organisation in focus
                    coref.noteSubject(id, pos: pos, paragraph: pi)
                }
            }
        }
        notePluralSubject(toks, s, fullSubjStart, frames: frames, finder: finder, resolver: resolver, paragraph: pi)
        let mayHaveTime = s.contains { toks[$0].has(WordFlag.timeHint) || toks[$0].kind == .number && Self.dateLikeNumber(toks[$0].lower) }
        let spots = mayHaveTime ? TemporalAnchor.spots(text, toks[s.lowerBound].start, toks[s.upperBound - 1].end) : []

        // claims of this sentence, with the scalar ranges of their contents
        var made: [SentenceClaim] = []
        var lastSpeaker: (SpeakerMention, Int?)? = nil
        var lastCueEnd: Int? = nil
        for f in frames {
            var sp: (SpeakerMention, Int?)
            switch f.source {
            case .subject(let r), .label(let r):
                sp = resolver.resolve(r, paragraph: pi, contentStart: frontedContentStart(toks, f, s, speaker: r, paragraph: pi))
            case .inherit:
                // ("Roe ruled that ..., but the appeal court cleared him, saying ...": a clause with its own subject, a
                // noun phrase and its verb, after the last frame's cue gives the participle its subject; not a list's
                // last item, ", and Harbour staff, adding", nor a pronoun that goes on with what was said)
                let coordinated = finder.coordinatedClauseStart(before: f.cue.lowerBound)
                if let c = coordinated, let last = lastCueEnd, c > last, let r = finder.inheritedSubject(c), r.upperBound < f.cue.lowerBound,
                   finder.verbLike(r.upperBound), !(r.count == 1 && toks[r.lowerBound].has(WordFlag.subjectPronoun)) {
                    sp = resolver.resolve(r, paragraph: pi)
                } else if let l = lastSpeaker { sp = l }
                else if let r = finder.inheritedSubject(coordinated ?? fullSubjStart),
                        r.upperBound <= f.cue.lowerBound { sp = resolver.resolve(r, paragraph: pi) }
                else { continue }
            }
            lastCueEnd = f.cue.upperBound
            // the participle's subject is the one of the clause: keep its mention
            lastSpeaker = sp
            if let id = sp.1 { coref.noteSpeaker(id, pos: toks[f.cue.lowerBound].start, paragraph: pi) }
            var contents: [Range<Int>] = []
            var pieces: [String] = []
            var mixed = false
            var lastOpen = false
            for whole in f.parts {
                let part = max(whole.lowerBound, s.lowerBound)..<max(max(whole.lowerBound, s.lowerBound), min(whole.upperBound, s.upperBound))
                if part.isEmpty { continue }
                if let q = f.quotes.first(where: { regions[$0].openTok == part.lowerBound }) {
                    let r = regions[q]
                    guard r.contentStart < r.contentEnd else { continue }
                    contents.append(r.contentStart..<r.contentEnd)
                    pieces.append(text.string(r.contentStart, r.contentEnd))
                    consumed.insert(q)
                    lastOpen = !r.closed
                } else {
                    let a = toks[part.lowerBound].start, b = toks[part.upperBound - 1].end
                    contents.append(a..<b)
                    pieces.append(text.string(a, b))
                    for k in part where toks[k].kind == .quote && toks[k].quote >= 0 && !regions[toks[k].quote].isLabel {
                        consumed.insert(toks[k].quote)
                        if regions[toks[k].quote].wordCount >= 1 { mixed = true }
                    }
                }
            }
            guard !contents.isEmpty else { continue }
            let statement = pieces.joined(separator: " […] ")
            guard !statement.unicodeScalars.dropFirst(2).isEmpty else { continue }
            let kind: ClaimKind = f.isDirect && !f.narratedPart ? .direct : (mixed || f.isDirect ? .mixed : .indirect)
            let recipient = f.recipient.map { text.string(toks[$0.lowerBound].start, toks[$0.upperBound - 1].end) }
            let claim = ExtractedClaim(kind: kind, speaker: sp.0, cue: f.cueText, recipient: recipient, statement: statement,
                                       span: Span(start: contents.first!.lowerBound, end: contents.last!.upperBound),
                                       checkworthiness: Checkworthiness.score(toks, s.clamped(to: f.parts[0]), times: 0))
            let attrA = toks[min(f.left, f.cue.lowerBound)].start
            // the attribution runs on to the part of the statement after the cue ("The storm, X told CNN on
            // Sunday, “broke ...”": the day is the telling's)
            let nextPart = f.parts.lazy.map(\.lowerBound).filter { $0 >= f.cue.upperBound && $0 <= s.upperBound }.min() ?? 0
            let attrB = toks[max(f.cue.upperBound, min(f.right, s.upperBound), nextPart) - 1].end
            let toInquiry = f.recipient.map { Self.inquiryRecipients.contains(toks[$0.upperBound - 1]) } ?? false
            made.append(SentenceClaim(claim: claim, cue: toks[f.cue.lowerBound].start, cueToken: f.cue.lowerBound, entity: sp.1, contents: contents, lastOpen: lastOpen, attr: attrA..<(attrB + 1), toInquiry: toInquiry))
        }
        // "Conroy asked Sanders whether ...": the one asked answers next, so a "he said" after it is theirs (not
        // when the asking is told inside what someone says)
        for (id, r) in named where r.lowerBound > s.lowerBound && Self.askedForms.contains(toks[r.lowerBound - 1]) && toks[r.lowerBound - 1].quote < 0
            && coref.entities[id].kind == .person && !made.contains(where: { $0.contents.contains { $0.contains(toks[r.lowerBound].start) } }) {
            coref.noteSubject(id, pos: toks[r.lowerBound].start, paragraph: pi)
        }
        // "... Bonham asked one woman. “No,” she said.": a person described as the one asked, a noun that shows
        // the gender, answers next too
        for f in frames where Self.askedForms.contains(toks[f.cue.lowerBound]) {
            let k = f.cue.lowerBound
            guard k + 2 < s.upperBound, SpeakerResolver.indefiniteOpeners.contains(toks[k + 1]),
                  let h = SpeakerResolver.describedPersonHead(toks, opener: k + 1, before: min(s.upperBound, k + 4)), case let head = toks[h],
                  head.has(WordFlag.male | WordFlag.female) else { continue }
            let id = coref.addGroup(name: text.string(toks[k + 1].start, head.end), kind: .anonymous, plural: false, members: [], role: nil)
            coref.entities[id].gender = head.has(WordFlag.female) ? 2 : 1
            coref.noteSubject(id, pos: toks[k + 1].start, paragraph: pi)
        }

        // dates: expressions outside every content and quotation are the narrative's
        // (the claims and time spots below are read in place, by index: a copy of one retains every string it holds)
        var allContents: [Range<Int>] = []
        for k in made.indices { allContents += made[k].contents }
        func outside(_ sp: TimeSpot) -> Bool {
            !allContents.contains { $0.lowerBound <= sp.start && sp.start < $0.upperBound }
                && !isQuoted(toks, s, sp.start)
        }
        // "Six months ago, the senator said, the media ...": an expression fronted before a parenthetical
        // attribution opens the reported words, and is their time, not the telling's
        func frontedIntoParenthetical(_ sp: TimeSpot) -> Bool {
            guard toks[s.lowerBound].start == sp.start else { return false }
            return made.contains { m in
                guard let c = m.contents.first, c.lowerBound > m.cue, m.cueToken + 1 < s.upperBound, toks[m.cueToken + 1].code == "," else { return false }
                guard let t = s.first(where: { toks[$0].start >= sp.end }), toks[t].code == ",", t + 1 < s.upperBound else { return false }
                return toks[t + 1].start == m.attr.lowerBound
            }
        }
        let narrative = spots.filter { outside($0) && !$0.isBound && !frontedIntoParenthetical($0) }
        // a year or month mentioned in passing is not the time of the telling: only day-grain dates, dates
        // fronted before the main clause, and dates in an attribution clause govern
        let frontEnd = subjStart > s.lowerBound ? toks[subjStart].start : -1
        // the date of a plan: a verb of the future before it, or after it when it is fronted
        func isPlanned(_ spot: TimeSpot) -> Bool {
            Self.isPlan(toks, s, contents: allContents, before: spot.start)
                || spot.start < frontEnd && Self.isFrontedPlan(toks, s, contents: allContents, after: spot.end)
        }
        let readings = narrative.map { anchor.reading($0) }
        var resolved = readings.map(\.resolution)
        for k in resolved.indices {
            if let r = resolved[k], let next = anchor.coming(narrative[k], r), isPlanned(narrative[k]) {
                resolved[k] = next
            }
        }
        // "The mayor said Jan. 12 that ...", in December: the day of a telling in the past tense, given in its
        // attribution, is before the article, whatever a coming event's date would be
        for k in resolved.indices where readings[k].pastDay != nil {
            if made.contains(where: { $0.attr.contains(narrative[k].start) && !($0.claim.cue.map(Self.isPresentCue) ?? true) }) {
                resolved[k] = readings[k].past
            }
        }
        // with no publication date to resolve against, each expression's own grain (worked out once)
        let standInGrains = anchor.normalizer == nil ? narrative.map(TemporalAnchor.grain(of:)) : []
        func governs(_ k: Int) -> Bool {
            guard let r = resolved[k] else {
                // no publication date to resolve against: the expression's own grain says whether it governs
                return anchor.normalizer == nil && (standInGrains[k] == .day || narrative[k].start < frontEnd)
            }
            return r.grain == .day || readings[k].widened || narrative[k].start < frontEnd
        }
        if let e = eventDate, e.paragraph != paragraph, Self.isBackground(toks, s, contents: allContents, regions: regions) { eventDate = nil }
        // a count past the publication date (``TemporalAnchor/Reading/pastPublication``): the story has gone on to a
        // time it gives and that was not read; no event date goes on through it
        if readings.contains(where: \.pastPublication) { eventDate = nil }
        // another time in the article's own words in a later paragraph, before or around the event's day (not a
        // plan after it): an aside
        if let e = eventDate?.resolution, eventDate?.paragraph != paragraph {
            // a later time fronted in the article's own words ("The following week, ...") that does not govern
            // (a week, a year): the story has moved on past the event
            let sceneEnd = made.isEmpty ? toks[fullSubjStart].start : -1
            var movedOn = false
            for k in narrative.indices where narrative[k].text != eventDate?.text {
                if let r = resolved[k], r.start <= e.end, !r.spansSameDays(as: e) { eventAside = true }
                if let r = resolved[k], r.start > e.end, narrative[k].start < sceneEnd, !governs(k) { movedOn = true }
            }
            if movedOn { eventDate = nil }
        }
        // "The Accessibility Council was more cautious.": the paragraph turns to outside voices; only the
        // event's own speakers continue it
        if eventDate != nil, sentenceIndex == 0, made.isEmpty, narrative.isEmpty, isStanceTurn(toks, s, subjectStart: subjStart) { eventAside = true }
        // "Shortly after my sentence, ...", "On the eve of the meetings, ...", "Before the vote, ...": a fronted
        // time of another event, undated; only the event's own speakers go on with it
        if eventDate != nil, !narrative.contains(where: { $0.start < frontEnd }), Self.isFrontedOtherTime(toks, s, subjectStart: subjStart) { eventAside = true }
        // "In her written order, she wrote ...": the sentence names the written text the words come from and
        // gives it no date; what is said there continues no earlier event
        let undatedOccasion = !made.isEmpty && frontedOccasion(toks, s, subjectStart: subjStart, Self.writtenOccasionNouns) && !narrative.indices.contains { governs($0) }
        // the sentence places its speakers at the event (``placesAtEvent``), or, in the paragraph that dates the
        // event, fronts a public occasion ("At a news conference, X said")
        let atEvent = eventDate != nil && !made.isEmpty && (Self.placesAtEvent(toks, s, contents: allContents)
            || eventDate?.paragraph == paragraph && frontedOccasion(toks, s, subjectStart: subjStart, Self.publicOccasions)
            || eventDate?.occasion.map { Self.refersToOccasion(toks, s, $0, contents: allContents) } ?? false)
        for m in made {
            var c = m.claim
            // "who previously said", "had warned": a telling at another time, which only its own attribution dates
            let otherTime = Self.isPerfectCue(toks, s, at: m.cueToken) || Self.isOtherTimeCue(toks, s, at: m.cueToken)
            // (asked only while an event holds: with none, nothing is carried)
            let ownOccasion = eventDate != nil && Self.namesOwnOccasion(toks, s, attr: m.attr, contents: allContents)
            if ownOccasion { heardElsewhere.formUnion(Self.names(c.speaker)) }
            let carried: ClaimDate?
            if let e = eventDate, e.paragraph >= paragraph - 1, Self.saysAtTheTime(toks, s, attr: m.attr, frontEnd: frontEnd, contents: allContents) {
                // "said at the time": the time the story just told, in this paragraph or the one before, at whatever
                // grain it was told
                carried = e.carried
            } else if otherTime || Self.isProgressiveCue(toks, s, at: m.cueToken) || undatedOccasion || ownOccasion
                        || isOutsideVoice(toks, s, m) || m.toInquiry {
                carried = nil
            } else {
                carried = continuedEventDate(pi, speaker: (m.entity, c.speaker), cue: c.cue, atEvent: atEvent)
            }
            var best: Int? = nil
            var comingInAttribution = false
            let relativeStart = Self.relativeCueStart(toks, s, cue: m.cueToken)
            // a statement in the present ("unions warn", "critics say") is the time of writing: a date in
            // another clause of the sentence is that clause's; one in its own attribution or subject ("a
            // Feb. 1 letter warns") dates it
            let present = c.cue.map(Self.isPresentCue) ?? false
            for k in narrative.indices where governs(k) && (!present || Self.leadsToCue(toks, s, from: narrative[k].end, to: m.cue)) || m.attr.contains(narrative[k].start) {
                if Self.inRelativeClause(toks, s, at: narrative[k].start, cue: m.cue) || otherTime && !m.attr.contains(narrative[k].start) { continue }
                // (a date before a relative clause's cue that tells of a noun, "Trump's assertion Monday drew
                // rebukes from some who warned ...", is that noun's)
                if let r = relativeStart, narrative[k].start < r, Self.datesANoun(toks, s, at: narrative[k].start) { continue }
                // a time after publication ("Tester, himself up for reelection in 2018, said") is no telling's; in the
                // attribution it leaves the telling's time untold
                if let r = resolved[k], let published = reference, r.start.dayNumber > published.dayNumber {
                    if m.attr.contains(narrative[k].start) { comingInAttribution = true }
                    continue
                }
                if best == nil || abs(narrative[k].start - m.cue) < abs(narrative[best!].start - m.cue) { best = k }
            }
            let inner = spots.indices.first { k in !spots[k].isBound && m.contents.contains { $0.contains(spots[k].start) } }.map { spots[$0] }
            let innerDate = inner.flatMap { anchor.resolve($0) }
            if let b = best {
                Self.date(&c, Self.explicitDate(narrative[b], resolved[b], paragraph: paragraph, reference: reference))
            } else if c.kind != .direct, let inner, let r = innerDate, isNominal(toks, m.contents, inner) {
                // a statement that is a noun phrase ("announced new power cuts this month"): its date is the
                // statement's (a quotation is the speaker's words, not a noun phrase: "“Ask me in March,” he said")
                Self.date(&c, Self.explicitDate(inner, r, paragraph: paragraph, reference: reference))
            } else if let carried, !comingInAttribution {
                Self.date(&c, carried)
            }
            // (a date inside a reported clause, "a fire destroyed the warehouse late Friday, police said", is
            // the time of what is reported, not of the telling: it never dates the statement)
            if c.kind == .direct || c.kind == .mixed { c.checkworthiness = min(1, max(c.checkworthiness, 0.3)) }
            // a quotation that began in an earlier paragraph without attribution: join it to this one
            if c.kind == .direct, let last = claims.last, last.paragraph == pi - 1, last.lastQuoteOpen, last.claim.cue == nil,
               last.claim.kind == .direct, continuesQuote(startingAt: c.span.start) {
                c.statement = last.claim.statement + " […] " + c.statement
                c.span.start = last.claim.span.start
                claims.removeLast()
            }
            noteParticipant(c)
            if let e = eventDate, e.speakerName != nil, !mayContinue(e, pi, speaker: (m.entity, c.speaker), cue: nil) { eventInterrupted = true }
            if eventDate == nil, c.when == nil, !present { undatedVoices.formUnion(Self.names(c.speaker)) }
            claims.append(Pending(claim: c, paragraph: pi, pos: c.span.start, entity: m.entity, lastQuoteOpen: m.lastOpen))
        }

        // the sentence's own date, for assertions and floating quotes
        var own = continuedEventDate(pi, speaker: nil, cue: nil)
        if let first = narrative.first { own = Self.explicitDate(first, resolved[0], paragraph: paragraph, reference: reference) }

        // an assertion: the article's own checkable statement
        let listItem = frames.isEmpty && Self.isListItem(toks, s)
        // a subheading or a list between the paragraphs ("Sandy upsets campaign momentum"): the story turns to
        // another part, and the event told before it ends there (not a line that introduces what follows, "He
        // told the crowd:")
        if listItem && toks[s.upperBound - 1].code != ":" { eventDate = nil }
        if frames.isEmpty && !listItem && !sentenceHasQuote(toks, s) {
            let score = Checkworthiness.score(toks, s, times: narrative.count)
            if score >= threshold {
                var a = s.lowerBound
                while a < s.upperBound && (toks[a].has(WordFlag.connective) || toks[a].code == ",") { a += 1 }
                var b = s.upperBound
                while b > a && (toks[b - 1].code == "." || toks[b - 1].code == "!" || toks[b - 1].code == ";" || toks[b - 1].code == ":") { b -= 1 }
                if b > a {
                    let st = toks[a].start, en = toks[b - 1].end
                    var c = ExtractedClaim(kind: .assertion, speaker: SpeakerMention(name: articleName, mention: articleName, kind: .article),
                                           statement: text.string(st, en), span: Span(start: st, end: en), checkworthiness: score)
                    // an assertion continues an event only within its paragraph
                    Self.date(&c, own?.source == .carried && own?.paragraph != paragraph ? nil : own)
                    claims.append(Pending(claim: c, paragraph: pi, pos: st, entity: nil, lastQuoteOpen: false))
                }
            }
        }
        // move the discourse date (a line of a list, "18 Aug: Swansea (h)", tells no event)
        if !listItem, let k = narrative.indices.first(where: { governs($0) }), !isSubjectModifier(toks, s, narrative[k]) {
            // a date in an attribution ("said in a letter on Monday") dates that statement; it governs what
            // follows only while the paragraph lasts, unless nothing governed before
            if made.indices.contains(where: { made[$0].attr.contains(narrative[k].start) }) {
                if anchorBeforeParagraph == nil { anchorBeforeParagraph = .some(anchor.current) }
            } else { anchorBeforeParagraph = nil; narrativeSetInParagraph = true }
            anchor.set(narrative[k], resolved[k])
            if made.isEmpty && isPlanned(narrative[k]) {
                // a coming event ("The council is scheduled to vote on Aug. 27."): no statement after it took
                // place then, and the event told before it does not go on past it (a date given all the same: a
                // later one in passing starts no new event, see ``isPassingEventDate``)
                eventDate = nil
                eventWasDated = true
            } else if narrative[k].isYearsAway || made.isEmpty && Self.isNowadays(toks, s, narrative[k], subjectStart: subjStart) {
                // "a decade ago", "five years ago": a time of the story known to the year at best (resolved to a
                // month of that year), not the occasion of what is said after it
                eventDate = nil
                eventWasDated = true
            } else if anchor.normalizer == nil, let g = standInGrains[k], g != .day && g != .month {
                // no publication date: a week, a season or a year of the story (known by its grain) starts no event
                // that statements after it continue, as its resolution would tell (see ``mayContinue``)
                eventDate = nil
                eventWasDated = true
            } else if anchor.normalizer == nil || resolved[k] != nil {
                // "said the businessman, who campaigned Monday in New Hampshire": another act of the speaker, told in
                // passing as well
                let aboutSpeaker = made.contains { Self.inRelativeClause(toks, s, at: narrative[k].start, cue: $0.cue) }
                let passing = aboutSpeaker || made.isEmpty && Self.isPassingEventDate(resolved[k], fronted: narrative[k].start < frontEnd, paragraph: paragraph,
                                                                     event: eventDate?.resolution, eventWasDated: eventWasDated,
                                                                     lastEvent: lastEventDay)
                eventBeforePassingDate = passing ? (eventBeforePassingDate ?? savedEvent()) : nil
                eventDate = Self.explicitDate(narrative[k], resolved[k], paragraph: paragraph, reference: reference)
                eventWasDated = true
                if !passing, resolved[k]?.grain == .day { lastEventDay = resolved[k] }
                // (not those whose words are the time of writing: "she suspects", "he says")
                eventSpeakers = Set(made.filter { !($0.claim.cue.map(Self.isPresentCue) ?? false) }.flatMap { Self.names($0.claim.speaker) })
                let speechAct = Self.tellsSpeaking(toks, s, contents: allContents)
                // "Clinton pressed Sanders at a presidential debate Sunday", "Addressing the gala Thursday, Trump
                // described ...": the people the sentence names at an occasion or an act of speaking take part in it
                let namesOccasion = Self.namesSpeakingOccasion(toks, s)
                if namesOccasion || speechAct {
                    for (id, _) in named where coref.entities[id].kind == .person { eventSpeakers.insert(coref.entities[id].name.lowercased()) }
                }
                let publication = made.isEmpty && Self.isPublicationDate(toks, s, at: narrative[k].start)
                eventDate?.publication = publication
                eventDate?.speechAct = made.isEmpty && speechAct
                eventDate?.telling = !made.isEmpty || speechAct
                eventNamed = named.compactMap { coref.entities[$0.0].kind == .person ? $0.0 : nil }
                eventDate?.occasion = namesOccasion ? Self.occasionNamed(toks, s, contents: allContents) : nil
                eventAside = false
                eventInterrupted = false
                eventGap = false
                heardElsewhere = []
                eventSetHere = true
                // a date in an attribution ("said Sunday", "according to a study published on Tuesday") dates
                // that speaker's statements
                // or the occasion fronted before the speaker ("Asked about it on Wednesday, X said", "In an
                // interview on Monday, X said")
                if let m = made.first(where: { $0.attr.contains(narrative[k].start) }) ?? made.first(where: { m in
                    narrative[k].start < frontEnd && (Self.conversationOpeners.contains(toks[s.lowerBound]) || givingEvidence(toks, s)
                        || Self.isNamedMention(m.claim.speaker) && frontedOccasion(toks, s, subjectStart: subjStart, Self.conversationNouns)) }) {
                    eventDate?.speakerEntity = m.entity
                    eventDate?.speakerName = m.claim.speaker.name
                    eventDate?.hearerName = m.claim.recipient
                } else if let m = made.first, made.allSatisfy({ Self.isPublication($0.claim) }) {
                    // "Two weeks ago, the survey reported that ...": the date of a publication, at which no one
                    // else spoke
                    eventDate?.speakerEntity = m.entity
                    eventDate?.speakerName = m.claim.speaker.name
                }
            }
        }
        if eventDate != nil, !eventSetHere, made.isEmpty, !sentenceHasQuote(toks, s) { eventGap = true }
        // for floating quotes: the sentence's own date, else the event date they may continue
        if own == nil || own?.source == .carried { return eventDate?.carried }
        return own
    }

    /// Marks that end a sentence.
    static let finalMarks: WordSet = [".", "!", "?", "…"]

    /// A line of a list, written as a paragraph: a capital first, under 40 tokens, and no stop at the end.
    static func isUnstoppedListLine(_ toks: TokenList) -> Bool {
        guard toks.count < 40, let last = toks.last, toks[0].kind == .word, toks[0].isCap else { return false }
        return !endsSentence(last) && last.code != ":"
    }

    /// A closing quotation mark or a sentence's final mark.
    static func endsSentence(_ t: Token) -> Bool { t.kind == .quote || t.kind == .punct && finalMarks.contains(t) }

    /// A short line without a sentence's final mark ("18 Aug: Swansea (h)", "QPR: First 12 games"): an item of a
    /// list or table, or a subheading, not a statement of the article.
    static func isListItem(_ toks: TokenList, _ s: Range<Int>) -> Bool {
        guard var last = s.last, s.count < 30 else { return false }
        // "(About 46 fall under it.)": the mark inside the bracket ends it
        while last > s.lowerBound && toks[last].kind == .punct && (toks[last].tail == 0x29 || toks[last].tail == 0x5D) { last -= 1 }
        if Self.endsSentence(toks[last]) { return false }
        var words = 0
        for k in s where toks[k].isWord { words += 1 }
        return words < 10
    }

    /// A claim of the sentence being read, with the scalar offsets its dating needs: its cue's, its contents',
    /// and its attribution's; and its cue's token. (A struct, not a tuple: a tuple this large is copied through
    /// the runtime's generic tuple witnesses, field by field.)
    struct SentenceClaim {
        var claim: ExtractedClaim
        var cue: Int
        var cueToken: Int
        var entity: Int?
        var contents: [Range<Int>]
        var lastOpen: Bool
        var attr: Range<Int>
        /// Told to the police or investigators (see ``inquiryRecipients``).
        var toInquiry = false
    }

    /// The event a date was given for, the speakers who took part in it, and whether the story has
    /// turned away from it since.
    struct EventState {
        var date: ClaimDate?
        var speakers: Set<String>
        var aside: Bool
        var interrupted: Bool
        var gap: Bool
        var heardElsewhere: Set<String>
        var named: [Int]
    }

    func savedEvent() -> EventState {
        EventState(date: eventDate, speakers: eventSpeakers, aside: eventAside, interrupted: eventInterrupted, gap: eventGap,
                   heardElsewhere: heardElsewhere, named: eventNamed)
    }

    mutating func restoreEvent(_ e: EventState) {
        eventDate = e.date; eventSpeakers = e.speakers; eventAside = e.aside; eventInterrupted = e.interrupted; eventGap = e.gap; eventNamed = e.named
        heardElsewhere = e.heardElsewhere
    }

    /// A date the narrative gives in passing, after the lead, for another day than the story's event:
    /// "The university issued a news release on Tuesday." in a later paragraph, with no statement reported
    /// in the sentence and the date not fronted as the scene of what follows. It dates its own paragraph;
    /// the speakers quoted in later paragraphs are not part of that event, so the event date given
    /// before it resumes when the paragraph ends, for the speakers who took part in it.
    /// `event`: the story's event date, if it still holds; `eventWasDated`: whether the story dated one at all.
    static func isPassingEventDate(_ r: TimeResolution?, fronted: Bool, paragraph: Int, event: TimeResolution?, eventWasDated: Bool,
                                   lastEvent: TimeResolution? = nil) -> Bool {
        guard !fronted, paragraph > 1, let r else { return false }
        // the story's event was dated and has since turned to background: a date in passing starts no new one,
        // unless it is the day of the event the background interrupted ("Both women framed their remarks on Monday
        // by ...": the story is back at Monday's event)
        if let l = lastEvent, r.spansSameDays(as: l) { return false }
        guard let e = event else { return eventWasDated }
        return !r.spansSameDays(as: e)
    }

    /// The quote region whose words start at `pos` continues a quotation from the previous paragraph.
    func continuesQuote(startingAt pos: Int) -> Bool {
        guard let r = regions.last(where: { $0.contentStart == pos }) else { return false }
        return r.continues
    }

    /// A year (1900-2099), a clock time or a numeric date ("9/11", "8:30", "2024-05-01").
    static func dateLikeNumber(_ n: String) -> Bool {
        let u = n.utf8
        if u.contains(0x3A) || u.contains(0x2F) || u.contains(0x2D) { return true }
        guard u.count == 4, let f = u.first, let g = u.dropFirst().first else { return false }
        return (f == 0x31 && g == 0x39) || (f == 0x32 && g == 0x30)
    }

    /// Words of the future ("will", "she'll"): a sentence with one tells a plan (see ``isPlan``).
    static let futureWords: WordSet = ["will", "would", "shall", "ll", "going"]

    /// The content holding `spot` is a noun phrase, not a clause with its own verb: a date in it is the
    /// statement's ("announced new power cuts this month"), not that of an event it reports.
    func isNominal(_ toks: TokenList, _ contents: [Range<Int>], _ spot: TimeSpot) -> Bool {
        // (a statement in one piece: a piece after a parenthetical cue, "..., the board said, with sales in 2025 up
        // 25%", goes on with a clause, whose time it is not)
        guard contents.count == 1, let content = contents.first, content.contains(spot.start) else { return false }
        let verbs = WordFlag.auxiliary | WordFlag.beVerb | WordFlag.irregularPast | WordFlag.subjectPronoun | WordFlag.subordinator
        var words = 0
        for t in toks where t.start >= content.lowerBound && t.end <= content.upperBound {
            if t.kind == .quote { return false }
            if t.kind == .word {
                words += 1
                if t.has(verbs) || t.code == "that" || t.lower.hasByteSuffix("ed") && words > 1 { return false }
                // a contracted verb ("she’ll", "they’re", "didn’t")
                if !t.isPossessive && (t.lower.contains("’") || t.lower.contains("'")) { return false }
            }
        }
        return words > 0 && words <= 12
    }

    func isQuoted(_ toks: TokenList, _ s: Range<Int>, _ pos: Int) -> Bool {
        for k in s where toks[k].start <= pos && pos < toks[k].end {
            let q = toks[k].quote
            return q >= 0 && !regions[q].isLabel && toks[k].kind != .quote
        }
        return false
    }

    func sentenceHasQuote(_ toks: TokenList, _ s: Range<Int>) -> Bool {
        for k in s where toks[k].kind == .quote && toks[k].opens {
            let q = toks[k].quote
            if q >= 0 && !regions[q].isLabel && regions[q].wordCount >= 4 { return true }
        }
        return false
    }

    /// Between the end of a quotation (scalar offset `after`) and the token `before` that opens the next one,
    /// the attribution goes on with the writer's narration: a comma and then a participle ("referring to
    /// ..."), "then", or "and"/"but" with a new subject ("and her husband cut in").
    func narrationBetween(_ toks: TokenList, after: Int, before: Int) -> Bool {
        var a = before
        while a > 0 && toks[a - 1].start >= after { a -= 1 }
        guard a < before else { return false }
        for k in a..<before where toks[k].code == "," && toks[k].quote < 0 && k + 2 < before {
            let n = toks[k + 1]
            guard n.kind == .word, !n.isCap else { continue }
            // a participle with a complement ("referring to the mayor"), not a bare manner ("grinning") or a
            // preposition in "-ing" ("during")
            if Lexicon.isNarratingParticiple(n) && toks[k + 2].kind == .word { return true }
            if n.code == "then" { return true }
            if (n.code == "and" || n.code == "but") && (toks[k + 2].has(WordFlag.possessivePronoun | WordFlag.determiner | WordFlag.subjectPronoun) || toks[k + 2].code == "then") { return true }
        }
        return false
    }

    /// Quotations no attribution took: continuations of the previous quote, or floating quotes of the
    /// speaker in focus.
    mutating func floating(_ toks: TokenList, _ sentences: [Range<Int>], _ pi: Int, _ firstRegion: Int, _ consumed: Set<Int>, _ dates: [ClaimDate?]) {
        guard firstRegion < regions.count else { return }
        // Per sentence, once: its first word and its last token that is not punctuation or a quote
        // mark. Scanning the sentence again for every quotation in it was quadratic on a paragraph of
        // thousands of quote marks.
        let firstWord = sentences.map { s in s.first { toks[$0].kind == .word || toks[$0].kind == .number } ?? s.upperBound }
        let lastContent = sentences.map { s in s.last { toks[$0].kind != .punct && toks[$0].kind != .quote } ?? s.lowerBound - 1 }
        let ordered = zip(sentences, sentences.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
        func sentence(containing tok: Int) -> Int? {
            guard ordered else { return sentences.firstIndex { $0.contains(tok) } }
            var lo = 0, hi = sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].lowerBound <= tok { lo = mid + 1 } else { hi = mid }
            }
            return lo > 0 && sentences[lo - 1].contains(tok) ? lo - 1 : sentences.firstIndex { $0.contains(tok) }
        }
        for q in firstRegion..<regions.count where !consumed.contains(q) && !regions[q].isLabel {
            let r = regions[q]
            guard r.contentStart < r.contentEnd else { continue }
            // `“Ferry line adds a night service,” by the Gazette’s Jo Roe`: a title with its byline, not words said
            if r.closed, case let n = r.closeTok + 1, n < toks.count,
               toks[n].code == "by" || toks[n].code == "," && n + 1 < toks.count && toks[n + 1].code == "by" { continue }
            guard let si = sentence(containing: r.openTok) else { continue }
            let s = sentences[si]
            // No word before the quote in its sentence; nothing but punctuation after it.
            let startsSentence = r.openTok == s.lowerBound || firstWord[si] >= r.openTok
            let end = r.closed ? r.closeTok + 1 : s.upperBound
            let onlyQuote = lastContent[si] < end && startsSentence
            let pos = r.contentStart
            // the latest claim before this quote
            var prevIdx = claims.lastIndex { $0.pos < pos && $0.claim.kind != .assertion }
            // (a sentence's claims are not always in the order of the text: "“A,” Ride said, according to the Post."
            // makes the paper's claim after Ride's, whose words come later; the quotation goes on from the latest)
            if let p = prevIdx {
                var i = p
                while i > 0 && p - i < 4 && claims[i - 1].paragraph == claims[p].paragraph {
                    i -= 1
                    if claims[i].pos < pos && claims[i].claim.kind != .assertion && claims[i].pos > claims[prevIdx!].pos { prevIdx = i }
                }
            }
            if let p = prevIdx {
                let prev = claims[p]
                let near = prev.paragraph == pi || (r.continues && prev.paragraph == pi - 1 && prev.lastQuoteOpen)
                let sameSentenceDirect = prev.paragraph == pi && prev.claim.kind == .direct && toks[s.lowerBound].start <= prev.pos
                // `“A,” she told the crowd, then turned to the mayor. “B.”`: the writer's narration after the
                // attribution stands between, so B is a quotation of its own, not the rest of A
                let narrated = !sameSentenceDirect && !r.continues && prev.paragraph == pi && narrationBetween(toks, after: prev.claim.span.end, before: r.openTok)
                if !narrated && (near && prev.claim.kind == .direct && (startsSentence || sameSentenceDirect || r.continues) && onlyQuote || r.continues && near && prev.claim.kind == .direct || sameSentenceDirect && r.wordCount >= 2) {
                    var c = prev.claim
                    c.statement += " […] " + text.string(r.contentStart, r.contentEnd)
                    c.span.end = max(c.span.end, r.contentEnd)
                    claims[p].claim = c
                    claims[p].lastQuoteOpen = !r.closed
                    continue
                }
            }
            if r.wordCount >= 4, !startsSentence, let sp = colonQuotationSpeaker(toks, s, r, pi) {
                // "Berg summed up the journey ...: “It’s old school meets new school.”": the subject speaks
                var c = ExtractedClaim(kind: .direct, speaker: sp.0, cue: nil, statement: text.string(r.contentStart, r.contentEnd),
                                       span: Span(start: r.contentStart, end: r.contentEnd), checkworthiness: 0.3)
                Self.date(&c, dates[si]?.source == .carried ? nil : dates[si])
                if let id = sp.1 { coref.noteSpeaker(id, pos: pos, paragraph: pi, inPlace: true) }
                claims.append(Pending(claim: c, paragraph: pi, pos: r.contentStart, entity: sp.1, lastQuoteOpen: !r.closed))
                continue
            }
            guard r.wordCount >= 4, startsSentence else { continue }
            // the speaker in focus: the latest speaker or subject person of this or the previous paragraph
            var speaker: SpeakerMention? = nil
            var entity: Int? = nil
            // the words of the speaker just quoted go on, at the time their claim was given (none, if it was not)
            var continuesUndated = false
            let salient = coref.latestSalientPerson(before: pos, paragraph: pi)
            if let p = prevIdx, claims[p].paragraph >= pi - 1, salient == nil || claims[p].pos >= salient!.pos {
                speaker = claims[p].claim.speaker; entity = claims[p].entity
                continuesUndated = claims[p].claim.when == nil
            } else if let sal = salient {
                let e = coref.entities[sal.entity]
                speaker = SpeakerMention(name: e.name, mention: e.name, role: e.role, members: e.members, kind: e.kind)
                entity = sal.entity
                // (the speaker named after their first quotation: `“A,” said X. “B.”`)
                if let p = prevIdx, claims[p].paragraph >= pi - 1, claims[p].entity == sal.entity { continuesUndated = claims[p].claim.when == nil }
            }
            guard let sp = speaker else { continue }
            let a = onlyQuote ? r.contentStart : toks[s.lowerBound].start
            var b = onlyQuote ? r.contentEnd : toks[s.upperBound - 1].end
            if !onlyQuote {
                var k = s.upperBound
                while k > s.lowerBound && (toks[k - 1].code == "." || toks[k - 1].code == "!" || toks[k - 1].code == "?") { k -= 1 }
                b = toks[max(s.lowerBound, k - 1)].end
            }
            var c = ExtractedClaim(kind: onlyQuote ? .direct : .mixed, speaker: sp, cue: nil, statement: text.string(a, b),
                                   span: Span(start: a, end: b), checkworthiness: 0.3)
            if let d = dates[si], d.source == .carried {
                // (a quotation going on from an undated claim stays undated)
                if !continuesUndated {
                    Self.date(&c, mayContinue(d, pi, speaker: (entity, sp), cue: nil) ? d : nil)
                    noteParticipant(c)
                }
            } else {
                Self.date(&c, dates[si])
            }
            if let id = entity { coref.noteSpeaker(id, pos: pos, paragraph: pi, inPlace: true) }
            claims.append(Pending(claim: c, paragraph: pi, pos: a, entity: entity, lastQuoteOpen: !r.closed))
        }
    }
}

extension ExtractionRun {
    /// The speaker of a whole quotation that a colon introduces at the end of a sentence whose subject is a named
    /// person or one a pronoun stands for ("Berg summed up the journey: “...”", "She put it simply: “...”"):
    /// the quotation closes the sentence and no word of the sentence before the colon is quoted. (A description,
    /// "The sign on the door was simple: “...”", or a possession, "Berg’s response: “...”", is no speaker here.)
    func colonQuotationSpeaker(_ toks: TokenList, _ s: Range<Int>, _ r: QuoteRegion, _ pi: Int) -> (SpeakerMention, Int?)? {
        let colon = r.openTok - 1
        guard r.closed, colon > s.lowerBound + 1, toks[colon].code == ":", toks[colon].quote < 0,
              (r.closeTok + 1..<s.upperBound).allSatisfy({ toks[$0].kind == .punct }),
              (s.lowerBound..<colon).allSatisfy({ toks[$0].quote < 0 && toks[$0].kind != .quote }),
              let subj = AttributionFinder(toks: toks, quotes: regions, text: text, sentence: s).clauseSubject(mainSubjectStart(toks, s, extended: true)),
              subj.upperBound < colon, !subj.contains(where: { toks[$0].isPossessive }) else { return nil }
        let sp = SpeakerResolver(toks: toks, text: text, coref: coref).resolve(subj, paragraph: pi)
        guard sp.0.kind == .person, let id = sp.1, !coref.entities[id].words.isEmpty else { return nil }
        return sp
    }
}

/// A claim's date with where it came from.
struct ClaimDate: Sendable {
    var text: String
    var resolution: TimeResolution?
    var source: DateSource
    /// The paragraph (1-based, in the body) of the expression.
    var paragraph: Int
    /// For a date given in an attribution ("said Sunday"): the speaker whose statement it dates.
    var speakerEntity: Int? = nil
    var speakerName: String? = nil
    /// For such a date, the one the speaker was telling or asking ("Trump" in "Hannity asked Trump Wednesday if
    /// ..."), as the text names them: their answers are given at the same occasion.
    var hearerName: String? = nil
    /// The date was given, in the article's own words, for a publication ("a survey released Friday", "the
    /// report published on Monday"): no one spoke there, so it dates no one's words after its sentence.
    var publication = false
    /// The date was given, in the article's own words, for an act of speaking ("On March 8, addressing officials,
    /// the Supreme Leader ...", "the minister addressed parliament"): the quote right after it is what was said
    /// there, however long ago.
    var speechAct = false
    /// The date's sentence tells a telling: a statement it reports, or an act of speaking (see ``speechAct``).
    /// Only such an event goes on in a written statement after it (a death or a funeral told Monday does not
    /// date the column or the post quoted next).
    var telling = false
    /// The public occasion the date's sentence names in the article's own words ("in the final debate Thursday
    /// night", "at his news conference on Monday"), lower-cased: a later sentence that refers back to it ("the
    /// debate moderators", "during the news conference") places its speakers there.
    var occasion: WordCode? = nil

    /// The same date, as continued by a later claim.
    var carried: ClaimDate {
        var c = self
        c.source = .carried
        return c
    }
}

/// The word lists this file tests words against, as sets (one lookup instead of a string comparison
/// per element).
private enum WordLists {
    /// Labels of the one who asks in a transcript ("Q:", "HOST:", "INTERVIEWER:"): their turns are questions,
    /// not claims.
    static let interviewers: WordSet = ["q", "question", "interviewer", "host", "presenter", "anchor", "moderator"]
    /// A turn's label that names no one: the interviewer's, or "A:" / "ANSWER:".
    static let qA = WordSet(Array(interviewers) + ["a", "answer"])
    static let gaveOffered: WordSet = ["gave", "offered", "provided", "gives", "offers", "told", "say", "said"]
    static let marks: WordSet = [".", ",", ";", ":", "?", "!"]
    static let dashes: WordSet = ["—", "–", "--", "―"]
    /// Words that may stand before a fronted preposition or subordinator ("even as", "soon after", "hours before").
    static let subordinatorAdverbs: WordSet = ["even", "just", "only", "soon", "long", "right", "ever", "moments", "minutes", "hours",
                                               "days", "weeks", "months", "years"]
    static let adverbialSubordinators: WordSet = ["as", "after", "before", "when", "while", "though", "if", "since", "until", "once", "because"]
}
