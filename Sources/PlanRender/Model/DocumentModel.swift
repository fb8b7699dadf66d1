import PlanModel

/// Builds the values one document template receives (see docs/outputs.md for the list).
///
/// Every value is plain data (texts, flags, lists, objects): templates escape it, except
/// `narrative.html` (cmark's HTML) and the `*Chart`/`pyramid` SVG our chart code wrote.
struct DocumentModel {
    /// What the documents of one language share.
    var language: Language
    var scope: DocumentScope
    var narrative: NarrativeRenderer
    /// A place's values, shared by the regional document and the place's own document when
    /// both are in the same language.
    var places: OnceCache<PlaceKey, TemplateValue>

    /// A place's chapter in one language.
    struct PlaceKey: Hashable, Sendable {
        var place: String
        var language: String
    }

    /// The plan in one language with its labels and lookups, and the labels as the `labels`
    /// value: the same for every document in that language.
    struct Language: Sendable {
        var index: PlanIndex
        var labels: TemplateValue

        init(_ index: PlanIndex) {
            self.index = index
            labels = .object(Dictionary(uniqueKeysWithValues: index.labels.all.map { (TemplateKey($0.key), .text($0.value)) }))
        }
    }

    var index: PlanIndex { language.index }
    var plan: Plan { index.plan }
    var labels: Labels { index.labels }

    func values() -> TemplateFields {
        let figures = ScopeFigures(plan: plan, scope: scope, index: index)
        let prefix = scope.fileStem
        // A version word the labels know (`launch`) is translated; anything else is shown as written.
        let versionKey = "version." + plan.version
        let versionText = labels[versionKey] == versionKey ? plan.version : labels[versionKey]
        let pyramid = PopulationModel.pyramid(figures.population, id: prefix + "-pyramid", index: index)
        let partners = FinanceModel.partners(figures, index: index)
        let implementing = FinanceModel.implementing(figures, index: index)
        // Sector summaries span places: the regional document of a plan with several places has them.
        let sectorSummaries = scope == .regional && figures.byPlace.count > 1 ? SectorSummaryModel.make(figures, index: index) : []
        let places = figures.places.map { place in
            self.places.value(for: PlaceKey(place: place.place.code, language: labels.language)) {
                PlaceModel.make(place, plan: plan, index: index, narrative: narrative)
            }
        }
        let indicators = IndicatorModel.annexRows(places)
        var root: TemplateFields = [
            "language": .text(labels.language),
            "labels": language.labels,
            "planTitle": .text(index.planTitle),
            "title": .text(title(index)),
            "period": .text(PeriodText.text(plan.period, language: labels.language)),
            "version": .text(versionText),
            "published": .text(plan.published.map { PeriodText.date($0, language: labels.language) } ?? ""), "hasPublished": .bool(plan.published != nil),
            "illustrative": .bool(Self.isIllustrative(plan)),
            // A chapter without `status: cleared` makes the document a draft (on every page).
            "draft": .bool(plan.hasChaptersNotCleared),
            "isRegional": .bool(scope == .regional),
            "glance": .list(glance(figures, index: index)),
            // The planning-figures part (its table and pyramid) is the regional document's in the
            // default templates: made when read.
            "population": .lazy { PopulationModel.table(figures.population, index: index) },
            "hasPopulation": .bool(!figures.population.isEmpty),
            "pyramid": .lazy { .text(pyramid?.svg ?? "") }, "hasPyramid": .bool(pyramid != nil), "pyramidData": .lazy { pyramid.map(ChartData.pyramid) ?? [:] },
            "finance": FinanceModel.make(figures, index: index, idPrefix: prefix),
            "sectorSummaries": .list(sectorSummaries), "hasSectorSummaries": .bool(!sectorSummaries.isEmpty),
            "partners": .list(partners), "hasPartners": .bool(!partners.isEmpty),
            "partnerGroups": .list(FinanceModel.partnerGroups(figures, index: index, rows: partners)),
            "places": .list(places),
            "indicators": .list(indicators), "hasAnnexIndicators": .bool(!indicators.isEmpty),
            // The grids are made only when read: the default templates show them in the
            // regional document alone.
            "partnerGrid": .lazy { GridModel.partnerPlaces(figures, index: index) },
            "partnerSectorGrid": .lazy { GridModel.partnerSectors(figures, index: index) },
            "populationByPlace": .lazy { [plan] in GridModel.population(figures, plan: plan, index: index) },
            "implementing": .list(implementing), "hasImplementing": .bool(!implementing.isEmpty),
            "generator": "RRPKit",
        ]
        // A country plan's overview is the plan's own, not a regional one.
        let overviewKey = plan.kind == .country ? "countryOverview" : "regionalOverview"
        var overview = scope == .regional
            ? narrative.values(plan.overview, baseLevel: 3, titles: [labels["regionalOverview"], labels["countryOverview"], plan.title, index.planTitle])
            : ["hasText": false]
        if case .object(var fields) = overview {
            fields["title"] = .text(labels[overviewKey])
            // The plan file's text is in the plan's language, or in its translation's when an
            // edition replaced it (see Plan.translated(to:)).
            let overviewLanguage = plan.translations[plan.file]?.values.first { $0.narrative.file == plan.overview.file }?.language ?? plan.language
            fields["language"] = .text(overviewLanguage)
            fields.merge(LanguageNote.values(chapterLanguage: overviewLanguage, hasText: fields["hasText"] == .bool(true), labels: labels)) { _, new in new }
            overview = .object(fields)
        }
        root.merge(FundingModel.make(plan, scope: scope, index: index, idPrefix: prefix)) { _, new in new }
        root.merge(ProgressModel.make(plan)) { _, new in new }
        let foreword = scope == .regional ? forewordValues() : nil
        root["foreword"] = foreword ?? ["hasText": false]
        root["hasForeword"] = .bool(foreword != nil)
        root["overview"] = overview
        // A country document shows its planning figures, pyramid and sector chart once, in its
        // place's chapter (rendered once and shared with the regional document), and the partner
        // annex only in the regional document, where partners span places.
        let contents = toc(places, hasPopulation: scope == .regional && !figures.population.isEmpty, hasOverview: overview.child("hasText") == .bool(true),
                           sectorSummaries: sectorSummaries, foreword: foreword?.child("title"))
        root["toc"] = .list(contents)
        root["tocIsLong"] = .bool(Self.isLong(contents))
        root["isOwnDocument"] = .bool(scope != .regional)
        // The running header of printed pages, a CSS string (the style sheet writes it unescaped).
        let header = (!plan.hasChaptersNotCleared ? "" : labels["draftShort"].uppercased() + " · ") + title(index)
            + (Self.isIllustrative(plan) ? " · " + labels["illustrativeShort"] : "")
        root["runningHeader"] = .text(CSSString.escape(header))
        return root
    }

