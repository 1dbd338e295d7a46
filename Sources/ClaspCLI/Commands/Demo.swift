import ArgumentParser
import ClaspPlan
import ClaspSpec
import Foundation

extension Clasp {
    /// `clasp demo`: builds the demo plans shipped with Clasp as real git repositories.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Build the demo plans (City of Roseville and others) into a directory.",
            discussion: """
                Each demo plan shipped with Clasp becomes a bare git repository DIRECTORY/<plan>, recorded through the \
                same code path as real imports. Roseville comes with an adopted correction and a proposal awaiting the \
                committee, to try the approval commands on.

                Examples:
                  clasp demo demo-plans
                  clasp --plan demo-plans/roseville list
                """)

        @Argument(help: "Directory to create the plans in (must not exist or be empty).")
        var directory: String

        func run() throws {
            let target = Console.current.fileURL(directory)
            if let contents = try? FileManager.default.contentsOfDirectory(atPath: target.path), !contents.isEmpty {
                throw PlanError.alreadyExists(path: directory)
            }
            let sources = try DemoResources.planFolders()
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for source in sources {
                let destination = target.appendingPathComponent(source.lastPathComponent)
                let plan = try DemoPlanBuilder().build(from: source, into: destination)
                let snapshot = try plan.current()
                Console.current.print("\(destination.path): \(try snapshot.config().agency), \(Plural.count(try snapshot.classIDs().count, "class", "classes")), \(try plan.mainHistory().count) commits")
            }
        }
    }
}

/// The demo plans bundled with the CLI.
enum DemoResources {
    static var root: URL {
        get throws {
            guard let url = Bundle.module.resourceURL else {
                throw CommandFailure("the demo plans are missing from this build of clasp")
            }
            return url
        }
    }

    /// One folder per demo plan, sorted by name.
    static func planFolders() throws -> [URL] {
        let repo = try root.appendingPathComponent("Repo")
        let names = try FileManager.default.contentsOfDirectory(atPath: repo.path).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { repo.appendingPathComponent($0) }
    }
}
