import Foundation
import Crypto

/// An Ed25519 public key as OpenSSH writes it in `authorized_keys` and allowed-signers files:
/// `ssh-ed25519 AAAA… [comment]`.
public struct SSHPublicKey: Hashable, Sendable, CustomStringConvertible {
    public static let ed25519 = "ssh-ed25519"

    /// The 32 bytes of the Ed25519 key.
    let raw: [UInt8]
    /// The free text after the key, if any; not part of the key.
    public var comment: String?

    /// Parses `ssh-ed25519 <base64> [comment]`.
    ///
    /// - Throws: `SSHSignatureError.unsupportedKeyType` for any other type, `.malformed` for a
    ///   line that is not a public key.
    public init(openSSH line: String) throws(SSHSignatureError) {
        let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard fields.count >= 2 else { throw .malformed("'\(line)' is not a public key line (ssh-ed25519 AAAA… [comment])") }
        guard fields[0] == Self.ed25519 else { throw .unsupportedKeyType(fields[0]) }
        guard let blob = Data(base64Encoded: fields[1]) else { throw .malformed("the key of '\(line)' is not base64") }
        try self.init(wireBlob: Array(blob))
        comment = fields.count > 2 ? fields[2...].joined(separator: " ") : nil
    }

    /// Reads the wire form: string "ssh-ed25519", string key (32 bytes).
    init(wireBlob: [UInt8]) throws(SSHSignatureError) {
        var reader = SSHWireReader(wireBlob)
        let type = try reader.text("the key type")
        guard type == Self.ed25519 else { throw .unsupportedKeyType(type) }
        let key = try reader.string("the Ed25519 key")
        guard key.count == 32, reader.isAtEnd else { throw .malformed("an ssh-ed25519 key holds 32 bytes, not \(key.count)") }
        self.init(raw: key)
    }

    init(raw: [UInt8], comment: String? = nil) {
        self.raw = raw
        self.comment = comment
    }

    /// The wire form, as signatures embed it.
    var wireBlob: [UInt8] {
        var writer = SSHWireWriter()
        writer.string(Self.ed25519)
        writer.string(raw)
        return writer.bytes
    }

    /// `ssh-ed25519 AAAA…`, without the comment.
    public var openSSH: String { "\(Self.ed25519) \(Data(wireBlob).base64EncodedString())" }

    /// `openSSH` followed by the comment, as the key is written in a roster.
    public var description: String { comment.map { "\(openSSH) \($0)" } ?? openSSH }

    /// `SHA256:…`, as `ssh-keygen -l` prints it.
    public var fingerprint: String {
        let digest = Data(SHA256.hash(data: wireBlob)).base64EncodedString()
        return "SHA256:" + digest.trimmingCharacters(in: CharacterSet(charactersIn: "="))
    }

    /// Whether both name the same key, whatever their comments say.
    public func isSameKey(as other: SSHPublicKey) -> Bool { raw == other.raw }
}
