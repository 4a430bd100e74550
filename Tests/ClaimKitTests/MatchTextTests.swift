@testable import ClaimKit
import Testing

/// The matcher's text normalisation on invented tweets and claims.
@Suite struct MatchTextTests {
    @Test func tweetClutterIsRemovedAndTheSignatureKeptApart() {
        let q = MatchText(query: "Bridges closed in #StormWarning today pic.twitter.com/abc123 https://t.co/xyz — Jo Bloggs (@JoBloggs_News) January 6, 2020")
        #expect(q.terms == ["bridg", "clos", "storm", "warn", "today"])
        #expect(q.signatureTerms.contains("jo") && q.signatureTerms.contains("blogg") && q.signatureTerms.contains("new"))
        #expect(!q.terms.contains { $0.contains("http") || $0.contains("twitter") })
    }

    @Test func numbersAreWrittenOneWay() {
        #expect(MatchText(document: "70 per cent of 1,200 voters").terms == MatchText(document: "70% of 1200 voters").terms)
        #expect(MatchText(document: "three ministers").terms == ["3", "minister"])
        #expect(MatchText(document: "It fell 3.5% in the U.S.").numbers == ["3.5"])
    }

    @Test func stemmingJoinsWordForms() {
        #expect(LightStemmer.stem("released") == LightStemmer.stem("releases"))
        #expect(LightStemmer.stem("stopped") == "stop")
        #expect(LightStemmer.stem("called") == "call")
    }

    @Test func rankingPrefersTheCandidateThatSaysTheSame() {
        let matcher = ClaimMatcher(candidates: [
            MatchCandidate(kind: .prior, id: "a", text: "The lake froze over in June.", title: "Did the lake freeze in June?"),
            MatchCandidate(kind: .prior, id: "b", text: "A lake monster was filmed in June by tourists on a boat trip.", title: nil),
            MatchCandidate(kind: .prior, id: "c", text: "Train tickets will cost less in June.", title: nil),
        ])
        let results = matcher.rank("Unbelievable: our lake is frozen solid in June!! https://t.co/q — Ann (@ann) June 3, 2021", limit: 3)
        #expect(results.map(\.candidate.id).first == "a")
        #expect(results.count == 3 && results[0].score > results[1].score)
        #expect(results[0].confidence > results[1].confidence)
    }

    @Test func capitalisedNamesAreReadByTheirLastWord() {
        #expect(MatchText(document: "Yesterday President Ada Lindqvist spoke, and Mr. Lindqvist left.").names == ["=lindqvist"])
        #expect(MatchText(document: "It was signed by Ada B. Lindqvist in Varna").names == ["=lindqvist", "=varna"])
        // A fact-check's sentence-opening word is not a name; a query's is (the index knows its names).
        #expect(MatchText(document: "Lindqvist spoke. Bridges closed.").names.isEmpty)
        #expect(MatchText(query: "Lindqvist spoke").names == ["=lindqvist"])
        // All capitals, stop words and numbers are not names.
        #expect(MatchText(document: "They said THE NEWS in 2020 is The End").names == ["=end"])
    }

    @Test func knownAliasesNameThePersonBothWays() {
        let aliases = NameAliases(groups: [["Ada Lindqvist", "The Iron Ada"], ["Bo Marsh"]])
        #expect(MatchText(query: "so says the iron ada today", aliases: aliases).names == ["=lindqvist", "=ada"])
        #expect(MatchText(document: "as ada lindqvist said", aliases: aliases).names == ["=lindqvist", "=ada"])
        #expect(MatchText(document: "as bo marsh said", aliases: aliases).names.isEmpty, "a person with no alias adds nothing")
    }
}
