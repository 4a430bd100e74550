import ClaimKit

/// `load FILE` stores a document and the claims extraction finds in it.
struct LoadCommand: ShellCommand {
    let name = "load"
    let summary = "load an article (text, Markdown or HTML) and store its claims"
    let usage = "load FILE|FOLDER|GLOB... [--published DATE] [--url URL] [--outlet NAME] [--as plain|markdown|html]"
    let details = """
        The document is stored with its SHA-256; each claim keeps its exact span in the text.
        Relative dates ("on Wednesday", "five weeks later") resolve against the publication date:
        --published, else the document's own metadata (an HTML page's tags, Markdown front matter,
        or a line such as "Published 14 March 2026" above a plain text's body; an "Updated ..." line
        is not used). Loading the same text twice stores it once.

        A folder loads every .txt, .md and .html file in it; a pattern such as "archive/*.txt" loads
        the files it matches. Each article is its own transaction: Ctrl-C or a bad file keeps the
        ones already loaded.

        Examples:
          load seeds/000_c0b0ef25e89ca8b0.txt --published 2025-04-17 --outlet "EA WorldView"
          load story.html
          load archive/
        """
    static let followLinks = ShellFlag("--follow-links", help: "load what symbolic links in a folder point to, even outside it")
    var options: [OptionSpec] { ExtractOptions.all + [Self.followLinks.spec] }
    var positionalCompletion: [CompletionKind] { [.path] }

    func run(_ args: Arguments, in session: Session) throws {
        guard !args.positionals.isEmpty else { throw ShellError("missing FILE", usage: usage) }
        let paths = try ArticlePaths.expand(args.positionals, followLinks: args[Self.followLinks])
        let overrides = try ExtractOptions.overrides(args)
        let maxBytes = try ExtractOptions.maxBytes(args, session)
        let store = try session.storeForWriting()
        if paths.count == 1 {
            let result = try loadOne(paths[0], overrides, maxBytes, store, session)
            try report(result, store, args, session)
            if try format(args, session) != .json, !result.result.alreadyLoaded {
                try reportEarlierChecks(result.result.claimIDs, store, session)
            }
            return
        }
        // Many articles: each in its own transaction, so an interruption or a bad file keeps the rest.
        let progress = Progress(total: paths.count, console: session.console)
        var failures: [String] = []
        var notices: [String] = []
        var loaded = 0, claims = 0, already = 0
        var newClaims: [Int64] = []
        func interrupted() -> ShellError {
            progress.finish()
            return ShellError("interrupted after \(loaded) of \(paths.count) articles; those stay loaded")
        }
        // The next articles are read and extracted on the other cores while this one is stored.
        let readAhead = ArticleReadAhead(paths: paths, overrides: overrides, maxBytes: maxBytes)
        defer { readAhead.cancel() }
        for (i, path) in paths.enumerated() {
            if session.interruption.isSet { throw interrupted() }
            progress.update(i, path)
            var read = readAhead.take(i, waitingAtMost: 0.05)
            while read == nil {
                if session.interruption.isSet { throw interrupted() }
                read = readAhead.take(i, waitingAtMost: 0.05)
            }
            do {
                let (extraction, fileSHA) = try read!.get()
                let (result, _) = try save(path, extraction, fileSHA, store, session)
                if result.alreadyLoaded {
                    already += 1
                    notices.append(Self.sameText(path, result.document))
                } else {
                    loaded += 1
                    claims += result.claimIDs.count
                    newClaims += result.claimIDs
                }
                for w in extraction.warnings { notices.append("warning: \(path): \(w)") }
            } catch let error as StoreError {
                // Ctrl-C during the article's write rolls that article back: the same stop as between articles.
                if session.interruption.isSet { throw interrupted() }
                // The store itself failed (disk full, say): the next article would fail the same way.
                progress.finish()
                throw ShellError("\(error) (after \(loaded) of \(paths.count) articles; those stay loaded)")
            } catch {
                if session.interruption.isSet { continue }
                failures.append("\(error)")
            }
        }
        progress.finish()
        for notice in notices { session.console.error(notice) }
        try reportEarlierChecks(newClaims, store, session)
        var line = "loaded \(loaded) article\(loaded == 1 ? "" : "s"), \(claims) claims"
        if already > 0 { line += " · \(already) already loaded" }
        if !failures.isEmpty { line += " · \(failures.count) failed" }
        session.console.line(line)
        if !failures.isEmpty {
            // Every file that was not stored, each with its reason.
            throw ShellError(failures.joined(separator: "\n"))
        }
    }

