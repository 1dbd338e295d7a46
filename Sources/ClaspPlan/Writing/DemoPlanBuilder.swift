import ClaspGit
import ClaspSpec
import ClaspTrailers
public import Foundation

/// Turns a folder of plan files (the project's `Repo/<plan>/`) into a real plan repository with
/// a believable recorded history: the plan's creation, then its lineage, then one bootstrap
/// import per version in effective-date order; then the proposals scripted in `proposals.yaml`
/// (opened, voted on and adopted at their recorded times).
///
/// Recorded times are fixed (from `recordedFrom`, one minute apart), so the same sources always
/// give the same commit ids.
public struct DemoPlanBuilder {
    public var recordedFrom: Date

    /// 2026-01-05 17:00 UTC: the morning the demo agency started using Clasp.
    public init(recordedFrom: Date = Date(timeIntervalSince1970: 1_767_632_400)) {
        self.recordedFrom = recordedFrom
    }

    /// Builds one plan.
    ///
    /// - Parameters:
    ///   - source: a folder holding `clasp.yaml`, `roster.yaml`, `workflows/` and `classes/`.
    ///   - destination: where the bare repository is created (must not exist or be empty).
    /// - Returns: the new plan.
    /// - Throws: `PlanError` or `SpecFormatError` (wrapped) naming the offending source file.
    public func build(from source: URL, into destination: URL) throws -> Plan {
        let files = try PlanSourceFolder(root: source)
        let config = try files.decode(PlanLayout.configPath) { try PlanConfig.decode($0, file: $1) }
        let roster = try files.decode(PlanLayout.rosterPath) { try Roster.decode($0, file: $1) }
        guard let admin = roster.holders(of: .administrator).first else {
            throw PlanError.invalidInput("\(source.path)/roster.yaml names no administrator to record the demo")
        }
        var clock = recordedFrom
        func tick() -> Date { defer { clock += 60 }; return clock }

        let workflows = try files.paths(under: PlanLayout.workflowsDir)
        var extra: [String: String] = [:]
        for path in workflows { extra[path] = try files.text(path) }
        let plan = try Plan.create(at: destination.path, config: config, roster: roster, files: extra, by: admin, at: tick())

        let classFiles = try files.paths(under: PlanLayout.classesDir)
        let lineage = try classFiles.filter { $0.hasSuffix("/" + PlanLayout.classFileName) }.map { path in
            PlanFileWrite(path: path, content: ClassRecordCodec.encode(try files.decode(path) { try ClassRecordCodec.decode($0, file: $1) }))
        }
        if !lineage.isEmpty {
            try plan.record(lineage, message: "Record the lineage of \(lineage.count) classes\n\nBootstrap import of the agency's lineage chart; not an adoption.",
                            trailers: [Trailer(.change, "import lineage"),
                                       Trailer(.bootstrap, "administrator import, not an adoption")],
                            by: admin, timeZone: config.timeZone, at: tick(), expectedHead: try plan.mainHead())
        }
        var requests: [ImportRequest] = []
        for path in classFiles {
            let parts = path.split(separator: "/")
            guard parts.count == 3, PlanLayout.effectiveDate(fromFileName: String(parts[2])) != nil else { continue }
            let version = try files.decode(path) { try SpecVersionCodec.decode($0, file: $1) }
            requests.append(ImportRequest(classID: String(parts[1]), version: version, source: "Repo/\(source.lastPathComponent)/\(path)"))
        }
        for request in requests.sorted(by: { ($0.version.effective, $0.classID) < ($1.version.effective, $1.classID) }) {
            _ = try plan.importVersions([request], by: admin.id, at: tick())
        }
        try DemoProposalScript.read(files).replay(on: plan, from: files)
        return plan
    }
}

/// Read access to a plan laid out as ordinary files on disk.
struct PlanSourceFolder {
    let root: URL

    init(root: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PlanError.invalidInput("\(root.path) is not a folder of plan files")
        }
        self.root = root
    }

    func text(_ path: String) throws -> String {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PlanError.invalidInput("\(url.path) is missing")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PlanError.format(SpecFormatError(file: url.path, problem: .unreadable("file is not UTF-8 text")))
        }
        return text
    }

    func decode<T>(_ path: String, _ decoder: (String, String) throws -> T) throws -> T {
        let text = try text(path)
        do {
            return try decoder(text, root.appendingPathComponent(path).path)
        } catch let error as SpecFormatError {
            throw PlanError.format(error)
        }
    }

    /// Plan paths of the regular files below `folder`, sorted; hidden files are skipped.
    func paths(under folder: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if name.hasPrefix(".") || isDirectory.boolValue { continue }
            found.append("\(folder)/\(relative)")
        }
        return found.sorted()
    }
}
