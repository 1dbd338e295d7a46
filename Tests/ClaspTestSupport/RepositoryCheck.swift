public import Foundation

/// What a sceptical auditor checks on a plan's git directory with the real git CLI.
public enum RepositoryCheck {
    /// `git --git-dir=<gitDir> <arguments>`.
    public static func git(_ gitDir: String, _ arguments: String...) throws -> ProcessResult {
        try ProcessRunner.git(["--git-dir=\(gitDir)"] + arguments)
    }

    /// Problems found: `git fsck --strict` output, and any reference to a missing object. Empty when consistent.
    public static func problems(_ gitDir: String) throws -> [String] {
        var problems: [String] = []
        let fsck = try git(gitDir, "fsck", "--strict", "--no-dangling")
        if fsck.status != 0 || !fsck.stdout.isEmpty { problems.append("git fsck --strict: \(fsck.stdout)\(fsck.stderr)") }
        for (name, id) in try references(gitDir) where try git(gitDir, "cat-file", "-e", id).status != 0 {
            problems.append("\(name) points to missing object \(id)")
        }
        return problems
    }

    /// Every reference and the object it names.
    public static func references(_ gitDir: String) throws -> [String: String] {
        let listing = try git(gitDir, "for-each-ref", "--format=%(refname) %(objectname)").stdout
        var references: [String: String] = [:]
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { references[String(parts[0])] = String(parts[1]) }
        }
        return references
    }

    /// Lock files (`refs/heads/main.lock`, …) a killed writer left behind, deleted (git's
    /// documented recovery once no writer runs); returns how many there were. Clasp names a
    /// lock older than a minute as left behind but does not delete it (a CLI may be writing):
    /// crash tests clear them as an operator would, and count them (see RELIABILITY.md).
    public static func clearStaleLocks(_ gitDir: String) -> Int {
        let files = FileManager.default.enumerator(atPath: gitDir)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".lock") } ?? []
        for file in files { try? FileManager.default.removeItem(atPath: gitDir + "/" + file) }
        return files.count
    }

    /// The full messages of the commits on `reference`, newest first.
    public static func messages(_ gitDir: String, _ reference: String) throws -> [String] {
        let log = try git(gitDir, "log", "--format=%B%x1e", reference)
        return log.stdout.components(separatedBy: "\u{1e}").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
