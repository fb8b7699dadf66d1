/// Writes one document's body (the regional document or a country's) from the same template
/// values the HTML and Markdown documents are rendered from, part by part in the order of the
/// `document` template: cover, contents, foreword, overview, planning figures, financial
/// requirements, sector summaries, funding, partners, the place chapters, annexes. HTML heading levels map to Word's: the
/// document title is Title, `<h2>` Heading 1, `<h3>` Heading 2, `<h4>` Heading 3.
struct DocxDocumentWriter {
    /// The document's template values (``DocumentModel``).
    let root: TemplateValue
    var body: DocxBody

    /// The labels of the document's language.
    let labels: TemplateValue

    /// `languageInStyles` when the styles part is ours (see ``DocxBody/init(language:languageInStyles:)``).
    /// Chapter bodies converted once for all the documents of a compile.
    let narratives: DocxNarrativeCache

    /// `page`: the documents' page size and margins.
    init(root: TemplateValue, languageInStyles: Bool = true, page: DocxPageSetup = .a4, narratives: DocxNarrativeCache = DocxNarrativeCache()) {
        self.root = root
        self.narratives = narratives
        labels = root.child("labels") ?? [:]
        body = DocxBody(document: root.text("language"), languageInStyles: languageInStyles, page: page)
    }

    /// A label of the document's language.
    func label(_ key: String) -> String { labels.text(key) }

    /// `label:` with the language's colon (` :` in French).
    func labelled(_ key: String) -> String { label(key) + label("colon") }

    /// The running header: the draft mark, the title, the illustrative mark (as the printed
    /// HTML's).
    var runningHeader: String {
        (root.flag("draft") ? label("draftShort").uppercased() + " · " : "") + root.text("title")
            + (root.flag("illustrative") ? " · " + label("illustrativeShort") : "")
    }

    /// The whole body: `word/document.xml`.
    mutating func write() throws -> DocxBody {
        cover()
        let contentsPosition = body.position
        foreword()
        if root.flag("overview.hasText") {
            body.heading(root.text("overview.title"), level: 1, anchor: "overview")
            narrative(root.at("overview") ?? [:], language: root.text("language"))
        }
        if !root.flag("isOwnDocument") { try planningFigures() }
        try financial()
        sectorSummaries()
        try funding()
        partners()
        for place in root.items("places") { try self.place(place) }
        annexes()
        // The contents last, where it belongs: it shows the numbers the headings got.
        var contents = DocxBody(language: body.language, languageInStyles: body.defaultLanguage != nil, page: body.page)
        self.contents(into: &contents, numbers: body.headingNumbers)
        body.insert(contents, at: contentsPosition)
        body.endDocument()
        return body
    }

    /// A chapter body (`{hasText, markdown, chapter}`) in `language`: from the kept tree that
    /// `chapter` names, else from its Markdown. `shared`: converted once for every document
    /// (``DocxNarrativeCache``); a sector chapter is not, its whole chapter is
    /// (``DocxSectionCache``).
    mutating func narrative(_ value: TemplateValue, language: String, shared: Bool = true) {
        guard value.flag("hasText") else { return }
        let language = language.isEmpty ? root.text("language") : language
        if case .text(let chapter)? = value.child("chapter") {
            if shared {
                narratives.write(chapter: chapter, language: language, into: &body)
            } else {
                narratives.writeUnkept(chapter: chapter, language: language, into: &body)
            }
        } else if shared {
            narratives.write(value.text("markdown"), language: language, into: &body)
        } else {
            DocxNarrative.write(value.text("markdown"), language: language, into: &body)
        }
    }

    /// A note paragraph (`p.note` in HTML).
    mutating func note(_ text: String) {
        body.paragraph(text, DocxParagraphStyle("Note"))
    }

    /// A chart with its source line.
    mutating func chart(_ chart: DocxChart, source: String? = nil) throws {
        if !chart.isEmpty { try body.chart(chart, parts: narratives.chart(chart, language: body.language)) }
        if let source { note(source) }
    }

    /// `Source: the plan`.
    var planSource: String { labelled("source") + " " + label("sourcePlan") }

    /// A bar chart of the template values' `key` (`sectorChartData`).
    mutating func barChart(_ value: TemplateValue, _ key: String) throws {
        guard let data = value.at(key) else { return }
        try chart(DocxChart.bars(data, millionsLabel: label("usdMillion")), source: planSource)
    }

    /// The pyramid of a document or place, with its caption.
    mutating func pyramid(_ value: TemplateValue) throws {
        guard value.flag("hasPyramid"), let data = value.at("pyramidData") else { return }
        try chart(DocxChart.pyramid(data), source: [label("pyramidShares"), label("pyramidNote"), planSource].joined(separator: " "))
    }
}
