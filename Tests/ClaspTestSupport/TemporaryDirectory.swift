public import Foundation

/// A unique directory for one test, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: the only state is an immutable URL.
    public let url: URL

    public init(_ label: String = "clasp-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(12))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    /// A path inside the directory (not created).
    public func path(_ component: String) -> String { url.appendingPathComponent(component).path }

    /// Writes a file inside the directory and returns its path.
    @discardableResult
    public func write(_ name: String, _ content: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
        return file.path
    }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
