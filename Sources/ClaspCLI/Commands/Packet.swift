import ArgumentParser
import ClaspPlan
import ClaspQueries
import Foundation

extension Clasp {
    /// `clasp packet`: the agenda packet for a meeting of one stage's voters.
    struct Packet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "packet",
            abstract: "Print the agenda packet of the proposals awaiting a stage.",
            discussion: """
                One document with each open proposal whose stage is open and undecided: its summary and reason, the \
                redline of each version it changes, the lineage events it records, the stages and the votes so far. \
                Without --stage, every open proposal.

                Examples:
                  clasp packet --stage commission > packet.html
                  clasp packet --stage committee --format pdf --out packet.pdf
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case html, pdf }

        @OptionGroup(visibility: .hidden) var global: GlobalOptions

        @Option(help: ArgumentHelp("The stage whose voters meet (a stage name of a workflow in force).", valueName: "stage"))
        var stage: String?

        @Option(help: ArgumentHelp("Output format.", valueName: "format"))
        var format: Format = .html

        @Option(help: ArgumentHelp("Write to this file (required for pdf).", valueName: "file"))
        var out: String?

        func validate() throws {
            if format == .pdf && out == nil { throw ValidationError("--format pdf writes a file: give --out FILE") }
        }

        func run() async throws {
            let packet = try AgendaPacket.load(try CommandContext(global).openPlan(), stage: stage)
            switch format {
            case .pdf: try PDFPrinter.print(html: packet.html(), to: out!)
            case .html: try OutputFile.write(packet.html(), to: out)
            }
        }
    }
}
