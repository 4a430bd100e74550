import Foundation

/// The few dense operations a transformer needs, on flat row-major `Float` arrays, in plain Swift
/// (SIMD vectors, unchecked pointers in the inner loops): the encoder's float32 arithmetic
/// (``EncoderArithmetic``); the bfloat16 one has its own in the C target `CEncoderKernels`.
enum TensorMath {
    /// `y = x · wᵀ + bias`: `x` is rows × inputs, `w` outputs × inputs (PyTorch's layout), `y` rows ×
    /// outputs; by the system's OpenBLAS when there is one (``SystemBLAS``), else by our own loops.
    static func linear(_ x: [Float], rows: Int, inputs: Int, _ w: [Float], _ bias: [Float], outputs: Int, into y: inout [Float]) {
        precondition(x.count >= rows * inputs && w.count == outputs * inputs && bias.count == outputs && y.count >= rows * outputs)
        if let sgemm = SystemBLAS.sgemm {
            y.withUnsafeMutableBufferPointer { yb in
                bias.withUnsafeBufferPointer { b in
                    for r in 0..<rows { (yb.baseAddress! + r * outputs).update(from: b.baseAddress!, count: outputs) }
                }
                sgemm(SystemBLAS.rowMajor, SystemBLAS.noTranspose, SystemBLAS.transpose, Int32(rows), Int32(outputs), Int32(inputs),
                      1, x, Int32(inputs), w, Int32(inputs), 1, yb.baseAddress, Int32(outputs))
            }
            return
        }
        linearLoops(x, rows: rows, inputs: inputs, w, bias, outputs: outputs, into: &y)
    }

    /// ``linear(_:rows:inputs:_:_:outputs:into:)`` in the project's own loops: four outputs and two
    /// rows at a time, so that each load of `x` and `w` serves several products.
    static func linearLoops(_ x: [Float], rows: Int, inputs: Int, _ w: [Float], _ bias: [Float], outputs: Int, into y: inout [Float]) {
        let wide = inputs / 8 * 8
        x.withUnsafeBufferPointer { xb in
            w.withUnsafeBufferPointer { wb in
                y.withUnsafeMutableBufferPointer { yb in
                    let xp = UnsafeRawPointer(xb.baseAddress!), wp = UnsafeRawPointer(wb.baseAddress!)
                    let yp = yb.baseAddress!
                    func vector(_ base: UnsafeRawPointer, _ index: Int) -> SIMD8<Float> {
                        base.loadUnaligned(fromByteOffset: index * 4, as: SIMD8<Float>.self)
                    }
                    func tail(_ r: Int, _ o: Int) -> Float {
                        var s: Float = 0
                        var i = wide
                        while i < inputs { s += xb[r * inputs + i] * wb[o * inputs + i]; i += 1 }
                        return s
                    }
                    var o = 0
                    while o < outputs {
                        let block = min(4, outputs - o)
                        if block < 4 {
                            for r in 0..<rows {
                                for j in o..<(o + block) {
                                    var s = SIMD8<Float>()
                                    var i = 0
                                    while i < wide { s += vector(xp, r * inputs + i) * vector(wp, j * inputs + i); i += 8 }
                                    yp[r * outputs + j] = s.sum() + tail(r, j) + bias[j]
                                }
                            }
                            o += block
                            continue
                        }
                        let w0 = o * inputs, w1 = w0 + inputs, w2 = w1 + inputs, w3 = w2 + inputs
                        var r = 0
                        while r + 1 < rows {
                            let x0 = r * inputs, x1 = x0 + inputs
                            var a00 = SIMD8<Float>(), a01 = a00, a02 = a00, a03 = a00
                            var a10 = a00, a11 = a00, a12 = a00, a13 = a00
                            var i = 0
                            while i < wide {
                                let u = vector(xp, x0 + i), v = vector(xp, x1 + i)
                                let p = vector(wp, w0 + i), q = vector(wp, w1 + i), s = vector(wp, w2 + i), t = vector(wp, w3 + i)
                                a00 += u * p; a01 += u * q; a02 += u * s; a03 += u * t
                                a10 += v * p; a11 += v * q; a12 += v * s; a13 += v * t
                                i += 8
                            }
                            let y0 = r * outputs + o, y1 = y0 + outputs
                            yp[y0] = a00.sum() + tail(r, o) + bias[o]
                            yp[y0 + 1] = a01.sum() + tail(r, o + 1) + bias[o + 1]
                            yp[y0 + 2] = a02.sum() + tail(r, o + 2) + bias[o + 2]
                            yp[y0 + 3] = a03.sum() + tail(r, o + 3) + bias[o + 3]
                            yp[y1] = a10.sum() + tail(r + 1, o) + bias[o]
                            yp[y1 + 1] = a11.sum() + tail(r + 1, o + 1) + bias[o + 1]
                            yp[y1 + 2] = a12.sum() + tail(r + 1, o + 2) + bias[o + 2]
                            yp[y1 + 3] = a13.sum() + tail(r + 1, o + 3) + bias[o + 3]
                            r += 2
                        }
                        if r < rows {
                            let x0 = r * inputs
                            var a0 = SIMD8<Float>(), a1 = a0, a2 = a0, a3 = a0
                            var i = 0
                            while i < wide {
                                let u = vector(xp, x0 + i)
                                a0 += u * vector(wp, w0 + i); a1 += u * vector(wp, w1 + i)
                                a2 += u * vector(wp, w2 + i); a3 += u * vector(wp, w3 + i)
                                i += 8
                            }
                            let y0 = r * outputs + o
                            yp[y0] = a0.sum() + tail(r, o) + bias[o]
                            yp[y0 + 1] = a1.sum() + tail(r, o + 1) + bias[o + 1]
                            yp[y0 + 2] = a2.sum() + tail(r, o + 2) + bias[o + 2]
                            yp[y0 + 3] = a3.sum() + tail(r, o + 3) + bias[o + 3]
                        }
                        o += 4
                    }
                }
            }
        }
    }

