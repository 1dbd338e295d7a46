internal import Yams

/// Reads plan-file YAML into `YAMLValue`, refusing what plan files never need and a hostile
/// file could abuse: anchors and aliases (alias bombs), non-text keys, duplicate keys,
/// deep nesting and oversized input.
public enum YAMLParser {
    /// Largest plan file accepted; the longest real specs are a few tens of kilobytes.
    public static let maximumBytes = 4 << 20
    /// Deepest nesting accepted; spec files nest a handful of levels.
    public static let maximumDepth = 32

    /// Parses one document.
    ///
    /// - Parameters:
    ///   - text: the file's content.
    ///   - file: the name used in error messages.
    /// - Returns: the document's root value.
    /// - Throws: `SpecFormatError` naming the file and line.
    public static func parse(_ text: String, file: String? = nil) throws -> YAMLValue {
        guard text.utf8.count <= maximumBytes else {
            throw SpecFormatError(file: file, problem: .unreadable(
                "file is \(text.utf8.count) bytes; plan files are limited to \(maximumBytes) bytes"))
        }
        // The scan runs on every file read; over contiguous bytes it is several times faster
        // than through the UTF-8 view's index.
        if text.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? true, let offset = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<offset].filter { $0 == 0x0A }.count + 1
            throw SpecFormatError(file: file, line: line, problem: .unreadable("file contains a NUL byte (binary data?)"))
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw SpecFormatError(file: file, problem: .unreadable("file is empty"))
        }
        // Files Clasp wrote are read by the canonical reader without libyaml; other files that
        // are fine straight from libyaml's events; only a file with a problem goes through Yams'
        // node tree, which says what the problem is.
        if let value = CanonicalYAMLReader.read(text) { return value }
        if let value = YAMLEventReader.read(text) { return value }
        return try parseThroughYams(text, file: file)
    }

    /// Parses one document through Yams' `Node` tree: the reference reader, which reports every
    /// problem of a refused file. `YAMLEventReader` must agree with it on every file it accepts.
    static func parseThroughYams(_ text: String, file: String?) throws -> YAMLValue {
        // The parser must outlive the conversion: Yams holds node anchors weakly and only the
        // parser keeps them alive, so `Yams.compose` would hand back nodes whose anchors are
        // already gone and an alias bomb would pass as plain data.
        //
        // Only each scalar's text is used, never its tag, so tags are not resolved: Yams's
        // default resolver runs a regular expression per plain scalar whenever a node is hashed,
        // and its duplicate-key check hashes every key of every mapping (a quarter of
        // `audit verify`'s decoding time). With the basic resolver every untagged key is `str`, so
        // Yams reports a key repeated with equal text however it is quoted; `convert` rejects
        // such a key too, so the same files are refused.
        let parser: Parser
        let node: Node?
        do {
            parser = try Parser(yaml: text, resolver: .basic)
            node = try parser.singleRoot()
        } catch let error as YamlError {
            throw SpecFormatError(file: file, line: line(of: error, in: text), problem: .syntax(summary(of: error)))
        } catch {
            throw SpecFormatError(file: file, problem: .syntax(String(describing: error)))
        }
        guard let node else { throw SpecFormatError(file: file, problem: .unreadable("file is empty")) }
        var path: [PathStep] = []
        return try withExtendedLifetime(parser) { try convert(node, file: file, path: &path, depth: 0) }
    }

    /// One step of the path from the document's root to a node.
    private enum PathStep {
        case key(String)
        case index(Int)
    }

    /// The field path error messages name (`sections[2].items[0].text`), built only for an
    /// error: a spec has thousands of nodes and almost never a bad one.
    private static func render(_ steps: [PathStep]) -> String {
        steps.reduce(into: "") { path, step in
            switch step {
            case .key(let name): path = path.isEmpty ? name : "\(path).\(name)"
            case .index(let index): path += "[\(index)]"
            }
        }
    }

    private static func convert(_ node: Node, file: String?, path: inout [PathStep], depth: Int) throws -> YAMLValue {
        let line = node.mark?.line ?? 0
        func fail(_ problem: SpecFormatError.Problem, at steps: [PathStep]) -> SpecFormatError {
            let rendered = render(steps)
            return SpecFormatError(file: file, line: line, field: rendered.isEmpty ? nil : rendered, problem: problem)
        }
        guard depth <= maximumDepth else { throw fail(.unreadable("nesting deeper than \(maximumDepth) levels"), at: path) }
        if node.anchor != nil { throw fail(.unreadable("YAML anchors and aliases are not allowed in plan files"), at: path) }
        switch node {
        case .alias:
            throw fail(.unreadable("YAML anchors and aliases are not allowed in plan files"), at: path)
        case .scalar(let scalar):
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            var values: [YAMLValue] = []
            values.reserveCapacity(sequence.count)
            for (index, element) in sequence.enumerated() {
                path.append(.index(index))
                values.append(try convert(element, file: file, path: &path, depth: depth + 1))
                path.removeLast()
            }
            return .sequence(values, line: line)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            var seen = Set<String>()
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key, key.anchor == nil else {
                    throw fail(.wrongType(expected: "text keys", found: "a complex key"), at: path)
                }
                let name = keyScalar.string
                path.append(.key(name))
                guard seen.insert(name).inserted else {
                    throw SpecFormatError(file: file, line: key.mark?.line, field: render(path),
                                          problem: .invalidValue("key appears twice"))
                }
                pairs.append(YAMLPair(name, try convert(value, file: file, path: &path, depth: depth + 1),
                                      line: key.mark?.line ?? line))
                path.removeLast()
            }
            return .mapping(pairs, line: line)
        }
    }

    private static func line(of error: YamlError, in text: String) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        case let .duplicatedKeysInMapping(_, context):
            return context.mark.line
        case let .reader(_, offset?, _, _):
            // libyaml reports a byte offset for bytes it cannot read.
            return text.utf8.prefix(max(0, offset)).filter { $0 == 0x0A }.count + 1
        default:
            return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.joined(separator: " ")
        case let .reader(problem, _, _, _):
            return problem
        case let .duplicatedKeysInMapping(duplicates, _):
            // The error's context holds the whole document; name the keys instead.
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return "key \(names) appears twice in one mapping"
        default:
            return String(describing: error)
        }
    }
}
