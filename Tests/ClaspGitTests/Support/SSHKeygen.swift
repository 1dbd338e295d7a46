import Foundation

/// The real `ssh-keygen`, for checking Clasp's SSH signatures both ways.
enum SSHKeygen {
    static let path = "/usr/bin/ssh-keygen"

    /// Whether `ssh-keygen` is installed (`make deps` installs openssh-client).
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Makes an unencrypted ed25519 key pair `<name>` and `<name>.pub` in `directory`.
    static func generate(_ name: String, in directory: URL, passphrase: String = "") throws {
        try GitCLI(directory: directory).shell("ssh-keygen -q -t ed25519 -N '\(passphrase)' -C '\(name)@example.gov' -f '\(name)'")
    }

    static func read(_ name: String, in directory: URL) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }
}
