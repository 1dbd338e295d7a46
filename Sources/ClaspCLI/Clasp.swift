import ArgumentParser

/// The `clasp` command: version control and approval for a job classification plan.
struct Clasp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clasp",
        abstract: "Version control and approval for public-sector job classification plans.",
        discussion: """
            A plan is a git repository of class specifications. Every version carries its effective date; every change \
            on main is recorded with who made it and why.

            The options below name the plan, the person acting and the server; the commands that use them also take \
            them after their name. Run 'clasp help COMMAND' for a command's own options and examples.

            Examples:
              clasp demo demo-plans
              clasp --plan demo-plans/roseville list --as-of 2010-01-01
              clasp --plan demo-plans/roseville show finance-technician --as-of 2018-01-01
              clasp --plan demo-plans/roseville history finance-technician
            """,
        version: ClaspVersion.string,
        subcommands: [
            Init.self, Import.self, List.self, Show.self, History.self, Diff.self, Lineage.self, Check.self, Demo.self,
            Propose.self, Proposals.self, ProposalShow.self, Vote.self, Revise.self, Rebase.self, Withdraw.self, Adopt.self,
            Blame.self, Audit.self, Publish.self, Packet.self, Serve.self, Accounts.self, Bench.self, RemoteCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    init() {}
}

/// The version `clasp --version` prints.
enum ClaspVersion {
    static let string = "0.1.0"
}
