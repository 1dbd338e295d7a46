import ArgumentParser
import ClaspPlan
import ClaspQueries

extension Clasp {
    /// `clasp adopt N`.
    struct Adopt: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "adopt",
            abstract: "Adopt an approved proposal onto main.",
            discussion: """
                Checks the workflow in force on the proposal's base, merges onto the current main and writes one \
                commit with Proposal:, Change:, Workflow: and Approved-by: trailers.

                --resolution and --meeting record the approving act (Resolution:, Meeting:), which history, the audit \
                export and published specs cite.

                Examples:
                  clasp --as bchen adopt 2
                  clasp --as bchen adopt 2 --resolution 2026-14 --meeting 2026-07-01
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The proposal number.")
        var number: Int

        @Option(help: ArgumentHelp("The approving body's resolution number.", valueName: "number"))
        var resolution: String?

        @Option(help: ArgumentHelp("The date of the meeting that approved it (YYYY-MM-DD).", valueName: "date"))
        var meeting: String?

        func run() async throws {
            let act = AdoptionAct(resolution: resolution, meeting: try DateArgument.parse(meeting, option: "--meeting"))
            let context = CommandContext(global)
            if let remote = try context.remote() {
                try await remote.printAction("/proposals/\(number)/adopt", RemoteBody.Adopt(resolution: resolution, meeting: act.meeting?.iso))
                return
            }
            let person = try context.requirePerson(for: "adopt")
            Console.current.print("adopted proposal \(number) as \(try context.openPlan().adopt(number, by: person, act: act).hex)\n", terminator: "")
        }
    }
}
