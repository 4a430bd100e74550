import ClaimKit

/// `documents` lists the loaded documents.
struct DocumentsCommand: ShellCommand {
    let name = "documents"
    let aliases = ["docs"]
    let summary = "list the loaded documents"
    let usage = "documents"

    func run(_ args: Arguments, in session: Session) throws {
        try args.expectPositionals(max: 0, usage: usage)
        let docs = try session.storeForReading().documents()
        var table = Table(columns: [
            Table.Column("id"), Table.Column("published"), Table.Column("claims", rightAligned: true),
            Table.Column("sha256"), Table.Column("charset", dropRank: 1), Table.Column("title", flexible: true),
        ], emptyMessage: "no documents (load FILE adds one)")
        for d in docs {
            table.append([.string(d.ref), .string(d.published?.description), .int(d.claimCount),
                          .string(DocumentJSON.shortHash(d.sha256)), .string(d.charset), .string(d.title ?? d.path)],
                         extra: [("sha256_full", .string(d.sha256)), ("byline", .string(d.byline)),
                                 ("outlet", .string(d.outlet)), ("url", .string(d.url)), ("path", .string(d.path))])
        }
        try emit(table, args, session)
    }
}
