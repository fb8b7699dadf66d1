import PlanModel

/// The written amounts that count in a scope's totals, with their precision, for comparisons
/// with headlines: appealing partners' USD lines, or a chapter's `total-requirement:` while it
/// has no such line (as ``Consolidator`` counts them).
struct CountedFigures: Sendable {
    /// Every counted amount of the scope.
    var parts: [FigureComparison.Part] = []
    /// Whether part of the scope is a total not yet broken down by partner.
    var hasTotalsWithoutPartners = false

    /// The figures of `place`, or of the whole plan when `place` is `nil`.
    init(_ context: CheckContext, place: ChapterPlace?) {
        let appealing = Set(context.registry.partners.filter(\.isAppealing).map(\.id))
        for chapter in context.sectorChapters where place == nil || chapter.header.place.value == place {
            let period = context.period(of: chapter.header.place.value)
            let lines = Self.lines(chapter.header, appealing: appealing)
            if lines.isEmpty, !chapter.header.totalRequirement.isEmpty {
                hasTotalsWithoutPartners = true
                parts += Self.parts(chapter.header.totalRequirement, period: period)
            } else {
                parts += lines.flatMap { Self.parts($0.amounts, period: period) }
            }
        }
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
