import ClaspTestSupport
import Foundation

extension ProcessRunner {
    /// Runs a process on a thread of its own and awaits it. A live server in the same test
    /// process answers on Swift's cooperative threads (two on a 2-core machine); blocking one of
    /// them in `waitUntilExit` from two tests at once would leave the server none to answer with.
    static func runAsync(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try ProcessRunner.run(executable, arguments, environment: environment) })
            }
            thread.start()
        }
    }
}
