import Foundation

/// A model's weights in the safetensors format: an 8-byte little-endian header length, a JSON
/// header naming each tensor's dtype, shape and byte range, then the raw little-endian data. Only
/// 32-bit float tensors are read.
struct SafeTensorsFile {
    private struct Entry {
        var dtype: String
        var shape: [Int]
        var start: Int
        var end: Int
    }

    private let data: Data
    private let base: Int
    private let entries: [String: Entry]
    let path: String

    init(path: String) throws {
        self.path = path
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw SentenceEncoder.LoadError("\(path): cannot read (\(error.localizedDescription))")
        }
        guard data.count >= 8 else { throw SentenceEncoder.LoadError("\(path): too short for a safetensors file") }
        var length: UInt64 = 0
        for i in (0..<8).reversed() { length = length << 8 | UInt64(data[data.startIndex + i]) }
        guard length <= UInt64(data.count - 8),
              let header = try? JSONSerialization.jsonObject(with: data.subdata(in: (data.startIndex + 8)..<(data.startIndex + 8 + Int(length)))) as? [String: Any]
        else { throw SentenceEncoder.LoadError("\(path): not a safetensors file (unreadable header)") }
        var entries: [String: Entry] = [:]
        for (name, value) in header where name != "__metadata__" {
            guard let info = value as? [String: Any], let dtype = info["dtype"] as? String,
                  let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int], offsets.count == 2,
                  offsets[0] >= 0, offsets[0] <= offsets[1], 8 + Int(length) + offsets[1] <= data.count
            else { throw SentenceEncoder.LoadError("\(path): tensor \(name) is described wrongly") }
            entries[name] = Entry(dtype: dtype, shape: shape, start: offsets[0], end: offsets[1])
        }
        self.data = data
        self.base = 8 + Int(length)
        self.entries = entries
    }

    /// The tensor `name`, which must be F32 of the given shape, as a flat row-major array.
    func floats(_ name: String, shape: [Int]) throws -> [Float] {
        guard let e = entries[name] else { throw SentenceEncoder.LoadError("\(path): no tensor \(name)") }
        guard e.dtype == "F32", e.shape == shape, e.end - e.start == shape.reduce(4, *) else {
            throw SentenceEncoder.LoadError("\(path): tensor \(name) is \(e.dtype) \(e.shape), expected F32 \(shape)")
        }
        let count = shape.reduce(1, *)
        return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[(base + e.start)..<(base + e.end)])
                for i in 0..<count {
                    buffer[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
                }
            }
            initialized = count
        }
    }
}
