import Foundation
import PlanModel

/// The renderers' entry point: every output file of a compiled plan, named from codes, rendered
/// on every core. JSON comes from the compiler (`PlanJSON`) and is added by the caller.
public struct PlanRenderer: Sendable {
    /// The templates and labels to render with.
    public var templates: TemplateSet
    /// What to render.
    public var options: RenderOptions
    /// The template engine (tests render with swift-mustache to compare).
    var engine: TemplateLibrary.Engine = .automatic

    public init(templates: TemplateSet, options: RenderOptions = RenderOptions()) {
        self.templates = templates
        self.options = options
    }

    /// The documents (`regional.html`, `country-TCD.html`, `.md`) and data files (`*.csv`) for
    /// the options' formats, sorted by name. Throws ``RenderError/unknownCountry(_:)`` when
    /// `--country` names no place of the plan, and for template failures.
    public func render(_ plan: Plan) throws -> [OutputFile] {
        let collected = Collected()
        try render(plan) { collected.add($0) }
        return collected.files.sorted { $0.name < $1.name }
    }

    /// Renders the same files as ``render(_:)`` on every core and hands each to `emit` as soon
    /// as it is made (from the rendering thread), so a caller can write it and let it go. Nothing
    /// is emitted when `--country` names no place of the plan. Returns the render's caches
    /// (chapters, places and values shared by the documents), which are freed with the returned
    /// object.
    @discardableResult
    public func render(_ plan: Plan, emit: @Sendable (OutputFile) throws -> Void) throws -> RenderCaches {
        var jobs: [Job] = []
        if options.formats.contains(where: \.isDocument) {
            // The regional document's values first, built beside the country documents (which
            // share their place values and chapters with it through the caches); then the country
            // documents; then the regional document, the largest, as two jobs (HTML, Markdown)
            // side by side, and the data files last: small jobs that end on both cores at about
            // the same time (the regional Markdown last left one core idle while it finished).
            // The regional Word document, the longest job of all, is the first when asked for:
            // it builds the regional values, and the country documents fill the other core
            // meanwhile (last, it kept one core alone for its whole length).
            let scopes = try documentScopes(plan)
            let hasRegional = scopes.contains(.regional)
            for edition in editions.indices {
                if hasRegional { jobs.append(options.formats.contains(.docx) ? .document(.regional, [.docx], edition) : .values(.regional, edition)) }
                jobs += scopes.reversed().filter { $0 != .regional }.map { .document($0, [.html, .md, .docx], edition) }
                if hasRegional {
                    jobs.append(.document(.regional, [.html], edition))
                    jobs.append(.document(.regional, [.md], edition))
                }
            }
        }
        if options.formats.contains(.csv) { jobs += [.requirements, .planningFigures, .chapterFigures, .indicators] }
        if options.formats.contains(.hpc) { jobs.append(.hpcProjects) }
        if options.formats.contains(.hpc) || (options.formats.contains(.csv) && plan.funding != nil) { jobs.append(.funding) }
        let documents = editions.map { language in
            var options = self.options
            if let language { options.language = language }
            return DocumentRenderer(templates: templates, options: options, engine: engine, nameSuffix: language.map { "." + $0 } ?? "")
        }
        let index = PlanIndex(plan: plan, labels: Labels(language: plan.language, catalog: templates.labels))
        _ = try ConcurrentMap.map(jobs) { job in
            switch job {
            case .values(let scope, let edition): _ = documents[edition].values(plan, scope: scope)
            case .document(let scope, let formats, let edition): for file in try documents[edition].render(plan, scope: scope, formats: formats) { try emit(file) }
            case .requirements: try emit(OutputFile(name: "requirements.csv", bytes: RequirementsCSV.table(plan, index: index).csv(hxl: options.hxl)))
            case .planningFigures: try emit(OutputFile(name: "planning-figures.csv", bytes: PlanningFiguresCSV.places(plan, index: index).csv(hxl: options.hxl)))
            case .chapterFigures:
                try emit(OutputFile(name: "planning-figures-chapters.csv", bytes: PlanningFiguresCSV.chapters(plan, index: index).csv(hxl: options.hxl)))
            case .indicators: try emit(OutputFile(name: "indicators.csv", bytes: IndicatorsCSV.table(plan, index: index).csv(hxl: options.hxl)))
            case .funding: try emit(OutputFile(name: "funding.csv", bytes: FundingCSV.table(plan, index: index).csv(hxl: options.hxl)))
            case .hpcProjects: try emit(OutputFile(name: "hpc-projects.csv", bytes: HPCProjectsCSV.table(plan, index: index).csv(hxl: options.hxl)))
            }
        }
        return RenderCaches(documents)
    }

    /// Files emitted from several threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [OutputFile] = []
        func add(_ file: OutputFile) { lock.withLock { stored.append(file) } }
        var files: [OutputFile] { lock.withLock { stored } }
    }

    /// One unit of parallel work: a document (HTML and/or Markdown) or a data file.
    private enum Job: Sendable {
        case document(DocumentScope, Set<OutputFormat>, Int)
        /// A document's template values, built ahead of its rendering.
        case values(DocumentScope, Int)
        case requirements, planningFigures, chapterFigures, indicators, funding, hpcProjects
    }

    /// The languages of the editions: `nil` alone for one edition named without a language.
    private var editions: [String?] { options.editions.count > 1 ? options.editions : [nil] }

    /// The regional document and one per country (and sub-region), or only the `--country` one;
    /// a country plan has only its main document.
    public func documentScopes(_ plan: Plan) throws -> [DocumentScope] {
        let countries = plan.places.filter { p in
            if case .regional = p.place { return false }
            return p.narrative != nil || !p.sectors.isEmpty || (plan.consolidation.place(p.place)?.total ?? 0) > 0
        }
        if let wanted = options.country {
            guard let place = countries.first(where: { $0.place.code.uppercased() == wanted.uppercased() }) else {
                throw RenderError.unknownCountry(wanted)
            }
            return [.place(place.place)]
        }
        // A country plan's main document already is its country's document.
        if plan.kind == .country { return [.regional] }
        return [.regional] + countries.map { .place($0.place) }
    }
}
