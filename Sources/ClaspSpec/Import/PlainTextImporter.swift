/// Turns a class specification extracted as plain text (from a PDF or Word file) into a
/// `SpecVersion`, losslessly: every word of the source lands in a field of the result.
///
/// The source's layout is the only structure it has: a header table, a title in capitals,
/// headings in capitals or "Title Case:", tab-separated tables, a revision-date block and a
/// lineage chart at the end. The importer reads those shapes; whatever it cannot classify is
/// kept as `kind: other` with its heading, and reported in `warnings`.
public struct PlainTextImporter {
    public init() {}

    /// Largest text accepted. Real specifications are a few tens of kilobytes; the hostile-input
    /// tests showed a 10 MB single line taking tens of seconds, so bigger input is refused up front.
    public static let maximumBytes = 2 << 20

    /// Imports one spec.
    ///
    /// - Parameters:
    ///   - text: the spec as plain text.
    ///   - file: the name used in errors and warnings.
    ///   - effective: the version's effective date; when nil, the newest revision date printed
    ///     in the text, else its "Original Date".
    /// - Returns: the version, the lineage chart if the text has one, and warnings.
    /// - Throws: `ImportError` for an empty, oversized or binary file, a text with no recognisable title,
    ///   an impossible printed date, or no effective date.
    public func importSpec(_ text: String, file: String? = nil, effective: PlanDate? = nil) throws -> ImportedSpec {
        guard text.utf8.count <= Self.maximumBytes else {
            throw ImportError.tooLarge(file: file, bytes: text.utf8.count, limit: Self.maximumBytes)
        }
        // A byte-order mark is an encoding artefact, not text.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        if let offset = text.utf8.firstIndex(of: 0) {
            throw ImportError.binaryContent(file: file, line: text.utf8[..<offset].count { $0 == 0x0A } + 1)
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw ImportError.empty(file: file) }
        let lines = SourceLine.split(text)
        var cursor = 0
        let header = HeaderTable(lines, cursor: &cursor)
        var skipped = header.repeats(in: lines, after: cursor)
        var labels: [String] = []
        var original: String?
        for (index, line) in lines.enumerated() where !skipped.contains(index) {
            guard let (label, value) = TextRules.labelled(line.trimmed), label.lowercased() == "original date" else { continue }
            original = value
            labels.append(label)
            skipped.insert(index)
        }
        let title = try TitleReader(lines, cursor: &cursor, header: header, file: file)
        var version = SpecVersion(title: title.title, effective: PlanDate(year: 1, month: 1, day: 1)!,
                                  levels: title.levels)
        labels = title.labels + header.apply(to: &version) + labels
        if title.usedJobTitle, let index = version.attributes.firstIndex(where: { $0.value == title.title }) {
            labels.append(version.attributes.remove(at: index).name)
        }

        let kept = lines.indices.filter { !skipped.contains($0) }.map { lines[$0] }
        let bodyLines = kept.filter { $0.number > cursor }
        let trailerStart = TrailerReader.start(of: bodyLines, from: 0)
        let trailer = try TrailerReader(bodyLines[trailerStart...], file: file)
        var builder = SectionBuilder(levels: title.levels)
        for line in bodyLines[..<trailerStart] + trailer.leftovers { builder.take(line) }
        version.sections = builder.finish()
        if original != nil || !trailer.revised.isEmpty {
            version.sourceDates = SourceDates(original: original, revised: trailer.revised)
        }
        version.effective = try effective ?? Self.effectiveDate(revised: trailer.revised, original: original, file: file)
        return ImportedSpec(version: version, chart: trailer.chart, labels: labels, warnings: builder.warnings)
    }

    /// The newest printed revision date, else the original date.
    static func effectiveDate(revised: [String], original: String?, file: String?) throws -> PlanDate {
        if let newest = revised.compactMap({ TextRules.printedDate($0) }).max() { return newest }
        if let original, let date = TextRules.monthYear(original) { return date }
        throw ImportError.noEffectiveDate(file: file)
    }
}
