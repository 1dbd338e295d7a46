public import Foundation
import Crypto

/// An Ed25519 private key read from an unencrypted OpenSSH private key file (`openssh-key-v1`,
/// as `ssh-keygen -t ed25519 -N ''` writes it), which makes SSH signatures (`SSHSIG`).
public struct SSHSigningKey: Sendable {
    /// The 32-byte Ed25519 seed.
    private let seed: [UInt8]
    public let publicKey: SSHPublicKey

    /// Reads an OpenSSH private key file's text.
    ///
    /// - Throws: `SSHSignatureError.encryptedPrivateKey` for a key protected by a passphrase,
    ///   `.unsupportedKeyType` for other than ed25519, `.notArmored`/`.malformed` otherwise.
    public init(openSSHPrivateKey text: String) throws(SSHSignatureError) {
        var reader = SSHWireReader(try SSHArmor.decode(text, label: "OPENSSH PRIVATE KEY"))
        let magic = Array("openssh-key-v1".utf8) + [0]
        guard try reader.take(magic.count, "the magic") == magic else { throw .malformed("not an openssh-key-v1 private key") }
        let cipher = try reader.text("the cipher name")
        let kdf = try reader.text("the KDF name")
        _ = try reader.string("the KDF options")
        guard cipher == "none", kdf == "none" else { throw .encryptedPrivateKey(cipher: cipher) }
        guard try reader.uint32("the key count") == 1 else { throw .malformed("the file holds more than one key") }
        let publicBlob = try reader.string("the public key")
        var secret = SSHWireReader(try reader.string("the private section"))
        guard try secret.uint32("the check number") == secret.uint32("the check number") else {
            throw .malformed("the private section's check numbers differ")
        }
        let type = try secret.text("the key type")
        guard type == SSHPublicKey.ed25519 else { throw .unsupportedKeyType(type) }
        let publicKey = try secret.string("the public key")
        let privateKey = try secret.string("the private key")
        let comment = try secret.text("the comment")
        guard publicKey.count == 32, privateKey.count == 64, Array(privateKey[32...]) == publicKey,
              try SSHPublicKey(wireBlob: publicBlob).raw == publicKey else {
            throw .malformed("the ed25519 key pair is inconsistent")
        }
        let seed = Array(privateKey[..<32])
        let derived = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed).publicKey.rawRepresentation
        guard derived.map(Array.init) == publicKey else { throw .malformed("the ed25519 private key does not give its public key") }
        self.seed = seed
        self.publicKey = SSHPublicKey(raw: publicKey, comment: comment.isEmpty ? nil : comment)
    }

    /// Reads an OpenSSH private key file.
    ///
    /// - Throws: `CocoaError` when the file cannot be read; `SSHSignatureError` as `init(openSSHPrivateKey:)`.
    public static func load(path: String) throws -> SSHSigningKey {
        try SSHSigningKey(openSSHPrivateKey: String(contentsOfFile: path, encoding: .utf8))
    }

    /// Signs `message` as `ssh-keygen -Y sign -n <namespace>` does (hash sha512).
    public func sign(_ message: Data, namespace: String = SSHSignature.gitNamespace) throws -> SSHSignature {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        let hash = Array(SHA512.hash(data: message))
        let signed = SSHSignature.signedData(namespace: namespace, reserved: [], hashAlgorithm: "sha512", hash: hash)
        let raw = Array(try key.signature(for: Data(signed)))
        // The signature embeds the key without its comment, as ssh-keygen writes it.
        return SSHSignature(publicKey: SSHPublicKey(raw: publicKey.raw), namespace: namespace, reserved: [], hashAlgorithm: "sha512",
                            signature: raw)
    }
}
