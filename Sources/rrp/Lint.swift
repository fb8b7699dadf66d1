import ArgumentParser
import Foundation
import PlanDriver

/// `rrp lint PATH...`: agency-neutral language, with baselines and changed lines.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Flag language that reads as one agency's plan (agency-neutral drafting).",
        discussion: """
            A plan folder is linted with its partner registry and its 'lint:' settings; a lone file with the built-in agency list. \
            Suppress a finding with <!-- rrp-lint disable-next-line RULE: reason -->. See docs/lint.md.
            """
    )

    @Argument(help: "Chapter files or plan folders.")
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record today's findings in this baseline file and exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp("Report only findings on lines changed since this git ref (for pull requests).", valueName: "ref"))
    var changedSince: String?

    @OptionGroup var diagnosticsFormat: DiagnosticFormatOption

    @OptionGroup var output: DiagnosticOutputOptions

    func validate() throws {
        if baseline != nil && writeBaseline != nil {
            throw ValidationError("--baseline and --write-baseline cannot be used together.")
        }
    }

    func run() throws {
        let request = LintRunner.Request(
            paths: paths, options: output.diagnosticOptions, baseline: baseline, writeBaseline: writeBaseline, changedSince: changedSince
        )
        let outcome: LintRunner.Outcome
        do {
            outcome = try LintRunner.run(request)
        } catch {
            FileHandle.standardError.write(Data("rrp lint: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if let recorded = outcome.baselineEntries, let writeBaseline {
            FileHandle.standardError.write(Data("rrp: recorded \(recorded) finding\(recorded == 1 ? "" : "s") in \(writeBaseline)\n".utf8))
        }
        var status: Int32 = 0
        do {
            try output.finish(outcome.report, format: diagnosticsFormat.format)
        } catch let exit as ExitCode {
            status = exit.rawValue
        }
        // Done: exit without freeing the linted plan's chapters (`outcome.retained`), as
        // `rrp compile` does.
        withExtendedLifetime(outcome) { Foundation.exit(status) }
    }
}
