/// Ids as the user types them: a letter and a number, case-insensitive (`c3` = `C3`).
public enum Identifier {
    /// Parses `C3` / `c3` / `3` as claim id 3 (`prefix` is "C", "D", "E", "V" or "S").
    public static func parse(_ text: String, prefix: Character) throws(ShellError) -> Int64 {
        var body = Substring(text)
        if let first = body.first, first.uppercased() == String(prefix) { body = body.dropFirst() }
        guard let n = Int64(body), n > 0 else {
            throw ShellError("not a valid id: \(text) (expected \(prefix)1, \(prefix)2, ...)")
        }
        return n
    }

    /// The kind letter of an id, uppercased ("c3" → "C").
    public static func kind(of text: String) -> Character? {
        guard let first = text.first, first.isLetter, Int64(text.dropFirst()) != nil else { return nil }
        return Character(first.uppercased())
    }
}
