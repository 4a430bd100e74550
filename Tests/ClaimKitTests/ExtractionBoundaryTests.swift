import Testing
@testable import ClaimKit

/// Where reported content ends, which cue words are nouns, and how far a date given in passing reaches:
/// one test per rule, on sentences written for the purpose.
@Suite("Extraction: content boundaries and passing dates")
struct ExtractionBoundaryTests {
    static func speech(_ body: String) -> [ExtractedClaim] {
        ExtractionUnitTests.speech(ExtractionUnitTests.extract(body))
    }

    @Test func stateBeforeANameOrAfterAPrepositionIsTheNoun() {
        for text in ["The plan needs the signature of the secretary of state Jane Roe, whose office manages the grants.",
                     "Mayor Tom Berg and state Senator Ana Ruiz have both asked for an early decision.",
                     "The money has mostly gone to coastal states that already had their projects designed."] {
            #expect(Self.speech(text).allSatisfy { $0.cue?.lowercased().hasPrefix("state") != true }, "\(text): \(Self.speech(text).map(\.statement))")
        }
        // the verb is still read as the verb
        let verb = Self.speech("The report states that the depot floods twice a year.")
        #expect(verb.first?.statement == "the depot floods twice a year", "\(verb.map(\.statement))")
    }

    @Test func aCoordinatedCueSkipsItsHearerAndAdjuncts() {
        // "..., but told X on Monday that ...": the hearer and the day come before what was said
        for (text, recipient) in [("Berg endorsed the plan, but told The Harbour Gazette on Monday that he expected the vote to fail.", "The Harbour Gazette"),
                                  ("Berg endorsed the plan, but told reporters on Monday that he expected the vote to fail.", "reporters")] {
            let c = Self.speech(text)
            #expect(c.map(\.statement) == ["he expected the vote to fail"], "\(text): \(c.map(\.statement))")
            #expect(c.first?.recipient == recipient)
            #expect(c.first?.when?.text == "on Monday")
        }
    }

    @Test func aMonthWrittenShortDoesNotEndTheAdjunct() {
        // the period of "Feb." closes the abbreviation, not the sentence: what follows is still what was said
        for text in ["Ana Ruiz said on Feb. 3 that the ferry would keep running.",
                     "Ana Ruiz said at the Sept. 3 hearing that the ferry would keep running.",
                     "According to a Sept. 3 memo, the ferry would keep running."] {
            let c = Self.speech(text)
            #expect(c.map(\.statement) == ["the ferry would keep running"], "\(text): \(c.map(\.statement))")
        }
    }

    @Test func aParentheticalInsideAReportedClauseTakesOnlyThatClause() {
        // "X lamented the good old days when, he said, ...": the parenthetical's words start where the earlier
        // attribution's do, not at the sentence's start (whose "on Wednesday" is the telling's time)
        let c = Self.speech("And in Portville on Wednesday, as people kept interrupting him, Mayor Tom Hale lamented the \"good old days\" when, he said, hecklers would have been thrown out.")
        #expect(c.map(\.statement) == ["the \"good old days\" when", "the \"good old days\" when […] hecklers would have been thrown out"], "\(c.map(\.statement))")
        #expect(c.allSatisfy { $0.when?.text == "on Wednesday" }, "\(c.map { $0.when?.text ?? "-" })")
    }

    @Test func anUrgedRequestIsWhatWasSaid() {
        for (text, statement) in [("In a tweet, the mayor urged residents to \"heed every evacuation order.\"", "residents to \"heed every evacuation order.\""),
                                  ("The mayor urged residents to leave the island by noon.", "residents to leave the island by noon")] {
            let c = Self.speech(text)
            #expect(c.map(\.statement) == [statement], "\(text): \(c.map(\.statement))")
            #expect(c.first?.speaker.name == "the mayor")
        }
    }

    @Test func stateAfterOfIsTheNoun() {
        // no subject ends in "of": "secretary of state", "heads of state" name an office, whatever follows
        for text in ["The grant was blocked by the mayor and former secretary of state Jane Roe for questioning the ferry budget.",
                     "Her record lists her offices: harbour commissioner, county judge and secretary of state.",
                     "The summit brought together heads of state from the whole coast for two days."] {
            #expect(Self.speech(text).allSatisfy { $0.cue?.lowercased().hasPrefix("state") != true }, "\(text): \(Self.speech(text).map(\.statement))")
        }
    }

