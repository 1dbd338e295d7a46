import Foundation
import Glibc

/// Creating many references at once, straight into `packed-refs`, and moving one with them.
extension Repository {
    /// Adds new references to `packed-refs` in one rewrite of that file, for bulk writers that
    /// create tens of thousands of references (a generated plan's proposal refs): each loose
    /// reference costs a file, a folder and a reflog, which is most of a bulk writer's time.
    ///
    /// - Throws: ``GitError`` as ``addPackedReferences(_:moving:)``.
    package func addPackedReferences(_ references: [(name: String, target: ObjectID)]) throws {
        try addPackedReferences(references, moving: nil)
    }

    /// Adds new references to `packed-refs` and moves one packed reference by compare-and-swap, in
    /// one rewrite of that file: renaming the new file into place commits all of it at once, so a
    /// process killed at any moment leaves every reference as it was or every one as asked.
    ///
    /// Holds `packed-refs.lock` (created exclusively, as git does) while rewriting, so it cannot
    /// interleave with git or libgit2 packing references, and the moved reference's own lock, so
    /// no loose write of it can interleave either. The file is synced to disk before the rename and
    /// the folder after. Writes no reflog entries.
    ///
    /// - Parameters:
    ///   - references: references that must not exist yet.
    ///   - move: a reference that lives only in `packed-refs` (see ``packReferences()``), moved
    ///     from `from` to `to`.
    /// - Throws: ``GitError``: ``GitErrorCode/exists`` when a new name is already a reference;
    ///   ``GitErrorCode/modified`` when the moved reference is loose or not at `from`;
    ///   ``GitErrorCode/locked`` when a lock file is taken (its message names the file, and how to
    ///   recover when a killed process left it); ``GitErrorCode/generic`` when writing fails.
    package func addPackedReferences(_ references: [(name: String, target: ObjectID)],
                                    moving move: (name: String, from: ObjectID, to: ObjectID)?) throws {
        guard !references.isEmpty || move != nil else { return }
        let context = "adding \(references.count) packed references" + (move.map { ", moving \($0.name) to \($0.to)" } ?? "")
        for reference in references where try referenceTarget(reference.name) != nil {
            throw GitError(code: .exists, function: "addPackedReferences", message: "reference \(reference.name) already exists",
                           context: context)
        }
        let file = "\(path)/packed-refs", lock = file + ".lock"
        let descriptor = try createLock(lock, context: context)
        var referenceLock: String?
        defer {
            if let referenceLock { unlink(referenceLock) }
        }
        let body: String
        do {
            if let move {
                // As git does, the folder of the reference's lock is created if packing removed it.
                try? FileManager.default.createDirectory(atPath: ("\(path)/\(move.name)" as NSString).deletingLastPathComponent,
                                                         withIntermediateDirectories: true)
                Glibc.close(try createLock("\(path)/\(move.name).lock", context: context))
                referenceLock = "\(path)/\(move.name).lock"
                guard !FileManager.default.fileExists(atPath: "\(path)/\(move.name)") else {
                    throw GitError(code: .modified, function: "addPackedReferences",
                                   message: "reference '\(move.name)' is a loose reference; pack references first", context: context)
                }
            }
            body = try Self.packedReferences(merging: references, moving: move,
                                             into: (try? String(contentsOfFile: file, encoding: .utf8)) ?? "", context: context)
        } catch {
            Glibc.close(descriptor)
            unlink(lock)
            throw error
        }
        try Self.write(Data(body.utf8), to: descriptor, renaming: lock, to: file, context: context)
    }

