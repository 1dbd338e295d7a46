import ClaspGit
import ClaspSpec

/// Validates a whole plan tree: every file readable and well-formed, names matching content,
/// and lineage consistent. Reports every finding rather than stopping at the first, so one run
/// of `clasp check` gives an analyst the whole list.
public struct PlanChecker {
    public init() {}

    /// Checks the snapshot, and that its roster can satisfy its workflows (`WorkflowCoverage`).
    ///
    /// - Returns: findings in path order; empty when the plan is sound.
    public func check(_ snapshot: PlanSnapshot) throws -> [PlanFinding] {
        var records: [ObjectID: ClassRecord?] = [:]
        let findings = try check(snapshot, onlyClasses: nil, records: &records)
        // A roster or workflow that does not decode is already a finding of its own.
        guard let coverage = try? snapshot.workflowCoverage() else { return findings }
        return (findings + coverage.findings).sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
    }

    /// Checks the snapshot, but of the classes not in `onlyClasses` (all when nil) only what
    /// other classes' lineage needs: their records, decoded once per folder tree into `records`
    /// (nil for a record that does not decode, which leaves the class out of lineage as `check`
    /// does). Their own findings are not reported.
    func check(_ snapshot: PlanSnapshot, onlyClasses: Set<String>?, records: inout [ObjectID: ClassRecord?]) throws -> [PlanFinding] {
        var findings: [PlanFinding] = []
        func note(_ error: any Error, file: String) {
            if case PlanError.format(let format) = error {
                findings.append(PlanFinding(file: format.file ?? file, line: format.line,
                                            message: SpecFormatError(field: format.field, problem: format.problem)
                                                .description.replacingPrefix("<input>: ", with: "")))
            } else {
                findings.append(PlanFinding(file: file, message: String(describing: error)))
            }
        }
        do { _ = try snapshot.config() } catch { note(error, file: PlanLayout.configPath) }
        do { _ = try snapshot.roster() } catch { note(error, file: PlanLayout.rosterPath) }
        for path in try snapshot.workflowPaths() {
            do { _ = try snapshot.workflow(at: path) } catch { note(error, file: path) }
        }
        for entry in try snapshot.repository.readTree(snapshot.tree) {
            switch entry.name {
            case PlanLayout.configPath, PlanLayout.rosterPath, PlanLayout.workflowsDir, PlanLayout.classesDir: continue
            default:
                findings.append(PlanFinding(file: entry.name, message: "unexpected entry at the top of the plan"))
            }
        }
        var lineageClasses: [LineageClass] = []
        for (id, folderTree) in try classFolders(snapshot) {
            let folder = PlanLayout.classDir(id)
            if let onlyClasses, !onlyClasses.contains(id) {
                guard Slug.isValid(id) else { continue }
                if records[folderTree] == nil { records[folderTree] = .some(try? snapshot.classRecord(id)) }
                // Version titles matter only to the class's own findings, which are not reported.
                if let record = records[folderTree] ?? nil { lineageClasses.append(LineageClass(record: record)) }
                continue
            }
            guard Slug.isValid(id) else {
                findings.append(PlanFinding(file: folder, message: PlanError.invalidClassID(id).description))
                continue
            }
            var record: ClassRecord?
            do {
                record = try snapshot.classRecord(id)
                if try snapshot.text(at: PlanLayout.classFile(id)) == nil {
                    findings.append(PlanFinding(file: PlanLayout.classFile(id), message: "missing: every class needs a class.yaml with its lineage events"))
                } else if let record, record.id != id {
                    findings.append(PlanFinding(file: PlanLayout.classFile(id), message: "id '\(record.id)' differs from the folder name '\(id)'"))
                }
            } catch { note(error, file: PlanLayout.classFile(id)) }
            var titles: [VersionTitle] = []
            for name in try fileNames(snapshot, folder: folder) where name != PlanLayout.classFileName {
                let path = "\(folder)/\(name)"
                guard let date = PlanLayout.effectiveDate(fromFileName: name) else {
                    findings.append(PlanFinding(file: path, message: "unexpected file: version files are named YYYY-MM-DD.yaml after a real date"))
                    continue
                }
                do {
                    let version = try snapshot.version(id, effective: date)
                    if version.effective != date {
                        findings.append(PlanFinding(file: path, message: "effective date \(version.effective) differs from the file name's \(date)"))
                    }
                    titles.append(VersionTitle(effective: date, title: version.title))
                } catch { note(error, file: path) }
            }
            if let record { lineageClasses.append(LineageClass(record: record, versions: titles)) }
        }
        findings += LineageChecker().check(lineageClasses).map { finding in
            PlanFinding(file: finding.file, message: finding.description.replacingPrefix(finding.file + ": ", with: ""))
        }
        return findings.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
    }

    /// The entries of `classes/` by name, with their ids, in name order.
    func classFolders(_ snapshot: PlanSnapshot) throws -> [(name: String, id: ObjectID)] {
        guard let classes = try snapshot.repository.entry(atPath: PlanLayout.classesDir, inTree: snapshot.tree) else { return [] }
        return try snapshot.repository.readTree(classes.id).map { ($0.name, $0.id) }.sorted { $0.name < $1.name }
    }

    private func fileNames(_ snapshot: PlanSnapshot, folder: String) throws -> [String] {
        guard let entry = try snapshot.repository.entry(atPath: folder, inTree: snapshot.tree), entry.mode == .tree else { return [] }
        return try snapshot.repository.readTree(entry.id).map(\.name).sorted()
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