    /// Multi-head self-attention of the `length` rows from `start` of `queryKeyValue` (each row
    /// a token's query, key and value, each `width` wide with `heads` heads side by side), written
    /// into the same rows of `out` (`width` wide). Each head's keys are first laid out one dimension
    /// a row, so that a query's scores against all keys are computed side by side.
    static func attention(_ queryKeyValue: [Float], start: Int, length: Int, width: Int, heads: Int,
                          scale: Float, into out: inout [Float]) {
        precondition(queryKeyValue.count >= (start + length) * 3 * width && out.count >= (start + length) * width)
        let size = width / heads, stride = 3 * width
        let keys = UnsafeMutablePointer<Float>.allocate(capacity: size * length)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: length)
        defer { keys.deallocate(); scores.deallocate() }
        queryKeyValue.withUnsafeBufferPointer { qkv in
            out.withUnsafeMutableBufferPointer { ob in
                let rows = qkv.baseAddress! + start * stride
                for head in 0..<heads {
                    let column = head * size
                    for j in 0..<length {
                        let key = rows + j * stride + width + column
                        for d in 0..<size { keys[d * length + j] = key[d] }
                    }
                    for i in 0..<length {
                        let query = rows + i * stride + column
                        scores.update(repeating: 0, count: length)
                        for d in 0..<size {
                            let q = query[d], key = keys + d * length
                            for j in 0..<length { scores[j] += q * key[j] }
                        }
                        var best = -Float.infinity
                        for j in 0..<length { scores[j] *= scale; best = max(best, scores[j]) }
                        var sum: Float = 0
                        for j in 0..<length { scores[j] = exp(scores[j] - best); sum += scores[j] }
                        let o = ob.baseAddress! + (start + i) * width + column
                        o.update(repeating: 0, count: size)
                        for j in 0..<length {
                            let weight = scores[j] / sum, value = rows + j * stride + 2 * width + column
                            for d in 0..<size { o[d] += weight * value[d] }
                        }
                    }
                }
            }
        }
    }

    /// Each row scaled to mean 0 and variance 1, then by `gain` and shifted by `bias`.
    static func layerNorm(_ x: inout [Float], rows: Int, width: Int, _ gain: [Float], _ bias: [Float], epsilon: Float) {
        precondition(x.count >= rows * width && gain.count == width && bias.count == width)
        x.withUnsafeMutableBufferPointer { xb in
            gain.withUnsafeBufferPointer { g in
                bias.withUnsafeBufferPointer { b in
                    for r in 0..<rows {
                        let row = xb.baseAddress! + r * width
                        var mean: Float = 0
                        for j in 0..<width { mean += row[j] }
                        mean /= Float(width)
                        var variance: Float = 0
                        for j in 0..<width { let d = row[j] - mean; variance += d * d }
                        let inverse = 1 / (variance / Float(width) + epsilon).squareRoot()
                        for j in 0..<width { row[j] = (row[j] - mean) * inverse * g[j] + b[j] }
                    }
                }
            }
        }
    }

    /// `x += residual`, then ``layerNorm(_:rows:width:_:_:epsilon:)``: how each half of a layer ends.
    static func addAndNormalize(_ x: inout [Float], _ residual: [Float], rows: Int, width: Int, _ gain: [Float], _ bias: [Float], epsilon: Float) {
        precondition(x.count >= rows * width && residual.count >= rows * width)
        x.withUnsafeMutableBufferPointer { xb in
            residual.withUnsafeBufferPointer { rb in
                for i in 0..<(rows * width) { xb[i] += rb[i] }
            }
        }
        layerNorm(&x, rows: rows, width: width, gain, bias, epsilon: epsilon)
    }

    /// GELU, the exact form BERT uses: x · Φ(x) = x/2 · (1 + erf(x/√2)), with ``FastErf`` 8 at a time.
    static func gelu(_ x: inout [Float]) {
        let inverseRoot = 1 / Float(2).squareRoot()
        x.withUnsafeMutableBufferPointer { xb in
            let raw = UnsafeMutableRawPointer(xb.baseAddress!)
            let wide = xb.count / 8 * 8
            var i = 0
            while i < wide {
                let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
                raw.storeBytes(of: 0.5 * v * (1 + FastErf.erf(v * inverseRoot)), toByteOffset: i * 4, as: SIMD8<Float>.self)
                i += 8
            }
            while i < xb.count { xb[i] = 0.5 * xb[i] * (1 + FastErf.erf(xb[i] * inverseRoot)); i += 1 }
        }
    }
}
