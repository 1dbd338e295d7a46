import ArgumentParser
import ClaspPlan
import Foundation

/// Options every command accepts, before or after its name: which plan, and who is acting.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan repository to use (default: $CLASP_PLAN).", valueName: "path"))
    public var plan: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this roster id (default: $CLASP_USER).", valueName: "person"))
    public var person: String?

    public init() {}
}

/// Resolves the global options of a subcommand against its parent's and the environment.
struct CommandContext {
    var planPath: String?
    var person: String?

    init(_ local: GlobalOptions, _ parent: GlobalOptions) {
        let environment = ProcessInfo.processInfo.environment
        planPath = local.plan ?? parent.plan ?? environment["CLASP_PLAN"].flatMap { $0.isEmpty ? nil : $0 }
        person = local.person ?? parent.person ?? environment["CLASP_USER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Opens the plan, or explains how to name one.
    func openPlan() throws -> Plan {
        guard let planPath else {
            throw ValidationError("no plan given: pass --plan PATH or set CLASP_PLAN")
        }
        return try Plan.open(at: planPath)
    }

    /// The acting person's roster id, or explains how to give one.
    func requirePerson(for action: String) throws -> String {
        guard let person else {
            throw ValidationError("\(action) needs to know who is acting: pass --as PERSON or set CLASP_USER")
        }
        return person
    }
}
