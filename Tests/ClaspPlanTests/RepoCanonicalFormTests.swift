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
        } else if let date = PlanLayout.effectiveDate(fromFileName: name) {
            let version = try SpecVersionCodec.decode(text, file: path)
            #expect(version.effective == date)
            rewritten = SpecVersionCodec.encode(version)
        } else {
            rewritten = CanonicalYAML.render(try YAMLParser.parse(text, file: path))
        }
        #expect(rewritten == text)
    }
}
