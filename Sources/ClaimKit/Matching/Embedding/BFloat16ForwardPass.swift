import CEncoderKernels
import Foundation

/// The working memory of one forward pass in bfloat16 arithmetic: the hidden states, the
/// queries, keys and values, the attention's output, the feed-forward's inner layer, and the
/// kernels' scratch. Kept between calls (``ForwardBufferPool``), so that once it has grown to a
/// call's size a call allocates nothing but its results.
final class ForwardBuffers {
    private(set) var tokens = 0
    private(set) var hidden: UnsafeMutablePointer<Float>
    private(set) var queryKeyValue: UnsafeMutablePointer<Float>
    private(set) var context: UnsafeMutablePointer<Float>
    private(set) var inner: UnsafeMutablePointer<Float>
    private(set) var rounded: UnsafeMutablePointer<UInt16>
    private(set) var attention: UnsafeMutablePointer<Float>
    private var roundedCount = 0, attentionCount = 0

    init() {
        hidden = .allocate(capacity: 0); queryKeyValue = .allocate(capacity: 0); context = .allocate(capacity: 0)
        inner = .allocate(capacity: 0); rounded = .allocate(capacity: 0); attention = .allocate(capacity: 0)
    }

    deinit { release() }

    private func release() {
        hidden.deallocate(); queryKeyValue.deallocate(); context.deallocate()
        inner.deallocate(); rounded.deallocate(); attention.deallocate()
    }

    /// Room for `tokens` rows (`width` wide, `intermediate` in the feed-forward), `rounded`
    /// values of product scratch and `attention` of attention scratch; grows, never shrinks.
    func reserve(tokens: Int, width: Int, intermediate: Int, rounded: Int, attention: Int) {
        if tokens > self.tokens {
            hidden.deallocate(); queryKeyValue.deallocate(); context.deallocate(); inner.deallocate()
            hidden = .allocate(capacity: tokens * width)
            queryKeyValue = .allocate(capacity: tokens * 3 * width)
            context = .allocate(capacity: tokens * width)
            inner = .allocate(capacity: tokens * intermediate)
            self.tokens = tokens
        }
        if rounded > roundedCount {
            self.rounded.deallocate()
            self.rounded = .allocate(capacity: rounded)
            roundedCount = rounded
        }
        if attention > attentionCount {
            self.attention.deallocate()
            self.attention = .allocate(capacity: attention)
            attentionCount = attention
        }
    }
}

/// The encoder's spare ``ForwardBuffers``: a call takes one (or makes one when all are in use by
/// other threads) and gives it back. Buffers grown past ``keptTokens`` rows are let go rather
/// than kept (a query and its 15 new candidates are about 700 tokens; 1,024 rows of MiniLM's
/// buffers are 14 MB), so that one long batch does not hold its memory for the session.
final class ForwardBufferPool: @unchecked Sendable {
    static let keptTokens = 1024
    private let lock = NSLock()
    private var spare: [ForwardBuffers] = []

    func take() -> ForwardBuffers {
        lock.lock()
        defer { lock.unlock() }
        return spare.popLast() ?? ForwardBuffers()
    }

    func give(_ buffers: ForwardBuffers) {
        guard buffers.tokens <= Self.keptTokens else { return }
        lock.lock()
        defer { lock.unlock() }
        spare.append(buffers)
    }
}

extension SentenceEncoder {
    /// The transformer in bfloat16 arithmetic (``EncoderArithmetic``) over the tokens of
    /// `sequences` (rows from `starts`), then mean pooling.
    func forwardBFloat16(_ sequences: [[Int32]], starts: [Int], total: Int) -> [[Float]] {
        let h = shape.hidden, m = shape.intermediate
        let buffers = bufferPool.take()
        defer { bufferPool.give(buffers) }
        let rounded = layers.first.map { max($0.queryKeyValue.scratchCount(rows: total), $0.output.scratchCount(rows: total)) } ?? 0
        let longest = sequences.map(\.count).max() ?? 0
        buffers.reserve(tokens: total, width: h, intermediate: m, rounded: rounded,
                        attention: ck_attention_scratch_count(Int32(longest), Int32(h), Int32(shape.heads)))
        let x = buffers.hidden, qkv = buffers.queryKeyValue, context = buffers.context, inner = buffers.inner
        let scratch = buffers.rounded
        embedTokens(sequences, starts: starts, into: x)
        let epsilon = shape.epsilon
        func normalize(_ gain: [Float], _ bias: [Float]) {
            gain.withUnsafeBufferPointer { g in
                bias.withUnsafeBufferPointer { b in ck_layer_norm(x, Int32(total), Int32(h), g.baseAddress, b.baseAddress, epsilon) }
            }
        }
        normalize(embeddingNorm, embeddingNormBias)
        let scale = 1 / Float(h / shape.heads).squareRoot()
        for layer in layers {
            layer.queryKeyValue.applyBFloat16(x, rows: total, into: qkv, .store, scratch: scratch)
            for (t, ids) in sequences.enumerated() {
                ck_attention(qkv + starts[t] * 3 * h, Int32(ids.count), Int32(h), Int32(shape.heads), scale,
                             context + starts[t] * h, buffers.attention)
            }
            layer.attentionOut.applyBFloat16(context, rows: total, into: x, .accumulate, scratch: scratch)
            normalize(layer.attentionNorm, layer.attentionNormBias)
            layer.intermediate.applyBFloat16(x, rows: total, into: inner, .gelu, scratch: scratch)
            layer.output.applyBFloat16(inner, rows: total, into: x, .accumulate, scratch: scratch)
            normalize(layer.outputNorm, layer.outputNormBias)
        }
        return meanPool(x, sequences: sequences, starts: starts)
    }
}
