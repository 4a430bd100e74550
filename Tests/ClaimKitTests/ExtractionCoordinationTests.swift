import Testing
@testable import ClaimKit

/// Attributions joined to one another in one sentence, and where one attribution's speaker or content ends
/// because another begins: one test per rule, on sentences written for the purpose.
@Suite("Extraction: conjoined attributions and trailing circumstances")
struct ExtractionCoordinationTests {
    @Test func aSecondSpeakerAfterAndOpensItsOwnAttribution() {
        let a = ExtractionBoundaryTests.speech("Several council members have said they will skip the hearing and others have said they are not interested in speaking.")
        #expect(a.contains { $0.statement == "they will skip the hearing" && $0.speaker.name == "Several council members" }, "\(a.map { ($0.speaker.name, $0.statement) })")
        #expect(a.contains { $0.statement == "they are not interested in speaking" && $0.speaker.name.lowercased() == "others" }, "\(a.map { ($0.speaker.name, $0.statement) })")
        let b = ExtractionBoundaryTests.speech("The mayor said the depot would close in May and the union says the workers were never told.")
        #expect(b.contains { $0.statement == "the depot would close in May" }, "\(b.map(\.statement))")
        #expect(b.contains { $0.statement == "the workers were never told" && $0.speaker.name == "the union" }, "\(b.map { ($0.speaker.name, $0.statement) })")
        // a relative clause on a coordinated noun phrase stays inside the content
        let c = ExtractionBoundaryTests.speech("The board said it counted the delegates and the mayors who had pledged their votes to the plan.")
        #expect(c.count == 1, "\(c.map(\.statement))")
    }

    @Test func aSingularVerbTakesTheConjunctAfterAndAsItsSubject() {
        let a = ExtractionBoundaryTests.speech("The senator carried the county by a wide margin and Dana Lane says some of those voters will switch next year.")
        #expect(a.first?.speaker.name == "Dana Lane", "\(a.map(\.speaker.name))")
        #expect(a.first?.statement == "some of those voters will switch next year", "\(a.map(\.statement))")
        // two people coordinated with a plural verb stay one speaker
        let b = ExtractionBoundaryTests.speech("Tom Berg and Ana Ruiz say the ferry will keep running.")
        #expect(b.first?.speaker.members.count == 2 || b.first?.speaker.name.contains("and") == true, "\(b.map(\.speaker))")
    }

    @Test func aRelativeClauseOnACommonNounSpeaker() {
        let a = ExtractionBoundaryTests.speech("“The budget is a mess,” said one former aide, who said he left on good terms but was worried by the audit.")
        #expect(a.contains { $0.statement == "he left on good terms but was worried by the audit" && $0.speaker.name == "one former aide" }, "\(a.map { ($0.speaker.name, $0.statement) })")
        let b = ExtractionBoundaryTests.speech("The mayor met the union leaders, who said the plan was flawed.")
        #expect(b.first?.speaker.name == "the union leaders", "\(b.map(\.speaker.name))")
        // an evaluative verb in the relative clause is no statement of the noun's
        let c = ExtractionBoundaryTests.speech("And will their editors, who once called these stories “homework,” want to publish them?")
        #expect(c.allSatisfy { !$0.statement.contains("want to publish") }, "\(c.map(\.statement))")
    }

    @Test func aParticiplesSpeakerIsTheMainSubjectAfterSeveralFrontedPhrases() {
        let cases = [
            ("On Thursday, after weeks of silence on the issue, Mayor Dana Lane appeared at the depot, saying the repairs would start in June.", "Dana Lane"),
            ("The day before, at a rally in Dayton, Ohio, Councillor Tom Berg was just as blunt, claiming that the levy had failed twice.", "Tom Berg"),
            ("Back in 2009, Ana Ruiz praised the old ferry line, telling a local station that it was the city's best asset.", "Ana Ruiz"),
            ("Walking to the next stop, Ebeling talked about her years on the board, and said the rules were changed by the flood.", "Ebeling"),
        ]
        for (text, name) in cases {
            let c = ExtractionBoundaryTests.speech(text)
            #expect(c.count == 1 && c.first?.speaker.name == name, "\(text): \(c.map { ($0.speaker.name, $0.statement) })")
        }
    }

    @Test func aMiddleInitialAIsPartOfTheName() {
        let c = ExtractionBoundaryTests.speech("Jill A. Morton, vice president and general counsel for the Harbor Company, said in March that the allegations had no substance.")
        #expect(c.first?.speaker.name == "Jill A. Morton", "\(c.map(\.speaker.name))")
        #expect(c.first?.statement == "the allegations had no substance", "\(c.map(\.statement))")
    }

    @Test func aShareOfThosePolledSpeaksWithABareSay() {
        let cases = [
            ("Just shy of half, 48%, say the new ferry schedule is an improvement.", "the new ferry schedule is an improvement"),
            ("A third say the depot should close, and one in five say it should be sold.", "it should be sold"),
            ("By big margins, those surveyed say the levees should be the first priority for the next mayor.", "the levees should be the first priority for the next mayor"),
        ]
        for (text, statement) in cases {
            let c = ExtractionBoundaryTests.speech(text)
            #expect(c.contains { $0.statement == statement }, "\(text): \(c.map(\.statement))")
        }
    }

