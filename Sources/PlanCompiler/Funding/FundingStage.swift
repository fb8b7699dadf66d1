import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Funding received: reads the plan's funding files (`funding: files:`, then the command
/// line's), matches every record to the plan and adds up what counts. Every record that does
/// not count is reported by a ``FundingRules`` rule, at its file and line.
enum FundingStage {
    /// What the stage produced: the funding (`nil` when no file was given), its findings, and
    /// the funding files read (for quoting their lines).
    struct Outcome: Sendable {
        var funding: Funding?
        var diagnostics: [Diagnostic]
        var files: [SourceFile]
    }

    static func run(plan: Plan, header: PlanHeader, planPath: String, folder: String?, inputs: FundingInputs) -> Outcome {
        let settings = header.funding
        var diagnostics = unknownIDs(settings, plan: plan, planPath: planPath)
        let (inputFiles, outside) = DataFiles.inputs(
            named: settings.files, folder: folder, planPath: planPath, extra: inputs, outside: FundingRules.fileOutsideFolder, what: "Funding file"
        )
        diagnostics += outside
        guard !inputFiles.isEmpty else { return Outcome(funding: nil, diagnostics: diagnostics, files: []) }
        var tally = FundingTally(plan: plan, settings: settings)
        // Files are read on every core, then counted in order.
        let (read, unreadable) = DataFiles.read(inputFiles, extra: inputs, parse: records)
        diagnostics += unreadable
        tally.reserve(read.reduce(0) { count, file in count + ((try? file.records.get())?.count ?? 0) })
        diagnostics += DataFiles.each(read, unknownFormat: FundingRules.unknownFormat, what: "Funding file") { tally.add(contentsOf: $0) }
        tally.addHints()
        diagnostics += tally.diagnostics
        return Outcome(funding: tally.funding(sources: inputFiles.map(\.path)), diagnostics: diagnostics, files: read.map(\.file))
    }

    /// The records of `file`: JSON when it starts with `{` or `[`, CSV otherwise.
    static func records(_ file: SourceFile) -> Result<FundingRecords, FundingFileError> {
        let first = file.bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        let isJSON = first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        return isJSON ? FTSFlowReader.records(file) : FundingCSVReader.records(file)
    }

    /// `funding.unknown-id` for every mapping key the registry does not declare.
    private static func unknownIDs(_ settings: FundingSettings, plan: Plan, planPath: String) -> [Diagnostic] {
        let partners = plan.partners.map(\.id)
        let sectors = plan.sectors.map(\.id)
        var out: [Diagnostic] = []
        for alias in settings.organisations where !partners.contains(alias.id.value) {
            out.append(FundingRules.unknownID.diagnostic(
                file: planPath, range: alias.id.range,
                summary: "'\(alias.id.value)' in 'funding: organisations:' is not a partner of the plan" + NearMiss.didYouMean(alias.id.value, among: partners)
            ))
        }
        for alias in settings.sectors where !sectors.contains(alias.id.value) {
            out.append(FundingRules.unknownID.diagnostic(
                file: planPath, range: alias.id.range,
                summary: "'\(alias.id.value)' in 'funding: sectors:' is not a sector of the plan" + NearMiss.didYouMean(alias.id.value, among: sectors)
            ))
        }
        return out
    }
}
