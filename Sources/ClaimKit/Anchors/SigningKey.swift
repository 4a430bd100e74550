import Crypto
import Foundation

/// The checker's own Ed25519 key, kept outside every store (`key init`), with which journal heads
/// are signed (`log anchor`). Someone who can write a store's database but does not hold the key
/// cannot forge a signed head.
public struct SigningKey: Sendable {
    /// The private key's 32 bytes (Crypto's key type is not Sendable; the bytes are).
    private let raw: Data
    /// The public half, base64: what anchors carry and stores record.
    public let publicKey: String

    private init(privateKey: Curve25519.Signing.PrivateKey) {
        raw = privateKey.rawRepresentation
        publicKey = privateKey.publicKey.rawRepresentation.base64EncodedString()
    }

    /// `$CLAIMCHECK_CONFIG`, else `$XDG_CONFIG_HOME/claimcheck`, else `~/.config/claimcheck`.
    public static func configFolder(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["CLAIMCHECK_CONFIG"], !folder.isEmpty { return folder }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/claimcheck" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/claimcheck"
    }

    public static var defaultPath: String { configFolder() + "/signing-key" }

    /// Makes the folder that is to hold `path` (and its parents), or says in one line why it cannot.
    static func makeFolder(holding path: String, mode: Int? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: mode.map { [.posixPermissions: $0] })
        } catch {
            throw StoreError("cannot make the folder \(folder): \(error.localizedDescription)")
        }
    }

    /// Makes a new key and writes it to `path` (mode 0600); refuses to replace an existing key.
    public static func create(at path: String) throws -> SigningKey {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError("\(path) already holds a key; anchors signed with it would no longer be yours if it were replaced")
        }
        try makeFolder(holding: path, mode: 0o700)
        let key = SigningKey(privateKey: Curve25519.Signing.PrivateKey())
        let text = "claimcheck-ed25519 " + key.raw.base64EncodedString() + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        guard written == text.utf8.count, fsync(fd) == 0 else { throw StoreError("cannot write \(path): \(String(cString: strerror(errno)))") }
        return key
    }

    /// The key at `path`; an error that says how to make one when there is none.
    public static func load(from path: String) throws -> SigningKey {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StoreError("no signing key at \(path): make one with `key init`")
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count == 2, parts[0] == "claimcheck-ed25519", let raw = Data(base64Encoded: String(parts[1])),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw StoreError("\(path) is not a claimcheck signing key")
        }
        return SigningKey(privateKey: key)
    }

    func sign(_ message: String) throws -> String {
        // The bytes came from a valid key; if they ever did not, signing fails rather than using another key.
        try Curve25519.Signing.PrivateKey(rawRepresentation: raw).signature(for: Data(message.utf8)).base64EncodedString()
    }

    static func isValid(signature: String, of message: String, publicKey: String) -> Bool {
        guard let raw = Data(base64Encoded: publicKey), let signature = Data(base64Encoded: signature),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: Data(message.utf8))
    }
}
