import ClaimKit
import Foundation

/// `import factchecks FILE`: other organisations' fact-checks into the store, as prior checks.
enum FactCheckImport {
    static func run(path: String, session: Session) throws {
        let file: FactCheckFile
        do { file = try FactCheckFile.read(path: path) } catch let problems as FactCheckFile.Problems { throw ShellError(problems.description) }
        guard let store = try session.storeForWriting() as? any MatchingStore else {
            throw ShellError("this store cannot hold prior checks")
        }
        switch try store.importPriorChecks(file, author: session.settings.author) {
        case .alreadyImported(let earlier, let at):
            let from = earlier == path ? "" : " as \(earlier)"
            session.console.line("\(path): already imported (same SHA-256\(from), imported \(at)): nothing changed")
        case .imported(let added, let updated, let unchanged, let seq):
            var parts = ["\(added) new"]
            if updated > 0 { parts.append("\(updated) updated") }
            if unchanged > 0 { parts.append("\(unchanged) unchanged") }
            session.console.line("imported \(file.checks.count) fact-checks from \(path) (\(parts.joined(separator: ", "))) · journal #\(seq)")
        }
    }
}
