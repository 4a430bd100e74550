import Foundation
import Testing
@testable import ClaimKit

/// Inputs the article fuzzer found or started from (Fixtures/fuzz/article, scripts/fuzz.sh): each is read
/// as plain text, Markdown and HTML and extracted without a crash, every span inside the text.
@Suite("Extraction: fuzz regressions")
struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = PackageRoot.url.appendingPathComponent("Fixtures/fuzz/article")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func corpusIsPresent() {
        #expect(Self.inputs.contains("regression-trailing-comma"))
    }

    @Test(arguments: inputs)
    func extractsInEveryFormat(_ name: String) throws {
        let url = PackageRoot.url.appendingPathComponent("Fixtures/fuzz/article").appendingPathComponent(name)
        let bytes = Array(try Data(contentsOf: url))
        guard let text = try? SourceDecoder.decode(bytes) else { return }
        for format in [SourceFormat.plain, .markdown, .html] {
            let extraction = Extractor(published: CivilDate(year: 2025, month: 4, day: 17)).extract(SourceReader.read(text, format: format))
            let length = extraction.text.unicodeScalars.count
            for claim in extraction.claims {
                #expect(claim.span.start >= 0 && claim.span.start <= claim.span.end && claim.span.end <= length, "\(name) as \(format)")
            }
        }
    }

    /// A sentence that is only a fronted number and a comma has no clause after the comma.
    @Test func sentenceEndingInTheFrontedClauseComma() {
        for body in ["5,", "In May,", "However, last week,"] {
            _ = Extractor(published: CivilDate(year: 2025, month: 4, day: 17)).extract(SourceText(text: body))
        }
    }
}
