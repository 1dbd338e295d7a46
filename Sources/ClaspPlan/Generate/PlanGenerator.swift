public import ClaspGit
import ClaspSpec
import Foundation

/// Generates a realistic classification plan of any size, deterministically: the same options
/// and seed give the same files, the same commits and the same `main` commit id.
///
/// For benchmarks and tests of scale. Classes get spec texts of realistic length, series
/// levels, FLSA status and pay bands; lineage has retitles, merges into new classes, splits and
/// abolitions, recorded at both ends so `clasp check` finds nothing. Versions are recorded in
/// effective-date order as an administrator's bootstrap writes with fixed, increasing recorded
/// times, one commit each, through `Plan.record`, which updates only the trees on the changed
/// paths and moves `main` once per commit by compare-and-swap.
public struct PlanGenerator: Sendable {
    public struct Options: Equatable, Sendable {
        /// Class folders in all, counting the classes merges and splits create.
        public var classes: Int
        /// Versions per class (fewer for a class whose life is too short).
        public var versionsPerClass: Int
        /// Lineage events: about three fifths merges, splits and abolitions, the rest retitles.
        public var lineageEvents: Int
        public var seed: UInt64

        public init(classes: Int, versionsPerClass: Int, lineageEvents: Int? = nil, seed: UInt64 = 1) {
            self.classes = max(1, classes)
            self.versionsPerClass = max(1, versionsPerClass)
            self.lineageEvents = max(0, lineageEvents ?? classes / 5)
            self.seed = seed
        }

        /// Named sizes: `default` (3,000 classes × 20 versions), `ci` (small enough for CI),
        /// `lineage` (5,000 classes, 1,000 lineage events).
        public static func preset(_ name: String) -> Options? {
            switch name {
            case "default": Options(classes: 3_000, versionsPerClass: 20)
            case "ci": Options(classes: 300, versionsPerClass: 10)
            case "lineage": Options(classes: 5_000, versionsPerClass: 2, lineageEvents: 1_000)
            default: nil
            }
        }

        public static let presetNames = ["default", "ci", "lineage"]
    }

    /// What was generated.
    public struct Report: Equatable, Sendable {
        public var classes: Int
        public var versions: Int
        public var lineageEvents: Int
        public var commits: Int
        public var head: ObjectID
    }

    public var options: Options
    /// The plan's time zone; recorded times are 09:00 on each effective day there.
    public var timeZone = "America/Los_Angeles"

    public init(options: Options) { self.options = options }

    /// Creates the plan at `path` (a new or empty folder).
    ///
    /// - Parameter checkpoint: called with the number of commits made every `checkpointEvery`
    ///   commits and at the end (the benchmark packs loose objects there).
    /// - Throws: `PlanError.alreadyExists` for a non-empty folder, or any write error.
    public func generate(at path: String, checkpointEvery: Int = 5_000,
                         checkpoint: ((Int) throws -> Void)? = nil) throws -> Report {
        // Every object a generated tree names was written a moment before by this process, so
        // checking each of a 3,000-entry tree's entries exists on every commit is wasted work.
        try LibGit2.setStrictObjectCreation(false)
        defer { try? LibGit2.setStrictObjectCreation(true) }
        var random = SeededRandom(seed: options.seed)
        let script = GeneratedPlanScript(options: options, random: &random)
        let roster = Self.roster()
        let admin = roster.people[0]
        let config = PlanConfig(id: "generated-city", agency: "City of Generated Springs", timeZone: timeZone)
        let plan = try Plan.create(at: path, config: config, roster: roster, by: admin, at: instant(day: -1, sequence: 0))
        var writer = GeneratedPlanWriter(plan: plan, script: script, admin: admin, timeZone: timeZone,
                                         head: try plan.mainHead(), random: random)
        var commits = 1
        var perDay: (day: Int, count: Int) = (-1, 0)
        for (day, operation) in script.operations {
            perDay = perDay.day == day ? (day, perDay.count + 1) : (day, 0)
            try writer.write(operation, day: day, at: instant(day: day, sequence: perDay.count))
            commits += 1
            if commits % checkpointEvery == 0 { try checkpoint?(commits) }
        }
        try checkpoint?(commits)
        return Report(classes: script.classes.count, versions: writer.versionsWritten,
                      lineageEvents: script.lineageEventCount, commits: commits, head: writer.head)
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
