extension WordTable {
    /// The entry number of a token's word, found by its ``WordCode`` (the bytes the table packs) without
    /// reading its string.
    @inline(__always) func index(_ token: Token) -> Int? {
        index(head: token.code.head, rest: token.code.rest) { token.lower }
    }
}

extension WordSet {
    /// Whether the token's (lower-cased) word is in the set, found by its ``WordCode``.
    @inline(__always) func contains(_ token: Token) -> Bool { table.index(token) != nil }
}

extension WordMap {
    /// The value of the token's (lower-cased) word, found by its ``WordCode``.
    @inline(__always) subscript(_ token: Token) -> Value? { table.index(token).map { table.values[$0] } }
}
