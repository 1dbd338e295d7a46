public import ClaspGit
public import ClaspSpec
import Foundation

/// The plan as one commit's tree holds it. Effective-time questions ("what was in effect on D")
/// are answered from a single snapshot: they read one tree, never walk history.
public final class PlanSnapshot {
    /// The commit whose tree this is.
    public let commit: CommitInfo
    let repository: Repository

    init(repository: Repository, commit: CommitInfo) {
        self.repository = repository
        self.commit = commit
    }

    public var tree: ObjectID { commit.treeID }

    /// Reads a UTF-8 file of the tree, or nil when absent.
    public func text(at path: String) throws -> String? {
        guard let data = try repository.blob(atPath: path, inTree: tree) else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanError.format(SpecFormatError(file: path, problem: .unreadable("file is not UTF-8 text")))
        }
        return text
    }

    /// Runs a decoder over a file, attributing format errors to the file's plan path.
    func decode<T>(_ path: String, _ decoder: (String, String) throws -> T) throws -> T? {
        guard let text = try text(at: path) else { return nil }
        do {
            return try decoder(text, path)
        } catch let error as SpecFormatError {
            throw PlanError.format(error.inFile(path))
        }
    }

    public func config() throws -> PlanConfig {
        guard let config = try decode(PlanLayout.configPath, { try PlanConfig.decode($0, file: $1) }) else {
            throw PlanError.notAPlan(path: repository.path, reason: "no \(PlanLayout.configPath) in commit \(commit.id)")
        }
        return config
    }

    public func roster() throws -> Roster {
        try decode(PlanLayout.rosterPath, { try Roster.decode($0, file: $1) }) ?? Roster()
    }

    /// Ids of every class folder, sorted.
    public func classIDs() throws -> [String] {
        guard let classes = try repository.entry(atPath: PlanLayout.classesDir, inTree: tree), classes.mode == .tree else {
            return []
        }
        return try repository.readTree(classes.id).filter { $0.mode == .tree }.map(\.name).sorted()
    }

    public func hasClass(_ id: String) throws -> Bool {
        guard Slug.isValid(id) else { return false }
        return try repository.entry(atPath: PlanLayout.classDir(id), inTree: tree)?.mode == .tree
    }

    /// The class's identity and lineage file.
    ///
    /// - Throws: `PlanError.unknownClass`, or `PlanError.format` for an unreadable file.
    public func classRecord(_ id: String) throws -> ClassRecord {
        try requireClass(id)
        guard let record = try decode(PlanLayout.classFile(id), { try ClassRecordCodec.decode($0, file: $1) }) else {
            return ClassRecord(id: id)
        }
        return record
    }

    /// The effective dates of the class's versions, oldest first.
    public func effectiveDates(_ id: String) throws -> [PlanDate] {
        try requireClass(id)
        guard let folder = try repository.entry(atPath: PlanLayout.classDir(id), inTree: tree) else { return [] }
        return try repository.readTree(folder.id)
            .compactMap { $0.mode == .blob ? PlanLayout.effectiveDate(fromFileName: $0.name) : nil }
            .sorted()
    }

    /// The version effective from exactly `date`.
    public func version(_ id: String, effective date: PlanDate) throws -> SpecVersion {
        try requireClass(id)
        let path = PlanLayout.versionFile(id, date)
        guard let version = try decode(path, { try SpecVersionCodec.decode($0, file: $1) }) else {
            throw PlanError.noVersion(classID: id, effective: date)
        }
        return version
    }

    /// The version in effect on `date`: the one with the greatest effective date on or before it.
    ///
    /// - Throws: `PlanError.noVersionInEffect` when every version starts later (or there is none).
    public func versionInEffect(_ id: String, on date: PlanDate) throws -> EffectiveVersion {
        let dates = try effectiveDates(id)
        guard let index = dates.lastIndex(where: { $0 <= date }) else {
            throw PlanError.noVersionInEffect(classID: id, on: date, firstEffective: dates.first)
        }
        let next = index + 1 < dates.count ? dates[index + 1] : nil
        return EffectiveVersion(classID: id, spec: try version(id, effective: dates[index]), until: next)
    }

    /// The blob id of a file, for telling whether two snapshots hold the same bytes.
    public func fileID(_ path: String) throws -> ObjectID? {
        try repository.entry(atPath: path, inTree: tree)?.id
    }

    private func requireClass(_ id: String) throws {
        guard try hasClass(id) else {
            if !Slug.isValid(id) { throw PlanError.invalidClassID(id) }
            throw PlanError.unknownClass(id)
        }
    }
}

@available(*, unavailable)
extension PlanSnapshot: Sendable {}

/// A version together with the span of time it governs.
public struct EffectiveVersion: Equatable, Sendable {
    public var classID: String
    public var spec: SpecVersion
    /// The day the next version takes effect; nil when this one is the latest.
    public var until: PlanDate?

    public var effective: PlanDate { spec.effective }
}
