import ClaspGit
import Foundation
import Testing

/// Signatures come from commits anyone with write access can write: every truncated or altered
/// signature, and every truncated private key, is refused with an `SSHSignatureError`, never a
/// crash, and no altered signature verifies.
@Suite struct SSHSignatureHostileTests {
    /// A throwaway key made for this test by `ssh-keygen -t ed25519 -N ''`; it signs nothing else.
    static let privateKey = """
        -----BEGIN OPENSSH PRIVATE KEY-----
        b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
        QyNTUxOQAAACAUXICN7Jj4flOXfNbuFfei4OQBfgbY6vSuCm67lfdtIQAAAJiQeNLIkHjS
        yAAAAAtzc2gtZWQyNTUxOQAAACAUXICN7Jj4flOXfNbuFfei4OQBfgbY6vSuCm67lfdtIQ
        AAAEA2ImR7UShAjHlo7eaw5a/wfbPQT13FSZPI+W9T01TSFBRcgI3smPh+U5d81u4V96Lg
        5AF+Btjq9K4KbruV920hAAAADmZpeGVkLXRlc3Qta2V5AQIDBAUGBw==
        -----END OPENSSH PRIVATE KEY-----

        """
    static let publicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBRcgI3smPh+U5d81u4V96Lg5AF+Btjq9K4KbruV920h fixed-test-key"
    static let message = Data("tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nVote approve\n".utf8)

    static func body(_ armored: String) -> [UInt8] {
        Array(Data(base64Encoded: armored.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()) ?? Data())
    }

    static func armor(_ bytes: [UInt8], _ label: String) -> String {
        "-----BEGIN \(label)-----\n\(Data(bytes).base64EncodedString(options: .lineLength64Characters))\n-----END \(label)-----\n"
    }

    @Test func theFixedKeyIsReadAndSigns() throws {
        let key = try SSHSigningKey(openSSHPrivateKey: Self.privateKey)
        #expect(key.publicKey == (try SSHPublicKey(openSSH: Self.publicKey)))
        try key.sign(Self.message).verify(Self.message, key: key.publicKey)
    }

    @Test func everyTruncatedOrAlteredSignatureIsRefused() throws {
        let key = try SSHSigningKey(openSSHPrivateKey: Self.privateKey)
        let blob = Self.body(try key.sign(Self.message).armored)
        for length in 0..<blob.count {
            #expect(throws: SSHSignatureError.self) {
                try SSHSignature(armored: Self.armor(Array(blob.prefix(length)), "SSH SIGNATURE")).verify(Self.message, key: key.publicKey)
            }
        }
        for index in blob.indices {
            var altered = blob
            altered[index] ^= 0x01
            #expect(throws: SSHSignatureError.self, "byte \(index)") {
                try SSHSignature(armored: Self.armor(altered, "SSH SIGNATURE")).verify(Self.message, key: key.publicKey)
            }
        }
    }

    @Test func everyTruncatedPrivateKeyIsRefused() throws {
        let blob = Self.body(Self.privateKey)
        for length in 0..<blob.count {
            #expect(throws: SSHSignatureError.self) {
                try SSHSigningKey(openSSHPrivateKey: Self.armor(Array(blob.prefix(length)), "OPENSSH PRIVATE KEY"))
            }
        }
    }
}
