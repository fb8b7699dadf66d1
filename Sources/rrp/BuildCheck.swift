import ArgumentParser
import Foundation
import PlanDiagnostics
import PlanDriver

/// `rrp build-check --output FILE PATH...` (hidden): what the PlanCheck build-tool plugin runs.
///
/// Runs every check, prints the findings as `path:line:col: severity: summary [id]` lines
/// (the form SwiftPM shows verbatim), writes the report as rrp's versioned JSON to FILE only
/// when its content changed, and exits 1 with a summary line when there is an error. With
/// `--plan-json FILE2` and one plan folder, it also writes the consolidated plan JSON (the
/// `plan.json` of `rrp compile`, byte for byte) when there is no error.
struct BuildCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-check",
        abstract: "Check chapters for the PlanCheck build-tool plugin and write the JSON report.",
        shouldDisplay: false
    )

    @Option(name: .long, help: "Where to write the JSON report (rewritten only when it changes).")
    var output: String

    @Option(name: .long, help: "Where to write the consolidated plan JSON (one plan folder only).")
    var planJson: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Argument(help: "Chapter files or plan folders (absolute paths give absolute diagnostics).")
    var paths: [String]

    func validate() throws {
        if planJson != nil && paths.count != 1 { throw ValidationError("--plan-json needs exactly one plan folder.") }
    }

    func run() throws {
        let report = PlanChecker.check(paths: paths, options: DiagnosticOptions(warningsAsErrors: warningsAsErrors))
        FileHandle.standardOutput.write(Data(report.renderUTF8(.line)))
        try GeneratedFile.writeIfChanged(report.render(.json), to: output)
        if report.hasErrors {
            FileHandle.standardError.write(Data("rrp: plan check failed: \(DiagnosticEngine.summaryLine(of: report.diagnostics))\n".utf8))
            throw ExitCode(1)
        }
        guard let planJson, let folder = paths.first else { return }
        guard let json = ConsolidatedPlan.json(folder: folder) else {
            FileHandle.standardError.write(Data("rrp: \(folder): not a plan folder, so no consolidated plan to write (a plan folder holds plan.md)\n".utf8))
            throw ExitCode(1)
        }
        try GeneratedFile.writeIfChanged(json, to: planJson)
    }
}
