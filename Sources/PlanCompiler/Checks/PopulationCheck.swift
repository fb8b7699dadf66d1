import PlanDiagnostics
import PlanModel

/// Checks planning figures: shares, targeted against planned, consistency across chapters.
enum PopulationCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var firstPlanned: [String: (file: String, value: Located<Int>)] = [:]
        for chapter in context.sectorChapters {
            let path = chapter.source.file.path
            for figures in chapter.header.population {
                let group = figures.group.value.rawValue
                if let sex = figures.sex {
                    let shares = [sex.value.female, sex.value.male]
                    if let sum = offSum(shares) {
                        out.append(PopulationRules.sexSum.diagnostic(
                            file: path, range: sex.range,
                            summary: "Sex percentages of \(group) add up to \(format(sum))%, not 100%"
                        ))
                    }
                }
                if let age = figures.age, let sum = offSum(age.value.map(\.share)) {
                    out.append(PopulationRules.ageSum.diagnostic(
                        file: path, range: age.range,
                        summary: "Age percentages of \(group) add up to \(format(sum))%, not 100%"
                    ))
                }
                if let planned = figures.planned, let targeted = figures.targeted, targeted.value > planned.value {
                    out.append(PopulationRules.targetedAbovePlanned.diagnostic(
                        file: path, range: targeted.range,
                        summary: "Targeted \(group) (\(Money.grouped(Int64(targeted.value)))) are more than the planned \(Money.grouped(Int64(planned.value)))"
                    ))
                }
                guard let planned = figures.planned else { continue }
                let key = chapter.header.place.value.code + "/" + group
                if let first = firstPlanned[key] {
                    if first.value.value != planned.value {
                        out.append(PopulationRules.inconsistentPlanned.diagnostic(
                            file: path, range: planned.range,
                            summary: "Planned \(group) in \(chapter.header.place.value.code) is \(Money.grouped(Int64(planned.value))) here but \(Money.grouped(Int64(first.value.value))) in another chapter",
                            notes: [DiagnosticNote("The other figure is here", file: first.file, range: first.value.range)]
                        ))
                    }
                } else {
                    firstPlanned[key] = (path, planned)
                }
            }
        }
        return out
    }

    /// The sum of `shares` when it differs from 100 by more than their rounding allows.
    static func offSum(_ shares: [Percent]) -> Double? {
        let sum = shares.reduce(0) { $0 + $1.value }
        let tolerance = shares.reduce(0) { $0 + $1.precision / 2 } + 1e-9
        return abs(sum - 100) > tolerance ? sum : nil
    }

    private static func format(_ value: Double) -> String {
        Percent(value, precision: value == value.rounded() ? 1 : 0.1).description.dropLast().description
    }
}
