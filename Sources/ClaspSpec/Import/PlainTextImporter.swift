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
        let lines = SourceLine.split(WrappedLines.rejoin(text))
        var cursor = 0
        let header = HeaderTable(lines, cursor: &cursor)
        var skipped = header.repeats(in: lines, after: cursor)
        var warnings: [String] = []
        let furniture = PageFurniture.indices(of: lines.map { $0.text.contains("\t") ? "" : $0.trimmed })
        if !furniture.isEmpty {
            skipped.formUnion(furniture)
            let numbers = furniture.sorted().prefix(5).map { String(lines[$0].number) }.joined(separator: ", ")
            warnings.append("dropped \(Plural.count(furniture.count, "line", "lines")) of page furniture (page numbers, dot leaders, "
                + "repeated banners) at \(furniture.count == 1 ? "line" : "lines") \(numbers)")
        }
        let fields = HeaderLines(lines, skipping: &skipped)
        let kept = lines.indices.filter { !skipped.contains($0) }.map { lines[$0] }
        var keptCursor = kept.firstIndex { $0.number > cursor } ?? kept.count
        let title = try Self.readTitle(kept, cursor: &keptCursor, header: header, labelled: fields.title, file: file)
        var version = SpecVersion(title: title.title, effective: PlanDate(year: 1, month: 1, day: 1)!,
                                  levels: title.levels)
        var labels = title.labels + header.apply(to: &version) + fields.apply(to: &version)
        if title.usedJobTitle, let index = version.attributes.firstIndex(where: { $0.value == title.title }) {
            labels.append(version.attributes.remove(at: index).name)
        }

        let bodyLines = kept[keptCursor...].map { line in
            var marked = line
            let index = line.number - 1
            marked.isolated = (index == 0 || lines[index - 1].isBlank) && (index + 1 >= lines.count || lines[index + 1].isBlank)
            return marked
        }
        let trailerStart = TrailerReader.start(of: bodyLines, from: 0)
        let trailer = try TrailerReader(bodyLines[trailerStart...], file: file)
        var builder = SectionBuilder(levels: title.levels)
        for line in bodyLines[..<trailerStart] + trailer.leftovers { builder.take(line) }
        version.sections = builder.finish()
        if fields.original != nil || !trailer.revised.isEmpty {
            version.sourceDates = SourceDates(original: fields.original, revised: trailer.revised)
        }
        version.sourceDates = DateLine.merged(fields.dateLines, into: version.sourceDates)
        var source: String?
        if let effective {
            version.effective = effective
        } else if let printed = Self.printedDate(revised: trailer.revised, original: fields.original) {
            (version.effective, source) = printed
        } else {
            let finder = EffectiveDateFinder(lines.filter { !furniture.contains($0.number - 1) }.map { ($0.number, $0.text) })
            guard let chosen = finder.chosen else { throw ImportError.noEffectiveDate(file: file, seen: finder.seen) }
            (version.effective, source) = chosen
        }
        return ImportedSpec(version: version, chart: trailer.chart, labels: labels + builder.markers, warnings: warnings + builder.warnings,
                            effectiveSource: source)
    }

    /// The newest date of the revision block, else the "Original Date", with where it came from.
    static func printedDate(revised: [String], original: String?) -> (PlanDate, String)? {
        if let newest = revised.compactMap({ text in TextRules.printedDate(text).map { ($0, text) } }).max(by: { $0.0 < $1.0 }) {
            return (newest.0, "revision-date block: \(newest.1)")
        }
        if let original, let date = TextRules.monthYear(original) { return (date, "Original Date: \(original)") }
        return nil
    }

    /// The title: a "Job Title:" line if the text has one, else capital lines or a caption
    /// (`TitleReader`), else the first short line before any heading.
    static func readTitle(_ lines: [SourceLine], cursor: inout Int, header: HeaderTable, labelled: String?,
                          file: String?) throws -> TitleReader {
        if let labelled {
            // Capitals repeating the labelled title ("ACCOUNTING CLERK" over "Position title:
            // Accounting Clerk") are the same title: consume them, keep the labelled spelling.
            var probe = cursor
            if let read = try? TitleReader(lines, cursor: &probe, header: header, file: file),
               read.title.lowercased() == labelled.lowercased() {
                cursor = probe
                return read.retitled(labelled)
            }
            var title = TitleReader(title: TextRules.isAllCaps(labelled) ? TextRules.titleCased(labelled) : labelled)
            // Letterhead above the labelled header ("CITY OF MAPLE GROVE" / "CLASSIFICATION SPECIFICATION").
            while cursor < lines.count, lines[cursor].isBlank || (!lines[cursor].text.contains("\t")
                && TitleReader.isBanner(lines[cursor].trimmed) && lines[cursor].trimmed.split(separator: " ").count <= 12) {
                if !lines[cursor].isBlank { title.addLabel(lines[cursor].trimmed) }
                cursor += 1
            }
            return title
        }
        do {
            return try TitleReader(lines, cursor: &cursor, header: header, file: file)
        } catch ImportError.noTitle(let file, let line) {
            // Letterhead ("City of Springfield", "Class Specification") is never the title.
            let candidates = lines[cursor...].prefix(12).filter { !$0.isBlank && !$0.text.contains("\t") && !TitleReader.isBanner($0.trimmed) }
            let blocks = candidates.map { DocumentBlock(.paragraph, text: $0.trimmed, line: $0.number) }
            guard let index = BlockImporter.titleBlock(blocks),
                  let position = lines.firstIndex(where: { $0.number == blocks[index].line }) else {
                throw ImportError.noTitle(file: file, line: line)
            }
            var title = TitleReader(title: lines[position].trimmed)
            for skipped in lines[cursor..<position] where !skipped.isBlank { title.addLabel(skipped.trimmed) }
            cursor = position + 1
            return title
        }
    }
}