    @Test func statesBeforeARelativeClauseIsTheNoun() {
        // "Member states that signed ...": after a capitalised modifier, "that" opens a relative clause with no subject
        for text in ["Gulf states that charge harbour fees end up with fewer ferry lines.",
                     "Southern states that expanded the ferry grants saw fewer closures."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
        let report = Self.speech("The harbour report states that the quay is unsafe.")
        #expect(report.map(\.statement) == ["the quay is unsafe"], "\(report.map(\.statement))")
    }

    @Test func aPresentFormCueAfterOfIsTheNoun() {
        // "a set of rules that requires ...": the plural noun after "of", not the verb
        for text in ["The drivers must follow a complex set of rules that, in many ways, requires them to stay late.",
                     "The board keeps a list of reports that nobody at the depot has read."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
        // a verb after a noun phrase that ends in a prepositional phrase is still the verb
        let verb = Self.speech("Critics of the plan said the depot is too small.")
        #expect(verb.map(\.statement) == ["the depot is too small"], "\(verb.map(\.statement))")
    }

    @Test func aContentOfOnePronounStatesNothing() {
        for text in ["Riders waited a decade for a dry depot, and that is what the board had been promising them.",
                     "Two sites were on the table, and the consultants' report highlighted both.",
                     "Asked whether the ferry would keep running, the harbour master said yes."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
    }

    @Test func aContentThatIsOnlyATimeAdverbialStatesNothing() {
        let text = "The deficit is $130 billion more than the budget office had projected last August."
        #expect(Self.speech(text).allSatisfy { $0.statement != "last August" }, "\(Self.speech(text).map(\.statement))")
    }

    @Test func aParticipleAfterAComparativeIsAnAdjective() {
        let text = "Ruiz has won more states and more pledged delegates, but Berg has had the momentum."
        #expect(Self.speech(text).isEmpty, "\(Self.speech(text).map(\.statement))")
    }

    @Test func aParticipleAfterAPrepositionIsAnAdjective() {
        let text = "The storms resulted in estimated losses of $3 billion, and the region waited weeks for power."
        #expect(Self.speech(text).isEmpty, "\(Self.speech(text).map(\.statement))")
        // "as reported by" stays an attribution
        let reported = Self.speech("The depot will close in June, as reported by the Valley Courier.")
        #expect(reported.first?.speaker.name == "Valley Courier", "\(reported.map(\.speaker.name))")
    }

    @Test func aPronounStandingForWordsGivenElsewhereIsNoStatement() {
        let text = "Our view is unchanged, as we argued it before the committee this spring. Ruiz said so in a letter."
        #expect(Self.speech(text).isEmpty, "\(Self.speech(text).map(\.statement))")
        // a clause that opens with "it" is still one
        let clause = Self.speech("Ruiz said it was too early to decide.")
        #expect(clause.first?.statement == "it was too early to decide", "\(clause.map(\.statement))")
    }

    @Test func aWordThatTakesAnInfinitiveIsNoSpeaker() {
        let text = """
            It is fair to say a large number of voters are working off faulty facts. She was able to tell he was nervous. \
            The report fails to mention that dozens of studies found the opposite. He had something to say about the plan.
            """
        #expect(Self.speech(text).isEmpty, "\(Self.speech(text).map { "\($0.speaker.name): \($0.statement)" })")
        // "it is ADJ to say": the adjective of an extraposed "it"; "said the same" names no speaker after the verb
        let extraposed = Self.speech("""
            I do not much care if it’s cliché to say this: we live in amazing times. It was tempting to say the plan had failed. \
            A spokeswoman for the Valley Medical Center, where Roe was treated, said the same.
            """)
        #expect(extraposed.isEmpty, "\(extraposed.map { "\($0.speaker.name): \($0.statement)" })")
        // a catenative verb still reports for its subject
        let went = Self.speech("Mayor Ana Ruiz went on to say that the depot would close.")
        #expect(went.first?.speaker.name == "Ana Ruiz", "\(went.map(\.speaker.name))")
    }

    @Test func wellBeforeAReportingVerbIsAnAdverb() {
        let e = Self.speech("Judge Ana Ruiz presumably well understands that the lobbying is aimed at the ministers.")
        #expect(e.first?.speaker.name == "Ana Ruiz", "\(e.map(\.speaker.name))")
    }

    @Test func aNounPhraseObjectEndsBeforeACommaAndANewClause() {
        let a = Self.speech("Councillor Bram Okafor mentioned the old depot's flood record, and at one point the room fell silent as he read out the bills.")
        #expect(a.first?.statement == "the old depot's flood record", "\(a.map(\.statement))")
        let b = Self.speech("Since Okafor announced his run for the chair last spring, he has said the county should rebuild on the old site.")
        #expect(b.contains { $0.statement == "the county should rebuild on the old site" }, "\(b.map(\.statement))")
        #expect(b.allSatisfy { !$0.statement.contains("he has said") }, "\(b.map(\.statement))")
        // a list's last item after a comma stays in the object
        let list = Self.speech("Okafor mentioned the roof, the boiler, and the windows of the old depot.")
        #expect(list.first?.statement == "the roof, the boiler, and the windows of the old depot", "\(list.map(\.statement))")
    }

    @Test func aQuotationEndingInACommaEndsTheContentBeforeTheWritersNarration() {
        let c = Self.speech("Tom Berg said the grant was “as close to certain as these things get,” but he gave the board no date for the money.")
        #expect(c.count == 1)
        #expect(c.first?.statement == "the grant was “as close to certain as these things get,”", "\(c.map(\.statement))")
    }

    @Test func aRelativeClauseSetOffByDashesEndsAtTheClosingDash() {
        for dash in ["-", "—", "–"] {
            let c = Self.speech("Harbour master Ines Calloway \(dash) who previously said the pier was safe \(dash) told the board on Monday that the ferry would stop running in March.")
            #expect(c.map(\.statement) == ["the pier was safe", "the ferry would stop running in March"], "\(dash): \(c.map(\.statement))")
            #expect(c.allSatisfy { $0.speaker.name == "Ines Calloway" }, "\(dash): \(c.map(\.speaker.name))")
        }
    }

    @Test func theSpeakersNextActionAfterACommaEndsTheContent() {
        let a = Self.speech("Okafor, a policy-minded councillor, insists the county must be a place of ideas, and has championed a budget that has drawn the mayor's scorn.")
        #expect(a.map(\.statement) == ["the county must be a place of ideas"], "\(a.map(\.statement))")
        let b = Self.speech("The clerk first said he did not recall deleting the files, but in a later interview said he had wiped the archive himself.")
        #expect(b.map(\.statement) == ["he did not recall deleting the files", "he had wiped the archive himself"], "\(b.map(\.statement))")
        // a perfect of "be" goes on with the reported state
        let c = Self.speech("She said the ferry was late, and has been late every day this week.")
        #expect(c.map(\.statement) == ["the ferry was late, and has been late every day this week"], "\(c.map(\.statement))")
    }

    @Test func aNounPhraseGlossAfterTheReportedClauseIsTheWriters() {
        let a = Self.speech("In March the ferry company announced it would cut 40 crossings a week, a reduction rivaling the cuts of the last decade.")
        #expect(a.map(\.statement) == ["it would cut 40 crossings a week"], "\(a.map(\.statement))")
        // a list of noun phrases after the comma is not one gloss
        let b = Self.speech("The harbour master said the pier needed new pilings, a new deck, and better lighting.")
        #expect(b.map(\.statement) == ["the pier needed new pilings, a new deck, and better lighting"], "\(b.map(\.statement))")
    }

    @Test func theWritersDescriptionOfANamedPersonEndsTheReportedClause() {
        let a = Self.speech("The ferry company announced last week that it had hired the former harbour pilot Ines Calloway, who has long argued for a second terminal.")
        #expect(a.map(\.statement) == ["it had hired the former harbour pilot Ines Calloway"], "\(a.map(\.statement))")
        // a noun-phrase object keeps its relative clause
        let b = Self.speech("Councillor Okafor echoed the warnings of Calloway, who has long argued for a second terminal.")
        #expect(b.allSatisfy { $0.statement.contains("who has long argued") }, "\(b.map(\.statement))")
    }

    @Test func aNegatedNounPhraseBetweenDashesIsNoCoordinatedVerb() {
        let a = Self.speech("The mayor answered the council's questions on Thursday, stating local authorities – and not the port trust – are in charge of the ferry service.")
        #expect(a.map(\.statement) == ["local authorities – and not the port trust – are in charge of the ferry service"], "\(a.map(\.statement))")
    }

    @Test func aParticipleAfterAnAdverbAndAPrepositionIsAnAdjective() {
        for text in ["The dinner may seem out of place in the face of recently announced layoffs and continued cost-cutting.",
                     "Perhaps surprisingly, deeply reported features and long investigations can draw large audiences online."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
        // after an appositive subject the adverb modifies the verb
        let c = Self.speech("Ruiz, the chair, recently announced new ferry routes for the summer.")
        #expect(c.map(\.statement) == ["new ferry routes for the summer"], "\(c.map(\.statement))")
    }

    @Test func aNameBeforeATrailingCueIsTheSubjectNotTheContent() {
        let a = Self.speech("Laurence Okafor, a former port director who argued with Ms. Ruiz at the February meeting, said in a recent interview that the council had told the port to focus on freight.")
        #expect(a.map(\.statement) == ["the council had told the port to focus on freight"], "\(a.map(\.statement))")
        #expect(a.first?.speaker.name == "Laurence Okafor", "\(a.map(\.speaker.name))")
        let b = Self.speech("Another councillor, Michael Berg, explained the reason for his late support.")
        #expect(b.allSatisfy { !$0.statement.contains("Michael Berg") }, "\(b.map(\.statement))")
        // a name that the parenthetical splits from its predicate is said
        let c = Self.speech("“We want to show some mercy,” Tripp said. South Harbour, he said, was “where we have a chance to win the seat.”")
        #expect(c.contains { $0.statement.hasPrefix("South Harbour […]") }, "\(c.map(\.statement))")
    }

    @Test func aConsequenceClauseAfterAParentheticalTagIsSaidToo() {
        let a = Self.speech("During the roll call, harbours are called alphabetically, the clerk noted, so it may already be clear who has won by the time the vote reaches the port.")
        #expect(a.count == 1)
        #expect(a.first?.statement.hasSuffix("[…] so it may already be clear who has won by the time the vote reaches the port") == true, "\(a.map(\.statement))")
    }

    @Test func aParticipleAfterAQuotedFragmentIsTheWritersNarration() {
        let a = Self.speech("The two councillors, however, argue that “there is precedent for a recall,” citing a case in which a mayor was removed for negligence.")
        #expect(a.map(\.statement) == ["“there is precedent for a recall,”"], "\(a.map(\.statement))")
    }

    @Test func contentInsideAWhichClauseEndsWhereTheMainVerbGoesOn() {
        let a = Self.speech("The mayor's news conference on Tuesday, in which she laid out the cost of the repairs but then announced that the ferry would keep running, was the latest in a series of surprises.")
        #expect(a.map(\.statement) == ["the ferry would keep running"], "\(a.map(\.statement))")
    }

    @Test func aCueInSBeforeAnAuxiliaryIsAPluralNoun() {
        for text in ["Her cost estimates have been between $30 million and $50 million.",
                     "Such claims are common in the last week of a campaign."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
        let verb = Self.speech("The harbour master estimates the repairs will take a year.")
        #expect(verb.map(\.statement) == ["the repairs will take a year"], "\(verb.map(\.statement))")
    }

    @Test func aSpacedHyphenBeforeAReportingVerbEndsTheContent() {
        let c = Self.speech("Depot manager Ilse Varga said the buses had been moved to higher ground twice last winter - noting that each move had cost a full day of service.")
        #expect(c.map(\.statement) == ["the buses had been moved to higher ground twice last winter", "each move had cost a full day of service"])
    }

    @Test func aDateGivenInPassingInALaterParagraphDatesOnlyItsParagraph() throws {
        let e = ExtractionUnitTests.extract("""
            The transit board voted on Tuesday to move the bus depot.

            Board chair Ana Ruiz said the move would cost about $14 million.

            The county published the consultants' report on its website on Wednesday. A county spokesman, Piet Sow, said the report had been delayed.

            Hydrologist Renske Obuya, who was not involved in the report, said the new site was safe.
            """, published: CivilDate(year: 2024, month: 5, day: 10)!)
        let chair = try #require(ExtractionUnitTests.date(e, "the move would cost"))
        #expect(chair.when?.start.description == "2024-05-07")
        let spokesman = try #require(ExtractionUnitTests.date(e, "the report had been delayed"))
        #expect(spokesman.when?.start.description == "2024-05-08")
        let outside = try #require(ExtractionUnitTests.date(e, "the new site was safe"))
        #expect(outside.when == nil, "\(String(describing: outside.when))")
    }

    @Test func aFrontedAdjunctInsideAThatClauseKeepsItsVerbInTheContent() {
        // the comma closes "during the mayor's visit", so "repeated" is the reported clause's own verb
        let a = Self.speech("Harbour Radio reported that during the mayor's visit to the depot last week, the union chief repeated his demand that the buses stay in town.")
        #expect(a.map(\.statement) == ["during the mayor's visit to the depot last week, the union chief repeated his demand that the buses stay in town"], "\(a.map(\.statement))")
        let b = Self.speech("The clerk wrote that when the vote was counted, the chairman announced a recount.")
        #expect(b.map(\.statement) == ["when the vote was counted, the chairman announced a recount"], "\(b.map(\.statement))")
        // a clause of its own after the content's comma still opens a new attribution
        let c = Self.speech("The mayor said that the depot would close, and the union chief warned that the buses would leave town.")
        #expect(c.count == 2, "\(c.map(\.statement))")
    }

    @Test func thePeriodOfATitleInsideAReportedClauseEndsNothing() {
        // "Dr." and "Mr." do not end the clause, so its verb is found and it is a clause without "that"
        let a = Self.speech("The director argued Dr. Lund would need another year to finish the depot.")
        #expect(a.map(\.statement) == ["Dr. Lund would need another year to finish the depot"], "\(a.map(\.statement))")
        let b = Self.speech("She defended the old plan, saying Mr. Okafor should have been asked first.")
        #expect(b.map(\.statement) == ["Mr. Okafor should have been asked first"], "\(b.map(\.statement))")
        // an object whose aside between dashes holds a verb is still an object, ended before the next verb phrase
        let c = Self.speech("The chairman acknowledged Mr. Berg's poor record - its “leaky years,” he called them - but defended the budget.")
        #expect(c.first?.statement.hasPrefix("Mr. Berg's poor record") == true && c.first?.statement.contains("defended") == false, "\(c.map(\.statement))")
    }

    @Test func anAdverbBeforeAFrontedSubordinatorStillEndsTheContentAtItsComma() {
        let a = Self.speech("Shortly after the defendants indicated they would appeal, talks broke down.")
        #expect(a.map(\.statement) == ["they would appeal"], "\(a.map(\.statement))")
        #expect(a.first?.speaker.name.lowercased() == "the defendants", "\(a.map(\.speaker.name))")
        let b = Self.speech("Soon after the ferry company announced it would close the old depot, the union called a strike.")
        #expect(b.map(\.statement) == ["it would close the old depot"], "\(b.map(\.statement))")
    }

    @Test func thatSaidLeadingTheSentenceIsADiscourseMarker() {
        // "That said," reports nothing, and the attribution after it stands
        let a = Self.speech("That said, Harbourites say the new depot is too far from the quay.")
        #expect(a.map(\.statement) == ["the new depot is too far from the quay"], "\(a.map(\.statement))")
        #expect(a.first?.speaker.name == "Harbourites", "\(a.map(\.speaker.name))")
    }

    @Test func aDateInAFrontedInterviewClauseIsTheSpeakersOwn() throws {
        let e = ExtractionUnitTests.extract("""
            The county's computers were down for three weeks.

            Asked about the audit in an interview on Wednesday, IT director Pavel Reyes said his department had asked for money twice. He said he did not blame the board.

            A county spokeswoman said the permit portal would return by the end of the month.
            """, published: CivilDate(year: 2024, month: 5, day: 10)!)
        #expect(ExtractionUnitTests.date(e, "his department had asked")?.when?.start.description == "2024-05-08")
        #expect(ExtractionUnitTests.date(e, "he did not blame")?.when?.start.description == "2024-05-08")
        let other = try #require(ExtractionUnitTests.date(e, "the permit portal"))
        #expect(other.when == nil, "\(String(describing: other.when))")
    }

    @Test func aDateForTheSameDayInALaterParagraphStillGovernsWhatFollows() throws {
        let e = ExtractionUnitTests.extract("""
            At his retirement ceremony on Saturday, the fire chief spoke for half an hour.

            The department’s call volume doubled in a decade, according to figures the city released.

            He returned to the old warehouse fire on Saturday. He said the command structure had failed.

            City Manager Fiona Lane, who spoke before him, said staffing had not kept pace with growth.
            """, published: CivilDate(year: 2024, month: 5, day: 10)!)
        let manager = try #require(ExtractionUnitTests.date(e, "staffing had not kept pace"))
        #expect(manager.when?.start.description == "2024-05-04")
    }

    @Test func aQuotedTitleWithItsBylineIsNoQuotation() {
        // a newsletter's list of stories: each headline in quotation marks, then "by" and its writer
        let body = "Captain Jane Okafor said the fleet would return to port on Monday after a week at sea.\n\n"
            + "—\"A lighthouse keeper retires after forty years,\" by the Coast Times' Laura Pike http://example.com/b.\n\n"
            + "—\"Why the quay keeps flooding every spring,\" by Harbour Weekly's Jo Roe: http://example.com/c."
        let a = Self.speech(body)
        #expect(a.map(\.speaker.name) == ["Jane Okafor"], "\(a.map { ($0.speaker.name, $0.statement) })")
        // a quotation that opens its sentence after a speaker is still that speaker's
        let b = Self.speech("Captain Jane Okafor spoke to the crew on Monday. “The quay will be closed for a month.”")
        #expect(b.map(\.speaker.name) == ["Jane Okafor"], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func anEdAdjectiveAfterAPrepositionMakesNoClauseOfAnObject() {
        // "maintained an energetic pace into advanced age": a pace kept, not a statement
        #expect(Self.speech("Mrs. Okafor maintained an energetic pace into advanced age.").isEmpty)
        // a clause without "that" still counts by its verb
        let a = Self.speech("Mrs. Okafor maintained the harbour board had ignored her warnings.")
        #expect(a.map(\.statement) == ["the harbour board had ignored her warnings"], "\(a.map(\.statement))")
    }

    @Test func addUpAndAddToSomethingReportNothing() {
        #expect(Self.speech("Over ten years, the port's deficits would add up to $2 billion more than the council had predicted.").isEmpty)
        #expect(Self.speech("The latest delay adds to the drama that has surrounded the depot since the spring.").isEmpty)
        // "added that" still reports
        let a = Self.speech("Jane Okafor added that the depot would open in May.")
        #expect(a.map(\.statement) == ["the depot would open in May"], "\(a.map(\.statement))")
    }

    @Test func signalAndUnderscoreWithANounPhraseReportNothing() {
        #expect(Self.speech("The mayor's comments signal a turnabout from the harbour's experience under the old council.").isEmpty)
        #expect(Self.speech("But the resistance in the greenest of towns underscores a more substantial challenge to the depot plan.").isEmpty)
        // with a "that"-clause they still report
        let a = Self.speech("Jane Okafor underscored that the depot would open in May.")
        #expect(a.map(\.statement) == ["the depot would open in May"], "\(a.map(\.statement))")
    }

    @Test func anIrregularParticipleAfterADeterminerMakesNoClause() {
        #expect(Self.speech("Okafor is not the only one who maintained a paid speaking schedule during a campaign.").isEmpty)
        let a = Self.speech("Okafor maintained the council paid the contractor twice.")
        #expect(a.map(\.statement) == ["the council paid the contractor twice"], "\(a.map(\.statement))")
    }

    @Test func aCoordinatorAfterTheVerbOpensNoStatement() {
        #expect(Self.speech("Okafor faces questions about the contract, including allegations that he hid the costs, which he has denied and which the auditor later withdrew.").isEmpty)
    }

    @Test func aTopicWhoseObjectStandsBeforeTheVerbIsNoStatement() {
        #expect(Self.speech("This was exactly the sort of change the party warned about in its 2013 report.").isEmpty)
        #expect(Self.speech("Okafor has embraced his father's story, more for what it says about the town than what it says about the harbour.").isEmpty)
        // "what she said" then a verb: the rest is what was said
        let a = Self.speech("What Okafor said is that the quay is too short for the new ferries.")
        #expect(a.count <= 1, "\(a.map(\.statement))")
        let b = Self.speech("Okafor warned about the rising cost of the new depot and its ferries.")
        #expect(b.map(\.statement) == ["the rising cost of the new depot and its ferries"], "\(b.map(\.statement))")
    }

    @Test func aNegatedInfinitiveReportsNothing() {
        #expect(Self.speech("That’s not to suggest that the mayor's comments are making people angry at the harbour board.").isEmpty)
        // "declined to say" stays negated; "plans to say" is no negation
        #expect(Self.speech("The mayor declined to say whether the quay would close.").isEmpty)
    }

    @Test func aGenericSpeakerWithAModalMakesNoClaim() {
        #expect(Self.speech("By some standards one could say the harbour towns integrate newcomers poorly.").isEmpty)
        #expect(Self.speech("You might argue that the quay is too short for the new ferries.").isEmpty)
        // a named speaker with a modal still speaks
        let a = Self.speech("Okafor would say the quay is too short for the new ferries.")
        #expect(a.map(\.speaker.name) == ["Okafor"], "\(a.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aPersonAsTheObjectIsNoStatement() {
        for text in ["Mayor Ana Ruiz has been mentioning him in almost every speech as she praises the new quay.",
                     "The harbour board noted her in its report on the ferries.",
                     "The company announced him as its new chief executive on Monday."] {
            #expect(Self.speech(text).isEmpty, "\(text): \(Self.speech(text).map(\.statement))")
        }
        // a possessive "her" before its noun still heads what was announced
        let a = Self.speech("Ruiz announced her plan to close the old quay.")
        #expect(a.map(\.statement) == ["her plan to close the old quay"], "\(a.map(\.statement))")
    }

    @Test func whatAQuoteOnlyVerbBeginsWithIsNoQuotation() {
        #expect(Self.speech("The campaign's new advertisement began with “Playing Ruiz,” in which children bash a dollhouse.").isEmpty)
        let a = Self.speech("“We will rebuild the quay,” Ruiz began.")
        #expect(a.map(\.statement) == ["We will rebuild the quay,"], "\(a.map(\.statement))")
    }

    @Test func aClauseOfItsOwnIsNoSubject() {
        // "pledged" before its noun is no verb whose subject is "Ruiz maintains a large"
        let a = Self.speech("Ruiz maintains a large pledged delegate lead over Okafor in the county.")
        #expect(a.allSatisfy { $0.cue != "pledged" }, "\(a.map { ($0.speaker.name, $0.cue, $0.statement) })")
    }

    @Test func aTimeAndItsDescriptionBeforeTheSubjectAreNoStatement() {
        #expect(Self.speech("On Friday morning, the third day of his four-day tour of the coast, the candidate Tom Berg told a joke.").isEmpty)
        // an interrupted clause keeps its fronted time: it is the reported clause's
        let a = Self.speech("Every Friday, from 8 a.m. to noon, the director told the Harbour Times, Ruiz would lead a meeting of the board.")
        #expect(a.count == 1, "\(a.map(\.statement))")
        // a clause before the subject is still what was said
        let b = Self.speech("On Friday the council closed the depot, the mayor told reporters.")
        #expect(b.map(\.statement) == ["On Friday the council closed the depot"], "\(b.map(\.statement))")
    }

    @Test func thatBeforeATimeNounOpensNoContent() {
        // "that night" is a time the story told, not the start of what was said
        let a = Self.speech("Tom Berg said that night the quay was closed.")
        #expect(a.map(\.statement) == ["the quay was closed"], "\(a.map(\.statement))")
        #expect(Self.speech("The man laughed that night at the harbour.").isEmpty)
        #expect(Self.speech("Tom Berg joked that day about the weather.").isEmpty)
    }

    @Test func aLonePluralAfterAVerbOfSayingSpeaks() {
        // "The levy, say economists, will hurt ...": inverted, the bare plural speaks, around the parenthetical
        let a = Self.speech("The levy, say economists, will hurt the harbour towns.")
        #expect(a.map(\.speaker.name) == ["economists"], "\(a.map { ($0.speaker.name, $0.statement) })")
        #expect(a.first?.statement == "The levy […] will hurt the harbour towns")
        let b = Self.speech("Ferry fares will rise next year, said analysts.")
        #expect(b.map(\.statement) == ["Ferry fares will rise next year"], "\(b.map(\.statement))")
        // a participle before a plural is an adjective: "regular, pledged members"
        #expect(Self.speech("She won a majority of regular, pledged members.").isEmpty)
    }

    @Test func evenAsSetsTheWritersContrastBesideWhatWasSaid() {
        // "A even as the budget office estimated that B": two claims, with or without a comma before "even as"
        let a = Self.speech("Berg claimed the fare cuts would pay for themselves even as the Harbour Budget Office estimated that they would add $2 million to the deficit.")
        #expect(a.map(\.statement) == ["the fare cuts would pay for themselves", "they would add $2 million to the deficit"], "\(a.map(\.statement))")
        #expect(a.map(\.speaker.name) == ["Berg", "Harbour Budget Office"])
        let b = Self.speech("She said fares rose, even as the union said wages fell.")
        #expect(b.map(\.statement) == ["fares rose", "wages fell"], "\(b.map(\.statement))")
        // a verb of belief after "even as" stays inside the speaker's account
        let c = Self.speech("He said he told his family even as he realized that leaving was his goal.")
        #expect(c.map(\.statement) == ["he told his family even as he realized that leaving was his goal"], "\(c.map(\.statement))")
    }

    @Test func whatAStatementSetOffIsTheWritersWords() {
        let a = Self.speech("Sources told Coast Radio the captain was not drinking, leading to theories that he had been taken ill.")
        #expect(a.map(\.statement) == ["the captain was not drinking"], "\(a.map(\.statement))")
        let b = Self.speech("The mayor said the depot would close, prompting an outcry from drivers.")
        #expect(b.map(\.statement) == ["the depot would close"], "\(b.map(\.statement))")
        // "leading" with an object describes what was said of
        let c = Self.speech("The poll showed that Ruiz won 30 percent, leading the field.")
        #expect(c.first?.statement == "Ruiz won 30 percent, leading the field", "\(c.map(\.statement))")
    }

    @Test func aRelativeClauseWithItsOwnSubjectDescribesTheNounBeforeIt() {
        // "which" as the object of its clause describes the noun before it, within what was said
        let a = Self.speech("Berg said the crew collected hours of depth readings, which divers will pore over on the way home.")
        #expect(a.map(\.statement) == ["the crew collected hours of depth readings, which divers will pore over on the way home"], "\(a.map(\.statement))")
        let b = Self.speech("The mayor said the council passed the budget, which the governor will sign next week.")
        #expect(b.map(\.statement) == ["the council passed the budget, which the governor will sign next week"], "\(b.map(\.statement))")
        // the writer's gloss on what was said still ends it: a subject "which", a reporting verb, a pronoun
        let c = Self.speech("Berg said the quay would close next month, which raised concerns among the crews.")
        #expect(c.map(\.statement) == ["the quay would close next month"], "\(c.map(\.statement))")
        let d = Self.speech("Berg said the firm broke the law, which the company has denied.")
        #expect(d.map(\.statement) == ["the firm broke the law"], "\(d.map(\.statement))")
        let e = Self.speech("The mayor said the council passed the budget, which she called a disgrace.")
        #expect(e.map(\.statement) == ["the council passed the budget"], "\(e.map(\.statement))")
    }

    @Test func aSentenceAdverbialBeforeTheStatementStaysInIt() {
        let a = Self.speech("Tom Reed runs the depot. Simply put, saltier water means more rust, he said.")
        #expect(a.map(\.statement) == ["Simply put, saltier water means more rust"], "\(a.map(\.statement))")
        // nor a name's, when a verb in "-s" and its object make the words a clause
        let c = Self.speech("Simply put, the levy means fewer sailings, Ruiz said.")
        #expect(c.map(\.statement) == ["Simply put, the levy means fewer sailings"], "\(c.map(\.statement))")
        // a description before a named speaker is still his
        let b = Self.speech("Prices will rise, the firm's chief executive, Jane Roe, said.")
        #expect(b.map(\.statement) == ["Prices will rise"] && b.map(\.speaker.name) == ["Jane Roe"], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func theRecordAStatementIsKnownFromIsNotItsSpeaker() {
        for body in ["Tom Reed runs the depot. Saltier water means more rust, he said according to a transcript seen by the Harbour Times.",
                     "Tom Reed runs the depot. Saltier water means more rust, he said, according to a transcript seen by the Harbour Times."] {
            let a = Self.speech(body)
            #expect(a.map(\.statement) == ["Saltier water means more rust"] && a.map(\.speaker.name) == ["Tom Reed"], "\(a.map { ($0.speaker.name, $0.statement) })")
        }
        // a source that stands alone still speaks
        let b = Self.speech("Saltier water means more rust, according to a report by the Harbour Board.")
        #expect(b.count == 1 && b.first?.cue == "according to", "\(b.map { ($0.speaker.name, $0.statement) })")
        // a source set off in the middle, before the clause, still reports
        let c = Self.speech("Shares fell after Roe said, according to the Harbour Times, that she would quit.")
        #expect(c.contains { $0.cue == "according to" }, "\(c.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func wordsThatLookLikeCuesButDescribeOrCountAreNoStatements() {
        #expect(Self.speech("The tide ran just above predicted height at the harbour.").isEmpty)
        #expect(Self.speech("Four officials accused of fraud in the port scheme of 2019 were jailed on Monday.").isEmpty)
        #expect(Self.speech("Ann Lee and Jo Roe added two goals apiece in a 7-2 win over the Harbour Rams.").isEmpty)
        #expect(Self.speech("There would be a limit on permits and all claims would be checked at the port.").isEmpty)
        #expect(Self.speech("Islanders can rest assured that the ferry will run.").isEmpty)
        // a relative clause's verb in "-s" before an auxiliary still reports
        let relative = Self.speech("The board sold the quay, which Roe claims was seized unlawfully.")
        #expect(relative.map(\.speaker.name) == ["Roe"], "\(relative.map { ($0.speaker.name, $0.statement) })")
        // a count that leads a clause of its own is said
        let counted = Self.speech("The mayor added three officers resigned on Friday.")
        #expect(counted.map(\.statement) == ["three officers resigned on Friday"], "\(counted.map(\.statement))")
        // a count that is the subject of a clause of its own is said
        let a = Self.speech("The mayor added 10 people were hurt in the fire.")
        #expect(a.map(\.statement) == ["10 people were hurt in the fire"], "\(a.map(\.statement))")
        // "accused" with the one accused after it still reports
        let b = Self.speech("The mayor accused the board of “wrecking the harbour for a quick profit”.")
        #expect(b.count == 1, "\(b.map(\.statement))")
    }

    @Test func aRelativeClauseWithoutItsPronounReportsWhatItsHeadDid() {
        let a = Self.speech("Roe said the mayor was booed when he backed the levy in 2019 -- a policy she said lost him the harbour vote.")
        #expect(a.map(\.statement) == ["the mayor was booed when he backed the levy in 2019", "a policy […] lost him the harbour vote"], "\(a.map(\.statement))")
        let b = Self.speech("The plan, a scheme Ann Lee said was doomed, failed in May.")
        #expect(b.map(\.statement) == ["a scheme […] was doomed"] && b.map(\.speaker.name) == ["Ann Lee"], "\(b.map { ($0.speaker.name, $0.statement) })")
        // an adverb or a phrase after a comma is still in the clause
        let c = Self.speech("Roe blamed the ports -- ports she said had sent ships that broke the rules, sometimes twice.")
        #expect(c.last?.statement == "ports […] had sent ships that broke the rules, sometimes twice", "\(c.map(\.statement))")
        // the object of a preposition is no head, and an adjective of the next clause's subject is no verb
        let d = Self.speech("In the interview she said increased fees would hurt renters.")
        #expect(d.map(\.statement) == ["increased fees would hurt renters"], "\(d.map(\.statement))")
    }

    @Test func aStraightMarkThatReopensAQuotationAfterASentenceGoesOnWithIt() {
        let a = Self.speech("Tim Hollis, the union's chair, said: \"There are holes in the plan. \"But we back fair pay for ferry crews.\"")
        #expect(a.map(\.statement) == ["There are holes in the plan. \"But we back fair pay for ferry crews."], "\(a.map(\.statement))")
        // a title's closing mark comes right after a word: the mark before it closes, as before
        let b = Self.speech("Jo Roe wrote: \"I read it twice. \"Harbour Lights\" is the best book on the port.\"")
        #expect(b.first?.statement.trimmingCharacters(in: .whitespaces) == "I read it twice.", "\(b.map(\.statement))")
        // an inverted attribution after the closing mark: the quotation reopened goes on to it
        let e = Self.speech("\"We watched the queues grow. \"Still, the crews stayed calm. The month has proved them right,\" said Ann Lee.")
        #expect(e.map(\.statement) == ["We watched the queues grow. \"Still, the crews stayed calm. The month has proved them right,"] && e.first?.speaker.name == "Ann Lee",
                "\(e.map { ($0.speaker.name, $0.statement) })")
        // a title ending in "!" that the sentence goes on past is a title still
        let d = Self.speech("Jo Roe wrote: \"I read it twice. \"Harbour Ho!\" is the best book on the port.\"")
        #expect(d.first?.statement.trimmingCharacters(in: .whitespaces) == "I read it twice.", "\(d.map(\.statement))")
        // quoted phrases later in the paragraph, and a second quotation reopened twice, leave the first one whole
        let c = Self.speech("Ann Lee said: \"The ferry was late again. \"Still, the crew stayed calm. The month has proved them right.\" She spoke of \"fair fares\" too. \"Where is the money? \"When will it come? \"Why wait?\"")
        #expect(c.first?.statement == "The ferry was late again. \"Still, the crew stayed calm. The month has proved them right. […] Where is the money? \"When will it come? \"Why wait?",
                "\(c.map(\.statement))")
        #expect(!c.contains { $0.speaker.name == "The" || $0.statement.hasPrefix("them right") }, "\(c.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func afterAConnectiveAndAParentheticalCueANounPhraseOpensWhatWasSaid() {
        let a = Self.speech("\"It was a passing craze,\" he said. Now, he said, the harbour trade rivals the fishing fleet for jobs.")
        #expect(a.last?.statement == "the harbour trade rivals the fishing fleet for jobs", "\(a.map(\.statement))")
    }

    @Test func threeSpacesBetweenWordsAreReadAsTheDashAConversionDropped() {
        // "   " where a text stripped of its dashes had " – ": the content ends there, as at the dash
        let a = Self.speech("Mr Reade said no decision had been taken   the future of the port was still open.")
        #expect(a.map(\.statement) == ["no decision had been taken"], "\(a.map(\.statement))")
        let b = Self.speech("Mr Reade said no decision had been taken – the future of the port was still open.")
        #expect(b.map(\.statement) == a.map(\.statement), "\(b.map(\.statement))")
        let d = Self.speech("Mr Reade said no decision had been taken the future of the port was still open.")
        #expect(d.map(\.statement) != a.map(\.statement), "\(d.map(\.statement))")
        // two spaces stay spaces
        let c = Self.speech("Mr Reade said there was  a plan to close the port.")
        #expect(c.map(\.statement) == ["there was a plan to close the port"], "\(c.map(\.statement))")
    }

    @Test func aWithPhraseOfFiguresAfterAParentheticalCueGoesOnWithWhatWasSaid() {
        let a = Self.speech("Ferry bookings are growing, the harbour board said, with bookings in 2025 up 25% at 61,000 crossings.")
        #expect(a.first?.statement.hasSuffix("with bookings in 2025 up 25% at 61,000 crossings") == true, "\(a.map(\.statement))")
        // the year of the figures is what was said, not the time of the telling
        #expect(a.first?.when == nil, "\(a.map { ($0.statement, $0.whenText as Any) })")
        // a short "with" phrase of manner is the writer's
        // a "with" phrase of manner or of company is the writer's, a number in it or not
        for text in ["The port is safe, the harbour master said, with a smile.", "The port is safe, the harbour master said, with her husband of 30 years at her side."] {
            #expect(Self.speech(text).map(\.statement) == ["The port is safe"], "\(text): \(Self.speech(text).map(\.statement))")
        }
    }

    @Test func aCompanysAbbreviationBeforeAQuotationEndsTheSentence() {
        let a = Self.speech("Carmakers backed the changes, including Harbour Motor Co. \"We are committed to working with the state,\" Harbour Motor said in a statement.")
        #expect(a.map(\.statement) == ["We are committed to working with the state,"], "\(a.map { ($0.speaker.name, $0.statement) })")
        // nor does one before a word in lower case
        let b = Self.speech("The plant belongs to Harbour Motor Co. and its workers, Vale said.")
        #expect(b.map(\.statement) == ["The plant belongs to Harbour Motor Co. and its workers"], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aCaptionIsWhatItsAuthorWrote() {
        let a = Self.speech("Eve Parrish shared a photo of the baby. “A love like no other!” Parrish, 33, captioned the photo.")
        #expect(a.map(\.speaker.name) == ["Eve Parrish"], "\(a.map { ($0.speaker.name, $0.statement) })")
        // what a guest shared after the words, not a quotation shared as a thing
        let b = Self.speech("Tom Vale spoke on his podcast. “I like to see it from the fans’ side,” Vale shared.")
        #expect(b.map(\.speaker.name) == ["Tom Vale"], "\(b.map { ($0.speaker.name, $0.statement) })")
        let c = Self.speech("Ann Roe said she and Vale shared “almost all the same views” on the port.")
        #expect(c.map(\.speaker.name) == ["Ann Roe"], "\(c.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aTextWithOnlyStraightSingleMarksQuotesWithThem() {
        let text = "The actor's father, Paul Vale, spoke to the paper.\n\nSpeaking from his home in Florida, Paul claimed: 'He even had a relationship with one of the girls.\n\n'They would meet in the dressing rooms. He told me about it.'\n\nA rep for the actress denied the story, saying it was '100 percent false'."
        let a = Self.speech(text)
        #expect(a.contains { $0.kind == .direct && $0.speaker.name == "Paul Vale" && $0.statement.hasPrefix("He even had a relationship") && $0.statement.hasSuffix("He told me about it.") },
                "\(a.map { ($0.speaker.name, $0.kind, $0.statement) })")
        #expect(a.contains { $0.statement == "it was '100 percent false'" }, "\(a.map { ($0.speaker.name, $0.kind, $0.statement) })")
        // two straight single marks stand for a double one: such a text keeps its apostrophes
        let b = Self.speech("Ann Roe said: ''It's Jo's plan, and it works.'' She added: ''We'll see.''")
        #expect(b.map(\.statement) == ["It's Jo's plan, and it works.", "We'll see."], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aQuotationAfterHowLittleOrWhereItWasSaid() {
        let a = Self.speech("Tom Vale said only, “We will not use the funds in any way that is illegal.”")
        #expect(a.map(\.statement) == ["We will not use the funds in any way that is illegal."], "\(a.map { ($0.speaker.name, $0.statement) })")
        let b = Self.speech("Tom Vale was at the show.\n\nAs he told reporters backstage, “For any father with young kids, we hope they find something they want to do.”")
        #expect(b.map(\.speaker.name) == ["Tom Vale"], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aDottedAbbreviationBeforeAQuotationThatOpensWithACapitalEndsTheSentence() {
        let a = Self.speech("Harbour Soft said that its focus now turns back to the U.K. “While we disagree with the regulator, we are considering how the deal might change,” President Tom Vale said in a statement.")
        #expect(a.map(\.statement) == ["its focus now turns back to the U.K.", "While we disagree with the regulator, we are considering how the deal might change,"], "\(a.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aConcessionThatTellsOfAnotherReportIsTheWritersNotTheSpeakers() {
        let a = Self.speech("The navy said 40 bodies had been recovered, although other media later quoted the head of the rescue agency as saying only three had been found.")
        #expect(a.first?.statement == "40 bodies had been recovered", "\(a.map { ($0.speaker.name, $0.statement) })")
        // a concession with no report of its own may be the speaker's
        let b = Self.speech("Tom Vale said the deal was dead, although talks could resume next year.")
        #expect(b.map(\.statement) == ["the deal was dead, although talks could resume next year"], "\(b.map { ($0.speaker.name, $0.statement) })")
    }

    @Test func aParticiplesPhraseLeadingTheSentenceIsNotPartOfTheQuotation() {
        for text in ["Asked about the delays, Tom Vale said, “We will finish before the storms.”",
                     "Speaking at the harbour summit, Tom Vale said, “We will finish before the storms.”"] {
            let a = Self.speech(text)
            #expect(a.map(\.statement) == ["We will finish before the storms."], "\(text): \(a.map { ($0.speaker.name, $0.statement) })")
            #expect(a.map(\.kind) == [.direct])
        }
    }
}

