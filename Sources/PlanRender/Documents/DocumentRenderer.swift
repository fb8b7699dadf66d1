import Mustache
import PlanModel

/// Renders the documents of one scope (the regional document or one country's) with the
/// `document` template of each requested format. The template values are built once per scope
/// and shared by the HTML and Markdown documents.
struct DocumentRenderer: Sendable {
    var templates: TemplateSet
    var options: RenderOptions
    /// swift-mustache or the fast renderer when the templates allow it (tests compare them).
    var engine: TemplateLibrary.Engine = .automatic
    /// Added to each file's stem: `.fr` for the French edition of several (`regional.fr.html`).
    var nameSuffix = ""
    /// Chapter bodies rendered once for all the documents of one compile.
    let cache = OnceCache<NarrativeCache.Key, NarrativeCache.Rendered>()
    /// Place chapters rendered once per language and format: a country's chapter is the same in
    /// the regional document and in its own document when both are in the same language.
    let places = OnceCache<PlaceKey, [UInt8]>()
    /// Chapter bodies converted to Word XML once for all the Word documents.
    let docxNarratives = DocxNarrativeCache()
    /// Place values built once per language (see ``DocumentModel/places``).
    let placeModels = OnceCache<DocumentModel.PlaceKey, TemplateValue>()

    struct PlaceKey: Hashable, Sendable {
        var place: String
        var language: String
        var html: Bool
    }

    /// The regional document's template values, built once and shared by its HTML and Markdown
    /// jobs (a country document renders both formats in one job).
    let documentValues = OnceCache<DocumentScope, TemplateFields>()
    /// Each language's plan (translated), lookups and `labels` value, made once: they depend on
    /// the document's language alone, and the country documents of one language share them.
    let languages = OnceCache<String, DocumentModel.Language>()

    /// `STEM.html`, `STEM.md` and/or `STEM.docx` for `scope`: those of `formats` that the options ask for.
    func render(_ plan: Plan, scope: DocumentScope, formats: Set<OutputFormat> = [.html, .md, .docx]) throws -> [OutputFile] {
        let language = self.language(of: scope, in: plan)
        let wantsHTML = options.formats.contains(.html), wantsMarkdown = options.formats.contains(.md)
        let values = values(plan, scope: scope)
        var files: [OutputFile] = []
        // The PDF edition prints the HTML document (``PDFEngine``), in the same job.
        if options.rendersHTML, formats.contains(.html) {
            let html = try render(values, library: templates.html, language: language, isHTML: true)
            if wantsHTML { files.append(OutputFile(name: scope.fileStem + nameSuffix + ".html", bytes: html)) }
            if options.formats.contains(.pdf) {
                files.append(try pdf(String(decoding: html, as: UTF8.self), values: values, plan: plan, name: scope.fileStem + nameSuffix + ".pdf"))
            }
        }
        if wantsMarkdown, formats.contains(.md) {
            let text = try render(values, library: templates.markdown, language: language, isHTML: false)
            files.append(OutputFile(name: scope.fileStem + nameSuffix + ".md", bytes: MarkdownTidy.tidy(text)))
        }
        if options.formats.contains(.docx), formats.contains(.docx) {
            files.append(try DocxRenderer.render(values, plan: plan, stem: scope.fileStem + nameSuffix, reference: options.reference, narratives: docxNarratives))
        }
        return files
    }

    /// The template values of `scope`'s document (the regional document's built once).
    func values(_ plan: Plan, scope: DocumentScope) -> TemplateFields {
        let make = {
            // The Word documents find each chapter's kept tree by its ID (`chapter`).
            let wantsDocx = options.formats.contains(.docx)
            let narrative = NarrativeRenderer(
                allowRawHTML: options.allowRawHTML, wantsHTML: options.rendersHTML, wantsMarkdown: options.formats.contains(.md), cache: cache,
                docx: wantsDocx ? docxNarratives : nil
            )
            let language = language(of: scope, in: plan)
            let shared = languages.value(for: language) {
                // Each chapter's translation into the document's language replaces its text.
                let translated = plan.translations.isEmpty ? plan : plan.translated(to: language)
                return DocumentModel.Language(PlanIndex(plan: translated, labels: Labels(language: language, catalog: templates.labels)))
            }
            return DocumentModel(language: shared, scope: scope, narrative: narrative, places: placeModels).values()
        }
        return scope == .regional ? documentValues.value(for: scope, make: make) : make()
    }

    /// The language a scope's document is written in: `--language`, else the plan's for the
    /// regional document and the place chapter's own for a country document.
    private func language(of scope: DocumentScope, in plan: Plan) -> String {
        if let language = options.language { return language }
        return switch scope {
        case .regional: plan.language
        case .place(let place): plan.place(place)?.language ?? plan.language
        }
    }

    /// The UTF-8 of the `document` template with `values`; each place is rendered with the
    /// `place` template once per language and format and handed to `document` as its `rendered`
    /// text. The document's buffer is reserved for the places' text and as much again, a place's
    /// for the texts of its values (``TemplateValue/textSize``).
    private func render(_ values: TemplateFields, library: TemplateLibrary, language: String, isHTML: Bool) throws -> [UInt8] {
        var root = values
        let labels = root["labels"] ?? .object([:])
        var placesSize = 0
        if case .list(let placeValues) = root["places"] {
            root["places"] = .list(try placeValues.map { place in
                guard case .object(var fields) = place else { return place }
                guard case .text(let code) = fields["code"] else { return place }
                let key = PlaceKey(place: code, language: language, html: isHTML)
                let text = try places.value(for: key) {
                    var context = fields
                    context["labels"] = labels
                    let capacity = fields.values.reduce(1 << 12) { $0 + $1.textSize }
                    guard let text = library.renderBytes("place", value: .object(context), capacity: capacity, engine: engine) else {
                        throw RenderError.missingTemplate("place")
                    }
                    return text
                }
                placesSize += text.count
                fields["rendered"] = .utf8(text)
                return .object(fields)
            })
        }
        guard let bytes = library.renderBytes("document", value: .object(root), capacity: 2 * placesSize + (1 << 16), engine: engine) else {
            throw RenderError.missingTemplate("document")
        }
        return bytes
    }
}