    /// One line for each new claim that repeats an earlier check (a prior check or a verdict of the store's).
    private func reportEarlierChecks(_ ids: [Int64], _ store: any ClaimStore, _ session: Session) throws {
        let found = try EarlierCheck.find(ids, in: store, session)
        guard !found.isEmpty else { return }
        var out = "    \(found.count) claim\(found.count == 1 ? "" : "s") checked before (`claims --matched`):\n"
        for (claim, m) in found { out += "    \(session.style.id(claim.ref)) \(EarlierCheck.text(m))\n" }
        session.console.write(out)
    }

    /// "b.html: same text as D3 (a.html), stored once" for a file whose text is already in the store.
    static func sameText(_ path: String, _ doc: DocumentRecord) -> String {
        if let other = doc.path, other != path {
            return "\(path): same text as \(doc.ref) (\(other)), stored once"
        }
        return "\(path): already loaded as \(doc.ref)"
    }

    private func loadOne(_ path: String, _ overrides: ArticleFile.Overrides, _ maxBytes: Int, _ store: any ClaimStore,
                         _ session: Session) throws -> (result: LoadResult, extraction: Extraction) {
        // Ctrl-C stops a long extraction at once; nothing of this article is stored then.
        let (extraction, fileSHA) = try session.interruptibly { try ArticleFile.read(path: path, overrides: overrides, maxBytes: maxBytes) }
        return try save(path, extraction, fileSHA, store, session)
    }

    private func save(_ path: String, _ extraction: Extraction, _ fileSHA: String, _ store: any ClaimStore,
                       _ session: Session) throws -> (result: LoadResult, extraction: Extraction) {
        let result = try store.load(NewDocument(path: path, extraction: extraction, fileSHA256: fileSHA), author: session.settings.author)
        session.currentDocument = result.document.id
        return (result, extraction)
    }

    private func report(_ loaded: (result: LoadResult, extraction: Extraction), _ store: any ClaimStore, _ args: Arguments,
                        _ session: Session) throws {
        let (result, extraction) = loaded
        let doc = result.document
        let style = session.style
        if try format(args, session) == .json {
            // The new claims that repeat an earlier check, as the text summary flags them.
            let found = result.alreadyLoaded ? [] : try EarlierCheck.find(result.claimIDs, in: store, session)
            session.console.write(JSONValue.object([
                ("document", DocumentJSON.json(doc)),
                ("claims", .array(result.claimIDs.map { .string("C\($0)") })),
                ("already_loaded", .bool(result.alreadyLoaded)),
                ("checked_before", .array(found.map { .object([("claim", .string($0.claim.ref)), ("earlier_check", EarlierCheck.json($0.match))]) })),
            ]).pretty + "\n")
            return
        }
        var out = style.id(doc.ref) + "  " + (doc.title.map { "\"\($0)\"" } ?? "(untitled)") + "\n"
        var facts: [String] = []
        if let byline = doc.byline { facts.append("by \(byline)") }
        if let outlet = doc.outlet { facts.append(outlet) }
        facts.append(doc.published.map { "published \($0)" } ?? "no publication date")
        facts.append("sha256 \(DocumentJSON.shortHash(doc.sha256))")
        out += "    " + facts.joined(separator: " · ") + "\n"
        if result.alreadyLoaded {
            if let other = doc.path, let path = args.positionals.first, other != path {
                out += "    same text as \(doc.ref) (\(other)), already loaded: \(result.claimIDs.count) claims\n"
            } else {
                out += "    already loaded (same SHA-256): \(result.claimIDs.count) claims\n"
            }
            // The stored copy keeps its own date: say so when this load asked for another.
            if let asked = extraction.metadata.published, asked != doc.published {
                out += "    stored with \(doc.published.map { "published \($0)" } ?? "no publication date"), not \(asked): "
                    + "to change it, `set published \(asked) --doc \(doc.ref)`\n"
            }
        } else {
            var kinds: [ClaimKind: Int] = [:]
            for claim in extraction.claims { kinds[claim.kind, default: 0] += 1 }
            let breakdown = ClaimKind.allCases.compactMap { k in kinds[k].map { "\($0) \(k.rawValue)" } }
            out += "    \(result.claimIDs.count) claims"
            if !breakdown.isEmpty { out += ": " + breakdown.joined(separator: ", ") }
            out += " · \(result.speakerCount) speakers\n"
        }
        if let charset = extraction.charset, charset != "utf-8" { out += "    read as \(charset)\n" }
        session.console.write(out)
        for w in extraction.warnings { session.console.error("warning: \(w)") }
        if doc.published == nil {
            session.note("relative dates stay unresolved: set the date with `set published YYYY-MM-DD`")
        }
    }
}