    @Test func aTrailingCuesCircumstanceMayHoldAnInfinitiveOrAGerund() {
        let cases = [
            "His support has shifted from Tom Berg to Ana Ruiz, Wilkins said during his campaign speech to be a delegate.",
            "Many older riders found the new timetable confusing, reporter Ann Ross said in posing the question to the mayor.",
        ]
        for text in cases {
            let c = ExtractionBoundaryTests.speech(text)
            #expect(c.count == 1, "\(text): \(c.map(\.statement))")
            #expect(c.first.map { $0.statement.hasPrefix("His support") || $0.statement.hasPrefix("Many older riders") } == true, "\(text): \(c.map(\.statement))")
        }
        // an infinitive right after the cue is its complement, not a circumstance
        let p = ExtractionBoundaryTests.speech("The council, which has repeatedly pledged to rebuild the depot — at a cost of millions — from scratch, met today.")
        #expect(p.allSatisfy { !$0.statement.hasPrefix("The council") }, "\(p.map(\.statement))")
    }

    @Test func aClauseWithoutThatAfterWroteIsWhatWasWritten() {
        let a = ExtractionBoundaryTests.speech("In his column on Sunday, Reed wrote the city would need another decade to pay off the debt.")
        #expect(a.first?.statement == "the city would need another decade to pay off the debt", "\(a.map(\.statement))")
        // a written object is not a statement
        #expect(ExtractionBoundaryTests.speech("Reed wrote a book about the harbor that was published in 2010.").isEmpty)
    }

    @Test func aBlockQuotationMayHoldAShortQuotedPhrase() {
        let e = ExtractionUnitTests.extract("""
            The harbor board has argued for months about the old ferry terminal on the east side of the bay.

            In a post on the board's website on Monday, member Petra Lindqvist wrote:

            I think this vote is timely, as the surveys are showing a slipping of support for the terminal among riders. I think it is time we asked the question “who pays for the repairs?”

            The board meets again next week.
            """)
        let c = ExtractionUnitTests.speech(e)
        #expect(c.contains { $0.speaker.name == "Petra Lindqvist" && $0.statement.hasPrefix("I think this vote is timely") }, "\(c.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aParentheticalCueWithAQuotationOnEitherSide() {
        let a = ExtractionBoundaryTests.speech("Because of how the board drew up the schedule, explained Rosenberg, “with the vote over by March, there is a scenario where the terminal never gets repaired.”")
        #expect(a.count == 1 && a.first?.kind == .mixed, "\(a.map { ($0.kind, $0.statement) })")
        #expect(a.first?.statement.hasSuffix("never gets repaired.") == true, "\(a.map(\.statement))")
        let b = ExtractionBoundaryTests.speech("Perhaps, he said, this “small town has grown too big too fast.”")
        #expect(b.first?.statement == "Perhaps […] this “small town has grown too big too fast.”", "\(b.map(\.statement))")
        let c = ExtractionBoundaryTests.speech("“It’s our bad luck,” he said, that both ferries had engine trouble in the same week.")
        #expect(c.first?.statement == "It’s our bad luck, […] that both ferries had engine trouble in the same week", "\(c.map(\.statement))")
        #expect(c.first?.kind == .mixed)
    }

    @Test func oneSourceAndAnotherAsSubjects() {
        let c = ExtractionBoundaryTests.speech("One count says the harbor has 40 berths, while another says it has closer to 60.")
        #expect(c.contains { $0.statement == "it has closer to 60" && $0.speaker.name.lowercased() == "another" }, "\(c.map { ($0.speaker.name, $0.statement) })")
        let d = ExtractionBoundaryTests.speech("The board lists its members. One says the depot has always flooded.")
        #expect(d.contains { $0.statement == "the depot has always flooded" }, "\(d.map(\.statement))")
    }

    @Test func saidOfSomeoneThatIsAClauseAboutThem() {
        let c = ExtractionBoundaryTests.speech("Tom Berg said of the new harbor master that she had fixed the pier in a month.")
        #expect(c.first?.statement == "she had fixed the pier in a month", "\(c.map(\.statement))")
    }

    @Test func aVerbCoordinatedWithAnInfinitiveSharesItsTo() {
        // "asking the crews to stand up and pledge support": an act asked for, no one's statement
        let a = ExtractionBoundaryTests.speech("At the quay, Mr. Reed kept asking the crews to stand up and pledge support for the strike fund.")
        #expect(a.isEmpty, "\(a.map { ($0.speaker.name, $0.statement) })")
        // two finite verbs in the present, the first before its own "to", still share the clause's subject
        let b = ExtractionBoundaryTests.speech("The pilots refuse to resign and insist that they did nothing wrong.")
        #expect(b.map(\.statement) == ["they did nothing wrong"], "\(b.map { ($0.speaker.name, $0.statement) })")
        let c = ExtractionBoundaryTests.speech("Critics point to the delays and argue that the depot is too costly.")
        #expect(c.map(\.statement) == ["the depot is too costly"], "\(c.map { ($0.speaker.name, $0.statement) })")
    }
}
