/// Whether a roster can satisfy the workflows installed beside it: whether every proposal
/// anyone may open can be approved by the people on the roster.
///
/// The rule, per stage of every workflow (a stage whose `when` is empty never applies and a
/// workflow that applies to no kind never runs, so neither needs anyone):
/// - a stage needing `n` approvals from a role needs `n` holders who are not the proposal's
///   author. Authors cannot approve their own proposal, so when the role is one that may write
///   the proposals the workflow judges (analysts and administrators for class changes,
///   administrators for roster and workflow changes), or some holder also holds such a role,
///   the stage needs `n + 1` holders: one analyst approval is not satisfiable when the only
///   analyst is the author, so a plan whose analysts draft its changes needs two.
/// - a `majority` stage needs one holder, or three when a holder may be the author (a majority
///   of one or two cannot be reached without the author's own vote; of three it can).
/// - a workflow for roster or workflow changes needs an administrator to open them.
///
/// The number a role needs is the largest its stages need.
public struct WorkflowCoverage: Equatable, Sendable {
    /// A role with fewer holders than the workflows need.
    public struct Gap: Equatable, Sendable, CustomStringConvertible {
        public var role: Role
        /// How many people must hold the role.
        public var needed: Int
        /// How many people on the roster hold it.
        public var holders: Int
        /// Why, one phrase per stage (or workflow) that needs more holders than there are.
        public var reasons: [String]

        /// How many more holders the role needs.
        public var shortfall: Int { needed - holders }

        public var description: String {
            "\(Self.count(needed, role)) needed, the roster has \(holders): \(reasons.joined(separator: "; "))"
        }

        /// "2 analysts", "1 committee member".
        static func count(_ n: Int, _ role: Role) -> String {
            "\(n) \(role == .committee ? "committee member" : role.rawValue)\(n == 1 ? "" : "s")"
        }
    }

    /// Roles without enough holders, in role order; empty when the roster covers every workflow.
    public var gaps: [Gap]

    public var isComplete: Bool { gaps.isEmpty }

    init(gaps: [Gap]) { self.gaps = gaps }

    /// Judges `roster` against `workflows`.
    public init(roster: Roster, workflows: [Workflow]) {
        var needs: [Role: (needed: Int, reasons: [String])] = [:]
        func need(_ role: Role, _ count: Int, _ reason: String) {
            let known = needs[role] ?? (0, [])
            if count > known.needed { needs[role] = (count, [reason]) }
            else if count == known.needed, !known.reasons.contains(reason) { needs[role] = (count, known.reasons + [reason]) }
        }
        for workflow in workflows where !workflow.appliesTo.isEmpty {
            let authors = Self.authorRoles(of: workflow)
            if workflow.appliesTo.contains(where: \.isGovernance) {
                need(.administrator, 1, "workflow '\(workflow.name)': an administrator opens \(Self.kinds(workflow.appliesTo.filter(\.isGovernance))) proposals")
            }
            for stage in workflow.stages where !stage.when.isEmpty {
                let authorMayHold = authors.contains(stage.role)
                    || roster.holders(of: stage.role).contains { !authors.isDisjoint(with: $0.roles) }
                let approvals: String
                let count: Int
                switch stage.approvals {
                case .count(let n):
                    count = n + (authorMayHold ? 1 : 0)
                    approvals = "\(n) approval\(n == 1 ? "" : "s")"
                case .majority:
                    count = authorMayHold ? 3 : 1
                    approvals = "a majority"
                }
                let author = authorMayHold ? ", and the \(stage.role.rawValue) who writes a proposal cannot approve it" : ""
                need(stage.role, count, "stage '\(stage.name)' of workflow '\(workflow.name)' needs \(approvals) from the \(stage.role.rawValue) role\(author)")
            }
        }
        gaps = needs.keys.sorted().compactMap { role in
            let (needed, reasons) = needs[role]!
            let holders = roster.holders(of: role).count
            return holders < needed ? Gap(role: role, needed: needed, holders: holders, reasons: reasons) : nil
        }
    }

    /// The roles whose holders may open proposals of the workflow's kinds.
    static func authorRoles(of workflow: Workflow) -> Set<Role> {
        workflow.appliesTo.reduce(into: Set<Role>()) { roles, kind in
            roles.formUnion(kind.isGovernance ? [.administrator] : [.analyst, .administrator])
        }
    }

    private static func kinds(_ kinds: [ChangeKind]) -> String {
        kinds.map(\.rawValue).joined(separator: " and ")
    }

    /// Why `clasp init` refuses the roster: one line per role short of holders.
    public var refusal: String {
        "the roster cannot satisfy the plan's workflows; add people to it (`clasp init --print-roster-template` prints one that can):\n"
            + gaps.map { "  \($0.role.rawValue): \($0)" }.joined(separator: "\n")
    }

    /// What `clasp check` reports: one finding on `roster.yaml` per role short of holders.
    public var findings: [PlanFinding] {
        gaps.map { PlanFinding(file: PlanLayout.rosterPath, message: "the roster cannot satisfy its workflows: \($0)") }
    }

    /// The gaps of `self` that are new or larger than in `earlier`: what a roster or workflow
    /// change would make worse. A change that narrows a gap without closing it is not worse.
    public func regressions(since earlier: WorkflowCoverage) -> [Gap] {
        gaps.filter { gap in
            guard let before = earlier.gaps.first(where: { $0.role == gap.role }) else { return true }
            return gap.shortfall > before.shortfall
        }
    }
}
