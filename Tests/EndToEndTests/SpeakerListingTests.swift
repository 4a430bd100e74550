import Foundation
import Testing

/// `speakers`: a named person once across documents; group and anonymous speakers per document,
/// only with --all.
@Suite struct SpeakerListingTests {
    @Test func peopleOnceGroupsPerDocumentWithAll() throws {
        let dir = try CLI.temporaryDirectory()
        let a = dir.appendingPathComponent("a.txt"), b = dir.appendingPathComponent("b.txt")
        try """
            Port fees to rise

            Port fees will rise by 12 percent next year, Harbour Minister Lena Dahl said on Tuesday.

            Two senior officials said the new fees would pay for dredging the main channel.
            """.write(to: a, atomically: true, encoding: .utf8)
        try """
            Ferry fares frozen

            Ferry fares will stay the same until spring, Harbour Minister Lena Dahl said on Friday.

            Two senior officials said the ferry company had asked for a subsidy.
            """.write(to: b, atomically: true, encoding: .utf8)
        let store = dir.appendingPathComponent("s.db").path
        #expect(try CLI.run(["--store", store, "load", a.path, b.path, "--published", "2025-04-17"]).status == 0)
        var r = try CLI.run(["--store", store, "speakers", "--format", "json"])
        let named = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(named.filter { $0["name"] as? String == "Lena Dahl" }.count == 1, "one Lena Dahl: \(named)")
        #expect(!named.contains { ($0["name"] as? String)?.lowercased() == "two senior officials" }, "groups hidden by default")
        r = try CLI.run(["--store", store, "speakers", "--all", "--format", "json"])
        let everyone = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let groups = everyone.filter { ($0["name"] as? String)?.lowercased() == "two senior officials" }
        #expect(groups.count == 2, "one per document: \(everyone)")
        #expect(Set(groups.compactMap { $0["document"] as? String }) == ["D1", "D2"])
    }
}
