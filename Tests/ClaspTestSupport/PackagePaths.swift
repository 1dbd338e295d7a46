public import Foundation

/// Locations in the package checkout, for tests that read project files or run the built binary.
public enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The `clasp` executable built next to the test bundle (`swift build` puts both in one folder).
    public static var claspExecutable: String {
        if let explicit = ProcessInfo.processInfo.environment["CLASP_BIN"] { return explicit }
        return builtProduct("clasp")
    }

    /// An executable product of this package built next to the test bundle, e.g. `clasp-fuzz`.
    public static func builtProduct(_ name: String) -> String {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent(name).path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path,
            root.appendingPathComponent(".build/debug/\(name)").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }
}
