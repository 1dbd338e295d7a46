import ArgumentParser
import ClaspCLI
import ClaspServeCommands
import Foundation

/// The executable: the plan commands live in ClaspCLI and the server's administration in
/// ClaspServeCommands, both libraries so tests can drive them without a process; this file
/// only puts them under one root command.
@main
enum ClaspExecutable {
    static func main() async {
        exit(await ClaspMain.run(ClaspCommand.self))
    }
}

/// The `clasp` command: version control and approval for a job classification plan.
struct ClaspCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clasp",
        abstract: Clasp.abstract,
        discussion: Clasp.discussion,
        version: ClaspVersion.string,
        subcommands: Clasp.planCommands + ServerCommands.all + Clasp.toolCommands
    )

    /// Parsed here so they may stand before the subcommand's name; each subcommand reads the
    /// same value through its own `@OptionGroup`.
    @OptionGroup var global: GlobalOptions

    init() {}
}
