import Foundation
import Testing

/// Reports in every format, compared byte for byte with the files in Fixtures/expected.
/// Set CLAIMCHECK_UPDATE_GOLDEN=1 to rewrite them after an intended change (then review the diff).
@Suite(.serialized) struct ExportGoldenTests {
    static let environment = ["CLAIMCHECK_NOW": "2025-04-20T12:00:00Z", "CLAIMCHECK_AUTHOR": "checker"]
    static let formats: [(format: String, file: String)] = [
        ("markdown", "report.md"), ("html", "report.html"), ("json", "store.json"), ("csv", "report.csv"),
        ("claimreview", "reviews.jsonld"),
    ]

    /// Builds the report store from the batch script, in a fresh folder.
    private func buildStore() throws -> String {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("report.db").path
        let r = try CLI.run(["--store", store, "--bail", "-f", CLI.fixture("batch/report.cc")], in: CLI.packageRoot,
                            environment: Self.environment)
        #expect(r.status == 0, "building the report store: \(r.stderr)")
        return store
    }

    @Test func everyFormatMatchesItsGoldenFile() throws {
        let store = try buildStore()
        let out = try CLI.temporaryDirectory()
        let update = ProcessInfo.processInfo.environment["CLAIMCHECK_UPDATE_GOLDEN"] == "1"
        for (format, file) in Self.formats {
            let path = out.appendingPathComponent(file).path
            var args = ["--store", store, "export", format, path]
            if format == "claimreview" { args += ["--url", "https://checks.example.org/iran", "--org", "Example Checks"] }
            let r = try CLI.run(args, in: CLI.packageRoot, environment: Self.environment)
            #expect(r.status == 0, "export \(format): \(r.stderr)")
            let produced = try Data(contentsOf: URL(fileURLWithPath: path))
            let golden = CLI.packageRoot.appendingPathComponent("Fixtures/expected/\(file)")
            if update { try produced.write(to: golden) }
            let expected = try Data(contentsOf: golden)
            #expect(produced == expected, "export \(format) differs from Fixtures/expected/\(file)")
        }
    }

    @Test func exportIsDeterministic() throws {
        let store = try buildStore()
        let a = try CLI.run(["--store", store, "export", "html"], environment: Self.environment)
        let b = try CLI.run(["--store", store, "export", "html"], environment: Self.environment)
        #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func jsonRoundTripsThroughImport() throws {
        let store = try buildStore()
        let dir = try CLI.temporaryDirectory()
        let json = dir.appendingPathComponent("store.json").path
        #expect(try CLI.run(["--store", store, "export", "json", json]).status == 0)
        let copy = dir.appendingPathComponent("copy.db").path
        let imported = try CLI.run(["--store", copy, "import", json])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try CLI.run(["--store", copy, "log", "verify"]).status == 0)
        let again = dir.appendingPathComponent("again.json").path
        #expect(try CLI.run(["--store", copy, "export", "json", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let refused = try CLI.run(["--store", copy, "import", json])
        #expect(refused.status == 1 && refused.stderr.contains("needs an empty store"))
    }

    @Test func htmlEscapesArticleAndUserText() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "html", "--claims", "C7"], environment: Self.environment)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("<script>"))
        #expect(!r.stdout.contains("src=\"http"), "no external resources")
        #expect(r.stdout.contains("Open-market rial rates"))
    }

    @Test func csvNeutralisesFormulas() throws {
        let dir = try CLI.temporaryDirectory()
        let store = dir.appendingPathComponent("c.db").path
        _ = try CLI.run(["--store", store, "claim", "add", "=cmd|' /C calc'!A0", "--by", "@attacker"])
        let r = try CLI.run(["--store", store, "export", "csv"])
        #expect(r.stdout.contains("\"'=cmd|' /C calc'!A0\"") || r.stdout.contains(",'=cmd|' /C calc'!A0,"))
        #expect(r.stdout.contains(",'@attacker,"))
    }

    @Test func claimReviewCountsClaimsWithoutAVerdict() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "claimreview", "--org", "X"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("without a verdict left out"))
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(json?.count == 2)
        #expect(json?.first?["@type"] as? String == "ClaimReview")
    }

    @Test func unwritablePathLeavesNothingBehind() throws {
        let store = try buildStore()
        let r = try CLI.run(["--store", store, "export", "html", "/nonexistent-folder/report.html"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write /nonexistent-folder/report.html"))
    }
}
