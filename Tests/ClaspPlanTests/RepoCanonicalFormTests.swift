import ClaspPlan
import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Every file of the demo plans is in canonical form: reading then writing it gives the same bytes.
@Suite struct RepoCanonicalFormTests {
    static let repo = PackagePaths.root.appendingPathComponent("Repo").resolvingSymlinksInPath()

    static var files: [String] {
        let enumerator = FileManager.default.enumerator(atPath: repo.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") { found.append(path) }
        }
        return found.sorted()
    }

    @Test func theDemoPlansHaveFilesToCheck() {
        #expect(Self.files.count >= 20)
        #expect(Self.files.contains("roseville/classes/finance-technician/2019-07-16.yaml"))
    }

    @Test(arguments: RepoCanonicalFormTests.files)
    func fileSurvivesReadAndWriteByteForByte(path: String) throws {
        let text = try String(contentsOf: Self.repo.appendingPathComponent(path), encoding: .utf8)
        let name = (path as NSString).lastPathComponent
        let rewritten: String
        if name == "clasp.yaml" {
            rewritten = try PlanConfig.decode(text, file: path).encode()
        } else if name == "roster.yaml" {
            rewritten = try Roster.decode(text, file: path).encode()
        } else if name == "class.yaml" {
            rewritten = ClassRecordCodec.encode(try ClassRecordCodec.decode(text, file: path))
        } else if path.contains("/workflows/") {
            rewritten = try Workflow.decode(text, file: path).encode()
        } else if path.contains("/proposals/") {
            rewritten = SpecVersionCodec.encode(try SpecVersionCodec.decode(text, file: path))
        } else if let date = PlanLayout.effectiveDate(fromFileName: name) {
            let version = try SpecVersionCodec.decode(text, file: path)
            #expect(version.effective == date)
            rewritten = SpecVersionCodec.encode(version)
        } else {
            rewritten = CanonicalYAML.render(try YAMLParser.parse(text, file: path))
        }
        #expect(rewritten == text)
    }

    /// Every demo plan's workflows are identical copies of the project's default ones.
    @Test func demoWorkflowsAreCopiesOfTheDefaults() throws {
        let defaults = PackagePaths.root.appendingPathComponent("Workflows").resolvingSymlinksInPath()
        let names = try FileManager.default.contentsOfDirectory(atPath: defaults.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names == ["default.yaml", "governance.yaml"])
        for plan in try FileManager.default.contentsOfDirectory(atPath: Self.repo.path) {
            let folder = Self.repo.appendingPathComponent(plan).appendingPathComponent("workflows")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted() == names)
            for name in names {
                #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                        == FileManager.default.contents(atPath: defaults.appendingPathComponent(name).path), "\(plan)/\(name)")
            }
        }
    }
}
