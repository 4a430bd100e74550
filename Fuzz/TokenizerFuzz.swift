// libFuzzer target: the command-language tokenizer never crashes, and what it accepts
// round-trips through quoteIfNeeded. Built by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .words(let words)? = try? Tokenizer.tokenize(line) {
        let again = words.map(Tokenizer.quoteIfNeeded).joined(separator: " ")
        guard case .words(let back)? = try? Tokenizer.tokenize(again), back == words else {
            fatalError("round trip failed for \(words)")
        }
    }
    return 0
}
