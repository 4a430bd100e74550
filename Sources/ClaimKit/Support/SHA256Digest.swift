import Crypto

/// SHA-256 as lowercase hex, the form claimcheck prints and stores.
public enum SHA256Hex {
    public static func of(_ text: String) -> String {
        hex(SHA256.hash(data: Array(text.utf8)))
    }

    public static func of(bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
