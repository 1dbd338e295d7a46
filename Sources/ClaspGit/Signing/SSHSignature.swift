public import Foundation
import Crypto

/// An SSH signature (OpenSSH's `PROTOCOL.sshsig`), as `ssh-keygen -Y sign` writes it and git
/// stores it in a commit's `gpgsig` header when `gpg.format=ssh`. Ed25519 only.
///
/// The blob is `"SSHSIG"`, uint32 version 1, string public key, string namespace, string
/// reserved, string hash algorithm, string signature; what the key signs is `"SSHSIG"`,
/// string namespace, string reserved, string hash algorithm, string H(message).
public struct SSHSignature: Equatable, Sendable {
    /// The namespace git signs commits in.
    public static let gitNamespace = "git"
    static let magic = Array("SSHSIG".utf8)
    static let armorLabel = "SSH SIGNATURE"

    /// The key the signature claims to be made with (checked against the expected key by `verify`).
    public let publicKey: SSHPublicKey
    public let namespace: String
    let reserved: [UInt8]
    public let hashAlgorithm: String
    /// The raw 64-byte Ed25519 signature.
    let signature: [UInt8]

    init(publicKey: SSHPublicKey, namespace: String, reserved: [UInt8], hashAlgorithm: String, signature: [UInt8]) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.reserved = reserved
        self.hashAlgorithm = hashAlgorithm
        self.signature = signature
    }

    /// Parses the armored form (`-----BEGIN SSH SIGNATURE-----` …).
    ///
    /// - Throws: `SSHSignatureError`: `.notArmored`, `.malformed`, `.unsupportedVersion`, `.unsupportedKeyType`.
    public init(armored text: String) throws(SSHSignatureError) {
        var reader = SSHWireReader(try SSHArmor.decode(text, label: Self.armorLabel))
        guard try reader.take(Self.magic.count, "the SSHSIG magic") == Self.magic else { throw .malformed("no SSHSIG magic") }
        let version = try reader.uint32("the version")
        guard version == 1 else { throw .unsupportedVersion(version) }
        let publicKey = try SSHPublicKey(wireBlob: try reader.string("the public key"))
        let namespace = try reader.text("the namespace")
        let reserved = try reader.string("the reserved field")
        let hashAlgorithm = try reader.text("the hash algorithm")
        var inner = SSHWireReader(try reader.string("the signature"))
        guard reader.isAtEnd else { throw .malformed("bytes after the signature") }
        let type = try inner.text("the signature type")
        guard type == SSHPublicKey.ed25519 else { throw .unsupportedKeyType(type) }
        let signature = try inner.string("the Ed25519 signature")
        guard signature.count == 64, inner.isAtEnd else { throw .malformed("an Ed25519 signature holds 64 bytes, not \(signature.count)") }
        self.init(publicKey: publicKey, namespace: namespace, reserved: reserved, hashAlgorithm: hashAlgorithm, signature: signature)
    }

    /// The armored form, as `ssh-keygen -Y sign` writes it (ends with a newline).
    public var armored: String {
        var inner = SSHWireWriter()
        inner.string(SSHPublicKey.ed25519)
        inner.string(signature)
        var writer = SSHWireWriter()
        writer.raw(Self.magic)
        writer.uint32(1)
        writer.string(publicKey.wireBlob)
        writer.string(namespace)
        writer.string(reserved)
        writer.string(hashAlgorithm)
        writer.string(inner.bytes)
        return SSHArmor.encode(writer.bytes, label: Self.armorLabel)
    }

    /// Checks that this signature was made over `message` in `namespace` by `key`.
    ///
    /// - Throws: `SSHSignatureError`: `.wrongNamespace`, `.keyMismatch`, `.unsupportedHash`, `.invalidSignature`.
    public func verify(_ message: Data, key expected: SSHPublicKey, namespace expectedNamespace: String = gitNamespace) throws(SSHSignatureError) {
        guard namespace == expectedNamespace else { throw .wrongNamespace(expected: expectedNamespace, found: namespace) }
        guard publicKey.isSameKey(as: expected) else { throw .keyMismatch(expected: expected.fingerprint, found: publicKey.fingerprint) }
        let hash: [UInt8]
        switch hashAlgorithm {
        case "sha512": hash = Array(SHA512.hash(data: message))
        case "sha256": hash = Array(SHA256.hash(data: message))
        default: throw .unsupportedHash(hashAlgorithm)
        }
        let signed = Self.signedData(namespace: namespace, reserved: reserved, hashAlgorithm: hashAlgorithm, hash: hash)
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: expected.raw),
              key.isValidSignature(signature, for: Data(signed)) else { throw .invalidSignature }
    }

    /// The bytes the key signs for a message whose hash is `hash`.
    static func signedData(namespace: String, reserved: [UInt8], hashAlgorithm: String, hash: [UInt8]) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.raw(magic)
        writer.string(namespace)
        writer.string(reserved)
        writer.string(hashAlgorithm)
        writer.string(hash)
        return writer.bytes
    }
}
