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
        for chapter in context.sectorChapters {
            let path = chapter.source.file.path
            let slot = chapter.header.place.value.code + "/" + chapter.header.sector.value
            for line in chapter.header.requirements {
                out += amountFindings(line, file: path, period: context.plan.period)
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

    private static func amountFindings(_ line: RequirementLine, file: String, period: Period) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for amount in line.amounts {
            let money = amount.money.value
            if money.currency != "USD" {
                out.append(BudgetRules.currency.diagnostic(
                    file: file, range: amount.money.range,
                    summary: "Requirement of '\(line.partner.value)' is in \(money.currency), not in US dollars"
                ))
            }
            if money.amount <= 0 {
                out.append(BudgetRules.nonPositiveAmount.diagnostic(
                    file: file, range: amount.money.range,
                    summary: "Requirement of '\(line.partner.value)' is \(money.amount == 0 ? "zero" : "negative")"
                ))
            }
            if let year = amount.year, !period.years.contains(year.value) {
                out.append(BudgetRules.yearOutsidePeriod.diagnostic(
                    file: file, range: year.range,
                    summary: "Requirement of '\(line.partner.value)' is for \(year.value), outside the plan period \(period)"
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
