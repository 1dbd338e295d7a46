public import Foundation

/// Ed25519 key pairs made by the real `ssh-keygen` for signing tests.
public enum SSHTestKeys {
    public static let keygen = "/usr/bin/ssh-keygen"

    /// Whether `ssh-keygen` is installed (`make deps` installs openssh-client).
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: keygen) }

    /// Makes an unencrypted key pair `<name>` and `<name>.pub` in `directory` and returns the private key's path.
    @discardableResult
    public static func generate(_ name: String, in directory: TemporaryDirectory) throws -> String {
        let path = directory.path(name)
        let result = try ProcessRunner.run(keygen, ["-q", "-t", "ed25519", "-N", "", "-C", "\(name)@plan.example", "-f", path])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        return path
    }

    /// The public key line of the pair made by `generate`.
    public static func publicKey(_ name: String, in directory: TemporaryDirectory) throws -> String {
        try String(contentsOfFile: directory.path(name) + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
