import Foundation

/// Checks that stored claims still stand on their sources: the stored text hashes to its recorded
/// SHA-256, each claim's span still holds its statement, and the file a document came from has not
/// changed since it was loaded.
public enum ProvenanceCheck {
    public struct Finding: Sendable, Equatable {
        /// What was checked: the stored text, the file it came from, or one claim's span.
        public enum Subject: Sendable, Equatable { case text, file, claim }

        public var ref: String
        public var subject: Subject
        public var ok: Bool
        public var message: String
        /// False for a claim that could not be checked (no span): not a failure, but not a pass.
        public var checked = true

        public init(ref: String, subject: Subject, ok: Bool, message: String, checked: Bool = true) {
            self.ref = ref
            self.subject = subject
            self.ok = ok
            self.message = message
            self.checked = checked
        }
    }

    public static func check(document d: DocumentRecord, claims: [ClaimRecord]) -> [Finding] {
        var out: [Finding] = []
        let text = d.text ?? ""
        let textOK = SHA256Hex.of(text) == d.sha256
        out.append(Finding(ref: d.ref, subject: .text, ok: textOK, message: textOK
            ? "text matches sha256 \(d.sha256.prefix(12))…" : "stored text no longer matches its SHA-256"))
        if let path = d.path {
            if let recorded = d.fileSHA256 {
                if let data = FileManager.default.contents(atPath: path) {
                    let same = SHA256Hex.of(bytes: [UInt8](data)) == recorded
                    out.append(Finding(ref: d.ref, subject: .file, ok: same, message: same
                        ? "\(path) unchanged since it was loaded" : "\(path) has changed since it was loaded (not reloaded)"))
                } else {
                    out.append(Finding(ref: d.ref, subject: .file, ok: true, message: "\(path) is no longer there (the stored text stands)"))
                }
            }
        }
        for c in claims {
            guard let span = c.span else {
                // Added by hand without a span: named, so that nothing is skipped in silence.
                out.append(Finding(ref: c.ref, subject: .claim, ok: true, message: "not checked: no span (added by hand)", checked: false))
                continue
            }
            guard textOK, let excerpt = SpanCheck.excerpt(text, span) else {
                out.append(Finding(ref: c.ref, subject: .claim, ok: false, message: "span \(span) is not in the stored text"))
                continue
            }
            let ok = holds(statement: c.statement, in: excerpt)
            out.append(Finding(ref: c.ref, subject: .claim, ok: ok, message: ok ? "span \(span) holds the statement"
                                                              : "span \(span) no longer holds the statement"))
        }
        return out
    }

    /// Every part of the statement (parts are joined with " […] ") occurs in the excerpt,
    /// whitespace compared loosely (hard-wrapped lines).
    static func holds(statement: String, in excerpt: String) -> Bool {
        let haystack = squeeze(excerpt)
        return statement.components(separatedBy: "[…]").map(squeeze).filter { !$0.isEmpty }.allSatisfy { haystack.contains($0) }
    }

    private static func squeeze(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
