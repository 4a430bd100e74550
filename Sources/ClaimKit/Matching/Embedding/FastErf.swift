/// The error function for 8 floats at once, without a library call: the rational minimax
/// approximation Eigen and XLA use for float32 (`generic_fast_erf_float`), x · P(x²) / Q(x²) on
/// x clamped to [-4, 4] (beyond which erf is ±1 in float32). Its largest difference from `erff`
/// is a few float32 units in the last place (FastErfTests bounds it), and it vectorises, which
/// `erff` does not: GELU spent a fifth of the sentence encoder's time in `erff`. The bfloat16
/// path's GELU (`erf16` in `CEncoderKernels`) is the same formula in AVX-512.
enum FastErf {
    @inline(__always)
    static func erf(_ x: SIMD8<Float>) -> SIMD8<Float> {
        let v = x.clamped(lowerBound: SIMD8(repeating: -4), upperBound: SIMD8(repeating: 4))
        let v2 = v * v
        var p = SIMD8<Float>(repeating: -2.72614225801306e-10)
        p = p * v2 + 2.77068142495902e-08
        p = p * v2 - 2.10102402082508e-06
        p = p * v2 - 5.69250639462346e-05
        p = p * v2 - 7.34990630326855e-04
        p = p * v2 - 2.95459980854025e-03
        p = p * v2 - 1.60960333262415e-02
        var q = SIMD8<Float>(repeating: -1.45660718464996e-05)
        q = q * v2 - 2.13374055278905e-04
        q = q * v2 - 1.68282697438203e-03
        q = q * v2 - 7.37332916720468e-03
        q = q * v2 - 1.42647390514189e-02
        return v * p / q
    }

    /// One float, through the same formula (for a tail shorter than 8).
    static func erf(_ x: Float) -> Float { erf(SIMD8(repeating: x))[0] }
}
