import PlanModel

/// Builds the values one document template receives (see docs/outputs.md for the list).
///
/// Every value is plain data (strings, booleans, lists, dictionaries): templates escape it,
/// except `narrative.html` (cmark's HTML) and the `*Chart`/`pyramid` SVG our chart code wrote.
struct DocumentModel {
    var plan: Plan
    var scope: DocumentScope
    var labels: Labels
    var narrative: NarrativeRenderer

    func values() -> [String: Any] {
        let index = PlanIndex(plan: plan, labels: labels)
        let figures = ScopeFigures(plan: plan, scope: scope, index: index)
        let prefix = scope.fileStem
        let pyramid = PopulationModel.pyramid(figures.population, id: prefix + "-pyramid", index: index)
        let partners = FinanceModel.partners(figures, index: index)
        let indicators = IndicatorModel.annexRows(figures.places, index: index)
        var root: [String: Any] = [
            "language": labels.language,
            "labels": labels.all,
            "planTitle": plan.title,
            "title": title(index),
            "period": PeriodText.text(plan.period, labels: labels),
            "version": plan.version,
            "illustrative": Self.isIllustrative(plan),
            "isRegional": scope == .regional,
            "glance": glance(figures, index: index),
            "population": PopulationModel.rows(figures.population, index: index),
            "hasPopulation": !figures.population.isEmpty,
            "pyramid": pyramid ?? "", "hasPyramid": pyramid != nil,
            "finance": FinanceModel.make(figures, index: index, idPrefix: prefix),
            "partners": partners, "hasPartners": !partners.isEmpty,
            "places": figures.places.map { PlaceModel.make($0, plan: plan, index: index, narrative: narrative) },
            "indicators": indicators, "hasAnnexIndicators": !indicators.isEmpty,
            "partnerPlaces": FinanceModel.partnerPlaceGroups(figures, index: index),
            "generator": "RRPKit",
        ]
        // A country plan's overview is the plan's own, not a regional one.
        let overviewKey = plan.kind == .country ? "countryOverview" : "regionalOverview"
        var overview = scope == .regional
            ? narrative.values(plan.overview, baseLevel: 3, titles: [labels["regionalOverview"], labels["countryOverview"], plan.title])
            : ["hasText": false]
        overview["title"] = labels[overviewKey]
        root["overview"] = overview
        root["toc"] = toc(root, hasOverview: overview["hasText"] as? Bool ?? false)
        return root
    }

    /// `illustrative: yes`, or a title that says so in English, French or Spanish
    /// (illustrative, illustratif, illustrative, ilustrativo, ilustrativa).
    static func isIllustrative(_ plan: Plan) -> Bool {
        let title = plan.title.lowercased()
        return plan.illustrative || title.contains("illustrati") || title.contains("ilustrativ")
    }

    private func title(_ index: PlanIndex) -> String {
        guard case .place(let place) = scope else { return plan.title }
        return plan.title + " – " + (plan.place(place)?.title ?? index.placeName(place))
    }

    private func glance(_ figures: ScopeFigures, index: PlanIndex) -> [[String: Any]] {
        var items: [[String: Any]] = []
        if figures.plannedPopulation > 0 { items.append(["label": labels["plannedPopulation"], "value": Numbers.people(figures.plannedPopulation)]) }
        if figures.targetedPopulation > 0 { items.append(["label": labels["peopleTargeted"], "value": Numbers.people(figures.targetedPopulation)]) }
        items.append(["label": labels["totalRequirements"], "value": Numbers.usdSummary(figures.total + figures.unallocated, labels: labels)])
        items.append(["label": labels["partnerCount"], "value": "\(figures.partners.count)"])
        if scope == .regional {
            let countries = figures.places.filter { if case .country = $0.place { true } else { false } }.count
            items.append(["label": labels["countryCount"], "value": "\(countries)"])
        }
        if !figures.localPartners.isEmpty {
            let local = figures.byPartner.filter { figures.localPartners.contains($0.partner) }.reduce(Int64(0)) { $0 + $1.amount }
            items.append(["label": labels["localShare"], "value": Numbers.percent(local, of: figures.total)])
        }
        return items
    }

    /// Table of contents: generated parts and one entry per place with its sectors.
    private func toc(_ root: [String: Any], hasOverview: Bool) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        func add(_ anchor: String, _ key: String, children: [[String: Any]] = []) {
            entries.append(["anchor": anchor, "title": labels[key], "children": children, "hasChildren": !children.isEmpty])
        }
        if hasOverview { add("overview", plan.kind == .country ? "countryOverview" : "regionalOverview") }
        if root["hasPopulation"] as? Bool == true { add("planning-figures", "planningFigures") }
        add("financial-requirements", "financialRequirements")
        add("partners", "partnerList")
        let places = root["places"] as? [[String: Any]] ?? []
        for place in places {
            let sectors = (place["sectors"] as? [[String: Any]] ?? []).map { ["anchor": $0["anchor"] ?? "", "title": $0["title"] ?? "", "children": [] as [Any]] }
            entries.append(["anchor": place["anchor"] ?? "", "title": place["title"] ?? "", "children": sectors, "hasChildren": !sectors.isEmpty])
        }
        add("annexes", "annexes", children: [
            ["anchor": "annex-monitoring", "title": labels["monitoringFramework"], "children": [] as [Any]],
            ["anchor": "annex-finance", "title": labels["requirementsByPartnerAndCountry"], "children": [] as [Any]],
        ])
        return entries
    }
}
