import ArgumentParser
import ClaspPlan
import ClaspQueries
import Foundation

extension Clasp {
    /// `clasp audit verify|export`.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Verify that every change on main was approved, or export the record.",
            discussion: """
                Reads git alone: the commits on main, the proposals' meta logs and the workflows and rosters in force \
                when each proposal was made.

                Examples:
                  clasp audit verify
                  clasp audit export --format csv > audit.csv
                """,
            subcommands: [Verify.self, Export.self])

        struct Verify: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract: "Check every commit on main; exit 1 with one line per finding.",
                discussion: """
                    Each commit on main must be an adoption whose votes, in its proposal's meta log, satisfy the \
                    workflow in force on the proposal's base, for the content adopted; or the plan's creation; or a \
                    bootstrap import by an administrator of the roster then in force.

                    Examples:
                      clasp audit verify
                    """)

            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            func run() async throws {
                let context = CommandContext(global)
                let report: AuditVerifyReport
                if let remote = try context.remote() {
                    report = try await remote.get(AuditVerifyReport.self, "/audit/verify")
                } else {
                    report = AuditVerifyReport(try context.openPlan().auditVerify())
                }
                Console.current.print(report.text, terminator: "")
                if !report.clean { throw ExitCode(1) }
            }
        }

        struct Export: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "export",
                abstract: "Export every commit on main and the votes behind each adoption.",
                discussion: """
                    The record of every commit on main (the plan's creation, bootstrap imports and adoptions) with the \
                    votes behind each adoption and its approving act, as CSV or JSON.

                    Examples:
                      clasp audit export > audit.csv
                      clasp audit export --format json
                    """)

            enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            @Option(help: ArgumentHelp("Output format.", valueName: "format"))
            var format: Format = .csv

            func run() async throws {
                let context = CommandContext(global)
                if let remote = try context.remote() {
                    try await remote.printGet("/audit/export", query: [("format", format.rawValue)])
                    return
                }
                let records = try context.openPlan().auditRecords()
                if format == .json { try JSONOutput.print(records); return }
                Console.current.print(AuditExport.csv(records), terminator: "")
            }
        }
    }
}
