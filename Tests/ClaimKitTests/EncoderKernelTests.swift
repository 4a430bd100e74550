import CEncoderKernels
@testable import ClaimKit
import Foundation
import Testing

/// The sentence encoder's AVX-512 kernels (CEncoderKernels) against the float32 path they replace
/// (``TensorMath``), on shapes that leave remainders: the bfloat16 matrix product within what
/// rounding both operands to bfloat16 allows (each product off by at most 2⁻⁸ of its size, so a
/// sum by at most 2⁻⁸ of the sum of its terms' sizes), attention and layer norm (float32 in both)
/// within 1e-5. The packing, which runs on every CPU, rounds to nearest even.
@Suite struct EncoderKernelTests {
    /// Deterministic values in [-0.5, 0.5).
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 24) - 0.5
        }
    }

    @Test func packingRoundsToNearestEvenAndPadsWithZero() {
        // 1 + 2⁻⁸ lies halfway between two bfloat16 values and goes to the even one (1.0);
        // 1 + 3·2⁻⁸ goes up to 1 + 2⁻⁶; 1 + 2⁻⁸ + 2⁻¹⁶ is above halfway and goes up.
        let w: [Float] = [1 + 1.0 / 256, 1 + 3.0 / 256, 1 + 1.0 / 256 + 1.0 / 65536, -2.5, .infinity]
        var packed = [UInt16](repeating: 0xffff, count: ck_bf16_packed_count(1, 5))
        ck_bf16_pack(w, 1, 5, &packed)
        #expect(packed.count == 3 * 2 * 16)
        // One output: input pairs (0, 1), (2, 3), (4, pad), each pair 16 outputs wide.
        #expect(packed[0] == 0x3f80 && packed[1] == 0x3f82)
        #expect(packed[32] == 0x3f81 && packed[33] == 0xc020)
        #expect(packed[64] == 0x7f80 && packed[65] == 0)
        #expect(packed.enumerated().allSatisfy { i, v in i % 32 < 2 || v == 0 })
    }

    @Test(.enabled(if: EncoderArithmetic.cpuHasBFloat16, "needs AVX-512 BF16"),
          arguments: [(1, 1, 1), (3, 19, 6), (13, 33, 47), (9, 64, 50), (17, 384, 96)])
    func bfloat16ProductStaysWithinRounding(_ shape: (Int, Int, Int)) {
        let (rows, inputs, outputs) = shape
        let x = Self.values(rows * inputs, seed: 1), w = Self.values(outputs * inputs, seed: 2)
        let bias = Self.values(outputs, seed: 3)
        let layer = LinearLayer(weights: w, bias: bias, inputs: inputs, outputs: outputs, arithmetic: .bfloat16)
        var scratch = [UInt16](repeating: 0, count: layer.scratchCount(rows: rows))
        let start = Self.values(rows * outputs, seed: 4)
        for epilogue in [LinearLayer.Epilogue.store, .accumulate, .gelu] {
            var y = start + [12345]  // one past the end, which must stay untouched
            layer.applyBFloat16(x, rows: rows, into: &y, epilogue, scratch: &scratch)
            #expect(y[rows * outputs] == 12345)
            for r in 0..<rows {
                for o in 0..<outputs {
                    var sum = Double(bias[o]), size = 0.0
                    for i in 0..<inputs {
                        let term = Double(x[r * inputs + i]) * Double(w[o * inputs + i])
                        sum += term
                        size += abs(term)
                    }
                    let bound = size / 256 + 1e-5
                    let got = Double(y[r * outputs + o])
                    switch epilogue {
                    case .store: #expect(abs(got - sum) <= bound)
                    case .accumulate: #expect(abs(got - sum - Double(start[r * outputs + o])) <= bound)
                    case .gelu:
                        // GELU's slope is within [-0.17, 1.13].
                        let exact = 0.5 * sum * (1 + Foundation.erf(sum / 2.0.squareRoot()))
                        #expect(abs(got - exact) <= 1.13 * bound + 1e-6)
                    }
                }
            }
        }
    }

    @Test(.enabled(if: EncoderArithmetic.cpuHasBFloat16, "needs AVX-512 BF16"),
          arguments: [(1, 64, 2), (5, 64, 2), (17, 48, 3), (40, 128, 2), (33, 384, 12)])
    func attentionMatchesTheFloat32Loops(_ shape: (Int, Int, Int)) {
        let (length, width, heads) = shape
        // Two texts side by side; the second starts after the first.
        let offset = 3, rows = offset + length
        let qkv = Self.values(rows * 3 * width, seed: UInt64(length)).map { $0 * 4 }
        let scale = 1 / Float(width / heads).squareRoot()
        var expected = [Float](repeating: 0, count: rows * width)
        TensorMath.attention(qkv, start: offset, length: length, width: width, heads: heads, scale: scale, into: &expected)
        var got = [Float](repeating: .nan, count: rows * width)
        var scratch = [Float](repeating: 0, count: ck_attention_scratch_count(Int32(length), Int32(width), Int32(heads)))
        qkv.withUnsafeBufferPointer { q in
            got.withUnsafeMutableBufferPointer { o in
                ck_attention(q.baseAddress! + offset * 3 * width, Int32(length), Int32(width), Int32(heads), scale,
                             o.baseAddress! + offset * width, &scratch)
            }
        }
        #expect(got.prefix(offset * width).allSatisfy { $0.isNaN })
        let worst = zip(got.dropFirst(offset * width), expected.dropFirst(offset * width)).map { abs($0 - $1) }.max() ?? .nan
        #expect(worst < 1e-5, "largest difference: \(worst)")
    }

    @Test(.enabled(if: EncoderArithmetic.cpuHasBFloat16, "needs AVX-512 BF16"))
    func layerNormMatchesTheFloat32Loops() {
        let rows = 5, width = 48
        let x = Self.values(rows * width, seed: 7).enumerated().map { $0.element * Float(1 + $0.offset % 5) + 3 }
        let gain = Self.values(width, seed: 8).map { $0 + 1 }, bias = Self.values(width, seed: 9)
        var expected = x, got = x
        TensorMath.layerNorm(&expected, rows: rows, width: width, gain, bias, epsilon: 1e-12)
        ck_layer_norm(&got, Int32(rows), Int32(width), gain, bias, 1e-12)
        let worst = zip(got, expected).map { abs($0 - $1) }.max() ?? .nan
        #expect(worst < 1e-5, "largest difference: \(worst)")
    }
}
