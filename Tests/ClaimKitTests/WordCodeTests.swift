import Testing
@testable import ClaimKit

/// A token's ``WordCode`` against words written in the code: equal exactly when the lower-cased words are.
@Suite("Word codes")
struct WordCodeTests {
    static func tokens(_ s: String) -> TokenList {
        let text = ScalarText(s)
        return Tokenizer.tokenize(text, 0, text.count)
    }

    @Test("a token's code equals the literal of its lower-cased word and no other")
    func codesMatchLowerCasedWords() {
        let toks = Self.tokens("Officials SAID “the minister’s” plan — approximately, Ö")
        let words = toks.map(\.lower)
        #expect(words == ["officials", "said", "“", "the", "minister’s", "”", "plan", "—", "approximately", ",", "ö"])
        #expect(toks[0].code == "officials")
        #expect(toks[1].code == "said")
        #expect(toks[1].code != "sai")
        #expect(toks[1].code != "saids")
        #expect(toks[2].code == "“")
        #expect(toks[2].code != "”")
        #expect(toks[4].code == "minister’s")
        #expect(toks[4].code != "minister's")
        #expect(toks[7].code == "—")
        #expect(toks[7].code != "–")
        #expect(toks[8].code == "approximately")
        #expect(toks[10].code == "ö")
    }

    @Test("words of 8 and 16 bytes are told apart by every byte")
    func boundaryLengths() {
        let toks = Self.tokens("analysts analyst internationalism internationalist")
        #expect(toks[0].code == "analysts")
        #expect(toks[0].code != "analyst")
        #expect(toks[1].code == "analyst")
        #expect(toks[2].code == "internationalism")
        #expect(toks[2].code != "internationalist")
        #expect(toks[3].code == "internationalist")
        #expect(toks[2].code != toks[3].code)
    }

    @Test("a word longer than 16 bytes equals no literal of 16 bytes or fewer that shares its start")
    func longWords() {
        let toks = Self.tokens("counterintelligence counterintellige")
        #expect(toks[0].lower == "counterintelligence")
        #expect(toks[0].code != "counterintellige")
        #expect(toks[1].code == "counterintellige")
        #expect(toks[0].code != WordCode.none)
    }

    @Test("a word set and a word map find a token by its code as they find its word")
    func lookUpByToken() {
        let set: WordSet = ["said", "—", "counterintelligence", "minister’s", "internationalism"]
        let map: WordMap<Int> = ["said": 1, "counterintelligence": 2]
        let toks = Self.tokens("Said SAYS — - counterintelligence counterintelligent Minister’s internationalist internationalism")
        for t in toks {
            #expect(set.contains(t) == set.contains(t.lower), "\(t.lower)")
            #expect(map[t] == map[t.lower], "\(t.lower)")
        }
        #expect(toks.filter { set.contains($0) }.map(\.lower) == ["said", "—", "counterintelligence", "minister’s", "internationalism"])
        #expect(map[toks[0]] == 1 && map[toks[4]] == 2 && map[toks[5]] == nil)
    }

    @Test("packing a word with the text after it readable gives what packing it alone gives")
    func packWithReadableTail() {
        let text = Array("internationalism’s counterintelligence a".utf8) + [UInt8](repeating: 0x7A, count: 16)
        text.withUnsafeBufferPointer { all in
            for start in 0..<40 {
                for n in 0...20 where start + n <= text.count {
                    let word = UnsafeBufferPointer(rebasing: all[start..<(start + n)])
                    let alone = WordTable<Bool>.pack(word)
                    let fast = WordTable<Bool>.pack(word, readable: text.count - start)
                    #expect(alone == fast, "bytes \(start)..<\(start + n)")
                }
            }
        }
    }

    @Test("three or more spaces inside a line read as a dash; two spaces, a line break or an article before do not")
    func aRunOfSpacesThatStandsForADroppedDash() {
        let toks = Self.tokens("any snub   he said")
        #expect(toks.map(\.lower) == ["any", "snub", "—", "he", "said"])
        #expect(toks[2].code == "—" && toks[2].kind == .punct && toks[2].spaceBefore && toks[3].spaceBefore)
        // the dash's span is the run of spaces
        #expect(toks[2].start == 8 && toks[2].end == 11)
        #expect(Self.tokens("any snub  he said").map(\.lower) == ["any", "snub", "he", "said"])
        #expect(Self.tokens("any snub \n  he said").map(\.lower) == ["any", "snub", "he", "said"])
        #expect(Self.tokens("the new   bridge").map(\.lower) == ["the", "new", "—", "bridge"])
        #expect(Self.tokens("said the   bridge").map(\.lower) == ["said", "the", "bridge"])
        #expect(Self.tokens("Roe,   Vale").map(\.lower) == ["roe", ",", "—", "vale"])
    }
}
