import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Monitoring progress: reads the plan's indicator-result files (`progress: files:`, then the
/// command line's `--progress`), the same way the funding stage reads its files
/// (``DataFiles``), matches every result to the plan's indicators and places and keeps the
/// latest value of each indicator. Every result that does not count is reported by a
/// ``ProgressRules`` rule, at its file, line and column.
enum ProgressStage {
    /// What the stage produced: the progress (`nil` when no file was given), its findings, and
    /// the files read (for quoting their lines).
    struct Outcome: Sendable {
        var progress: Progress?
        var diagnostics: [Diagnostic]
        var files: [SourceFile]
    }

    static func run(plan: Plan, header: PlanHeader, planPath: String, folder: String?, inputs: ProgressInputs) -> Outcome {
        let (inputFiles, outside) = DataFiles.inputs(
            named: header.progress.files, folder: folder, planPath: planPath, extra: inputs, outside: ProgressRules.fileOutsideFolder,
            what: "Progress file"
        )
        var diagnostics = outside
        guard !inputFiles.isEmpty else { return Outcome(progress: nil, diagnostics: diagnostics, files: []) }
        var tally = ProgressTally(plan: plan)
        let (read, unreadable) = DataFiles.read(inputFiles, extra: inputs, parse: ProgressCSVReader.records)
        diagnostics += unreadable
        tally.reserve(read.reduce(0) { count, file in count + ((try? file.records.get())?.count ?? 0) })
        diagnostics += DataFiles.each(read, unknownFormat: ProgressRules.unknownFormat, what: "Progress file") { tally.add(contentsOf: $0) }
        diagnostics += tally.diagnostics
        return Outcome(progress: tally.progress(sources: inputFiles.map(\.path)), diagnostics: diagnostics, files: read.map(\.file))
    }
}
