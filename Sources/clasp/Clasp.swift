import ClaspCLI
import Foundation

/// The executable: everything lives in ClaspCLI so tests can drive it without a process.
@main
enum ClaspExecutable {
    static func main() async {
        exit(await ClaspMain.run())
    }
}
