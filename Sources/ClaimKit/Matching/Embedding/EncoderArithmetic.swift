import CEncoderKernels
import Foundation

/// How the sentence encoder computes: `bfloat16`, its matrix products with the AVX-512 BF16
/// instruction `vdpbf16ps` (weights rounded to bfloat16 once at load, activations at each
/// product, sums in float32) and its attention, GELU and layer norms in AVX-512 float32, all in
/// the C target `CEncoderKernels`; or `float32`, exact 32-bit arithmetic by OpenBLAS
/// (``SystemBLAS``) or ``TensorMath``'s loops. `bfloat16` is chosen where the CPU has the
/// instructions, unless `CLAIMCHECK_BF16=off`.
public enum EncoderArithmetic: String, Sendable {
    case bfloat16, float32

    public static let variable = "CLAIMCHECK_BF16"

    /// Whether this CPU (and its OS) runs the bfloat16 kernels.
    public static let cpuHasBFloat16 = ck_bf16_supported() != 0

    /// `bfloat16` where the CPU runs it and the environment does not turn it off, else `float32`.
    public static func preferred(environment: [String: String] = ProcessInfo.processInfo.environment) -> EncoderArithmetic {
        if environment[variable]?.lowercased() == "off" { return .float32 }
        return cpuHasBFloat16 ? .bfloat16 : .float32
    }
}

/// One linear layer of the transformer, `y = x · wᵀ + bias`, its weights in the form its
/// arithmetic reads: float32 in PyTorch's layout (outputs × inputs), or packed in bfloat16 by
/// `ck_bf16_pack` (the float32 copy is then dropped).
struct LinearLayer: Sendable {
    let inputs: Int, outputs: Int
    let bias: [Float]
    /// outputs × inputs in float32; empty when packed.
    let weights: [Float]
    /// The bfloat16 strips `ck_bf16_linear` reads; empty in float32.
    let packed: [UInt16]

    init(weights: [Float], bias: [Float], inputs: Int, outputs: Int, arithmetic: EncoderArithmetic) {
        precondition(weights.count == inputs * outputs && bias.count == outputs)
        self.inputs = inputs
        self.outputs = outputs
        self.bias = bias
        switch arithmetic {
        case .float32:
            self.weights = weights
            packed = []
        case .bfloat16:
            self.weights = []
            packed = [UInt16](unsafeUninitializedCapacity: ck_bf16_packed_count(Int32(outputs), Int32(inputs))) { buffer, count in
                weights.withUnsafeBufferPointer { ck_bf16_pack($0.baseAddress, Int32(outputs), Int32(inputs), buffer.baseAddress) }
                count = buffer.count
            }
        }
    }

    /// What the bfloat16 product does with each sum `s = x · wᵀ + bias`: writes it, adds it to
    /// `y` (a residual connection), or writes GELU(s).
    enum Epilogue {
        case store, accumulate, gelu

        var code: Int32 {
            switch self {
            case .store: Int32(CK_STORE)
            case .accumulate: Int32(CK_ACCUMULATE)
            case .gelu: Int32(CK_GELU)
            }
        }
    }

    /// The bfloat16 product of `rows` rows of `x` into `y`; `scratch` holds
    /// ``scratchCount(rows:)`` values. Only for a packed layer, on a CPU with AVX-512 BF16.
    func applyBFloat16(_ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>, _ epilogue: Epilogue,
                       scratch: UnsafeMutablePointer<UInt16>) {
        precondition(!packed.isEmpty && EncoderArithmetic.cpuHasBFloat16)
        packed.withUnsafeBufferPointer { w in
            bias.withUnsafeBufferPointer { b in
                ck_bf16_linear(x, Int32(rows), Int32(inputs), w.baseAddress, Int32(outputs), b.baseAddress, epilogue.code, y, scratch)
            }
        }
    }

    /// The scratch `applyBFloat16` needs for `rows` rows.
    func scratchCount(rows: Int) -> Int { ck_bf16_scratch_count(Int32(rows), Int32(inputs)) }
}
