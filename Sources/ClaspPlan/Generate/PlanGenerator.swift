package import ClaspGit
import ClaspSpec
import Foundation

/// Generates a realistic classification plan of any size, deterministically: the same options
/// and seed give the same files, the same commits and the same `main` commit id.
///
/// For benchmarks and tests of scale. Classes get spec texts of realistic length, series
/// levels, FLSA status and pay bands; lineage has retitles, merges into new classes, splits and
/// abolitions, recorded at both ends so `clasp check` finds nothing. Changes are recorded in
/// effective-date order with fixed, increasing recorded times, each as a proposal an analyst
/// opens, the stages its routing picks approve, and the analyst adopts: every commit on `main`
/// after the plan's creation is an adoption `clasp audit verify` accepts.
package struct PlanGenerator: Sendable {
    package struct Options: Equatable, Sendable {
        /// Class folders in all, counting the classes merges and splits create.
        package var classes: Int
        /// Versions per class (fewer for a class whose life is too short).
        package var versionsPerClass: Int
        /// Lineage events: about three fifths merges, splits and abolitions, the rest retitles.
        package var lineageEvents: Int
        package var seed: UInt64

        package init(classes: Int, versionsPerClass: Int, lineageEvents: Int? = nil, seed: UInt64 = 1) {
            self.classes = max(1, classes)
            self.versionsPerClass = max(1, versionsPerClass)
            self.lineageEvents = max(0, lineageEvents ?? classes / 5)
            self.seed = seed
        }

        /// Named sizes: `default` (3,000 classes × 20 versions), `ci` (small enough for CI),
        /// `lineage` (5,000 classes, 1,200 lineage events: its deepest class has 24 ancestors).
        package static func preset(_ name: String) -> Options? {
            switch name {
            case "default": Options(classes: 3_000, versionsPerClass: 20)
            case "ci": Options(classes: 300, versionsPerClass: 10)
            case "lineage": Options(classes: 5_000, versionsPerClass: 2, lineageEvents: 1_200)
            default: nil
            }
        }

        package static let presetNames = ["default", "ci", "lineage"]
    }

    /// What was generated.
    package struct Report: Equatable, Sendable {
        package var classes: Int
        package var versions: Int
        package var lineageEvents: Int
        package var commits: Int
        package var head: ObjectID
    }

    package var options: Options
    /// The plan's time zone; recorded times are 09:00 on each effective day there.
    package var timeZone = "America/Los_Angeles"

    package init(options: Options) { self.options = options }

    /// How generated changes reach `main`. Both write the same objects (same ids).
    package enum WritePath: Sendable {
        /// Proposal, votes and adoption written directly with the shared message builders,
        /// objects batched in memory and packed: fast, for large plans.
        case batched
        /// Through `Plan.propose`, `Plan.vote` and `Plan.adopt`, each re-reading the plan from
        /// git: slow, the reference the batched path is tested against.
        case adoptionCommands
    }

    /// Creates the plan at `path` (a new or empty folder): every change is a proposal with its
    /// votes, adopted onto `main` under the project's default workflows. Killed part way, the
    /// batched path leaves the plan as of its last batch (see `GeneratedAdoptionWriter.flush()`).
    ///
    /// - Parameters:
    ///   - checkpoint: called with the number of commits on main every `checkpointEvery`
    ///     adoptions and at the end (for progress reports).
    ///   - batchSize: adoptions whose objects are packed together (batched path).
    /// - Throws: `PlanError.alreadyExists` for a non-empty folder, or any write error.
    package func generate(at path: String, via writePath: WritePath = .batched, checkpointEvery: Int = 5_000, batchSize: Int = 400,
                         checkpoint: ((Int) throws -> Void)? = nil) throws -> Report {
        // Every object a generated tree names was written a moment before by this process, so
        // checking each of a 3,000-entry tree's entries exists on every commit is wasted work.
        try LibGit2.setStrictObjectCreation(false)
        defer { try? LibGit2.setStrictObjectCreation(true) }
        var random = SeededRandom(seed: options.seed)
        let script = GeneratedPlanScript(options: options, random: &random)
        let roster = Self.roster()
        let cast = try GeneratedCast(roster: roster)
        let config = PlanConfig(id: "generated-city", agency: "City of Generated Springs", timeZone: timeZone)
        let plan = try Plan.create(at: path, config: config, roster: roster, files: DefaultWorkflows.files, by: roster.people[0],
                                   at: instant(day: -1, sequence: 0))
        var writer = GeneratedPlanWriter(script: script, random: random)
        var adoptions = try GeneratedAdoptionWriter(plan: plan, cast: cast, timeZone: timeZone)
        if writePath == .batched { try adoptions.start() }
        var commits = 1
        var perDay: (day: Int, count: Int) = (-1, 0)
        for (day, operation) in script.operations {
            perDay = perDay.day == day ? (day, perDay.count + 1) : (day, 0)
            let change = writer.change(for: operation, day: day)
            let time = instant(day: day, sequence: perDay.count)
            switch writePath {
            case .batched: try adoptions.adopt(change, at: time)
            case .adoptionCommands: try Self.adoptThroughCommands(change, plan: plan, cast: cast, at: time)
            }
            commits += 1
            if writePath == .batched, (commits - 1) % batchSize == 0 { try adoptions.flush() }
            if commits % checkpointEvery == 0 { try checkpoint?(commits) }
        }
        try adoptions.finish()
        try plan.repository.packReferences()
        try checkpoint?(commits)
        return Report(classes: script.classes.count, versions: writer.versionsWritten,
                      lineageEvents: script.lineageEventCount, commits: commits, head: try plan.mainHead())
    }

    /// The reference path: the public commands, with the same people, votes and times as the
    /// batched writer; the stages come from the plan's own evaluation of the proposal.
    static func adoptThroughCommands(_ change: GeneratedPlanWriter.Change, plan: Plan, cast: GeneratedCast, at time: Date) throws {
        let proposal = try plan.propose(change.draft, by: cast.author.id, at: time)
        let stages = try plan.status(of: proposal.number).stages.map { stage in
            Workflow.Stage(name: stage.stage, role: stage.role, approvals: .count(stage.needed), when: [])
        }
        var votes = 0
        for (stage, voter) in try cast.voters(for: stages) {
            votes += 1
            try plan.vote(proposal.number, .approve, comment: GeneratedCast.voteComment, by: voter.id, stage: stage.name,
                          at: time.addingTimeInterval(Double(votes)))
        }
        try plan.adopt(proposal.number, by: cast.adopter.id, at: time.addingTimeInterval(Double(votes + 1)))
    }

    /// 09:00 in the plan's time zone (as a fixed UTC-8) on `day`, plus 20 seconds per earlier
    /// commit that day, so recorded times strictly increase.
    func instant(day: Int, sequence: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(GeneratedDay.unixSeconds(day) + 17 * 3_600 + 20 * min(sequence, 4_000)))
    }

    /// An administrator who records the bootstrap, and the analysts and committee a plan has.
    static func roster() -> Roster {
        let names = [("admin", "Morgan Reyes", Role.administrator), ("analyst-kim", "Jordan Kim", .analyst),
                     ("analyst-okafor", "Ada Okafor", .analyst), ("committee-lee", "Sam Lee", .committee),
                     ("committee-novak", "Eva Novak", .committee), ("committee-silva", "Rui Silva", .committee),
                     ("commissioner-ward", "Pat Ward", .commissioner), ("auditor-chen", "Lin Chen", .auditor)]
        return Roster(people: names.map { Person(id: $0.0, name: $0.1, email: "\($0.0)@generated-springs.example", roles: [$0.2]) })
    }
}
