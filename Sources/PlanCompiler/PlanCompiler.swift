import PlanDiagnostics
import PlanModel
import PlanSyntax

/// The compiler's entry points: load a plan folder, resolve it into the typed plan, consolidate,
/// and run every check.
public enum PlanCompiler {
    /// Starts building, on another thread, what a compile of any plan needs before it can place
    /// headings (the built-in vocabulary's heading matchers): a command that knows it will
    /// compile calls it before reading the plan.
    public static func prepareInBackground() {
        SectionMatcher.prepareBuiltIn()
    }

    /// Compiles the plan folder at `directory` (read by ``InputWalk``); `options` says what to
    /// compute beyond the syntax trees (the narratives' HTML for a renderer); `funding` adds
    /// funding files to those the plan file names.
    public static func compile(
        directory: String, parser: @escaping ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions(),
        funding: FundingInputs = FundingInputs(), progress: ProgressInputs = ProgressInputs()
    ) -> PlanCompilation {
        compile(folder: InputWalk.folder(directory), parser: parser, options: options, funding: funding, progress: progress)
    }

    /// Compiles a plan folder already read. With `resolveOnly`, the plan is resolved (chapters
    /// placed, their languages decided) but not consolidated or checked, and its places'
    /// narratives name only their files: `rrp lint` needs the plan's answers, not its totals,
    /// findings or texts.
    public static func compile(
        folder: InputFolder, parser: @escaping ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions(),
        resolveOnly: Bool = false, funding: FundingInputs = FundingInputs(), progress: ProgressInputs = ProgressInputs()
    ) -> PlanCompilation {
        // A full compile annotates sections: their matchers are built while the chapters load.
        let (sources, diagnostics) = PlanLoader.load(folder: folder, parser: resolveOnly ? parser : SectionMatcher.preparing(parser), options: options)
        return compile(sources, diagnostics: diagnostics, resolveOnly: resolveOnly, folder: folder.path, funding: funding, progress: progress)
    }

    /// Compiles files already in memory (tests, editors, rule examples). `folder` names the plan
    /// in folder-level diagnostics.
    public static func compile(
        files: [SourceFile], folder: String, parser: @escaping ChapterHeaderParser = FrontMatterParser.parse, options: LoadOptions = LoadOptions()
    ) -> PlanCompilation {
        let (sources, diagnostics) = PlanLoader.load(files: files, folder: folder, parser: parser, options: options)
        return compile(sources, diagnostics: diagnostics, folder: folder)
    }

    /// Resolves, consolidates and checks sorted sources (only resolves them with `resolveOnly`).
    /// The funding files the plan file names are read inside `folder` (none without one), then
    /// those of `funding`; the indicator-result files likewise (`progress: files:`, `progress`).
    public static func compile(
        _ sources: PlanSources, diagnostics loadDiagnostics: [Diagnostic] = [], resolveOnly: Bool = false, folder: String? = nil,
        funding: FundingInputs = FundingInputs(), progress: ProgressInputs = ProgressInputs()
    ) -> PlanCompilation {
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: loadDiagnostics)
        guard let planFile = sources.plan, let resolved = PlanResolver.resolve(sources, narratives: !resolveOnly) else {
            return PlanCompilation(plan: nil, files: CompiledFile.files(of: sources, in: nil), diagnostics: engine.diagnostics)
        }
        engine.emit(contentsOf: resolved.diagnostics)
        if resolveOnly {
            return PlanCompilation(plan: resolved.plan, files: CompiledFile.files(of: sources, in: resolved.plan), diagnostics: engine.diagnostics)
        }
        let (vocabulary, settingsDiagnostics) = SectionSettings.vocabulary(for: planFile.header, file: planFile.source.file.path)
        engine.emit(contentsOf: settingsDiagnostics)
        let chapters = SectionAnnotator.chapters(of: sources)
        var plan = SectionAnnotator.annotate(resolved.plan, vocabulary: vocabulary, chapters: chapters)
        plan.consolidation = Consolidator.consolidate(plan)
        let context = CheckContext(
            plan: plan, planFile: planFile, registry: resolved.registry, countryChapters: resolved.countryChapters,
            sectorChapters: resolved.sectorChapters, vocabulary: vocabulary, chapters: chapters
        )
        // The checks only read the plan: they run on every core, reported in their order, beside
        // the funding records and the indicator results (which need the consolidated plan only).
        // The section check, as long as the others together, starts first, so that they share
        // the other core meanwhile instead of leaving it idle at the end. The compiled files (each
        // file's language and place in the plan, which funding and progress do not change) are
        // listed beside them too, right after the section check starts (last, they ran on one
        // core after every check), instead of on one core afterwards.
        let consolidated = plan
        let planPath = planFile.source.file.path
        // The funding stage starts before them all: it waits for the flows read on their own
        // thread (the longest thread of a compile with a large export), and its tally and the
        // funding object of `plan.json` follow them on one chain, so it takes a core the moment
        // they are read instead of after the checks taken before it. While it waits, the reader
        // has the core. The indicator results, the next longest, follow the section check.
        let stages = [-3] + Array(checks.indices) + [-1, -2]
        let startsFirst = { (stage: Int) in stage >= 0 && checks[stage] == SectionCheck.self }
        let scheduled = [-1] + stages.filter(startsFirst) + [-2] + stages.filter { !startsFirst($0) && $0 != -1 && $0 != -2 }
        let done = ConcurrentMap.map(scheduled) { index -> StageResult in
            switch index {
            case -1: .funding(FundingStage.run(plan: consolidated, header: planFile.header, planPath: planPath, folder: folder, inputs: funding))
            case -2: .progress(ProgressStage.run(plan: consolidated, header: planFile.header, planPath: planPath, folder: folder, inputs: progress))
            case -3: .files(CompiledFile.files(of: sources, in: consolidated))
            default: .findings(checks[index].check(context))
            }
        }
        let byStage = Dictionary(uniqueKeysWithValues: zip(scheduled, done))
        var dataFiles = (funding: [SourceFile](), progress: [SourceFile]())
        var stageFindings: [Diagnostic] = []
        var compiledFiles: [CompiledFile] = []
        for stage in stages {
            switch byStage[stage]! {
            case .findings(let findings): engine.emit(contentsOf: findings)
            case .funding(let received):
                plan.funding = received.funding
                stageFindings += received.diagnostics
                dataFiles.funding = received.files
            case .progress(let reported):
                plan.progress = reported.progress
                stageFindings += reported.diagnostics
                dataFiles.progress = reported.files
            case .files(let files): compiledFiles = files
            }
        }
        engine.emit(contentsOf: stageFindings)
        var compilation = PlanCompilation(plan: plan, files: compiledFiles, diagnostics: engine.diagnostics, fundingFiles: dataFiles.funding)
        compilation.progressFiles = dataFiles.progress
        return compilation
    }

    /// What one of the concurrent stages produced.
    private enum StageResult: Sendable {
        case findings([Diagnostic])
        case funding(FundingStage.Outcome)
        case progress(ProgressStage.Outcome)
        case files([CompiledFile])
    }

    /// The checks over the resolved plan, in the order they run.
    static var checks: [any PlanCheck.Type] {
        [PartnerCheck.self, BudgetLineCheck.self, TotalsCheck.self, HeadlineCheck.self, PopulationCheck.self, IndicatorCheck.self, PeriodCheck.self, SectionCheck.self]
    }
}
