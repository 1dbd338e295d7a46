import ClaspTestSupport
import Foundation
import Testing

/// The two faces stay apart: the CLI never imports or depends on the web server, the server
/// never on the CLI, and the query layer between them on neither face nor on HTTP or argument
/// parsing. Checked on the sources' import lines and on SwiftPM's own reading of Package.swift,
/// so a stray `import ClaspServer` or a dependency added to the manifest fails the test run.
@Suite struct TargetBoundaryTests {
    /// Modules each target must not import, or reach through the targets it depends on.
    static let forbidden: [(target: String, modules: [String])] = [
        ("ClaspCLI", ["ClaspServer", "ClaspServeCommands", "Hummingbird", "HummingbirdBcrypt", "HTTPTypes"]),
        ("ClaspServer", ["ClaspCLI", "ClaspServeCommands", "ArgumentParser"]),
        ("ClaspQueries", ["ClaspCLI", "ClaspServer", "ClaspServeCommands", "Hummingbird", "HummingbirdBcrypt", "HTTPTypes",
                          "NIOCore", "NIOHTTP1", "ClaspHTTP", "CClaspCurl", "ArgumentParser"]),
    ]

    @Test(arguments: forbidden.map(\.target))
    func sourcesImportNoForbiddenModule(target: String) throws {
        let forbidden = Set(Self.forbidden.first { $0.target == target }!.modules)
        let imports = try SourceImports.scan(PackagePaths.root.appendingPathComponent("Sources/\(target)"))
        #expect(!imports.isEmpty, "no import lines found under Sources/\(target): the scan is broken")
        let offending = imports.filter { forbidden.contains($0.module) }.map { "\($0.file): import \($0.module)" }
        #expect(offending.isEmpty, "\(target) imports what it must not: \(offending.joined(separator: "; "))")
    }

    @Test func theScanSeesEveryFormOfImport() throws {
        let directory = try TemporaryDirectory("clasp-imports")
        _ = try directory.write("A.swift", """
            import Foundation
            public import ClaspServer
            @testable import ClaspCLI
            @_exported import Hummingbird
            import struct ArgumentParser.Flag
            // import NIOCore (a comment, not an import)
            let text = "import HTTPTypes"
            """)
        let modules = try SourceImports.scan(URL(fileURLWithPath: directory.path)).map(\.module)
        #expect(modules.sorted() == ["ArgumentParser", "ClaspCLI", "ClaspServer", "Foundation", "Hummingbird"])
    }

    @Test(arguments: forbidden.map(\.target))
    func manifestDependenciesReachNoForbiddenModule(target: String) throws {
        let forbidden = Set(Self.forbidden.first { $0.target == target }!.modules)
        let graph = try ManifestGraph.load(packageRoot: PackagePaths.root)
        let reached = graph.reachable(from: target)
        #expect(reached.contains("ClaspPlan"), "\(target) should reach ClaspPlan; the manifest was not read")
        #expect(reached.intersection(forbidden).isEmpty,
                "\(target) depends, directly or through other targets, on \(reached.intersection(forbidden).sorted())")
    }
}

/// The modules named by the `import` lines of the Swift files under a directory.
enum SourceImports {
    struct Import { var file: String; var module: String }

    static func scan(_ directory: URL) throws -> [Import] {
        let pattern = try NSRegularExpression(
            pattern: #"^\s*(?:@\w+\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(\w+)"#,
            options: [.anchorsMatchLines])
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var found: [Import] = []
        for case let file as URL in walker where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                found.append(Import(file: file.lastPathComponent, module: String(text[range])))
            }
        }
        return found
    }
}

/// The target dependency graph as SwiftPM reads Package.swift (`swift package dump-package`).
struct ManifestGraph {
    /// Each target's direct dependencies: other targets and products, by name.
    var dependencies: [String: [String]]

    static func load(packageRoot: URL) throws -> ManifestGraph {
        // A scratch path of its own: the package's .build is locked by the `swift test` running this.
        let scratch = try TemporaryDirectory("clasp-manifest")
        let result = try ProcessRunner.run("/usr/bin/env", ["swift", "package", "--scratch-path", scratch.path, "dump-package"],
                                           in: packageRoot.path)
        guard result.status == 0 else { throw ManifestUnreadable(output: result.stderr) }
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(result.stdout.utf8))
        return ManifestGraph(dependencies: Dictionary(uniqueKeysWithValues: manifest.targets.map { target in
            (target.name, target.dependencies.compactMap { $0.values.first?.first??.name })
        }))
    }

    /// Every target and product `target` depends on, directly or through other targets.
    func reachable(from target: String) -> Set<String> {
        var seen = Set<String>(), queue = dependencies[target] ?? []
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue += dependencies[next] ?? []
        }
        return seen
    }

    struct ManifestUnreadable: Error { var output: String }

    /// The part of `dump-package`'s JSON read here: `{"targets": [{"name", "dependencies":
    /// [{"byName"|"target"|"product": ["Name", …]}]}]}`.
    struct Manifest: Decodable {
        struct Target: Decodable {
            var name: String
            var dependencies: [[String: [NameOrOther?]]]
        }
        var targets: [Target]
    }

    /// An element of a dependency's array: its name first, then conditions SwiftPM adds.
    struct NameOrOther: Decodable {
        var name: String?
        init(from decoder: any Decoder) throws {
            name = try? decoder.singleValueContainer().decode(String.self)
        }
    }
}
