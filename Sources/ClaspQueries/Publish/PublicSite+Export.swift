public import ClaspPlan
import ClaspSpec
public import Foundation

/// `clasp publish --all --out DIR`: the public site as static files for an agency's website.
extension PublicSite {
    /// One entry of `feed.json`: a class as published today.
    struct FeedEntry: Encodable {
        var `class`: String
        var title: String
        var effective: String
        var revised: [String]
        var url: String
    }

    /// Writes `index.html`, `<class>.html` (in effect today), `<class>-<date>.html` for every
    /// version, `<class>-lineage.svg` and `feed.json` into `directory`.
    ///
    /// - Returns: the number of files written.
    public static func export(_ plan: Plan, to directory: URL) throws -> Int {
        let site = PublicSite(plan: plan, links: .files)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written = 0
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
            written += 1
        }
        let (agency, body) = try site.index(asOf: nil, dateForm: false)
        try write("index.html", page(title: "\(agency): class specifications", body: body))
        var feed: [FeedEntry] = []
        for classID in try plan.current().classIDs() {
            // One walk of main per class serves every version's adoption footer.
            let history = try plan.history(ofClass: classID)
            guard let current = try? site.spec(classID, asOf: nil, history: history) else { continue }
            try write(Links.files.spec(classID, nil), current.html)
            for date in current.dates {
                try write(Links.files.spec(classID, date), try site.spec(classID, asOf: date, history: history).html)
            }
            try write(Links.files.lineage(classID), try site.lineage(classID))
            feed.append(FeedEntry(class: classID, title: current.publication.version.title, effective: current.publication.version.effective.iso,
                                  revised: current.publication.revisions, url: Links.files.spec(classID, nil)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try write("feed.json", String(decoding: try encoder.encode(feed), as: UTF8.self) + "\n")
        return written
    }
}
