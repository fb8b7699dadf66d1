import PlanDiagnostics
import PlanModel

/// Reports consolidated totals above their limits (``FigureLimits``).
///
/// Each written figure is within its limit, but a sum of many is not bound to be: the
/// consolidation clamps instead of trapping, and this check makes such a plan an error, located
/// at the figure that takes the running total past the limit (in the consolidation's order).
/// Every amount the compiler adds up is part of the plan total, so checking it covers them all;
/// the people of the plan (over places and groups) and of the regional level (over groups,
/// kept apart from the plan's) cover every population sum.
enum TotalsCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if context.plan.consolidation.total > FigureLimits.maximumAmount, let d = amountDiagnostic(context) { out.append(d) }
        let places = context.plan.consolidation.places
        for scope in [places.filter { $0.place != .regional }, places.filter { $0.place == .regional }] {
            for measure in Measure.all {
                if let d = populationDiagnostic(context, places: scope, measure: measure) { out.append(d) }
            }
        }
        return out
    }

    /// The requirement line whose amount takes the counted total past the limit.
    private static func amountDiagnostic(_ context: CheckContext) -> Diagnostic? {
        var total: Int64 = 0
        for chapter in context.sectorChapters {
            for line in chapter.header.requirements where context.registry.partner(line.partner.value)?.isAppealing == true {
                for amount in line.amounts where amount.money.value.currency == "USD" {
                    total = total.addingClamped(amount.money.value.amount)
                    guard total > FigureLimits.maximumAmount else { continue }
                    return BudgetRules.totalOutOfRange.diagnostic(
                        file: chapter.source.file.path, range: amount.money.range,
                        summary: "With this amount the requirement lines add up to more than USD \(Money.grouped(FigureLimits.maximumAmount)), the largest amount a plan holds"
                    )
                }
            }
        }
        return nil
    }

    /// The chapter figure that takes the sum of `measure` over `places` and their groups past
    /// the limit.
    private static func populationDiagnostic(_ context: CheckContext, places: [PlaceConsolidation], measure: Measure) -> Diagnostic? {
        var total = 0
        for place in places {
            for group in place.population {
                let value = group[keyPath: measure.total]
                total = total.addingClamped(value)
                guard total > FigureLimits.maximumCount else { continue }
                let source = context.sectorChapters.lazy.compactMap { chapter -> (String, SourceRange)? in
                    guard chapter.header.place.value == place.place,
                          let figures = chapter.header.population.first(where: { $0.group.value == group.group }),
                          let figure = figures[keyPath: measure.written], figure.value == value else { return nil }
                    return (chapter.source.file.path, figure.range)
                }.first
                return PopulationRules.totalOutOfRange.diagnostic(
                    file: source?.0 ?? context.planPath, range: source?.1,
                    summary: "With this figure the \(measure.name) people of \(place.place == .regional ? "the regional level" : "the plan") add up to more than \(Money.grouped(Int64(FigureLimits.maximumCount))), the largest count a plan holds"
                )
            }
        }
        return nil
    }

    /// Planned, in need, targeted: the consolidated figure and the written one.
    private struct Measure {
        var name: String
        var total: KeyPath<PopulationTotal, Int>
        var written: KeyPath<PopulationFigures, Located<Int>?>

        static var all: [Measure] {
            [
                Measure(name: "planned", total: \.planned, written: \.planned),
                Measure(name: "in-need", total: \.inNeed, written: \.inNeed),
                Measure(name: "targeted", total: \.targeted, written: \.targeted),
            ]
        }
    }
}
