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

    /// The claim starting `prefix` has a speaker with these fields (nil: not checked).
    static func expect(_ claims: [(statement: String, speaker: [String: Any])], _ prefix: String, name: String,
                       mention: String? = nil, role: String? = nil, kind: String? = nil) throws {
        let s = try speaker(of: prefix, in: claims)
        #expect((s["name"] as? String)?.lowercased() == name.lowercased(), "\(prefix): \(s)")
        if let mention { #expect(s["mention"] as? String == mention, "\(prefix): \(s)") }
        if let role { #expect(s["role"] as? String == role, "\(prefix): \(s)") }
        if let kind { #expect(s["kind"] as? String == kind, "\(prefix): \(s)") }
    }

    @Test func anOrganisationUnderItsAcronymShortNameAndDescriptionIsOneSpeaker() throws {
        let claims = try Self.speakers("23_business_org_short_names.txt")
        for (prefix, mention) in [("its new copper smelter", "Kestrel Ridge Mining Corp"), ("the delay was caused", "KRM"),
                                  ("it would sell its stake", "Kestrel Ridge"), ("the sale would not affect", "The company"),
                                  ("it expected its profit", "Kestrel Ridge")] {
            try Self.expect(claims, prefix, name: "Kestrel Ridge Mining Corp", mention: mention, kind: "organization")
        }
        for prefix in ["the delay gave regulators", "the permit allowed", "it would ask the provincial court"] {
            try Self.expect(claims, prefix, name: "Tallow Basin Environmental Trust")
        }
    }

    @Test func anOrganisationIsOneStoredSpeakerWithItsAcronymAndShortNameAsAliases() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("s.db").path
        let load = try CLI.run(["--store", store, "load", CLI.fixture("articles/23_business_org_short_names.txt")])
        #expect(load.status == 0, "\(load.stderr)")
        let r = try CLI.run(["--store", store, "speakers", "--format", "json"])
        let named = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let company = named.filter { ($0["name"] as? String)?.hasPrefix("Kestrel") == true || $0["name"] as? String == "KRM" }
        #expect(company.count == 1, "one speaker: \(company)")
        let aliases = Set(company.first?["aliases"] as? [String] ?? [])
        #expect(aliases.isSuperset(of: ["KRM", "Kestrel Ridge"]), "\(company)")
        #expect(company.first?["claims"] as? Int == 5, "\(company)")
        // the alias finds the speaker
        let by = try CLI.run(["--store", store, "claims", "--by", "KRM", "--format", "json"])
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(by.stdout.utf8)) as? [[String: Any]])
        #expect(claims.count == 5, "\(by.stdout) \(by.stderr)")
    }

    @Test func aSpeakerDescribedAndNamedRightAfterIsTheNamedPerson() throws {
        let claims = try Self.speakers("24_wire_described_then_named.txt")
        // the mention stays as written
        try Self.expect(claims, "the stoppage was already costing", name: "Petronella Vasquez-Oduya", mention: "One analyst")
        try Self.expect(claims, "the temporary staff had not been trained", name: "Bartholomew Kiprono-Lage")
        // described speakers the text never names stay described
        try Self.expect(claims, "his clients had begun", name: "a shipping agent")
        // titles are roles, not parts of the name
        try Self.expect(claims, "the port authority had made a fair offer", name: "Ingrid Halloran-Seck", role: "Spokeswoman")
    }

    @Test func aStudysQuoteIsItsSpokespersonsAndADocumentWithoutOneIsTheDocument() throws {
        let claims = try Self.speakers("25_science_study_and_proclamation.txt")
        try Self.expect(claims, "We found that the beaches", name: "Ana Ruiz-Castellanos", kind: "person")
        // documents are organisations, not people
        try Self.expect(claims, "no new concrete walls", name: "a proclamation", kind: "organization")
        try Self.expect(claims, "three of the towns could lose", name: "the survey", kind: "organization")
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
