import Foundation

/// A journal head recorded outside the store, signed with the checker's key: the store (named by
/// the hash of its first journal entry), the entry's sequence number and hash, when, and by whom.
/// A keyless hash chain cannot notice its tail cut off or itself recomputed; a head once anchored
/// (or published in a report) can: `log verify` checks that it is still in the chain.
public struct JournalAnchor: Sendable, Equatable {
    public var store: String
    public var seq: Int64
    public var hash: String
    public var at: String
    public var author: String
    public var publicKey: String
    public var signature: String

    public static let format = "claimcheck-anchor/1"

    /// The text that is signed.
    var message: String { [Self.format, store, String(seq), hash, at, author].joined(separator: "\n") }

    public var signatureIsValid: Bool { SigningKey.isValid(signature: signature, of: message, publicKey: publicKey) }

    public static func signed(store: String, seq: Int64, hash: String, at: String, author: String, key: SigningKey) throws -> JournalAnchor {
        var anchor = JournalAnchor(store: store, seq: seq, hash: hash, at: at, author: author, publicKey: key.publicKey, signature: "")
        anchor.signature = try key.sign(anchor.message)
        return anchor
    }

    /// One line of the anchors file (JSON).
    public var line: String {
        JSONValue.object([("format", .string(Self.format)), ("store", .string(store)), ("seq", .int(seq)), ("hash", .string(hash)),
                          ("at", .string(at)), ("author", .string(author)), ("public_key", .string(publicKey)),
                          ("signature", .string(signature))]).compact
    }

    init(store: String, seq: Int64, hash: String, at: String, author: String, publicKey: String, signature: String) {
        (self.store, self.seq, self.hash, self.at, self.author, self.publicKey, self.signature) = (store, seq, hash, at, author, publicKey, signature)
    }

    init?(line: String) {
        guard let value = JSONValue.parse(line), value["format"] == .string(Self.format),
              case .string(let store)? = value["store"], case .int(let seq)? = value["seq"], case .string(let hash)? = value["hash"],
              case .string(let at)? = value["at"], case .string(let author)? = value["author"],
              case .string(let publicKey)? = value["public_key"], case .string(let signature)? = value["signature"] else { return nil }
        self.init(store: store, seq: seq, hash: hash, at: at, author: author, publicKey: publicKey, signature: signature)
    }
}

/// The file anchors are appended to: one JSON line each, for any number of stores.
public enum AnchorFile {
    public static var defaultPath: String { SigningKey.configFolder() + "/anchors.jsonl" }

    public static func append(_ anchor: JournalAnchor, to path: String) throws {
        try SigningKey.makeFolder(holding: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let line = anchor.line + "\n"
        let written = line.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        guard written == line.utf8.count, fsync(fd) == 0 else { throw StoreError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// The anchors recorded for `store`, with the line each is on; lines that do not read as
    /// anchors are returned as problems (file:line), never skipped in silence.
    public static func read(_ path: String, store: String) throws -> (anchors: [(line: Int, anchor: JournalAnchor)], problems: [String]) {
        guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StoreError("cannot read the anchors file \(path)")
        }
        var anchors: [(Int, JournalAnchor)] = []
        var problems: [String] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let anchor = JournalAnchor(line: String(line)) else {
                problems.append("\(path):\(i + 1): not an anchor line")
                continue
            }
            if anchor.store == store { anchors.append((i + 1, anchor)) }
        }
        return (anchors, problems)
    }
}

/// Checks published heads against a store's journal.
public enum HeadCheck {
    /// Nil when entry `seq` is in the chain with `hash`; else what is wrong.
    public static func problem(seq: Int64, hash: String, in store: any ClaimStore) throws -> String? {
        guard let entry = try store.journal(JournalFilter(seq: seq)).first else {
            let last = try store.journal(JournalFilter(limit: 1)).last?.seq ?? 0
            return "entry #\(seq) is gone (the journal now ends at #\(last)): the journal was cut short or rewritten"
        }
        guard entry.hash == hash || (hash.count >= 12 && hash.count < 64 && entry.hash.hasPrefix(hash)) else {
            return "entry #\(seq) now has hash \(entry.hash.prefix(12))…, not \(hash.prefix(12))…: the journal was rewritten"
        }
        return nil
    }

    /// The store's identity for anchors: the hash of its first journal entry.
    public static func storeIdentity(_ store: any ClaimStore) throws -> String? {
        try store.journal(JournalFilter(seq: 1)).first?.hash
    }

    /// `SEQ:HASH` (hash or a unique prefix of at least 12 hex digits).
    public static func parse(_ text: String) -> (seq: Int64, hash: String)? {
        let parts = text.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let seq = Int64(parts[0].drop { $0 == "#" }), seq > 0,
              parts[1].count >= 12, parts[1].allSatisfy(\.isHexDigit) else { return nil }
        return (seq, parts[1].lowercased())
    }

    /// The journal head a report or export states: an export's `journal_head`, ClaimReview's
    /// `claimcheck-journal-head` identifier ("N:HASH"), CSV's last line ("# claimcheck journal head
    /// N:HASH"), or "N entries, head HASH" (the closing note of HTML and Markdown). The last statement counts: the note closes the file, so
    /// article text quoted above it cannot stand in for it.
    public static func head(inReport text: String) -> (seq: Int64, hash: String)? {
        if let value = JSONValue.parse(text) {
            if case .int(let n)? = value["journal_head"]?["entries"],
               case .string(let hash)? = value["journal_head"]?["hash"] { return (n, hash) }
            let reviews: [JSONValue]
            if case .array(let items) = value { reviews = items } else { reviews = [value] }
            for review in reviews.reversed() {
                guard case .string(ClaimReviewReport.journalHeadProperty)? = review["identifier"]?["propertyID"],
                      case .string(let stated)? = review["identifier"]?["value"], let head = parse(stated) else { continue }
                return head
            }
        }
        if let last = text.split(whereSeparator: \.isNewline).last,
           let match = last.wholeMatch(of: /# claimcheck journal head (\d+):([0-9a-f]{64})/) {
            return (Int64(match.1) ?? 0, String(match.2))
        }
        guard let match = text.matches(of: /(\d+) entries, head (?:`|<code>)?([0-9a-f]{64})/).last else { return nil }
        return (Int64(match.1) ?? 0, String(match.2))
    }
}
