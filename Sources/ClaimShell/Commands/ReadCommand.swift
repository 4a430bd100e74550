import ClaimKit

/// `read D2 [START-END]`: a document's stored text with the offset of each line in the margin, so
/// that a passage can be cited as evidence (`evidence add C7 supports --span D2:880-1010`).
struct ReadCommand: ShellCommand {
    let name = "read"
    let summary = "print a document's text with character offsets in the margin"
    let usage = "read DOC [START-END]"
    let details = """
        The margin gives the offset (in characters, as spans count them) where each line starts;
        long lines are cut at word boundaries to the terminal's width. START-END prints only that
        part. `show D2 --text` does the same. Cite a passage with
        `evidence add CLAIM supports --span D2:START-END`.

        Examples:
          read D1
          read D1 800-1200
        """
    var positionalCompletion: [CompletionKind] { [.documentID] }

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 2, usage: usage)
        let id = try Identifier.parse(try args.positional(0, "DOC", usage: usage), prefix: "D")
        var range: Span? = nil
        if args.positionals.count > 1 {
            guard let asked = Span(parsing: args.positionals[1]) else {
                throw ShellError("a range is START-END in characters, e.g. 120-340", usage: usage)
            }
            range = asked
        }
        try ReadCommand.print(documentID: id, range: range, args: args, session: session)
    }

    static func print(documentID id: Int64, range: Span?, args: Arguments, session: Session) throws {
        guard let doc = try session.storeForReading().document(id: id, withText: true), let text = doc.text else {
            throw ShellError("no document D\(id)")
        }
        let length = text.unicodeScalars.count
        if let range, range.start >= length {
            throw ShellError("D\(id) has \(length) characters; \(range.start)-\(range.end) is past its end")
        }
        let margin = String(length).count
        let width = max(20, (session.console.width ?? 100) - margin - 3)
        var out = ""
        for line in Passage.numberedLines(text, range: range, width: width) {
            let number = String(line.offset)
            out += String(repeating: " ", count: margin - number.count) + session.style.dim(number) + "  "
            out += line.text + "\n"
        }
        session.console.write(out)
    }
}
