import ArgumentParser
import ClaspPlan
import ClaspSpec

extension Clasp {
    /// `clasp lineage`: where a class came from and what became of it, as dated data.
    struct Lineage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lineage",
            abstract: "Show a class's retitles, merges, splits and abolitions with their dates.",
            discussion: """
                The default text is a tree with dates, like the lineage chart printed on a spec. --as-of adds where \
                the class stood that day and, if it did not exist yet, which of the classes it came from were in \
                effect.

                svg draws a timeline for a browser; dot and mermaid feed other diagram tools; json is the graph as \
                data.

                Examples:
                  clasp lineage finance-technician
                  clasp lineage finance-technician --as-of 2003-01-01
                  clasp lineage finance-technician --format svg > lineage.svg
                """)

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Argument(help: "The class id.")
        var classID: String

        @Option(help: ArgumentHelp("Say where the class and its lineage stood on this date.", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("Answer from the plan as recorded at the end of this date.", valueName: "date"))
        var asKnownOn: String?

        /// The formats this command prints, the first its default.
        static let formats: [OutputFormat] = [.text, .json, .dot, .mermaid, .svg]

        @Option(help: OutputFormat.help(Self.formats))
        var format: OutputFormat = .text

        func validate() throws {
            try format.require(Self.formats, for: "lineage")
            _ = try DateArgument.parse(asOf, option: "--as-of")
            _ = try DateArgument.parse(asKnownOn, option: "--as-known-on")
        }

        func run() throws {
            let plan = try CommandContext(global).openPlan()
            let knownOn = try DateArgument.parse(asKnownOn, option: "--as-known-on")
            let snapshot = try knownOn.map { try plan.snapshot(asKnownOn: $0) } ?? plan.current()
            guard try snapshot.hasClass(classID) else {
                try PlanLayout.validateClassID(classID)
                throw PlanError.unknownClass(classID)
            }
            let graph = try snapshot.lineageGraph()
            let date = try DateArgument.parse(asOf, option: "--as-of")
            switch format {
            case .json: Console.current.print(LineageJSONRenderer().render(graph, root: classID, asOf: date))
            case .dot: Console.current.print(LineageDOTRenderer().render(graph, root: classID), terminator: "")
            case .mermaid: Console.current.print(LineageMermaidRenderer().render(graph, root: classID), terminator: "")
            case .svg: Console.current.print(LineageSVGRenderer().render(graph, root: classID), terminator: "")
            default: Console.current.print(LineageTextRenderer().render(graph, root: classID, asOf: date), terminator: "")
            }
        }
    }
}
