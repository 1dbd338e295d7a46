/// Why an SSH key or signature could not be read, made or accepted.
public enum SSHSignatureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text has no `-----BEGIN <label>-----` … `-----END <label>-----` block.
    case notArmored(label: String)
    case malformed(String)
    case unsupportedVersion(UInt32)
    /// Only Ed25519 keys are supported.
    case unsupportedKeyType(String)
    case unsupportedHash(String)
    case wrongNamespace(expected: String, found: String)
    /// The signature was made with another key than the one expected.
    case keyMismatch(expected: String, found: String)
    /// The signature does not verify: the signed bytes were changed, or it was made for other bytes.
    case invalidSignature
    /// The private key file is protected by a passphrase, which Clasp does not ask for.
    case encryptedPrivateKey(cipher: String)

    public var description: String {
        switch self {
        case let .notArmored(label): "not an armored \(label) (no -----BEGIN \(label)----- block)"
        case let .malformed(detail): "malformed SSH data: \(detail)"
        case let .unsupportedVersion(version): "unsupported SSH signature version \(version)"
        case let .unsupportedKeyType(type): "unsupported key type '\(type)': Clasp signs and verifies ssh-ed25519 keys only"
        case let .unsupportedHash(name): "unsupported signature hash '\(name)' (sha512 or sha256)"
        case let .wrongNamespace(expected, found): "signature namespace is '\(found)', not '\(expected)'"
        case let .keyMismatch(expected, found): "signed with key \(found), not the expected key \(expected)"
        case .invalidSignature: "the signature does not match the signed content"
        case let .encryptedPrivateKey(cipher):
            "the private key is encrypted (\(cipher)): Clasp reads unencrypted OpenSSH ed25519 keys only; use a key without a passphrase kept safe by file permissions, or a decrypted copy (ssh-keygen -p -N '' -f COPY)"
        }
    }
}
