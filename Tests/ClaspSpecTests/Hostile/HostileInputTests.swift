import ClaspSpec
import ClaspTestSupport
import Foundation
import Testing

/// Every reader of outside text, fed every case of the hostile corpus: none crashes or hangs,
/// and every rejection is a typed error that names the file and reads like a sentence.
@Suite struct HostileInputTests {
    /// A generous bound for the debug build; a hang or a quadratic blow-up exceeds it. It is
    /// CPU time of the calling thread (the readers are synchronous), not wall time, so a loaded
    /// machine running the rest of the suite beside it does not count against the reader.
    static let timeLimit = Duration.seconds(30)

    static func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = ThreadCPUClock.now
        defer {
            let elapsed = ThreadCPUClock.now - start
            #expect(elapsed < timeLimit, "\(label) took \(elapsed) of CPU")
        }
        return try body()
    }

    /// A rejection must be one of the documented error types, mention the file, and not be empty.
    static func expectClear(_ error: any Error, file: String, _ label: String) {
        switch error {
        case let error as SpecFormatError: #expect(error.description.hasPrefix(file), "\(label): \(error)")
        case let error as ImportError: #expect(error.description.hasPrefix(file), "\(label): \(error)")
        default: Issue.record("\(label): untyped error \(type(of: error)): \(error)")
        }
    }

    @Test(arguments: HostileCorpus.all)
    func theYAMLReaderRefusesClearlyOrReads(_ input: HostileCorpus.Case) {
        let file = "\(input.name).yaml"
        Self.timed("YAMLParser on \(input.name)") {
            do { _ = try YAMLParser.parse(input.text, file: file) } catch { Self.expectClear(error, file: file, input.name) }
        }
        Self.timed("SpecVersionCodec on \(input.name)") {
            do { _ = try SpecVersionCodec.decode(input.text, file: file) } catch { Self.expectClear(error, file: file, input.name) }
        }
        Self.timed("ClassRecordCodec on \(input.name)") {
            do { _ = try ClassRecordCodec.decode(input.text, file: file) } catch { Self.expectClear(error, file: file, input.name) }
        }
    }

    @Test(arguments: HostileCorpus.all)
    func theTextImporterRefusesClearlyOrImports(_ input: HostileCorpus.Case) {
        let file = "\(input.name).txt"
        let date = PlanDate(year: 2020, month: 1, day: 1)
        Self.timed("PlainTextImporter on \(input.name)") {
            do { _ = try PlainTextImporter().importSpec(Data(input.bytes), file: file, effective: date) } catch {
                Self.expectClear(error, file: file, input.name)
            }
            do { _ = try PlainTextImporter().importSpec(Data(input.bytes), file: file) } catch {
                Self.expectClear(error, file: file, input.name)
            }
        }
    }

    @Test func specificCasesGetSpecificErrors() throws {
        func message(_ name: String) -> String {
            let input = HostileCorpus.all.first { $0.name == name }!
            do { _ = try YAMLParser.parse(input.text, file: name); return "accepted" } catch { return "\(error)" }
        }
        #expect(message("alias-bomb").contains("anchors and aliases are not allowed"))
        #expect(message("merge-key").contains("anchors and aliases are not allowed"))
        #expect(message("ten-megabyte-single-line").contains("plan files are limited to"))
        #expect(message("nul-byte").contains("NUL byte"))
        #expect(message("deep-flow-mapping-nesting").lowercased().contains("nesting"))
        #expect(message("deep-spec-sections").contains("nesting deeper than 32 levels"))
        #expect(message("duplicate-keys").contains("appears twice"))
        #expect(message("empty").contains("file is empty"))
        let importer = PlainTextImporter()
        let invalid = HostileCorpus.all.first { $0.name == "invalid-utf8" }!
        #expect(throws: ImportError.invalidUTF8(file: "x.txt", line: 1, byteOffset: 7)) {
            try importer.importSpec(Data(invalid.bytes), file: "x.txt")
        }
        let huge = HostileCorpus.all.first { $0.name == "ten-megabyte-single-line" }!
        #expect(throws: ImportError.tooLarge(file: "x.txt", bytes: huge.bytes.count, limit: PlainTextImporter.maximumBytes)) {
            try importer.importSpec(Data(huge.bytes), file: "x.txt")
        }
        #expect(throws: ImportError.tooLarge(file: nil, bytes: huge.bytes.count, limit: PlainTextImporter.maximumBytes)) {
            try importer.importSpec(huge.text)
        }
    }
}
