import ClaimKit
import Foundation

/// What Tab offers: command names first, then the command's flags, option values, ids,
/// speaker names and file paths, depending on where the cursor stands.
public struct Completer {
    public let registry: CommandRegistry
    /// Looks up ids and names in the store; nil when there is no store to ask.
    public let session: Session?

    public init(registry: CommandRegistry = .standard, session: Session?) {
        self.registry = registry
        self.session = session
    }

    /// Candidates for the word that ends at the end of `line` (the text before the cursor).
    /// Each candidate is the whole word, to replace the partial one.
    public func candidates(for line: String) -> (partial: String, candidates: [String]) {
        let (words, partial) = Completer.split(line)
        if words.isEmpty {
            return (partial, registry.commands.map(\.name).filter { $0.hasPrefix(partial.lowercased()) }.sorted())
        }
        guard let command = registry.lookup(words[0]) else { return (partial, []) }
        let specs = command.options + Arguments.common
        if let last = words.last, words.count > 1, let spec = specs.first(where: { $0.name == last }), spec.takesValue {
            return (partial, values(spec.completion, partial))
        }
        if partial.hasPrefix("-") {
            let used = Set(words)
            return (partial, specs.map(\.name).filter { $0.hasPrefix(partial) && !used.contains($0) }.sorted())
        }
        // Count positionals typed so far (skipping option values).
        var position = 0
        var i = 1
        while i < words.count {
            if let spec = specs.first(where: { $0.name == words[i] }) {
                i += spec.takesValue ? 2 : 1
            } else {
                position += 1
                i += 1
            }
        }
        let kinds = command.positionalCompletion
        guard !kinds.isEmpty else { return (partial, []) }
        return (partial, values(kinds[min(position, kinds.count - 1)], partial))
    }

    private func values(_ kind: CompletionKind, _ partial: String) -> [String] {
        switch kind {
        case .none: return []
        case .values(let list): return list.filter { $0.hasPrefix(partial.lowercased()) }
        case .command: return registry.commands.map(\.name).filter { $0.hasPrefix(partial.lowercased()) }.sorted()
        case .path: return Completer.paths(partial)
        case .claimID: return ids("C", partial)
        case .evidenceID: return ids("E", partial)
        case .documentID: return ids("D", partial)
        case .anyID: return ids("C", partial) + ids("D", partial) + ids("E", partial) + ids("S", partial)
        case .speaker:
            guard let store = try? session?.storeForReading(), let speakers = try? store.speakers() else { return [] }
            let names = speakers.flatMap { [$0.name] + $0.aliases }
            return Array(Set(names.filter { $0.lowercased().hasPrefix(partial.lowercased()) })).sorted()
        }
    }

    private func ids(_ prefix: String, _ partial: String) -> [String] {
        let p = partial.uppercased()
        guard p.isEmpty || p.hasPrefix(prefix) || prefix.hasPrefix(p) else { return [] }
        guard let session, session.storeExists, let store = try? session.storeForReading() else { return [] }
        let all: [String]
        switch prefix {
        case "C": all = ((try? store.claims(ClaimFilter(limit: 5000))) ?? []).map(\.ref)
        case "D": all = ((try? store.documents()) ?? []).map(\.ref)
        case "S": all = ((try? store.speakers()) ?? []).map(\.ref)
        case "E": all = ((try? store.evidence(claimID: nil)) ?? []).map(\.ref)
        default: all = []
        }
        return all.filter { $0.hasPrefix(p) }
    }

    /// Files and folders that start with `partial`; folders end with a slash.
    static func paths(_ partial: String) -> [String] {
        let expanded = partial.hasPrefix("~") ? NSString(string: partial).expandingTildeInPath : partial
        let dir: String
        let base: String
        if let slash = expanded.lastIndex(of: "/") {
            dir = String(expanded[...slash])
            base = String(expanded[expanded.index(after: slash)...])
        } else {
            dir = ""
            base = expanded
        }
        let shownDir: String
        if let slash = partial.lastIndex(of: "/") { shownDir = String(partial[...slash]) } else { shownDir = "" }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return [] }
        return entries.filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: dir + name, isDirectory: &isDir)
            return shownDir + name + (isDir.boolValue ? "/" : "")
        }
    }

    /// Splits the text before the cursor into complete words and the partial last word.
    /// Tolerates an open quote (the partial word is then the quoted text so far).
    static func split(_ line: String) -> ([String], String) {
        var words: [String] = []
        var current = ""
        var quote: Character? = nil
        var inWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else {
                current.append(c)
                inWord = true
            }
        }
        return (words, current)
    }

    /// The longest prefix shared by all candidates.
    static func commonPrefix(_ items: [String]) -> String {
        guard var prefix = items.first else { return "" }
        for item in items.dropFirst() {
            while !item.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
