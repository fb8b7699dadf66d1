import PlanDiagnostics
import PlanModel

/// Checks each requirement line: who appeals, twice or not, and its amounts.
enum BudgetLineCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var partnersBySlot: [String: Set<String>] = [:]
        for chapter in context.sectorChapters {
            let slot = chapter.header.place.value.code + "/" + chapter.header.sector.value
            partnersBySlot[slot, default: []].formUnion(chapter.header.requirements.map(\.partner.value))
        }
        let appealing = Set(context.registry.partners.filter(\.isAppealing).map(\.id))
        for chapter in context.sectorChapters {
            let path = chapter.source.file.path
            let slot = chapter.header.place.value.code + "/" + chapter.header.sector.value
            let period = context.period(of: chapter.header.place.value)
            let periodName = period == context.plan.period ? "plan period" : "period of \(chapter.header.place.value.code)"
            out += totalFindings(chapter.header, file: path, slot: slot, period: period, periodName: periodName, appealing: appealing)
            for line in chapter.header.requirements {
                out += amountFindings(line.amounts, of: "Requirement of '\(line.partner.value)'", file: path, period: period, periodName: periodName)
                guard let partner = context.registry.partner(line.partner.value) else { continue }
                if partner.type == .government {
                    out.append(BudgetRules.governmentRequirement.diagnostic(
                        file: path, range: line.partner.range,
                        summary: "Government partner '\(partner.id)' has a requirement",
                        fixIts: [FixIt("Remove the requirement line", range: lineRange(line), replacement: "")]
                    ))
                } else if let principal = partner.implementingFor {
                    if partnersBySlot[slot, default: []].contains(principal) {
                        out.append(BudgetRules.implementingDoubleCount.diagnostic(
                            file: path, range: line.partner.range,
                            summary: "Implementing partner '\(partner.id)' appeals next to its appealing partner '\(principal)' in \(slot)"
                        ))
                    } else {
                        out.append(BudgetRules.implementingRequirement.diagnostic(
                            file: path, range: line.partner.range,
                            summary: "Implementing partner '\(partner.id)' has a requirement that is not counted"
                        ))
                    }
                }
            }
        }
        return out
    }

    /// A chapter's `total-requirement:`: its amounts, the note while it stands alone, and the
    /// comparison with the partner lines once they are there.
    private static func totalFindings(_ header: SectorHeader, file: String, slot: String, period: Period, periodName: String, appealing: Set<String>) -> [Diagnostic] {
        guard let first = header.totalRequirement.first else { return [] }
        var out = amountFindings(header.totalRequirement, of: "Total requirement of \(slot)", file: file, period: period, periodName: periodName)
        let range = header.totalRequirement.dropFirst().reduce(first.money.range) { $0.union($1.money.range) }
        let lines = CountedFigures.lines(header, appealing: appealing)
        if lines.isEmpty {
            out.append(BudgetRules.notBrokenDown.diagnostic(
                file: file, range: range,
                summary: "Requirement of \(slot) is a total not yet broken down by partner",
                notes: [DiagnosticNote("add the partners' 'requirements:' lines when the breakdown is known; they must add up to the total")]
            ))
            return out
        }
        let counted = lines.flatMap { CountedFigures.parts($0.amounts, period: period) }
        for written in header.totalRequirement {
            guard let total = CountedFigures.parts([written], period: period).first else { continue }
            let parts = total.year == nil ? counted : counted.filter { $0.year == total.year }
            let comparison = FigureComparison(written: written.money.value, parts: parts)
            guard !comparison.agrees else { continue }
            out.append(BudgetRules.breakdownMismatch.diagnostic(
                file: file, range: written.money.range,
                summary: "Partner lines of \(slot)\(total.year.map { " for \($0)" } ?? "") add up to USD \(Money.grouped(comparison.computed)), not to its total requirement \(written.money.value)",
                notes: [DiagnosticNote(comparison.numbers("total", "partner lines add up to"))]
            ))
        }
        return out
    }

    private static func amountFindings(_ amounts: [YearAmount], of what: String, file: String, period: Period, periodName: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for amount in amounts {
            let money = amount.money.value
            if money.currency != "USD" {
                out.append(BudgetRules.currency.diagnostic(
                    file: file, range: amount.money.range,
                    summary: "\(what) is in \(money.currency), not in US dollars"
                ))
            }
            if money.amount <= 0 {
                out.append(BudgetRules.nonPositiveAmount.diagnostic(
                    file: file, range: amount.money.range,
                    summary: "\(what) is \(money.amount == 0 ? "zero" : "negative")"
                ))
            }
            if let year = amount.year, !period.years.contains(year.value) {
                out.append(BudgetRules.yearOutsidePeriod.diagnostic(
                    file: file, range: year.range,
                    summary: "\(what) is for \(year.value), outside the \(periodName) \(period)"
                ))
            }
        }
        return out
    }

    /// From the partner key to the end of the last amount.
    private static func lineRange(_ line: RequirementLine) -> SourceRange {
        line.amounts.reduce(line.partner.range) { $0.union($1.money.range) }
    }
}
