import ArgumentParser
import PlanDriver

/// `rrp check PATH...`: every check on files or plan folders, no output files.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check chapters or a plan folder and report every problem found."
    )

    @Argument(help: "Chapter files or plan folders.")
    var paths: [String]

    @Flag(name: .long, help: "Fail while a chapter of a plan folder is not cleared for publication (status: cleared).")
    var forPublication = false

    @OptionGroup var diagnosticsFormat: DiagnosticFormatOption

    @OptionGroup var output: DiagnosticOutputOptions

    func run() throws {
        try output.finish(PlanChecker.check(paths: paths, options: output.diagnosticOptions, forPublication: forPublication), format: diagnosticsFormat.format)
    }
}
