// libFuzzer target: bytes → decoder → reader (plain, Markdown, HTML) → extractor. Never crashes,
// and every claim's span lies inside the text. Built by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format: SourceFormat = size % 3 == 0 ? .plain : size % 3 == 1 ? .markdown : .html
    // HTML bytes go through charset detection (BOM, <meta charset>, windows-1252 fallback) as a page does.
    guard let text = format == .html ? (try? HTMLCharset.decode(bytes))?.text : try? SourceDecoder.decode(bytes) else {
        return 0
    }
    let source = SourceReader.read(text, format: format)
    let extraction = Extractor(published: CivilDate(year: 2025, month: 4, day: 17)).extract(source)
    let length = extraction.text.unicodeScalars.count
    for claim in extraction.claims where claim.span.start < 0 || claim.span.end > length || claim.span.start > claim.span.end {
        fatalError("span \(claim.span) outside a text of \(length) scalars")
    }
    return 0
}
