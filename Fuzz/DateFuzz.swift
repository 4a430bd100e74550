// libFuzzer target: the date scanner and normaliser never crash, and a resolved interval never
// runs backwards. Built by scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let normalizer = TimeNormalizer(reference: CivilDate(year: 2025, month: 4, day: 17)!, prefer: size % 2 == 0 ? .past : .future)
    for mention in TimeScanner.scan(text) {
        if let r = normalizer.resolve(mention.text, anchor: CivilDate(year: 2025, month: 3, day: 8)), r.end < r.start {
            fatalError("backwards interval for \(mention.text)")
        }
    }
    if let r = normalizer.resolve(text), r.end < r.start { fatalError("backwards interval for \(text)") }
    return 0
}
