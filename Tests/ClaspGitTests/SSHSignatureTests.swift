import ClaspGit
import Foundation
import Testing

/// Clasp's SSH signatures (SSHSIG, Ed25519) against the real `ssh-keygen`, both ways.
@Suite(.enabled(if: SSHKeygen.isAvailable, "needs ssh-keygen (make deps installs openssh-client)"))
struct SSHSignatureTests {
    static let message = "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n\nVote approve\n"

    @Test func aSignatureByKeygenVerifies() throws {
        try withTemporaryDirectory { directory in
            try SSHKeygen.generate("ana", in: directory)
            let shell = GitCLI(directory: directory)
            try Data(Self.message.utf8).write(to: directory.appendingPathComponent("message"))
            try shell.shell("ssh-keygen -q -Y sign -n git -f ana message")
            let signature = try SSHSignature(armored: SSHKeygen.read("message.sig", in: directory))
            let key = try SSHPublicKey(openSSH: SSHKeygen.read("ana.pub", in: directory))
            #expect(signature.namespace == "git")
            #expect(signature.hashAlgorithm == "sha512")
            try signature.verify(Data(Self.message.utf8), key: key)
            #expect(throws: SSHSignatureError.invalidSignature) {
                try signature.verify(Data((Self.message + "x").utf8), key: key)
            }
            try SSHKeygen.generate("ben", in: directory)
            let other = try SSHPublicKey(openSSH: SSHKeygen.read("ben.pub", in: directory))
            #expect(throws: SSHSignatureError.keyMismatch(expected: other.fingerprint, found: key.fingerprint)) {
                try signature.verify(Data(Self.message.utf8), key: other)
            }
            try shell.shell("rm message.sig; ssh-keygen -q -Y sign -n file -f ana message; mv message.sig file.sig")
            #expect(throws: SSHSignatureError.wrongNamespace(expected: "git", found: "file")) {
                try SSHSignature(armored: SSHKeygen.read("file.sig", in: directory)).verify(Data(Self.message.utf8), key: key)
            }
        }
    }

    @Test func aSignatureByClaspVerifiesWithKeygen() throws {
        try withTemporaryDirectory { directory in
            try SSHKeygen.generate("ana", in: directory)
            let key = try SSHSigningKey(openSSHPrivateKey: SSHKeygen.read("ana", in: directory))
            let published = try SSHPublicKey(openSSH: SSHKeygen.read("ana.pub", in: directory))
            #expect(key.publicKey == published)
            #expect(key.publicKey.fingerprint == (try GitCLI(directory: directory).shell("ssh-keygen -l -f ana.pub")
                .split(separator: " ")[1]).description)
            let signature = try key.sign(Data(Self.message.utf8))
            try signature.verify(Data(Self.message.utf8), key: published)
            #expect(try SSHSignature(armored: signature.armored) == signature)
            try Data(Self.message.utf8).write(to: directory.appendingPathComponent("message"))
            try signature.armored.write(to: directory.appendingPathComponent("message.sig"), atomically: true, encoding: .utf8)
            try "ana@example.gov \(published.openSSH)\n".write(to: directory.appendingPathComponent("allowed"), atomically: true, encoding: .utf8)
            let output = try GitCLI(directory: directory).shell(
                "ssh-keygen -Y verify -f allowed -I ana@example.gov -n git -s message.sig < message 2>&1")
            #expect(output.contains("Good \"git\" signature for ana@example.gov"))
        }
    }

    @Test func encryptedKeysAreRefusedClearly() throws {
        try withTemporaryDirectory { directory in
            try SSHKeygen.generate("ana", in: directory, passphrase: "secret words")
            #expect(throws: SSHSignatureError.encryptedPrivateKey(cipher: "aes256-ctr")) {
                try SSHSigningKey(openSSHPrivateKey: SSHKeygen.read("ana", in: directory))
            }
            #expect(SSHSignatureError.encryptedPrivateKey(cipher: "aes256-ctr").description.contains("encrypted"))
        }
    }

    @Test func publicKeyLinesParseAndRefuseOtherTypes() throws {
        let line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ana ruiz"
        let key = try SSHPublicKey(openSSH: line)
        #expect(key.comment == "ana ruiz")
        #expect(key.description == line)
        #expect(try SSHPublicKey(openSSH: key.openSSH).isSameKey(as: key))
        #expect(throws: SSHSignatureError.unsupportedKeyType("ssh-rsa")) { try SSHPublicKey(openSSH: "ssh-rsa AAAAB3NzaC1yc2E= x") }
        #expect(throws: SSHSignatureError.self) { try SSHPublicKey(openSSH: "ssh-ed25519 bm90IGEga2V5") }
        #expect(throws: SSHSignatureError.notArmored(label: "SSH SIGNATURE")) { try SSHSignature(armored: "hello") }
    }
}
