#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's OpenBLAS matrix product (`cblas_sgemm`), when the library is installed (Debian's
/// `libopenblas0`, which `make setup` installs), found at run time with `dlopen`, so that
/// claimcheck builds and runs without it: ``TensorMath`` falls back to its own loops. Held to one
/// thread (the machine's other cores are the user's) unless `CLAIMCHECK_BLAS_THREADS=N` asks for
/// more: a tweet's embedding took 21 ms on one thread and 18.5 ms on two on a busy 2-core machine.
enum SystemBLAS {
    typealias SGEMM = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float,
                                      UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32, Float,
                                      UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias SetThreads = @convention(c) (Int32) -> Void

    static let rowMajor: Int32 = 101, noTranspose: Int32 = 111, transpose: Int32 = 112

    /// `cblas_sgemm`, or nil when no OpenBLAS library is found (or `CLAIMCHECK_BLAS=off`).
    static let sgemm: SGEMM? = {
        if let choice = getenv("CLAIMCHECK_BLAS"), String(cString: choice).lowercased() == "off" { return nil }
        for name in ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(handle, "cblas_sgemm") else { continue }
            if let threads = dlsym(handle, "openblas_set_num_threads") {
                let n = getenv("CLAIMCHECK_BLAS_THREADS").flatMap { Int32(String(cString: $0)) } ?? 1
                unsafeBitCast(threads, to: SetThreads.self)(n)
            }
            return unsafeBitCast(symbol, to: SGEMM.self)
        }
        return nil
    }()
}
