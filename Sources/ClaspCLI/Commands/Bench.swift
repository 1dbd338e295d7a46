import ArgumentParser
import ClaspPlan
import Foundation

extension Clasp {
    /// `clasp bench`: tools for measuring Clasp at scale.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Tools for benchmarks: generate large, realistic plans.",
            discussion: """
                Examples:
                  clasp bench generate /tmp/big-plan --preset ci
                """,
            subcommands: [Generate.self])
    }
}

extension Clasp.Bench {
    /// `clasp bench generate`: a deterministic, realistic plan of a chosen size.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate",
            abstract: "Generate a realistic plan of a chosen size, the same for the same seed.",
            discussion: """
                Writes classes with spec texts of realistic length, series levels, FLSA status and pay bands, and \
                lineage events (retitles, merges, splits, abolitions) recorded at both ends, in effective-date order. \
                Every change is a proposal approved by the stages its routing needs and adopted onto main, so clasp \
                audit verify accepts the plan. Objects are written straight into packfiles.

                Presets: default (3,000 classes of 20 versions), ci (300 classes of 10 versions), lineage (5,000 \
                classes, 1,000 lineage events).

                Examples:
                  clasp bench generate /tmp/big-plan --preset ci
                  clasp bench generate /tmp/big-plan --classes 3000 --versions 20 --seed 7
                """)

        @Argument(help: "A new or empty folder for the plan.")
        var directory: String

        @Option(help: ArgumentHelp("A named size: \(PlanGenerator.Options.presetNames.joined(separator: ", ")).", valueName: "name"))
        var preset: String?

        @Option(help: "Class folders in all (overrides the preset).")
        var classes: Int?

        @Option(help: "Versions per class (overrides the preset).")
        var versions: Int?

        @Option(name: .customLong("lineage-events"), help: "Lineage events (default: a fifth of the classes).")
        var lineageEvents: Int?

        @Option(help: "Seed of the generator: the same seed gives the same plan and commit ids.")
        var seed: UInt64 = 1

        // For the crash tests: small batches make a small plan flush several times.
        @Option(name: .customLong("batch-size"), help: ArgumentHelp("Adoptions packed together.", visibility: .hidden))
        var batchSize = 400

        func validate() throws {
            if let preset, PlanGenerator.Options.preset(preset) == nil {
                throw ValidationError("unknown preset '\(preset)'; choose one of \(PlanGenerator.Options.presetNames.joined(separator: ", "))")
            }
            if let classes, classes < 1 { throw ValidationError("--classes must be at least 1") }
            if let versions, versions < 1 { throw ValidationError("--versions must be at least 1") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        }

        func run() throws {
            let base = PlanGenerator.Options.preset(preset ?? "default") ?? PlanGenerator.Options(classes: 3_000, versionsPerClass: 20)
            let options = PlanGenerator.Options(classes: classes ?? base.classes, versionsPerClass: versions ?? base.versionsPerClass,
                                                lineageEvents: lineageEvents ?? (classes == nil ? base.lineageEvents : nil),
                                                seed: seed)
            let started = Date()
            let console = Console.current
            let report = try PlanGenerator(options: options).generate(at: console.path(directory), batchSize: batchSize) { commits in
                console.printError("  \(commits) commits")
            }
            let seconds = Date().timeIntervalSince(started)
            console.print("generated \(report.classes) classes, \(report.versions) versions, \(report.lineageEvents) lineage events "
                  + "in \(report.commits) commits (\(String(format: "%.1f", seconds)) s, "
                  + "\(Int(Double(report.versions) / max(seconds, 0.001))) specs/s, "
                  + "\(Int(Double(report.commits) / max(seconds, 0.001))) commits/s)")
            console.print("main: \(report.head.hex)")
        }
    }
}
