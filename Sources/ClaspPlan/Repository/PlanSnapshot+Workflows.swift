import ClaspGit
import ClaspSpec

extension PlanSnapshot {
    /// The workflow files (`workflows/*.yaml`) with their blob ids, sorted by path.
    func workflowFiles() throws -> [(path: String, blob: ObjectID)] {
        guard let folder = try repository.entry(atPath: PlanLayout.workflowsDir, inTree: tree), folder.mode == .tree else { return [] }
        return try repository.readTree(folder.id).filter { $0.mode == .blob && $0.name.hasSuffix(".yaml") }
            .map { ("\(PlanLayout.workflowsDir)/\($0.name)", $0.id) }.sorted { $0.path < $1.path }
    }

    /// The paths of the workflow files (`workflows/*.yaml`), sorted.
    public func workflowPaths() throws -> [String] { try workflowFiles().map(\.path) }

    /// The workflow in one file.
    ///
    /// - Throws: `PlanError.format` naming the file when it does not decode.
    public func workflow(at path: String) throws -> Workflow? {
        try decode(path) { try Workflow.decode($0, file: $1) }
    }

    /// Every workflow installed, with its path and blob id (the `Workflow:` trailer names both), in path order.
    ///
    /// - Throws: `PlanError.format` for the first file that does not decode.
    func installedWorkflows() throws -> [(path: String, blob: ObjectID, workflow: Workflow)] {
        try workflowFiles().compactMap { file in try workflow(at: file.path).map { (file.path, file.blob, $0) } }
    }

    /// Every workflow installed, in path order.
    ///
    /// - Throws: `PlanError.format` for the first file that does not decode.
    public func workflows() throws -> [Workflow] {
        try installedWorkflows().map(\.workflow)
    }

    /// Whether the roster can satisfy the installed workflows (`WorkflowCoverage`).
    ///
    /// - Throws: `PlanError.format` when the roster or a workflow does not decode.
    public func workflowCoverage() throws -> WorkflowCoverage {
        WorkflowCoverage(roster: try roster(), workflows: try workflows())
    }

    /// The ids of the roster blob and the workflows folder: equal ids, equal coverage.
    func governanceIDs() throws -> [ObjectID?] {
        [try repository.entry(atPath: PlanLayout.rosterPath, inTree: tree)?.id,
         try repository.entry(atPath: PlanLayout.workflowsDir, inTree: tree)?.id]
    }
}
