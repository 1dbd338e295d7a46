import ClaspSpec
import Foundation
import Testing

/// Bounded mutation fuzzing of the YAML reader, the codecs and the text importer, seeded from
/// `Fuzz/corpus/` with a fixed random seed so any failure replays. `swift test` runs a few
/// hundred inputs; `make fuzz` sets `CLASP_FUZZ_SECONDS` (60 by default) for a longer run.
/// Every input must be read or refused with a typed error; a crash or hang fails the run.
@Suite struct MutationFuzzTests {
    static func corpus() throws -> [[UInt8]] {
        // This file is Tests/ClaspSpecTests/Hostile/…: the package root is four levels up.
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { folder.deleteLastPathComponent() }
        folder.appendPathComponent("Fuzz/corpus")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            Array(try Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }

    /// One random edit: flip, insert or delete bytes, splice in a YAML or spec token, or duplicate a slice.
    static func mutate(_ input: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var bytes = input
        let tokens = ["&a ", "*a", "[", "{", "- ", ": ", "\n  ", "\t", "\u{0}", "!!str ", "? ", "---\n", "\"", "'", "#",
                      "DUTIES\n", "Revised: 02/30/19\n", "\r\n", "\u{FEFF}", "%YAML 1.1\n"].map { Array($0.utf8) }
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: tokens[Int.random(in: 0..<tokens.count, using: &random)], at: position)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...64, using: &random)))
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...256, using: &random))
                bytes.insert(contentsOf: bytes[position..<end], at: Int.random(in: 0...bytes.count, using: &random))
            default: bytes.insert(UInt8.random(in: 0...127, using: &random), at: position)
            }
        }
        return bytes
    }

    static func exercise(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        func typed(_ body: () throws -> Void) {
            do { try body() } catch is SpecFormatError {} catch is ImportError {} catch {
                Issue.record("untyped error \(type(of: error)) for input \(bytes.prefix(200))")
            }
        }
        typed { _ = try YAMLParser.parse(text, file: "f") }
        typed { _ = try SpecVersionCodec.decode(text, file: "f") }
        typed { _ = try ClassRecordCodec.decode(text, file: "f") }
        typed { _ = try PlainTextImporter().importSpec(Data(bytes), file: "f") }
    }

    @Test func mutatedCorpusInputsAreReadOrRefusedClearly() throws {
        let seeds = try Self.corpus()
        try #require(!seeds.isEmpty)
        let seconds = ProcessInfo.processInfo.environment["CLASP_FUZZ_SECONDS"].flatMap(Double.init)
        let deadline = Date().addingTimeInterval(seconds ?? 3_600)
        let budget = seconds == nil ? 300 : Int.max
        var random = SplitMix(state: 20_260_108)
        var executions = 0
        var input = seeds[0]
        while executions < budget && Date() < deadline {
            input = executions % 4 == 0 ? seeds[Int.random(in: 0..<seeds.count, using: &random)] : input
            input = Self.mutate(input, using: &random)
            if input.count > 256 << 10 { input = Array(input.prefix(256 << 10)) }
            Self.exercise(input)
            executions += 1
        }
        print("mutation fuzz (spec readers): \(executions) inputs")
        #expect(executions > 0)
    }
}

/// A small seeded generator (SplitMix64), so fuzz runs replay exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
