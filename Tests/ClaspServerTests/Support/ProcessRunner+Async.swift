import ClaspTestSupport
import Foundation

extension ProcessRunner {
    /// Runs a process on a thread of its own and awaits it (see `onOwnThread`).
    static func runAsync(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> ProcessResult {
        try await onOwnThread { try ProcessRunner.run(executable, arguments, environment: environment) }
    }
}
