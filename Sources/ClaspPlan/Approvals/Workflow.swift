public import ClaspSpec

/// An approval workflow in force: the content of one `workflows/<name>.yaml`.
///
/// A workflow applies to some change kinds; each of its stages names the role that votes, how
/// many approvals it needs, and the semantic-diff categories that make it apply.
public struct Workflow: Equatable, Sendable {
    /// Which earlier votes survive a revision.
    public enum CarryVotes: String, Sendable, CaseIterable {
        /// Every revision clears the votes.
        case none
        /// Votes survive when the change since the vote is editorial only.
        case editorial
        /// Votes survive every revision.
        case all
    }

    /// How many approvals a stage needs.
    public enum Approvals: Equatable, Sendable, CustomStringConvertible {
        case count(Int)
        /// More than half of the roster's holders of the stage's role.
        case majority

        /// The number needed given how many people hold the role.
        public func needed(holders: Int) -> Int {
            switch self {
            case .count(let n): return n
            case .majority: return holders / 2 + 1
            }
        }

        public var description: String {
            switch self {
            case .count(let n): return String(n)
            case .majority: return "majority"
            }
        }
    }

    public struct Stage: Equatable, Sendable {
        public var name: String
        public var role: Role
        public var approvals: Approvals
        /// The categories that make the stage apply.
        public var when: [ChangeCategory]
        /// Whether one rejection rejects the stage whatever the approvals (`veto: true`).
        public var veto: Bool
        /// Days the stage's voters have once it opens (`due-days: N`); nil for no due date.
        public var dueDays: Int?

        public init(name: String, role: Role, approvals: Approvals, when: [ChangeCategory], veto: Bool = false, dueDays: Int? = nil) {
            self.name = name; self.role = role; self.approvals = approvals; self.when = when; self.veto = veto
            self.dueDays = dueDays
        }

        public func applies(to categories: Set<ChangeCategory>) -> Bool {
            !categories.isDisjoint(with: when)
        }
    }

    public var name: String
    public var description: String?
    public var appliesTo: [ChangeKind]
    public var carryVotes: CarryVotes
    /// Whether every stage takes votes at once (`parallel: true`); by default a stage opens only
    /// when the stages before it have passed.
    public var parallel: Bool
    /// Whether an administrator's bootstrap import may still write classes after the plan's
    /// first adoption (`administrator-imports: allowed`); by default such an import is refused,
    /// and one recorded with an override reason is an audit finding.
    public var allowsAdministratorImports: Bool
    public var stages: [Stage]

    public init(name: String, description: String? = nil, appliesTo: [ChangeKind], carryVotes: CarryVotes,
                parallel: Bool = false, allowsAdministratorImports: Bool = false, stages: [Stage]) {
        self.name = name; self.description = description; self.appliesTo = appliesTo
        self.carryVotes = carryVotes; self.parallel = parallel; self.allowsAdministratorImports = allowsAdministratorImports
        self.stages = stages
    }
}
