/// Who acts in a generated plan: an analyst proposes and adopts, and each stage's votes come
/// from the first holders of its role (never the author) in roster order, as many as it needs.
struct GeneratedCast {
    let roster: Roster
    let author: Person
    let adopter: Person

    static let voteComment = "Reviewed against the classification standards."

    init(roster: Roster) throws {
        guard let analyst = roster.holders(of: .analyst).first else {
            throw PlanError.invalidInput("a generated plan's roster needs an analyst to propose and adopt")
        }
        self.roster = roster
        author = analyst
        adopter = analyst
    }

    /// The votes that satisfy `stages`, in stage order.
    func voters(for stages: [Workflow.Stage]) throws -> [(stage: Workflow.Stage, voter: Person)] {
        try stages.flatMap { stage in
            let holders = roster.holders(of: stage.role)
            let needed = stage.approvals.needed(holders: holders.count)
            let eligible = holders.filter { $0.id != author.id }
            guard eligible.count >= needed else {
                throw PlanError.invalidInput("stage '\(stage.name)' needs \(needed) approvals but the roster has \(eligible.count) eligible \(stage.role.rawValue)s")
            }
            return eligible.prefix(needed).map { (stage, $0) }
        }
    }
}
