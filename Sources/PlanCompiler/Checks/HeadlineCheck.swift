import PlanDiagnostics
import PlanModel

/// Compares headline figures (plan file and country chapters) with the consolidation: each
/// headline amount with the lines of its years, within the rounding of every figure compared.
enum HeadlineCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let c = context.plan.consolidation
        // Counted once for every scope: per country, a pass over all the chapters cost as much
        // as the rest of the checks on a large plan.
        let counted = CountedFigures.byScope(context)
        var out = findings(context.header.headline, file: context.planPath, what: "Plan", figures: counted.plan,
                           partners: c.partnerCount, population: c.population.clampedSum(\.planned))
        for chapter in context.countryChapters {
            guard let place = c.place(chapter.header.place.value) else { continue }
            out += findings(chapter.header.headline, file: chapter.source.file.path, what: place.place.code,
                            figures: counted.places[place.place] ?? CountedFigures(),
                            partners: place.partners.count, population: place.population.clampedSum(\.planned))
        }
        return out
    }

    private static func findings(_ headline: Headline?, file: String, what: String, figures: CountedFigures, partners: Int, population: Int) -> [Diagnostic] {
        guard let headline else { return [] }
        var out = requirementFindings(headline, file: file, what: what, figures: figures)
        if let written = headline.partners, written.value != partners,
           !(figures.hasTotalsWithoutPartners && written.value > partners) {
            out.append(PartnerRules.headlineMismatch.diagnostic(
                file: file, range: written.range,
                summary: "\(what) headline says \(written.value) partners, but \(partners) appealing partners have requirements"
                    + (figures.hasTotalsWithoutPartners ? " (more than the headline, although some totals are not yet broken down by partner)" : "")
            ))
        }
        if let written = headline.population, written.value != population {
            out.append(PopulationRules.headlineMismatch.diagnostic(
                file: file, range: written.range,
                summary: "\(what) headline population \(Money.grouped(Int64(written.value))) differs from the planned figures, which add up to \(Money.grouped(Int64(population)))"
            ))
        }
        return out
    }

    /// Each headline amount against the counted figures of its year (or of the whole period),
    /// plus the declared remainder that belongs to it.
    private static func requirementFindings(_ headline: Headline, file: String, what: String, figures: CountedFigures) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let remainder = headline.unallocated
        let remainderYear = remainder?.year?.value ?? (headline.requirements.count == 1 ? headline.requirements[0].year?.value : nil)
        if let remainder, !headline.requirements.contains(where: { $0.year?.value == remainderYear }) {
            out.append(BudgetRules.headlineMismatch.diagnostic(
                file: file, range: remainder.amount.range,
                summary: "\(what) declares an unallocated remainder \(remainder.year.map { "for \($0.value) " } ?? "")but no headline requirement \(remainderYear.map { "for \($0)" } ?? "for the whole period") to belong to"
            ))
        }
        for amount in headline.requirements where amount.money.value.currency == "USD" {
            let year = amount.year?.value
            var parts = figures.parts(for: year)
            if let remainder, remainderYear == year {
                let money = remainder.amount.value
                parts.append(FigureComparison.Part(year: year, amount: money.amount, precision: money.precision))
            }
            let scope = year.map { "\($0) " } ?? ""
            let comparison = FigureComparison(written: amount.money.value, parts: parts)
            guard !comparison.agrees else { continue }
            // A difference past 64 bits is printed clamped, never as 0.
            let diff = comparison.difference ?? (amount.money.value.amount < comparison.computed ? -Int64.max : Int64.max)
            let covered = remainder != nil && remainderYear == year ? "lines and declared remainder add up to" : "lines add up to"
            out.append(BudgetRules.headlineMismatch.diagnostic(
                file: file, range: amount.money.range,
                summary: diff > 0
                    ? "\(what) \(scope)headline requirement exceeds what its requirement lines add up to by USD \(Money.grouped(diff)), beyond the rounding of the figures (\(comparison.toleranceText))"
                    : "\(what) \(scope)headline requirement is USD \(Money.grouped(Int64(clamping: diff.magnitude))) lower than its requirement lines add up to, beyond the rounding of the figures (\(comparison.toleranceText))",
                notes: [DiagnosticNote(comparison.numbers("headline", covered))]
                    + (diff > 0 ? [DiagnosticNote("if the remainder is intended, declare it under the headline: 'unallocated:' with 'amount:' and 'reason:'")] : [])
            ))
        }
        return out
    }
}
