import ClaspSpec

/// The plain-text forms of the reports, as `clasp` prints them locally and the service returns
/// them for `?format=text`.
extension ListReport {
    public var text: String {
        if classes.isEmpty { return "no classes in effect on \(asOf)\n" }
        let width = classes.map(\.classID.count).max() ?? 0
        return classes.map { row in
            let pad = String(repeating: " ", count: width - row.classID.count)
            let since = row.effective.map { "since \($0)" } ?? "no version in effect"
            let status = row.status == "active" ? "" : "  [\(row.status)]"
            return "\(row.classID)\(pad)  \(row.title ?? "—")  (\(since))\(status)\n"
        }.joined()
    }
}

extension HistoryReport {
    /// The entries as `clasp history` prints them.
    public static func text(_ entries: [HistoryReport]) -> String {
        var out = ""
        for entry in entries {
            let effective = entry.effectiveDates.map(\.iso).joined(separator: ", ")
            out += "\(entry.recordedOn)  \(entry.commit.prefix(10))  \(entry.author) <\(entry.email)>\n"
            out += "    \(entry.summary)\n"
            if let kind = entry.change { out += "    change: \(kind)\n" }
            if !effective.isEmpty { out += "    effective: \(effective)\n" }
            if let proposal = entry.proposal { out += "    proposal: \(proposal)\n" }
            let act = [entry.resolution.map { "resolution \($0)" }, entry.meeting.map { "meeting of \($0.iso)" }].compactMap { $0 }
            if !act.isEmpty { out += "    adopted by: \(act.joined(separator: ", "))\n" }
            if entry.bootstrap { out += "    bootstrap import (not an adoption)\n" }
            out += "    files: \(entry.files.joined(separator: ", "))\n"
        }
        return out
    }
}

extension CheckReport {
    public var text: String {
        if sound { return "plan is sound: \(classes) classes checked at \(commit.prefix(10))\n" }
        return findings.map { finding in
            let line = finding.line.map { ":\($0)" } ?? ""
            return "\(finding.file)\(line): \(finding.message)\n"
        }.joined()
    }
}

extension ShowReport {
    /// The version in one of the CLI's formats: text, markdown or yaml (JSON is the report itself).
    public func rendered(_ format: String) -> String? {
        switch format {
        case "text": return SpecVersionRenderer.text(version)
        case "markdown": return SpecVersionRenderer.markdown(version)
        case "yaml": return SpecVersionCodec.encode(version)
        default: return nil
        }
    }
}
