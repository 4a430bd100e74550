import Foundation
import Testing

/// Compares output with a golden file in Fixtures/expected. Under `make update-golden` (which sets
/// CLAIMCHECK_UPDATE_GOLDEN=1; no test or script does) a golden
/// file that differs is rewritten and the test still fails (review the diff, then run again), so a
/// rewrite can never pass unseen; under CI nothing is ever rewritten.
enum Golden {
    static func check(_ produced: Data, against file: String, _ what: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = CLI.packageRoot.appendingPathComponent("Fixtures/expected/\(file)")
        let expected = try? Data(contentsOf: golden)
        guard produced != expected else { return }
        let environment = ProcessInfo.processInfo.environment
        if environment["CLAIMCHECK_UPDATE_GOLDEN"] == "1" && environment["CI"] == nil {
            try produced.write(to: golden)
            Issue.record("\(what): rewrote Fixtures/expected/\(file); review the diff, then run the tests again without CLAIMCHECK_UPDATE_GOLDEN",
                         sourceLocation: sourceLocation)
        } else {
            Issue.record("\(what) differs from Fixtures/expected/\(file)", sourceLocation: sourceLocation)
        }
    }
}
