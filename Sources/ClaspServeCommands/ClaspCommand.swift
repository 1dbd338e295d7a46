public import ArgumentParser
public import ClaspCLI

/// The `clasp` command: version control and approval for a job classification plan.
///
/// The one place where the plan commands (ClaspCLI) and the server's administration
/// (`serve`, `accounts`) meet under one root. It lives in a library, not in the executable,
/// so the CLI tests run the whole command tree in process.
public struct ClaspCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "clasp",
        abstract: Clasp.abstract,
        discussion: Clasp.discussion,
        version: ClaspVersion.string,
        subcommands: Clasp.planCommands + ServerCommands.all + Clasp.toolCommands
    )

    /// Parsed here so they may stand before the subcommand's name; each subcommand reads the
    /// same value through its own `@OptionGroup`.
    @OptionGroup var global: GlobalOptions

    public init() {}
}
