import Foundation
import Glibc

/// Creating many references at once, straight into `packed-refs`.
extension Repository {
    /// Adds new references to `packed-refs` in one rewrite of that file, for bulk writers that
    /// create tens of thousands of references (a generated plan's proposal refs): each loose
    /// reference costs a file, a folder and a reflog, which is most of a bulk writer's time.
    ///
    /// Holds `packed-refs.lock` (created exclusively, as git does) while rewriting, so it cannot
    /// interleave with git or libgit2 packing references. Writes no reflog entries.
    ///
    /// - Throws: ``GitError`` (``GitErrorCode/exists``) when a name is already a reference, or
    ///   the lock is taken or the file cannot be written.
    public func addPackedReferences(_ references: [(name: String, target: ObjectID)]) throws {
        guard !references.isEmpty else { return }
        for reference in references where try referenceTarget(reference.name) != nil {
            throw GitError(code: .exists, function: "addPackedReferences", message: "reference \(reference.name) already exists",
                           context: "adding \(references.count) packed references")
        }
        let file = "\(path)/packed-refs", lock = file + ".lock"
        let descriptor = Glibc.open(lock, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw GitError(code: .locked, function: "addPackedReferences", message: "cannot create \(lock)",
                           context: "adding \(references.count) packed references")
        }
        var lines: [String: String] = [:]
        if let existing = try? String(contentsOfFile: file, encoding: .utf8) {
            for line in existing.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("^") {
                let parts = line.split(separator: " ", maxSplits: 1)
                if parts.count == 2 { lines[String(parts[1])] = String(parts[0]) }
            }
        }
        for reference in references { lines[reference.name] = reference.target.hex }
        // git's sorted order is byte order of the names.
        let body = lines.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { "\(lines[$0]!) \($0)\n" }.joined()
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try handle.write(contentsOf: Data(("# pack-refs with: peeled fully-peeled sorted \n" + body).utf8))
            try handle.close()
            guard rename(lock, file) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: lock)
            throw GitError(code: .generic, function: "addPackedReferences", message: "cannot write \(file): \(error)",
                           context: "adding \(references.count) packed references")
        }
    }
}
