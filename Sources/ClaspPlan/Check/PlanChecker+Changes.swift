import ClaspGit
import ClaspSpec

extension PlanChecker {
    /// The findings `check(head)` reports that `check(base)` does not (compared by description):
    /// what a proposal would add to the plan's problems, and what `clasp propose` refuses.
    ///
    /// Reads only what a difference can come from, so opening a proposal on a plan of
    /// thousands of classes does not decode every version twice:
    /// - a class's own findings depend only on its folder, so only folders whose tree differs
    ///   between the two snapshots are checked in full; an unchanged folder's findings are the same
    ///   on both sides and would cancel;
    /// - lineage findings can land in any class (an edge removed in one class leaves the other
    ///   end one-sided), so lineage is checked over every class's record on both sides; it reads a
    ///   version's title only for that class's own title findings, so unchanged classes are given
    ///   to it without titles. Each unchanged record is decoded once for both sides.
    /// - the top-level files are checked in full: there are only three.
    /// - whether the roster can satisfy the workflows (`WorkflowCoverage`) is compared role by
    ///   role, and only when the roster or a workflow changed: a role left with fewer holders
    ///   than its stages need, or further short than before, is a new finding, so a roster
    ///   change cannot leave the plan unable to approve its own proposals, while one that
    ///   narrows an old shortfall is not refused for the part it leaves.
    public func newFindings(from base: PlanSnapshot, to head: PlanSnapshot) throws -> [PlanFinding] {
        let before = Dictionary(try classFolders(base), uniquingKeysWith: { first, _ in first })
        let after = Dictionary(try classFolders(head), uniquingKeysWith: { first, _ in first })
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        var records: [ObjectID: ClassRecord?] = [:]
        let known = Set(try check(base, onlyClasses: changed, records: &records).map(\.description))
        let new = try check(head, onlyClasses: changed, records: &records).filter { !known.contains($0.description) }
        return new + (try coverageRegressions(from: base, to: head))
    }

    /// The coverage findings of `head` that are new or worse than on `base`.
    func coverageRegressions(from base: PlanSnapshot, to head: PlanSnapshot) throws -> [PlanFinding] {
        guard try base.governanceIDs() != head.governanceIDs(),
              let after = try? head.workflowCoverage() else { return [] }
        let earlier = (try? base.workflowCoverage()) ?? WorkflowCoverage(roster: Roster(), workflows: [])
        return WorkflowCoverage(gaps: after.regressions(since: earlier)).findings
    }
}
