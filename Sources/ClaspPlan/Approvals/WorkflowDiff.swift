public import ClaspSpec

/// What a workflow change does: the workflow added or removed, its kinds, carry-votes rule,
/// parallel and administrator-imports settings and description, and its stages (matched by name)
/// added, removed, reordered or changed in role, approvals, veto or the categories that make
/// them apply.
public struct WorkflowDiff: Equatable, Sendable {
    /// One change to a workflow.
    public enum Change: Equatable, Sendable, CustomStringConvertible {
        case workflowAdded(name: String)
        case workflowRemoved(name: String)
        case renamed(from: String, to: String)
        case descriptionChanged(from: String?, to: String?)
        case kindsAdded([ChangeKind])
        case kindsRemoved([ChangeKind])
        case carryVotesChanged(from: Workflow.CarryVotes, to: Workflow.CarryVotes)
        /// `parallel`: whether every stage takes votes at once.
        case parallelChanged(to: Bool)
        /// `administrator-imports`: whether bootstrap imports stay allowed after the first adoption.
        case administratorImportsChanged(allowed: Bool)
        case stageAdded(Workflow.Stage)
        case stageRemoved(Workflow.Stage)
        case roleChanged(stage: String, from: Role, to: Role)
        case approvalsChanged(stage: String, from: Workflow.Approvals, to: Workflow.Approvals)
        case categoriesAdded(stage: String, [ChangeCategory])
        case categoriesRemoved(stage: String, [ChangeCategory])
        case vetoChanged(stage: String, to: Bool)
        case dueDaysChanged(stage: String, from: Int?, to: Int?)
        case stagesReordered(from: [String], to: [String])

        /// A short stable name for the kind of change (JSON).
        public var code: String {
            switch self {
            case .workflowAdded: return "workflow-added"
            case .workflowRemoved: return "workflow-removed"
            case .renamed: return "name-changed"
            case .descriptionChanged: return "description-changed"
            case .kindsAdded: return "applies-to-added"
            case .kindsRemoved: return "applies-to-removed"
            case .carryVotesChanged: return "carry-votes-changed"
            case .parallelChanged: return "parallel-changed"
            case .administratorImportsChanged: return "administrator-imports-changed"
            case .stageAdded: return "stage-added"
            case .stageRemoved: return "stage-removed"
            case .roleChanged: return "stage-role-changed"
            case .approvalsChanged: return "stage-approvals-changed"
            case .categoriesAdded: return "stage-when-added"
            case .categoriesRemoved: return "stage-when-removed"
            case .vetoChanged: return "stage-veto-changed"
            case .dueDaysChanged: return "stage-due-days-changed"
            case .stagesReordered: return "stages-reordered"
            }
        }

        /// The stage changed, for stage changes.
        public var stage: String? {
            switch self {
            case .stageAdded(let stage), .stageRemoved(let stage): return stage.name
            case .roleChanged(let stage, _, _), .approvalsChanged(let stage, _, _),
                 .categoriesAdded(let stage, _), .categoriesRemoved(let stage, _), .vetoChanged(let stage, _),
                 .dueDaysChanged(let stage, _, _): return stage
            default: return nil
            }
        }

        /// "added stage 'commission': a majority of commissioners, when title, pay".
        public var description: String {
            switch self {
            case .workflowAdded(let name): return "added workflow '\(name)'"
            case .workflowRemoved(let name): return "removed workflow '\(name)'"
            case let .renamed(from, to): return "renamed the workflow from '\(from)' to '\(to)'"
            case let .descriptionChanged(_, to): return to.map { "description now: \($0)" } ?? "removed the description"
            case .kindsAdded(let kinds): return "now applies to \(WorkflowDiff.words(kinds.map(\.rawValue)))"
            case .kindsRemoved(let kinds): return "no longer applies to \(WorkflowDiff.words(kinds.map(\.rawValue)))"
            case let .carryVotesChanged(from, to): return "carry-votes changed from \(from.rawValue) to \(to.rawValue)"
            case .parallelChanged(let parallel):
                return parallel ? "stages now take votes at once (parallel)" : "stages now take votes in order (not parallel)"
            case .administratorImportsChanged(let allowed):
                return allowed ? "administrator imports now allowed after the first adoption"
                    : "administrator imports now refused after the first adoption"
            case .stageAdded(let stage): return "added stage '\(stage.name)': \(WorkflowDiff.phrase(stage))"
            case .stageRemoved(let stage): return "removed stage '\(stage.name)' (\(WorkflowDiff.phrase(stage)))"
            case let .roleChanged(stage, from, to): return "stage '\(stage)': role changed from \(from.rawValue) to \(to.rawValue)"
            case let .approvalsChanged(stage, from, to): return "stage '\(stage)': approvals changed from \(from) to \(to)"
            case let .categoriesAdded(stage, categories): return "stage '\(stage)': now also when \(WorkflowDiff.words(categories.map(\.rawValue)))"
            case let .categoriesRemoved(stage, categories): return "stage '\(stage)': no longer when \(WorkflowDiff.words(categories.map(\.rawValue)))"
            case let .vetoChanged(stage, veto): return veto ? "stage '\(stage)': one rejection now vetoes it" : "stage '\(stage)': no longer a veto"
            case let .dueDaysChanged(stage, _, to):
                return to.map { "stage '\(stage)': due \($0) day\($0 == 1 ? "" : "s") after it opens" } ?? "stage '\(stage)': no longer has a due date"
            case let .stagesReordered(from, to): return "stages reordered: \(to.joined(separator: ", ")) (was \(from.joined(separator: ", ")))"
            }
        }
    }

