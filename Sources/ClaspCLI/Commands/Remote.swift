import ArgumentParser
import ClaspGit
import ClaspPlan

extension Clasp {
    /// `clasp remote add|list|fetch|push|clone`: replicating a plan between copies.
    struct RemoteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remote",
            abstract: "Copy a plan's adoptions, proposals and votes to and from other copies.",
            discussion: """
                Replicates main, every proposal's meta log and its head. main and the meta logs only move forward: a \
                fetch or push that would rewrite adopted history or a proposal's log is refused and nothing changes.

                Examples:
                  clasp remote clone git://plans.example/roseville roseville-copy
                  clasp --plan roseville remote add backup /srv/backup/roseville.git
                  clasp --plan roseville remote push backup
                  clasp --plan roseville remote fetch origin
                """,
            subcommands: [Add.self, ListRemotes.self, Fetch.self, Push.self, Clone.self])

        /// Opens the plan's repository for replication (it need not hold a plan yet).
        static func replica(_ global: GlobalOptions) throws -> PlanReplica {
            guard let path = CommandContext(global).planPath else {
                throw ValidationError("no plan given: pass --plan PATH or set CLASP_PLAN")
            }
            return try PlanReplica.open(at: Console.current.path(path))
        }

        /// Runs `body`, turning a replication refusal into a data error (exit 1).
        static func refusing<T>(_ body: () throws -> T) throws -> T {
            do { return try body() } catch let error as ReplicationError { throw CommandFailure(error.description) }
        }

        /// A remote's location as libgit2 should see it: a URL (`git://`, `file://`, `host:path`)
        /// as given, a path made absolute against the directory the command was given in.
        static func location(_ url: String) -> String {
            url.contains(":") ? url : Console.current.path(url)
        }

        static func printReport(_ report: ReplicationReport, verb: String) {
            for change in report.changes { Console.current.print("\(verb) \(change)") }
            for name in report.kept { Console.current.print("kept \(name) (this side is ahead)") }
            Console.current.print("\(report.changes.count) reference\(report.changes.count == 1 ? "" : "s") updated, \(report.upToDate) up to date")
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add",
                abstract: "Name another copy of the plan.",
                discussion: """
                    A path is stored as an absolute path, so the remote is found from any directory.

                    Examples:
                      clasp --plan roseville remote add backup /srv/backup/roseville.git
                    """)
            @OptionGroup(visibility: .hidden) var global: GlobalOptions
            @Argument(help: "The remote's name, such as origin.") var name: String
            @Argument(help: "Its location: a path, file:// or git:// URL.") var url: String

            func run() throws {
                try RemoteCommand.replica(global).addRemote(name, url: RemoteCommand.location(url))
                Console.current.print("added remote \(name) at \(url)")
            }
        }

        struct ListRemotes: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "list",
                abstract: "List the plan's remotes.",
                discussion: """
                    One line per remote: its name, a tab, and its location.

                    Examples:
                      clasp --plan roseville remote list
                    """)
            @OptionGroup(visibility: .hidden) var global: GlobalOptions

            func run() throws {
                for entry in try RemoteCommand.replica(global).remotes() { Console.current.print("\(entry.name)\t\(entry.url)") }
            }
        }

        struct Fetch: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "fetch",
                abstract: "Take the remote's new adoptions, proposals and votes.",
                discussion: """
                    Prints each reference it updates and a count of those updated and already up to date.

                    Examples:
                      clasp --plan roseville remote fetch
                      clasp --plan roseville remote fetch backup
                    """)
            @OptionGroup(visibility: .hidden) var global: GlobalOptions
            @Argument(help: "The remote's name.") var name: String = "origin"

            func run() throws {
                let replica = try RemoteCommand.replica(global)
                RemoteCommand.printReport(try RemoteCommand.refusing { try replica.fetch(from: name) }, verb: "fetched")
            }
        }

        struct Push: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "push",
                abstract: "Send this copy's new adoptions, proposals and votes.",
                discussion: """
                    Prints each reference it updates and a count of those updated and already up to date.

                    Examples:
                      clasp --plan roseville remote push backup
                    """)
            @OptionGroup(visibility: .hidden) var global: GlobalOptions
            @Argument(help: "The remote's name.") var name: String = "origin"

            func run() throws {
                let replica = try RemoteCommand.replica(global)
                RemoteCommand.printReport(try RemoteCommand.refusing { try replica.push(to: name) }, verb: "pushed")
            }
        }

        struct Clone: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "clone",
                abstract: "Make a new bare copy of a plan, with the source as origin.",
                discussion: """
                    Examples:
                      clasp remote clone git://plans.example/roseville roseville-copy
                      clasp remote clone /srv/plans/roseville.git roseville-copy
                    """)
            @Argument(help: "The plan to copy: a path, file:// or git:// URL.") var url: String
            @Argument(help: "The new directory.") var path: String

            func run() throws {
                let (_, report) = try RemoteCommand.refusing { try PlanReplica.clone(from: RemoteCommand.location(url), to: Console.current.path(path)) }
                RemoteCommand.printReport(report, verb: "fetched")
            }
        }
    }
}
