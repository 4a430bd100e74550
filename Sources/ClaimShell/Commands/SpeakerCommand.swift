import Foundation
import ClaimKit

/// `speaker merge|alias`: fix who is who. Aliases persist for later loads.
struct SpeakerCommand: ShellCommand {
    let name = "speaker"
    let summary = "merge two speakers or add an alias"
    let usage = """
        speaker merge KEEP OTHER
               speaker alias NAME ALIAS
        """
    let details = """
        KEEP, OTHER and NAME are a speaker id (S3), name or alias. After `speaker merge`, OTHER's
        claims and aliases belong to KEEP, and later articles that mention OTHER resolve to KEEP.

        Examples:
          speaker merge "Ali Khamenei" "Supreme Leader"
          speaker alias "Abbas Araqchi" "Iran's foreign minister"
        """
    var positionalCompletion: [CompletionKind] { [.values(["merge", "alias"]), .speaker, .speaker] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 3, usage: usage)
        let action = try args.positional(0, "action: merge or alias", usage: usage).lowercased()
        let store = try session.storeForWriting()
        func find(_ name: String) throws -> SpeakerRecord {
            guard let s = try store.speaker(named: name) else { throw ShellError("no speaker \(name) (see speakers)") }
            return s
        }
        switch action {
        case "merge":
            let keep = try find(try args.positional(1, "KEEP", usage: usage))
            let other = try find(try args.positional(2, "OTHER", usage: usage))
            try store.mergeSpeakers(keep: keep.id, merge: other.id, author: session.settings.author)
            session.console.line("\(other.ref) \(other.name) merged into \(keep.ref) \(keep.name)")
        case "alias":
            let s = try find(try args.positional(1, "NAME", usage: usage))
            let alias = try args.positional(2, "ALIAS", usage: usage).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !alias.isEmpty else { throw ShellError("an alias cannot be empty", usage: usage) }
            try store.addAlias(speakerID: s.id, alias: alias, author: session.settings.author)
            session.console.line("\(alias) now names \(s.ref) \(s.name)")
        default:
            throw ShellError("unknown speaker action \(action) (expected merge or alias)", usage: usage)
        }
    }
}
