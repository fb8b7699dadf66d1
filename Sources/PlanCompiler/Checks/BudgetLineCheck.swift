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
            if !chapter.header.totalRequirement.isEmpty {
                let lines = CountedFigures.lines(chapter.header, appealing: appealing).flatMap { CountedFigures.parts($0.amounts, period: period) }
                out += totalFindings(chapter.header.totalRequirement, of: slot, brokenDown: lines, by: .partner, file: path, period: period, periodName: periodName)
            }
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
        out += countryTotalFindings(context, appealing: appealing)
        return out
    }

    /// Country chapters' `total-requirement:`, compared with what their sector chapters count.
    private static func countryTotalFindings(_ context: CheckContext, appealing: Set<String>) -> [Diagnostic] {
        let withTotals = context.countryChapters.filter { !$0.header.totalRequirement.isEmpty }
        guard !withTotals.isEmpty else { return [] }
        let sectorsByPlace = Dictionary(grouping: context.sectorChapters, by: \.header.place.value)
        var out: [Diagnostic] = []
        for chapter in withTotals {
            let country = chapter.header.place.value
            let period = context.period(of: country)
            let periodName = period == context.plan.period ? "plan period" : "period of \(country.code)"
            let sectors = (sectorsByPlace[country] ?? []).flatMap { CountedFigures.sectorParts($0.header, period: period, appealing: appealing).parts }
            out += totalFindings(chapter.header.totalRequirement, of: country.code, brokenDown: sectors, by: .sector,
                                 file: chapter.source.file.path, period: period, periodName: periodName)
        }
        return out
    }

    /// What a written total is broken down into.
    private enum Breakdown {
        case partner, sector

        var lines: String { self == .partner ? "Partner lines" : "Sector chapters" }
        var note: String {
            self == .partner
                ? "add the partners' 'requirements:' lines when the breakdown is known; they must add up to the total"
                : "add the sector chapters' requirements (partner lines or 'total-requirement:') when the breakdown is known; they must add up to the total"
        }
    }

    /// A chapter's `total-requirement:` (`amounts`): its amounts, the note while it stands
    /// alone, and the comparison with its breakdown (`brokenDown`, the counted figures of its
    /// partner lines or sector chapters) once there is one.
    private static func totalFindings(
        _ amounts: [YearAmount], of slot: String, brokenDown counted: [FigureComparison.Part], by breakdown: Breakdown,
        file: String, period: Period, periodName: String
    ) -> [Diagnostic] {
        guard let first = amounts.first else { return [] }
        var out = amountFindings(amounts, of: "Total requirement of \(slot)", file: file, period: period, periodName: periodName)
        let range = amounts.dropFirst().reduce(first.money.range) { $0.union($1.money.range) }
        if counted.isEmpty {
            out.append(BudgetRules.notBrokenDown.diagnostic(
                file: file, range: range,
                summary: "Requirement of \(slot) is a total not yet broken down by \(breakdown)",
                notes: [DiagnosticNote(breakdown.note)]
            ))
            return out
        }
        for written in amounts {
            guard let total = CountedFigures.parts([written], period: period).first else { continue }
            let parts = total.year == nil ? counted : counted.filter { $0.year == total.year }
            let comparison = FigureComparison(written: written.money.value, parts: parts)
            guard !comparison.agrees else { continue }
            out.append(BudgetRules.breakdownMismatch.diagnostic(
                file: file, range: written.money.range,
                summary: "\(breakdown.lines) of \(slot)\(total.year.map { " for \($0)" } ?? "") add up to USD \(Money.grouped(comparison.computed)), not to its total requirement \(written.money.value)",
                notes: [DiagnosticNote(comparison.numbers("total", "\(breakdown.lines.lowercased()) add up to"))]
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
