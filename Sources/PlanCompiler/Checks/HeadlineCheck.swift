import PlanDiagnostics
import PlanModel

/// Compares headline figures (plan file and country chapters) with the consolidation.
enum HeadlineCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        let c = context.plan.consolidation
        var out = findings(context.header.headline, file: context.planPath, what: "Plan", total: c.total,
                           partners: c.partnerCount, population: c.population.clampedSum(\.planned))
        for chapter in context.countryChapters {
            guard let place = c.place(chapter.header.place.value) else { continue }
            out += findings(chapter.header.headline, file: chapter.source.file.path, what: place.place.code, total: place.total,
                            partners: place.partners.count, population: place.population.clampedSum(\.planned))
        }
        return out
    }

    private static func findings(_ headline: Headline?, file: String, what: String, total: Int64, partners: Int, population: Int) -> [Diagnostic] {
        guard let headline else { return [] }
        var out: [Diagnostic] = []
        if let written = headline.requirements, written.value.currency == "USD", !written.value.matches(computed: total) {
            // Clamped, and never Int64.min, so that it can be negated.
            let diff = max(written.value.amount.subtractingClamped(total), -Int64.max)
            let numbers = "headline \(written.value) (±\(Money.grouped(written.value.precision / 2))), lines add up to USD \(Money.grouped(total)), difference USD \(Money.grouped(Int64(diff.magnitude)))"
            let rule = diff > 0 ? BudgetRules.unallocatedRemainder : BudgetRules.headlineMismatch
            out.append(rule.diagnostic(
                file: file, range: written.range,
                summary: diff > 0
                    ? "\(what) headline requirement exceeds the requirement lines by USD \(Money.grouped(diff)): an unallocated remainder"
                    : "\(what) headline requirement is USD \(Money.grouped(-diff)) lower than the requirement lines add up to",
                notes: [DiagnosticNote(numbers)]
            ))
        }
        if let written = headline.partners, written.value != partners {
            out.append(PartnerRules.headlineMismatch.diagnostic(
                file: file, range: written.range,
                summary: "\(what) headline says \(written.value) partners, but \(partners) appealing partners have requirements"
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
}
