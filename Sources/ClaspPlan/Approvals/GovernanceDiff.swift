/// The semantic diff of a governance file: `roster.yaml` or one `workflows/*.yaml`.
public enum GovernanceDiff: Equatable, Sendable {
    case roster(RosterDiff)
    case workflow(WorkflowDiff)

    /// One change as the reports show it: a stable code, the sentence, and whom or which stage
    /// it concerns.
    public struct Line: Equatable, Sendable {
        public var code: String
        public var summary: String
        public var person: String?
        public var stage: String?
    }

    public var lines: [Line] {
        switch self {
        case .roster(let diff): return diff.changes.map { Line(code: $0.code, summary: $0.description, person: $0.person) }
        case .workflow(let diff): return diff.changes.map { Line(code: $0.code, summary: $0.description, stage: $0.stage) }
        }
    }

    /// The diff between two versions of the file at `path` (nil text: absent), or nil when the
    /// path is not a governance file or a side does not decode (the proposal's own checks
    /// report that).
    public static func compare(path: String, old: String?, new: String?) -> GovernanceDiff? {
        if path == PlanLayout.rosterPath {
            guard let before = try? old.map({ try Roster.decode($0, file: path) }) ?? Roster(),
                  let after = try? new.map({ try Roster.decode($0, file: path) }) ?? Roster() else { return nil }
            return .roster(RosterDiff(from: before, to: after))
        }
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[0] == PlanLayout.workflowsDir, parts[1].hasSuffix(".yaml") else { return nil }
        func workflow(_ text: String?) -> Workflow?? {
            guard let text else { return .some(nil) }
            return (try? Workflow.decode(text, file: path)).map { .some($0) }
        }
        guard let before = workflow(old), let after = workflow(new) else { return nil }
        return .workflow(WorkflowDiff(from: before, to: after))
    }
}
