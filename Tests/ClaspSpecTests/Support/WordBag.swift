@testable import ClaspSpec

/// A multiset of words: lower-cased, split on anything that is not a letter or digit. Comparing
/// two bags shows exactly which words an import lost or invented.
struct WordBag: Equatable, CustomStringConvertible {
    private(set) var counts: [String: Int] = [:]

    init(_ texts: [String] = []) { for text in texts { add(text) } }

    mutating func add(_ text: String) {
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            counts[String(word), default: 0] += 1
        }
    }

    /// Words in `self` more often than in `other`, with the surplus.
    func surplus(over other: WordBag) -> [String: Int] {
        var result: [String: Int] = [:]
        for (word, count) in counts where count > other.counts[word, default: 0] {
            result[word] = count - other.counts[word, default: 0]
        }
        return result
    }

    var description: String { counts.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ") }
}

extension WordBag {
    /// The words of a spec source, counting a page header repeated on every page once: the header
    /// is the run of tab-laid lines the file opens with.
    static func ofSource(_ text: String) -> WordBag {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(where: { !$0.trimmingWhitespace.isEmpty }) else { return WordBag() }
        var end = first
        while end < lines.count, lines[end].contains("\t"), !lines[end].trimmingWhitespace.isEmpty { end += 1 }
        let header = Array(lines[first..<end])
        var kept: [String] = Array(lines[..<end])
        var index = end
        while index < lines.count {
            if !header.isEmpty, index + header.count <= lines.count, Array(lines[index..<(index + header.count)]) == header {
                index += header.count
            } else {
                kept.append(lines[index])
                index += 1
            }
        }
        return WordBag(kept)
    }

    /// The words held by an import. Fields the importer derives rather than copies are left out:
    /// the series title when there are levels (made from the level titles), level ids, the
    /// effective date and parsed chart dates (the printed texts are counted instead).
    static func ofImport(_ spec: ImportedSpec) -> WordBag {
        var bag = WordBag(spec.labels)
        let version = spec.version
        if version.levels.isEmpty { bag.add(version.title) }
        for text in [version.code, version.flsa?.rawValue, version.pay?.band, version.pay?.zone, version.pay?.range,
                     version.probation, version.sourceDates?.original].compactMap({ $0 }) { bag.add(text) }
        for text in version.sourceDates?.revised ?? [] { bag.add(text) }
        for level in version.levels { bag.add(level.title) }
        for attribute in version.attributes { bag.add(attribute.name); bag.add(attribute.value) }
        func walk(_ section: Section) {
            section.heading.map { bag.add($0) }
            section.text.forEach { bag.add($0) }
            for item in section.items {
                [item.id, item.label, item.text, item.percent.map(String.init)].compactMap { $0 }.forEach { bag.add($0) }
            }
            section.sections.forEach(walk)
        }
        version.sections.forEach(walk)
        if let chart = spec.chart {
            chart.successorTitle.map { bag.add($0) }
            for title in chart.columns.flatMap(\.titles) {
                bag.add(title.title)
                title.dates.forEach { bag.add($0.text) }
            }
        }
        return bag
    }
}