    /// Creates `lock` exclusively, as git does; a lock that exists is named in the error, with
    /// git's recovery when it is older than any writer holds one.
    private func createLock(_ lock: String, context: String) throws -> Int32 {
        let descriptor = Glibc.open(lock, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor < 0 else { return descriptor }
        guard errno == EEXIST else {
            throw GitError(code: .generic, function: "addPackedReferences", message: "cannot create \(lock): \(String(cString: strerror(errno)))",
                           context: context)
        }
        let modified = (try? FileManager.default.attributesOfItem(atPath: lock))?[.modificationDate] as? Date
        let age = modified.map { Int(Date().timeIntervalSince($0)) } ?? 0
        let advice = Double(age) > Self.staleLockAge
            ? "if no clasp or git process is working on this plan, delete that file (git's own recovery) and run the command again"
            : "another process is writing; run the command again"
        throw GitError(code: .locked, function: "addPackedReferences", message: "\(lock) exists (left \(age) s ago): \(advice)",
                       context: context)
    }

    /// The new `packed-refs` text: the file's references with `references` added and `move`
    /// applied, in git's sorted order (byte order of the names). Merges rather than re-sorts: the
    /// file is sorted already, and a bulk writer rewrites it with over 100,000 references.
    private static func packedReferences(merging references: [(name: String, target: ObjectID)],
                                         moving move: (name: String, from: ObjectID, to: ObjectID)?,
                                         into existing: String, context: String) throws -> String {
        func precedes(_ a: Substring, _ b: Substring) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        // Each entry keeps its peeled line (`^<id>`, for an annotated tag) with it.
        var old: [(name: Substring, text: Substring)] = []
        var sorted = false
        for line in existing.split(separator: "\n") {
            if line.hasPrefix("#") { sorted = line.contains(" sorted"); continue }
            if line.hasPrefix("^"), let last = old.popLast() {
                old.append((last.name, existing[last.text.startIndex..<line.endIndex]))
                continue
            }
            guard let space = line.firstIndex(of: " ") else { continue }
            old.append((line[line.index(after: space)...], line))
        }
        if !sorted { old.sort { precedes($0.name, $1.name) } }
        if let move {
            guard let index = old.firstIndex(where: { $0.name == move.name }) else {
                throw GitError(code: .modified, function: "addPackedReferences",
                               message: "reference '\(move.name)' is not in packed-refs but was expected to point at \(move.from)", context: context)
            }
            guard old[index].text.hasPrefix(move.from.hex + " ") else {
                throw GitError(code: .modified, function: "addPackedReferences",
                               message: "reference '\(move.name)' points at \(old[index].text.prefix(40)), not at \(move.from)", context: context)
            }
            old[index].text = Substring("\(move.to.hex) \(move.name)")
        }
        let new = references.map { (name: Substring($0.name), text: Substring("\($0.target.hex) \($0.name)")) }.sorted { precedes($0.name, $1.name) }
        var out = "# pack-refs with: peeled fully-peeled sorted \n"
        out.reserveCapacity(existing.utf8.count + new.count * 80)
        var i = old.startIndex, j = new.startIndex
        while i < old.endIndex || j < new.endIndex {
            if j == new.endIndex || (i < old.endIndex && precedes(old[i].name, new[j].name)) {
                out += old[i].text; i += 1
            } else if i < old.endIndex && old[i].name == new[j].name {
                throw GitError(code: .exists, function: "addPackedReferences", message: "reference \(new[j].name) already exists", context: context)
            } else {
                out += new[j].text; j += 1
            }
            out += "\n"
        }
        return out
    }

    /// Writes `data` to the open lock file, syncs it, renames it over `file` and syncs the folder.
    /// Closes `descriptor`, and removes the lock file when it fails before the rename.
    private static func write(_ data: Data, to descriptor: Int32, renaming lock: String, to file: String, context: String) throws {
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            Glibc.close(descriptor)
            unlink(lock)
            throw GitError(code: .generic, function: "addPackedReferences", message: "cannot write \(lock): \(error)", context: context)
        }
        Glibc.close(descriptor)
        guard rename(lock, file) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(lock)
            throw GitError(code: .generic, function: "addPackedReferences", message: "cannot rename \(lock): \(reason)", context: context)
        }
        try syncToDisk([(file as NSString).deletingLastPathComponent], context: context)
    }

    /// `fsync`s each file or folder: what a rename or a new file in a folder needs to survive a
    /// power cut, not only a killed process.
    static func syncToDisk(_ paths: [String], context: String) throws {
        for path in paths {
            let descriptor = Glibc.open(path, O_RDONLY)
            guard descriptor >= 0, fsync(descriptor) == 0 else {
                let reason = String(cString: strerror(errno))
                if descriptor >= 0 { Glibc.close(descriptor) }
                throw GitError(code: .generic, function: "fsync", message: "cannot sync \(path) to disk: \(reason)", context: context)
            }
            Glibc.close(descriptor)
        }
    }
}
