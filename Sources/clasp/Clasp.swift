import ClaspCLI
import ClaspServeCommands
import Foundation

/// The executable: the plan commands live in ClaspCLI and the server's administration in
/// ClaspServeCommands, which puts both under one root command; both are libraries so tests
/// drive them without a process.
@main
enum ClaspExecutable {
    static func main() async {
        exit(await ClaspMain.run(ClaspCommand.self))
    }
}
