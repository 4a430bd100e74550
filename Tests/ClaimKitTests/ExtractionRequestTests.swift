import Testing
@testable import ClaimKit

/// Requests, questions put by a passive's agent, a place name inside a cue's adjuncts and contracted
/// pronoun subjects, on sentences written for the purpose.
@Suite("Extraction: requests and questions")
struct ExtractionRequestTests {
    static func speech(_ body: String) -> [ExtractedClaim] { ExtractionUnitTests.speech(ExtractionUnitTests.extract(body)) }

    @Test func askedSomeoneToDoSomethingIsARequest() {
        let c = Self.speech("The tenants' group has asked the county court to halt the sale of the depot.")
        #expect(c.count == 1)
        #expect(c.first?.statement == "the county court to halt the sale of the depot")
        #expect(c.first?.kind == .indirect)
    }

    @Test func aRequestEndsAtItsFirstComma() {
        let c = Self.speech("Mara Quist has asked the auditors to find the missing ledgers, which would take a month.")
        #expect(c.first?.statement == "the auditors to find the missing ledgers")
        #expect(c.first?.speaker.name == "Mara Quist")
    }

    @Test func aPlainPastAskedToIsAnInstructionNotARequest() {
        #expect(Self.speech("The moderator asked the candidates to keep their answers short.").isEmpty)
    }

    @Test func askedForAndAskedAPlainObjectAreNoRequest() {
        #expect(Self.speech("Mara Quist asked for a recount of the ballots in the ward.").isEmpty)
        #expect(Self.speech("Mara Quist asked the auditors a question about the ledgers.").isEmpty)
    }

    @Test func theAgentOfAPassiveAskedPutsTheQuestion() {
        let c = Self.speech("Dane Holloway was asked by a caller why the ferry had stopped running in March.")
        #expect(c.count == 1)
        #expect(c.first?.speaker.name == "a caller")
        #expect(c.first?.statement == "why the ferry had stopped running in March")
    }

    @Test func aFrontedAskedByQuestionEndsAtItsComma() {
        let c = Self.speech("Asked by a reporter whether the ferry would run again, Dane Holloway said the council would decide in June.")
        #expect(c.count == 2)
        #expect(c.first?.speaker.name == "a reporter")
        #expect(c.first?.statement == "whether the ferry would run again")
        #expect(c.last?.speaker.name == "Dane Holloway")
        #expect(c.last?.statement == "the council would decide in June")
    }

    @Test func aPlaceNameSetOffByCommasDoesNotEndTheCuesAdjuncts() {
        let c = Self.speech("Ruth Abend is telling a packed hall in Cold Harbour, Maine, on the last night of the race that the depot will be sold.")
        #expect(c.count == 1)
        #expect(c.first?.statement == "the depot will be sold")
        #expect(c.first?.speaker.name == "Ruth Abend")
    }

    @Test func aPlaceNameInAParticiplesAdjuncts() {
        let c = Self.speech("Ruth Abend spent the evening at the gates, telling supporters in Cold Harbour, Maine, that the council has no plan.")
        #expect(c.first?.statement == "the council has no plan")
    }

    @Test func aContractedPronounIsTheSubjectOfTheCue() {
        let c = Self.speech("Ruth Abend wants a new depot. She’s telling allies that the vote will be close.")
        #expect(c.count == 1)
        #expect(c.first?.statement == "the vote will be close")
        #expect(c.first?.speaker.name == "Ruth Abend")
    }

    @Test func aContractedPronounBeforeAPassiveSaidIsNoSpeaker() {
        #expect(Self.speech("Ruth Abend runs the depot. She’s said to favour a sale of the land.").isEmpty)
    }
}
