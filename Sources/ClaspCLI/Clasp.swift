public import ArgumentParser

/// The `clasp` commands this library defines, under one name: `Clasp.List`, `Clasp.Propose`, ….
///
/// The root command itself (`ClaspCommand`, in ClaspServeCommands) adds the server's
/// administration (`serve`, `accounts`) between these lists, so the plan commands never link
/// the web server.
public enum Clasp {
    /// What `clasp --help` says above the command list.
    public static let abstract = "Version control and approval for public-sector job classification plans."

    public static let discussion = """
        A plan is a git repository of class specifications. Every version carries its effective date; every change \
        on main is recorded with who made it and why.

        The options below name the plan, the person acting and the server; the commands that use them also take \
        them after their name. Run 'clasp help COMMAND' for a command's own options and examples.

        Examples:
          clasp demo demo-plans
          clasp --plan demo-plans/roseville list --as-of 2010-01-01
          clasp --plan demo-plans/roseville show finance-technician --as-of 2018-01-01
          clasp --plan demo-plans/roseville history finance-technician
        """

    /// The commands on a plan's classes, proposals and publications, in help order.
    public static let planCommands: [any ParsableCommand.Type] = [
        Init.self, Import.self, List.self, Show.self, History.self, Diff.self, Lineage.self, Check.self, Demo.self,
        Propose.self, Proposals.self, ProposalShow.self, Vote.self, Revise.self, Rebase.self, Withdraw.self, Adopt.self,
        Blame.self, Audit.self, Publish.self, Packet.self,
    ]

    /// The tools listed after the server's commands.
    public static let toolCommands: [any ParsableCommand.Type] = [Bench.self, RemoteCommand.self]
}

/// The version `clasp --version` prints.
public enum ClaspVersion {
    public static let string = "0.1.0"
}
