import Foundation
import Testing

@testable import ClaimKit

/// Reading a folder's files ahead on several threads hands back, in the list's order, exactly what
/// reading them one by one gives: the same texts, claims, SHA-256s and the same errors.
@Suite struct ArticleReadAheadTests {
    static func paths() throws -> [String] {
        let root = HTMLPageTests.root
        let pages = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            .filter { $0.hasSuffix(".html") }.map { root.appendingPathComponent($0).path }
        // A missing file and a folder between the pages: each is an error in its place.
        return pages.prefix(3) + [root.appendingPathComponent("no-such-page.html").path,
                                  root.appendingPathComponent("empty-folder").path] + pages.dropFirst(3)
    }

    static func describe(_ r: Result<ArticleReadAhead.Read, any Error>) -> String {
        switch r {
        case .success(let read):
            return "\(read.fileSHA256) \(read.extraction.text) \(read.extraction.claims.map(\.span)) \(read.extraction.warnings)"
        case .failure(let error):
            return "error: \(error)"
        }
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 3), (4, 16)])
    func sameResultsInTheSameOrder(workers: Int, window: Int) throws {
        let paths = try Self.paths()
        let oneByOne = paths.map { p in Self.describe(Result { try ArticleFile.read(path: p) }) }
        #expect(oneByOne.contains { $0.hasPrefix("error: ") && $0.contains("no-such-page.html") })
        #expect(oneByOne.contains { $0.hasPrefix("error: ") && $0.contains("empty.html") })
        let ahead = ArticleReadAhead(paths: paths, workers: workers, window: window)
        let read = paths.indices.map { Self.describe(ahead.take($0)) }
        #expect(read == oneByOne)
    }
}
