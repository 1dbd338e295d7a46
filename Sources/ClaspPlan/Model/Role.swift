/// What a person may do in a plan. Roles come from the plan's roster, so every tool that
/// reads the plan applies the same rules.
public enum Role: String, Equatable, Hashable, Sendable, CaseIterable, Comparable {
    /// Drafts and proposes changes; approves editorial fixes.
    case analyst
    /// The HR committee: approves substantive revisions.
    case committee
    /// The civil service commission: approves FLSA, pay, title and lineage changes.
    case commissioner
    /// Reads everything, changes nothing.
    case auditor
    /// Administers the plan: bootstrap imports, adoption, roster and workflow changes.
    case administrator

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
