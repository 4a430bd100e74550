import Foundation
import Testing

/// Speakers resolved as an editor would, through the built binary on the fixture articles written for it:
/// an organisation under its acronym, short name and "the company" is one speaker; a speaker described and
/// named right after is the named person; a study's quote is the person who speaks for it, a document with
/// no such person is the document; titles are roles; group speakers are one speaker per document.
@Suite struct SpeakerResolutionTests {
    /// The claims `extract --format json` gives for a fixture article: statement -> speaker object.
    static func speakers(_ fixture: String) throws -> [(statement: String, speaker: [String: Any])] {
        let r = try CLI.run(["extract", CLI.fixture("articles/" + fixture), "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let claims = try #require(json["claims"] as? [[String: Any]])
        return claims.compactMap { c in
            guard let s = c["statement"] as? String, let sp = c["speaker"] as? [String: Any] else { return nil }
            return (s, sp)
        }
    }

    static func speaker(of prefix: String, in claims: [(statement: String, speaker: [String: Any])]) throws -> [String: Any] {
        try #require(claims.first { $0.statement.hasPrefix(prefix) }?.speaker, "no claim starting \(prefix)")
    }

    @Test func anOrganisationUnderItsAcronymShortNameAndDescriptionIsOneSpeaker() throws {
        let claims = try Self.speakers("23_business_org_short_names.txt")
        for (prefix, mention) in [("its new copper smelter", "Kestrel Ridge Mining Corp"), ("the delay was caused", "KRM"),
                                  ("it would sell its stake", "Kestrel Ridge"), ("the sale would not affect", "The company"),
                                  ("it expected its profit", "Kestrel Ridge")] {
            let s = try Self.speaker(of: prefix, in: claims)
            #expect(s["name"] as? String == "Kestrel Ridge Mining Corp", "\(prefix): \(s)")
            #expect(s["mention"] as? String == mention, "\(prefix): \(s)")
            #expect(s["kind"] as? String == "organization", "\(prefix): \(s)")
        }
        for prefix in ["the delay gave regulators", "the permit allowed", "it would ask the provincial court"] {
            let s = try Self.speaker(of: prefix, in: claims)
            #expect(s["name"] as? String == "Tallow Basin Environmental Trust", "\(prefix): \(s)")
        }
    }

    @Test func aSpeakerDescribedAndNamedRightAfterIsTheNamedPerson() throws {
        let claims = try Self.speakers("24_wire_described_then_named.txt")
        let analyst = try Self.speaker(of: "the stoppage was already costing", in: claims)
        #expect(analyst["name"] as? String == "Petronella Vasquez-Oduya", "\(analyst)")
        #expect(analyst["mention"] as? String == "One analyst", "the mention stays as written: \(analyst)")
        let official = try Self.speaker(of: "the temporary staff had not been trained", in: claims)
        #expect(official["name"] as? String == "Bartholomew Kiprono-Lage", "\(official)")
        // described speakers the text never names stay described
        let agent = try Self.speaker(of: "his clients had begun", in: claims)
        #expect((agent["name"] as? String)?.lowercased() == "a shipping agent", "\(agent)")
        // titles are roles, not parts of the name
        let spokeswoman = try Self.speaker(of: "the port authority had made a fair offer", in: claims)
        #expect(spokeswoman["name"] as? String == "Ingrid Halloran-Seck", "\(spokeswoman)")
        #expect(spokeswoman["role"] as? String == "Spokeswoman", "\(spokeswoman)")
    }

    @Test func aStudysQuoteIsItsSpokespersonsAndADocumentWithoutOneIsTheDocument() throws {
        let claims = try Self.speakers("25_science_study_and_proclamation.txt")
        let lead = try Self.speaker(of: "We found that the beaches", in: claims)
        #expect(lead["name"] as? String == "Ana Ruiz-Castellanos", "\(lead)")
        #expect(lead["kind"] as? String == "person", "\(lead)")
        let proclamation = try Self.speaker(of: "no new concrete walls", in: claims)
        #expect((proclamation["name"] as? String)?.lowercased().hasPrefix("a proclamation") == true, "\(proclamation)")
        #expect(proclamation["kind"] as? String == "organization", "a document, not a person: \(proclamation)")
        let survey = try Self.speaker(of: "three of the towns could lose", in: claims)
        #expect(survey["name"] as? String == "the survey" && survey["kind"] as? String == "organization", "\(survey)")
    }

    @Test func groupSpeakersAreOneSpeakerPerDocumentInTheStore() throws {
        let dir = try CLI.temporaryDirectory()
        let other = dir.appendingPathComponent("other.txt")
        try """
            Bus fares to rise

            The government said bus fares would rise by five percent in the autumn.

            Officials said the rise would pay for new buses on the rural routes.

            The government said later that pensioners would still travel free.
            """.write(to: other, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.db").path
        let load = try CLI.run(["--store", store, "load", CLI.fixture("articles/26_politics_group_speakers.txt"), other.path])
        #expect(load.status == 0, "\(load.stderr)")
        // loading the same article again adds no speaker
        #expect(try CLI.run(["--store", store, "load", other.path]).status == 0)
        let r = try CLI.run(["--store", store, "speakers", "--all", "--format", "json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        for group in ["the government", "officials"] {
            let rows = all.filter { ($0["name"] as? String)?.lowercased() == group }
            #expect(rows.count == 2, "\(group): one per document: \(rows)")
            #expect(Set(rows.compactMap { $0["document"] as? String }) == ["D1", "D2"], "\(group): \(rows)")
            #expect(rows.contains { $0["claims"] as? Int == 3 } || group == "officials", "\(group): its three claims in D1 are one speaker: \(rows)")
        }
        let officials = all.filter { ($0["name"] as? String)?.lowercased() == "officials" }
        #expect(officials.contains { $0["claims"] as? Int == 2 }, "two claims of officials in D1, one speaker: \(officials)")
        // named speakers stay one across documents and are listed without --all
        let named = try CLI.run(["--store", store, "speakers", "--format", "json"])
        #expect(!named.stdout.lowercased().contains("\"the government\""), "groups hidden by default")
    }
}