    /// The foreword (`chapter: foreword`) as the regional document opens with it: `{title, html,
    /// markdown, hasText, language, signatories: [{line}], hasSignatories, otherLanguage,
    /// otherLanguageNote}`; `nil` when the plan has none or it has no text.
    private func forewordValues() -> TemplateValue? {
        guard let foreword = plan.foreword else { return nil }
        let title = foreword.title ?? labels["foreword"]
        guard case .object(var fields) = narrative.values(foreword.narrative, baseLevel: 3, titles: [title, labels["foreword"]]),
              fields["hasText"] == .bool(true) else { return nil }
        fields["title"] = .text(title)
        fields["language"] = .text(foreword.language)
        fields["signatories"] = .list(foreword.signedBy.map { ["line": .text($0)] })
        fields["hasSignatories"] = .bool(!foreword.signedBy.isEmpty)
        fields.merge(LanguageNote.values(chapterLanguage: foreword.language, hasText: true, labels: labels)) { _, new in new }
        return .object(fields)
    }

    /// `illustrative: yes`, or a title that says so in English, French or Spanish
    /// (illustrative, illustratif, illustrative, ilustrativo, ilustrativa).
    static func isIllustrative(_ plan: Plan) -> Bool {
        let title = plan.title.lowercased()
        return plan.illustrative || title.contains("illustrati") || title.contains("ilustrativ")
    }

    private func title(_ index: PlanIndex) -> String {
        guard case .place(let place) = scope else { return index.planTitle }
        return index.planTitle + " – " + index.placeTitle(place)
    }

