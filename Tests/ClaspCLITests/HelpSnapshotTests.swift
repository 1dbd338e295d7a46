import ArgumentParser
@testable import ClaspCLI
import ClaspServeCommands
import ClaspTestSupport
import Foundation
import Testing

/// `clasp <command> --help` for every command, at 100 columns, against golden files in
/// `Fixtures/help/` (`clasp audit verify` is `audit-verify.txt`), so any change to what users
/// read is seen in review. Run with `CLASP_RECORD_SNAPSHOTS=1` to rewrite them after an intended
/// change, then review the git diff.
@Suite struct HelpSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/help")
    static let columns = 100

    /// Every command's words after `clasp`, the root's being empty, with its type.
    static let commands: [(words: [String], type: any ParsableCommand.Type)] = {
        func walk(_ type: any ParsableCommand.Type, _ words: [String]) -> [(words: [String], type: any ParsableCommand.Type)] {
            [(words, type)] + type.configuration.subcommands.flatMap { sub in
                walk(sub, words + [sub.configuration.commandName ?? "unnamed"])
            }
        }
        return walk(ClaspCommand.self, [])
    }()

    static func fileName(_ words: [String]) -> String { (words.isEmpty ? "clasp" : words.joined(separator: "-")) + ".txt" }

    @Test(arguments: commands.map(\.words))
    func helpMatchesItsGoldenFile(words: [String]) throws {
        let type = try #require(Self.commands.first { $0.words == words }?.type)
        let result = try CLI.run(words + ["--help"], environment: ["COLUMNS": String(Self.columns)])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        // What the binary prints is argument-parser's help screen for the command.
        #expect(result.stdout == ClaspCommand.helpMessage(for: type, columns: Self.columns) + "\n")
        let url = Self.folder.appendingPathComponent(Self.fileName(words))
        if ProcessInfo.processInfo.environment["CLASP_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing \(url.lastPathComponent); record it with CLASP_RECORD_SNAPSHOTS=1")
        #expect(result.stdout == expected, "clasp \(words.joined(separator: " ")) --help differs from \(url.lastPathComponent)")
    }

    /// A golden file without a command is one whose command was renamed or removed.
    @Test func everyGoldenFileHasACommand() throws {
        let names = Set(Self.commands.map { Self.fileName($0.words) })
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.filter { !names.contains($0) }.sorted() == [])
    }

    /// Each command reads as argument-parser's own examples do: a one-line abstract, a
    /// discussion whose paragraphs are single lines (argument-parser wraps them to the terminal;
    /// a hard break inside a sentence leaves a ragged edge), and indented examples under
    /// "Examples:".
    @Test(arguments: commands.map(\.words))
    func helpHasAnAbstractParagraphsAndExamples(words: [String]) throws {
        let configuration = try #require(Self.commands.first { $0.words == words }?.type).configuration
        #expect(!configuration.abstract.isEmpty && configuration.abstract.count <= 80 && !configuration.abstract.contains("\n"),
                "abstract: \(configuration.abstract)")
        let lines = configuration.discussion.components(separatedBy: "\n")
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !line.hasPrefix(" ") && !line.hasSuffix(":") {
            #expect(next.isEmpty || next.hasPrefix(" "), "a paragraph breaks after: \(line)")
        }
        let examples = try #require(lines.firstIndex(of: "Examples:"), "no Examples: in clasp \(words.joined(separator: " "))")
        let block = lines[(examples + 1)...].prefix { !$0.isEmpty }
        #expect(!block.isEmpty && block.allSatisfy { $0.hasPrefix("  clasp ") || $0.hasPrefix("    ") }, "\(block)")
        // argument-parser wraps any longer line at an 80-column terminal, breaking a command in two.
        #expect(block.filter { $0.count > 80 } == [], "examples wider than 80 columns")
    }
}
