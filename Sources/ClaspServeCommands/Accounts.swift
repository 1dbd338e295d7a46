import ArgumentParser
import ClaspCLI
import ClaspPlan
import ClaspServer
import Foundation

extension Clasp {
    /// `clasp accounts`: the server's sign-ins, kept outside the plans.
    struct Accounts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accounts",
            abstract: "Manage the server's accounts (passwords and API tokens).",
            discussion: """
                An account id is the person's roster id: their roles come from each plan's roster. Passwords are \
                stored as bcrypt hashes and tokens as SHA-256 digests in DATA/accounts.json (mode 0600).

                Examples:
                  clasp accounts add cmorgan --password-stdin < password.txt
                  clasp accounts token aortiz --label laptop
                  clasp accounts list
                """,
            subcommands: [Add.self, Remove.self, ResetPassword.self, Token.self, List.self])
    }
}

/// The data directory option every `accounts` subcommand takes.
struct AccountsOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Directory holding accounts.json (default: $CLASP_DATA or ./clasp-data).", valueName: "dir"))
    var data: String?

    func store() throws -> AccountStore { try AccountStore(directory: DataDirectory.resolve(data)) }
}

/// How a command gets a password: given, read from standard input, or generated and printed.
struct PasswordOptions: ParsableArguments {
    @Option(help: "The password (visible in the process list; prefer --password-stdin).")
    var password: String?

    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    /// The password, and whether it was generated (and so must be shown).
    func resolve() throws -> (String, generated: Bool) {
        if let password { return (password, false) }
        if passwordStdin {
            guard let line = Console.current.readLine(), !line.isEmpty else { throw CommandFailure("no password on standard input") }
            return (line, false)
        }
        return (Secrets.randomHex(byteCount: 9), true)
    }
}

extension Clasp.Accounts {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an account for a roster id.",
            discussion: """
                Without --password or --password-stdin a password is generated and printed once.

                Examples:
                  clasp accounts add cmorgan --password-stdin < password.txt
                  clasp accounts add bchen --data /var/lib/clasp
                """)
        @OptionGroup var options: AccountsOptions
        @OptionGroup var passwords: PasswordOptions
        @Argument(help: "The roster id.") var id: String

        func run() throws {
            let (password, generated) = try passwords.resolve()
            try options.store().add(id, password: password)
            Console.current.print(generated ? "added \(id) with password \(password)" : "added \(id)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove an account and its tokens.",
            discussion: """
                The person's votes and proposals stay in the plans; only the sign-in goes.

                Examples:
                  clasp accounts remove cmorgan
                """)
        @OptionGroup var options: AccountsOptions
        @Argument(help: "The roster id.") var id: String

        func run() throws {
            try options.store().remove(id)
            Console.current.print("removed \(id)")
        }
    }

    struct ResetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Set a new password for an account.",
            discussion: """
                Without --password or --password-stdin a password is generated and printed once. The account's API \
                tokens keep working.

                Examples:
                  clasp accounts reset-password cmorgan --password-stdin < password.txt
                """)
        @OptionGroup var options: AccountsOptions
        @OptionGroup var passwords: PasswordOptions
        @Argument(help: "The roster id.") var id: String

        func run() throws {
            let (password, generated) = try passwords.resolve()
            try options.store().resetPassword(id, password: password)
            Console.current.print(generated ? "new password for \(id): \(password)" : "password of \(id) reset")
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "token",
            abstract: "Issue an API token; it is printed once and stored only as a digest.",
            discussion: """
                Remote mode (--server with --token or CLASP_TOKEN) acts as the token's account.

                Examples:
                  clasp accounts token aortiz --label laptop
                """)
        @OptionGroup var options: AccountsOptions
        @Option(help: "A label to recognise the token by.") var label = "cli"
        @Argument(help: "The roster id.") var id: String

        func run() throws {
            Console.current.print(try options.store().issueToken(id, label: label))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List accounts and their token labels.",
            discussion: """
                Examples:
                  clasp accounts list --data /var/lib/clasp
                """)
        @OptionGroup var options: AccountsOptions

        func run() throws {
            for account in try options.store().accounts {
                let labels = account.tokens.map(\.label).joined(separator: ", ")
                Console.current.print("\(account.id)\(labels.isEmpty ? "" : "  tokens: \(labels)")")
            }
        }
    }
}
