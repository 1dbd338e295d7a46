public import ArgumentParser
import ClaspCLI

/// The commands that administer the web server, which the executable lists after the plan
/// commands: `clasp serve` and `clasp accounts`.
public enum ServerCommands {
    public static let all: [any ParsableCommand.Type] = [Clasp.Serve.self, Clasp.Accounts.self]
}
