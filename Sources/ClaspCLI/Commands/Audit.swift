import ArgumentParser
import ClaspPlan
import Foundation

extension Clasp {
    /// `clasp audit verify|export`.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify from git alone that every change on main was approved, or export the record.",
            subcommands: [Verify.self, Export.self])

        @ParentCommand var root: Clasp

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check every commit on main; exit 1 with one line per finding.",
                discussion: """
                    Each commit on main must be an adoption whose votes, in its proposal's meta log,
                    satisfy the workflow in force on the proposal's base, for the content adopted; or
                    the plan's creation; or a bootstrap import by an administrator of the roster then
                    in force.
                    """)

            @ParentCommand var audit: Audit
            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            func run() throws {
                let plan = try CommandContext(global, audit.root.global).openPlan()
                let report = try plan.auditVerify()
                for finding in report.findings { print(finding.description) }
                if !report.isClean { throw ExitCode(1) }
                print("audit clean: \(report.summary)")
                if !report.bootstraps.isEmpty {
                    print("bootstrap commits: \(report.bootstraps.map { String($0.hex.prefix(10)) }.joined(separator: ", "))")
                }
            }
        }

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Export every commit on main and the votes behind each adoption.")

            enum Format: String, ExpressibleByArgument { case csv, json }

            @ParentCommand var audit: Audit
            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            @Option(help: "csv or json.")
            var format: Format = .csv

            func run() throws {
                let records = try CommandContext(global, audit.root.global).openPlan().auditRecords()
                if format == .json { try JSONOutput.print(records); return }
                print("kind,commit,proposal,change,person,role,stage,decision,tree,workflow,at")
                for r in records {
                    let fields = [r.kind.rawValue, r.commit, r.proposal.map(String.init) ?? "", r.change, r.person, r.role ?? "",
                                  r.stage ?? "", r.decision ?? "", r.tree ?? "", r.workflow ?? "", r.at]
                    print(fields.map(csv).joined(separator: ","))
                }
            }

            private func csv(_ field: String) -> String {
                guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
        }
    }
}
