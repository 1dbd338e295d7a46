import Foundation

/// Runs `body` with a fresh, uniquely named directory that is removed afterwards, whatever happens.
func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("ClaspGitTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

extension String {
    /// The text without its final line feed, as command output is compared.
    var trimmingFinalNewline: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }

    /// Output lines, without the empty one after a final line feed.
    var outputLines: [String] {
        trimmingFinalNewline.isEmpty ? [] : trimmingFinalNewline.components(separatedBy: "\n")
    }
}
