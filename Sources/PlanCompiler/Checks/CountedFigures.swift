import PlanModel

/// The written amounts that count in a scope's totals, with their precision, for comparisons
/// with headlines: appealing partners' USD lines, or a sector chapter's `total-requirement:`
/// while it has no such line, or a country chapter's while none of its sector chapters counts
/// anything (as ``Consolidator`` counts them).
struct CountedFigures: Sendable {
    /// Every counted amount of the scope.
    var parts: [FigureComparison.Part] = []
    /// Whether part of the scope is a total not yet broken down by partner.
    var hasTotalsWithoutPartners = false

    init() {}

    /// The figures of the whole plan and of every place with chapters, in one pass over the
    /// chapters (a place's figures are its chapters' share of the plan's, in the same order).
    static func byScope(_ context: CheckContext) -> (plan: CountedFigures, places: [ChapterPlace: CountedFigures]) {
        let appealing = Set(context.registry.partners.filter(\.isAppealing).map(\.id))
        var periods: [ChapterPlace: Period] = [:]
        for place in context.plan.places where periods[place.place] == nil { periods[place.place] = place.period ?? context.plan.period }
        var plan = CountedFigures()
        var places: [ChapterPlace: CountedFigures] = [:]
        var counted = Set<ChapterPlace>()
        for index in context.sectorChapters.indices {
            let header = context.sectorChapters[index].header
            let place = header.place.value
            let figures = Self.sectorParts(header, period: periods[place] ?? context.plan.period, appealing: appealing)
            if figures.isTotal {
                plan.hasTotalsWithoutPartners = true
                places[place, default: CountedFigures()].hasTotalsWithoutPartners = true
            }
            if !figures.parts.isEmpty { counted.insert(place) }
            plan.parts += figures.parts
            places[place, default: CountedFigures()].parts += figures.parts
        }
        for index in context.countryChapters.indices {
            let header = context.countryChapters[index].header
            let country = header.place.value
            guard !counted.contains(country), !header.totalRequirement.isEmpty else { continue }
            let parts = Self.parts(header.totalRequirement, period: periods[country] ?? context.plan.period)
            plan.hasTotalsWithoutPartners = true
            plan.parts += parts
            places[country, default: CountedFigures()].hasTotalsWithoutPartners = true
            places[country, default: CountedFigures()].parts += parts
        }
        return (plan, places)
    }

    /// What a sector chapter counts: its appealing partners' lines, else its total
    /// (`isTotal`).
    static func sectorParts(_ header: SectorHeader, period: Period, appealing: Set<String>) -> (parts: [FigureComparison.Part], isTotal: Bool) {
        let lines = Self.lines(header, appealing: appealing)
        if lines.isEmpty, !header.totalRequirement.isEmpty {
            return (Self.parts(header.totalRequirement, period: period), true)
        }
        return (lines.flatMap { Self.parts($0.amounts, period: period) }, false)
    }

    /// The chapter's lines that count: appealing partners'.
    static func lines(_ header: SectorHeader, appealing: Set<String>) -> [RequirementLine] {
        header.requirements.filter { appealing.contains($0.partner.value) }
    }

    /// The USD amounts as parts; an undated amount belongs to the period's year when it has one.
    static func parts(_ amounts: [YearAmount], period: Period) -> [FigureComparison.Part] {
        amounts.compactMap { a in
            let money = a.money.value
            guard money.currency == "USD" else { return nil }
            let year = a.year?.value ?? (period.years.count == 1 ? period.start.year : nil)
            return FigureComparison.Part(year: year, amount: money.amount, precision: money.precision)
        }
    }

    /// The parts a headline amount for `year` (`nil`: the whole period) is compared with.
    func parts(for year: Int?) -> [FigureComparison.Part] {
        guard let year else { return parts }
        return parts.filter { $0.year == year }
    }
}

extension CheckContext {
    /// The period of `place`: its country chapter's own, else the plan's.
    func period(of place: ChapterPlace) -> Period {
        plan.places.first { $0.place == place }?.period ?? plan.period
    }
}