    private func glance(_ figures: ScopeFigures, index: PlanIndex) -> [TemplateValue] {
        var items: [TemplateValue] = []
        func add(_ key: String, _ value: String) { items.append(["label": .text(labels[key]), "value": .text(value)]) }
        // Refugees (with the other displaced groups) and host communities apart, as published
        // plans show them: one sum over both would count two different things as one.
        let hosts = figures.population.filter { $0.group == .hostCommunity }.clampedSum(\.planned)
        let displaced = figures.plannedPopulation.subtractingClamped(hosts)
        if displaced > 0 { add("refugeesAndOthers", index.numbers.people(displaced)) }
        if hosts > 0 { add("hostCommunity", index.numbers.people(hosts)) }
        add("totalRequirements", index.numbers.usdSummary(figures.total.addingClamped(figures.unallocated)))
        add("partnerCount", index.numbers.people(figures.partnerCount))
        if scope == .regional {
            let countries = figures.places.filter { if case .country = $0.place { true } else { false } }.count
            add("countryCount", index.numbers.people(countries))
        }
        if !figures.localPartners.isEmpty {
            let local = figures.byPartner.filter { figures.localPartners.contains($0.partner) }.clampedSum(\.amount)
            add("localShare", index.numbers.percent(local, of: figures.total))
        }
        return items
    }

    /// Contents of more lines than a printed page holds in one column with room to spare (the
    /// print style sets them in two columns, so that a few entries do not spill onto a page of
    /// their own).
    static func isLong(_ contents: [TemplateValue]) -> Bool {
        let lines = contents.reduce(0) { count, entry in
            guard case .list(let children) = entry.child("children") else { return count + 1 }
            return count + 1 + children.count
        }
        return lines > longContentsLines
    }

    /// The most contents lines kept in one column: an A4 page at the print size holds about 45.
    static let longContentsLines = 30

    /// Table of contents: generated parts and one entry per place with its sectors.
    private func toc(_ places: [TemplateValue], hasPopulation: Bool, hasOverview: Bool, sectorSummaries: [TemplateValue], foreword: TemplateValue?) -> [TemplateValue] {
        var entries: [TemplateValue] = []
        func entry(_ anchor: TemplateValue, _ title: TemplateValue, children: [TemplateValue] = []) -> TemplateValue {
            ["anchor": anchor, "title": title, "children": .list(children), "hasChildren": .bool(!children.isEmpty)]
        }
        func add(_ anchor: String, _ key: String, children: [TemplateValue] = []) {
            entries.append(entry(.text(anchor), .text(labels[key]), children: children))
        }
        if let foreword { entries.append(entry("foreword", foreword)) }
        if hasOverview { add("overview", plan.kind == .country ? "countryOverview" : "regionalOverview") }
        if hasPopulation { add("planning-figures", "planningFigures") }
        add("financial-requirements", "financialRequirements")
        if !sectorSummaries.isEmpty {
            add("sector-summaries", "sectorSummaries", children: sectorSummaries.map { entry($0.child("anchor") ?? "", $0.child("name") ?? "") })
        }
        add("partners", "partnerList")
        for place in places {
            var sectors: [TemplateValue] = []
            if case .list(let items) = place.child("sectors") {
                sectors = items.map { entry($0.child("anchor") ?? "", $0.child("title") ?? "") }
            }
            if scope == .regional {
                entries.append(entry(place.child("anchor") ?? "", place.child("title") ?? "", children: sectors))
            } else {
                // The document is the place's: its chapter and sectors, not the place inside itself.
                if place.child("narrative")?.child("hasText") == .bool(true) {
                    entries.append(entry(place.child("anchor") ?? "", .text(labels["countryOverview"])))
                }
                entries += sectors
            }
        }
        var annexes: [TemplateValue] = [["anchor": "annex-monitoring", "title": .text(labels["monitoringFramework"]), "children": []]]
        if scope == .regional {
            annexes.append(["anchor": "annex-finance", "title": .text(labels["requirementsByPartnerAndCountry"]), "children": []])
            annexes.append(["anchor": "annex-partner-sector", "title": .text(labels["requirementsByPartnerAndSector"]), "children": []])
        }
        add("annexes", "annexes", children: annexes)
        return entries
    }
}
