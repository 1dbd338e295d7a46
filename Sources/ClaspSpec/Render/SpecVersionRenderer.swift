/// Renders a spec version for people: plain text for the terminal, Markdown for packets.
///
/// The layout follows the agency documents the specs come from (headings, then paragraphs,
/// then list items), so a printed version reads like the original.
public enum SpecVersionRenderer {
    public static func text(_ version: SpecVersion) -> String {
        var lines: [String] = [version.title.uppercased(), "Effective \(version.effective)"]
        lines += headerFacts(version).map { "\($0.0): \($0.1)" }
        guard version.textOnFile else {
            return (lines + ["", "(The text of this version is not on file; only its title and date are known.)"])
                .joined(separator: "\n") + "\n"
        }
        for section in version.sections { appendText(section, depth: 0, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ version: SpecVersion) -> String {
        var lines = ["# \(escape(version.title))", "", "*Effective \(version.effective)*", ""]
        let facts = headerFacts(version)
        if !facts.isEmpty {
            lines += ["| | |", "|---|---|"] + facts.map { "| \(escape($0.0)) | \(escape($0.1)) |" } + [""]
        }
        guard version.textOnFile else {
            return (lines + ["*The text of this version is not on file; only its title and date are known.*"])
                .joined(separator: "\n") + "\n"
        }
        for section in version.sections { appendMarkdown(section, depth: 2, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The typed header fields as label/value pairs, in a fixed order.
    static func headerFacts(_ v: SpecVersion) -> [(String, String)] {
        var facts: [(String, String)] = []
        if !v.levels.isEmpty { facts.append(("Levels", v.levels.map { "\($0.level) (\($0.title))" }.joined(separator: ", "))) }
        if let code = v.code { facts.append(("Code", code)) }
        if let flsa = v.flsa { facts.append(("FLSA", flsa == .exempt ? "Exempt" : "Non-exempt")) }
        if let pay = v.pay {
            let parts = [pay.band.map { "band \($0)" }, pay.zone.map { "zone \($0)" }, pay.range.map { "range \($0)" }]
            facts.append(("Pay", parts.compactMap { $0 }.joined(separator: ", ")))
        }
        if let probation = v.probation { facts.append(("Probation", probation)) }
        for attribute in v.attributes { facts.append((attribute.name, attribute.value)) }
        if let dates = v.sourceDates {
            if !dates.revised.isEmpty { facts.append(("Revised (source)", dates.revised.joined(separator: ", "))) }
            if let original = dates.original { facts.append(("Original date (source)", original)) }
        }
        return facts
    }

    private static func appendText(_ section: Section, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        lines.append("")
        let heading = section.heading ?? section.kind.displayName.uppercased()
        lines.append(indent + heading + (section.level.map { heading.contains($0) ? "" : " [level \($0)]" } ?? ""))
        for paragraph in section.text { lines.append(""); lines.append(indent + paragraph) }
        if !section.items.isEmpty { lines.append("") }
        for item in section.items { lines.append(indent + "  - " + itemLine(item)) }
        for child in section.sections { appendText(child, depth: depth + 1, into: &lines) }
    }

    private static func appendMarkdown(_ section: Section, depth: Int, into lines: inout [String]) {
        let heading = section.heading ?? section.kind.displayName
        lines.append(String(repeating: "#", count: min(depth, 6)) + " " + escape(heading))
        lines.append("")
        for paragraph in section.text { lines += [escape(paragraph), ""] }
        for item in section.items { lines.append("- " + escape(itemLine(item))) }
        if !section.items.isEmpty { lines.append("") }
        for child in section.sections { appendMarkdown(child, depth: depth + 1, into: &lines) }
    }

    private static func itemLine(_ item: Item) -> String {
        var line = item.label.map { "\($0): " } ?? ""
        line += item.text
        if let percent = item.percent { line = "(\(percent)%) " + line }
        return line
    }

    static func escape(_ text: String) -> String { MarkupText.escapedMarkdown(text) }
}
