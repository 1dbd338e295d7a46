import ArgumentParser
import ClaspGit
import ClaspPlan
import Foundation

/// Options every command accepts, before or after its name: which plan, and who is acting.
///
/// The root command and each subcommand declare them with `@OptionGroup`; ArgumentParser hands
/// a subcommand the root's parsed value (the last `--plan` on the line wins wherever it stands),
/// so a command reads them without naming the root command type, which lives in the executable.
package struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan repository to use (default: $CLASP_PLAN).", valueName: "path"))
    var plan: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this roster id (default: $CLASP_USER).", valueName: "person"))
    var person: String?

    @Option(help: ArgumentHelp("Work against a Clasp server instead of a local plan (default: $CLASP_SERVER).", valueName: "url"))
    var server: String?

    @Option(help: ArgumentHelp("API token for --server (default: $CLASP_TOKEN).", valueName: "token"))
    var token: String?

    @Option(help: ArgumentHelp(
        "Unencrypted OpenSSH ed25519 private key to sign with, for a person whose roster entry lists a signing key (default: $CLASP_SIGNING_KEY).",
        valueName: "path"))
    var signingKey: String?

    package init() {}
}

/// Resolves the global options of a command against the environment.
package struct CommandContext {
    package var planPath: String?
    var person: String?
    /// The server of remote mode; nil works on a local plan.
    var server: String?
    var token: String?
    /// The private key file that signs what a person with a roster signing key writes.
    var signingKeyPath: String?

    package init(_ options: GlobalOptions) {
        let console = Console.current
        func env(_ name: String) -> String? { console.variable(name) }
        planPath = options.plan ?? env("CLASP_PLAN")
        person = options.person ?? env("CLASP_USER")
        server = options.server ?? env("CLASP_SERVER")
        token = options.token ?? env("CLASP_TOKEN")
        signingKeyPath = options.signingKey ?? env("CLASP_SIGNING_KEY")
    }

    /// The client of remote mode, or nil when the command works on a local plan.
    func remote() throws -> RemotePlan? {
        guard let server else { return nil }
        guard let token else {
            throw ValidationError("--server needs an API token: pass --token or set CLASP_TOKEN (`clasp accounts token ID` on the server issues one)")
        }
        return RemotePlan(client: try PlanClient(server: server, token: token), planName: planPath)
    }

    /// Opens the plan, or explains how to name one; with a signing key given, the plan signs
    /// with it what it writes for a person whose roster entry lists that key.
    func openPlan() throws -> Plan {
        guard let planPath else {
            throw ValidationError("no plan given: pass --plan PATH or set CLASP_PLAN")
        }
        let plan = try Plan.open(at: Console.current.path(planPath))
        plan.signer = try signingKey()
        return plan
    }

    /// The private key of `--signing-key`/`CLASP_SIGNING_KEY`, read; nil when none is given.
    func signingKey() throws -> SSHSigningKey? {
        guard let signingKeyPath else { return nil }
        do {
            return try SSHSigningKey.load(path: Console.current.path(signingKeyPath))
        } catch let error as SSHSignatureError {
            throw ValidationError("--signing-key \(signingKeyPath): \(error)")
        } catch {
            throw ValidationError("--signing-key \(signingKeyPath): cannot read the file (\(error.localizedDescription))")
        }
    }

    /// The acting person's roster id, or explains how to give one.
    func requirePerson(for action: String) throws -> String {
        guard let person else {
            throw ValidationError("\(action) needs to know who is acting: pass --as PERSON or set CLASP_USER")
        }
        return person
    }

    /// Runs a bodiless action on proposal `number` (adopt, withdraw, rebase): on the server
    /// through `POST …/proposals/{number}/{route}`, or on the local plan as `local` does it,
    /// printing the same lines either way.
    func proposalAction(_ number: Int, route: String, local: (Plan, String) throws -> String) async throws {
        if let remote = try remote() {
            try await remote.printAction("/proposals/\(number)/\(route)", RemoteBody.Empty())
            return
        }
        let person = try requirePerson(for: route)
        Console.current.print(try local(try openPlan(), person), terminator: "")
    }
}