    public var changes: [Change]

    public var isEmpty: Bool { changes.isEmpty }

    /// Compares two versions of a workflow file; nil on one side is a file added or removed.
    public init(from old: Workflow?, to new: Workflow?) {
        var changes: [Change] = []
        switch (old, new) {
        case (nil, nil): break
        case (nil, let new?):
            changes.append(.workflowAdded(name: new.name))
            changes += Self.fields(from: Workflow(name: new.name, appliesTo: [], carryVotes: .none, stages: []), to: new)
        case (let old?, nil):
            changes.append(.workflowRemoved(name: old.name))
        case (let old?, let new?):
            changes = Self.fields(from: old, to: new)
        }
        self.changes = changes
    }

    private static func fields(from old: Workflow, to new: Workflow) -> [Change] {
        var changes: [Change] = []
        if old.name != new.name { changes.append(.renamed(from: old.name, to: new.name)) }
        if old.description != new.description { changes.append(.descriptionChanged(from: old.description, to: new.description)) }
        let added = new.appliesTo.filter { !old.appliesTo.contains($0) }
        let removed = old.appliesTo.filter { !new.appliesTo.contains($0) }
        if !added.isEmpty { changes.append(.kindsAdded(added)) }
        if !removed.isEmpty { changes.append(.kindsRemoved(removed)) }
        if old.carryVotes != new.carryVotes { changes.append(.carryVotesChanged(from: old.carryVotes, to: new.carryVotes)) }
        if old.parallel != new.parallel { changes.append(.parallelChanged(to: new.parallel)) }
        if old.allowsAdministratorImports != new.allowsAdministratorImports {
            changes.append(.administratorImportsChanged(allowed: new.allowsAdministratorImports))
        }
        let oldNames = old.stages.map(\.name), newNames = new.stages.map(\.name)
        for stage in old.stages where !newNames.contains(stage.name) { changes.append(.stageRemoved(stage)) }
        for after in new.stages {
            guard let before = old.stages.first(where: { $0.name == after.name }) else {
                changes.append(.stageAdded(after)); continue
            }
            if before.role != after.role { changes.append(.roleChanged(stage: after.name, from: before.role, to: after.role)) }
            if before.approvals != after.approvals { changes.append(.approvalsChanged(stage: after.name, from: before.approvals, to: after.approvals)) }
            let more = after.when.filter { !before.when.contains($0) }
            let fewer = before.when.filter { !after.when.contains($0) }
            if !more.isEmpty { changes.append(.categoriesAdded(stage: after.name, more)) }
            if !fewer.isEmpty { changes.append(.categoriesRemoved(stage: after.name, fewer)) }
            if before.veto != after.veto { changes.append(.vetoChanged(stage: after.name, to: after.veto)) }
            if before.dueDays != after.dueDays { changes.append(.dueDaysChanged(stage: after.name, from: before.dueDays, to: after.dueDays)) }
        }
        // Order decides which stage is awaited first; only the order of stages on both sides counts.
        let keptBefore = oldNames.filter(newNames.contains), keptAfter = newNames.filter(oldNames.contains)
        if keptBefore != keptAfter { changes.append(.stagesReordered(from: keptBefore, to: keptAfter)) }
        return changes
    }

    /// "1 analyst approval when editorial, title", "a majority of commissioners when other".
    static func phrase(_ stage: Workflow.Stage) -> String {
        let approvals: String
        switch stage.approvals {
        case .count(let n): approvals = "\(n) \(stage.role.rawValue) approval\(n == 1 ? "" : "s")"
        case .majority: approvals = "a majority of the \(stage.role.rawValue) role"
        }
        return "\(approvals)\(stage.veto ? " (veto)" : "")\(stage.dueDays.map { ", due in \($0) day\($0 == 1 ? "" : "s")" } ?? ""), when \(stage.when.isEmpty ? "never" : stage.when.map(\.rawValue).joined(separator: ", "))"
    }

    static func words(_ items: [String]) -> String { RosterDiff.list(items) }
}
