import ArgumentParser
import ClaspPlan
import ClaspServer
import Foundation

extension Clasp {
    /// `clasp audit verify|export`.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit",
            abstract: "Verify from git alone that every change on main was approved, or export the record.",
            subcommands: [Verify.self, Export.self])

        @ParentCommand var root: Clasp

        struct Verify: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "verify",
                abstract: "Check every commit on main; exit 1 with one line per finding.",
                discussion: """
                    Each commit on main must be an adoption whose votes, in its proposal's meta log,
                    satisfy the workflow in force on the proposal's base, for the content adopted; or
                    the plan's creation; or a bootstrap import by an administrator of the roster then
                    in force.
                    """)

            @ParentCommand var audit: Audit
            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            func run() async throws {
                let context = CommandContext(global, audit.root.global)
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
            static let configuration = CommandConfiguration(commandName: "export", abstract: "Export every commit on main and the votes behind each adoption.")

            enum Format: String, ExpressibleByArgument { case csv, json }

            @ParentCommand var audit: Audit
            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            @Option(help: "csv or json.")
            var format: Format = .csv

            func run() async throws {
                let context = CommandContext(global, audit.root.global)
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
