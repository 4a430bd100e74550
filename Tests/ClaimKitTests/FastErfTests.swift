import Foundation
@testable import ClaimKit
import Testing

/// The vectorised error function the sentence encoder's GELU uses, against the C library's `erff`.
@Suite struct FastErfTests {
    @Test func staysWithinHalfAMillionthOfErff() {
        var worst: Float = 0
        var x: Float = -8
        while x <= 8 {
            let lanes = SIMD8<Float>((0..<8).map { x + Float($0) * 1e-5 })
            let fast = FastErf.erf(lanes)
            for j in 0..<8 { worst = max(worst, abs(fast[j] - erff(lanes[j]))) }
            x += 8e-5
        }
        #expect(worst < 5e-7, "largest difference from erff: \(worst)")
        #expect(FastErf.erf(0) == 0)
        #expect(FastErf.erf(-1) == -FastErf.erf(1))
        #expect(FastErf.erf(100) == 1 && FastErf.erf(-100) == -1)
    }

    @Test func geluMatchesItsDefinitionOnEveryLengthTail() {
        for count in [1, 7, 8, 13] {
            let input = (0..<count).map { Float($0) * 0.75 - 4 }
            var output = input
            TensorMath.gelu(&output)
            for (x, y) in zip(input, output) {
                #expect(abs(y - 0.5 * x * (1 + erff(x / Float(2).squareRoot()))) < 3e-6)
            }
        }
    }
}
