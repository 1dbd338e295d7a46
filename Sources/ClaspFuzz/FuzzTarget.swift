import ClaspSpec
import ClaspTrailers
import Foundation

/// One reader of untrusted bytes, with the properties every input must keep.
///
/// A property that fails calls `fatalError`, which is what libFuzzer (and the replay mode)
/// treats as a finding: an input is either read, or refused with one of the typed errors the
/// callers know how to report. Any other outcome — a crash, an untyped error, a round trip that
/// changes content — is a bug.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// `YAMLParser`: the reader under every plan file; `CanonicalYAMLReader` must agree with libyaml.
    case yaml
    /// `SpecVersionCodec`: decoding must round-trip through the canonical encoding.
    case spec
    /// `ClassRecordCodec`: `class.yaml` files, same round-trip property.
    case classRecord = "class"
    /// `PlainTextImporter`, and `SpecImporter` reading the same bytes as Markdown and as HTML: an
    /// imported spec must encode and decode back.
    case importer
    /// The trailer parser and `Trailers.append`: never crash, and a trailer appended to a message
    /// that ends with a line break is in the result as a line of its own (without that final
    /// line break git, and so Clasp, glues it to the last line; plan writes always end with one). (Whether it is then read as a trailer depends on the block
    /// it joins, exactly as in git; `TrailerHostileTests` compares with git byte for byte.)
    case trailers

    /// Runs one input through this target's reader and checks its properties.
    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .yaml:
            Self.checkCanonicalReader(text)
            refusedClearly { _ = try YAMLParser.parse(text, file: "fuzz.yaml") }
        case .spec:
            refusedClearly { try Self.checkSpecRoundTrip(try SpecVersionCodec.decode(text, file: "fuzz.yaml")) }
        case .classRecord:
            refusedClearly {
                let record = try ClassRecordCodec.decode(text, file: "class.yaml")
                let again = try ClassRecordCodec.decode(ClassRecordCodec.encode(record), file: "class.yaml")
                guard again == record else { fatalError("class.yaml changed on a canonical round trip: \(record)") }
            }
        case .importer:
            refusedClearly {
                let imported = try PlainTextImporter().importSpec(Data(bytes), file: "fuzz.txt")
                try Self.checkSpecRoundTrip(imported.version)
            }
            // The same bytes read as Markdown and as HTML keep the same properties.
            for format in [SpecFormat.markdown, .html] {
                refusedClearly {
                    let imported = try SpecImporter().importSpec(Data(bytes), file: "fuzz.\(format.rawValue)", format: format,
                                                                 effective: PlanDate(year: 2020, month: 1, day: 1))
                    try Self.checkSpecRoundTrip(imported.version)
                }
            }
        case .trailers:
            Self.checkTrailers(text)
        }
    }

    /// Decoding the canonical encoding of a version gives the same version, and the same bytes again.
    private static func checkSpecRoundTrip(_ version: SpecVersion) throws {
        let encoded = SpecVersionCodec.encode(version)
        let again = try SpecVersionCodec.decode(encoded, file: "round-trip.yaml")
        guard again == version else { fatalError("spec changed on a canonical round trip:\n\(encoded)") }
        guard SpecVersionCodec.encode(again) == encoded else { fatalError("canonical encoding is not stable:\n\(encoded)") }
        guard try SpecDiff().compare(version, again).changes.isEmpty else {
            fatalError("semantic diff of a version with itself is not empty:\n\(encoded)")
        }
    }

    /// `CanonicalYAMLReader` (tried before libyaml) answers only with the event reader's tree, line
    /// numbers included, and reads the canonical render of every tree the event reader reads.
    private static func checkCanonicalReader(_ text: String) {
        let reference = YAMLEventReader.read(text)
        if let fast = CanonicalYAMLReader.read(text) {
            guard let reference, sameTree(fast, reference) else {
                fatalError("canonical reader disagrees with libyaml on \(Array(text.utf8).prefix(300))")
            }
        }
        guard let reference else { return }
        let render = CanonicalYAML.render(reference)
        guard !render.isEmpty, let again = YAMLEventReader.read(render) else { return }
        guard let fast = CanonicalYAMLReader.read(render), sameTree(fast, again) else {
            fatalError("canonical reader refused or misread a canonical render: \(render.debugDescription.prefix(300))")
        }
    }

    /// Equal values and equal line numbers at every node (`YAMLValue`'s `==` ignores lines).
    private static func sameTree(_ a: YAMLValue, _ b: YAMLValue) -> Bool {
        guard a.line == b.line else { return false }
        switch (a, b) {
        case let (.scalar(x, _), .scalar(y, _)): return x == y
        case let (.sequence(x, _), .sequence(y, _)): return x.count == y.count && zip(x, y).allSatisfy(sameTree)
        case let (.mapping(x, _), .mapping(y, _)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.line == $1.line && sameTree($0.value, $1.value) }
        default: return false
        }
    }

    private static func checkTrailers(_ message: String) {
        _ = Trailers.parse(message)
        let trailer = Trailer(key: "Fuzzed-By", value: "clasp-fuzz")
        guard let appended = try? Trailers.append([trailer], to: message) else { return }
        _ = Trailers.parse(appended)
        guard !message.hasSuffix("\n") || appended.hasPrefix("\(trailer)\n") || appended.contains("\n\(trailer)\n") else {
            fatalError("Trailers.append lost the trailer it appended to \(Array(message.utf8).prefix(200)): got \(appended.debugDescription)")
        }
    }

    /// Runs `body`, accepting success and the typed refusals; anything else is a finding.
    private func refusedClearly(_ body: () throws -> Void) {
        do { try body() } catch is SpecFormatError {} catch is ImportError {} catch is SpecDiffError {} catch {
            fatalError("\(rawValue): untyped error \(type(of: error)): \(error)")
        }
    }
}
