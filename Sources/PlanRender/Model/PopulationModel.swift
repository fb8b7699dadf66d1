import PlanModel

/// Planning-figure tables and the age and sex pyramid, as template values.
enum PopulationModel {
    /// Rows `{group, planned, inNeed, targeted, female, male}` of consolidated figures.
    static func rows(_ totals: [PopulationTotal], index: PlanIndex) -> TemplateValue {
        .list(totals.map { t in
            [
                "group": .text(index.groupLabel(t.group)), "code": .text(t.group.rawValue),
                "planned": .text(count(t.planned)), "inNeed": .text(count(t.inNeed)), "targeted": .text(count(t.targeted)),
                "female": .text(t.breakdown?.female.map(count) ?? "–"), "male": .text(t.breakdown?.male.map(count) ?? "–"),
            ]
        })
    }

    /// Rows of one chapter's figures as written; female and male are people, from the sex split
    /// applied to the planned figure (else the targeted one), as in the consolidated rows.
    static func rows(_ figures: [PlanningFigures], index: PlanIndex) -> TemplateValue {
        .list(figures.map { f in
            let base = f.planned ?? f.targeted
            func people(_ share: Percent?) -> String {
                guard let base, let share else { return "–" }
                return count(Int(roundingClamped: Double(base) * share.value / 100))
            }
            return [
                "group": .text(index.groupLabel(f.group)), "code": .text(f.group.rawValue),
                "planned": .text(f.planned.map(count) ?? "–"), "inNeed": .text(f.inNeed.map(count) ?? "–"),
                "targeted": .text(f.targeted.map(count) ?? "–"), "female": .text(people(f.sex?.female)), "male": .text(people(f.sex?.male)),
            ]
        })
    }

    /// The pyramid of the first group (in group order) whose breakdown has both sexes and ages;
    /// `nil` when no group has one.
    static func pyramid(_ totals: [PopulationTotal], id: String, index: PlanIndex) -> String? {
        let labels = index.labels
        for t in totals.sorted(by: { $0.group < $1.group }) {
            guard let b = t.breakdown, let female = b.female, let male = b.male, female.addingClamped(male) > 0, !b.byAge.isEmpty else { continue }
            let rows = b.byAge.sorted { $0.bracket < $1.bracket }.map { age -> PyramidChart.Row in
                // In doubles: the product of two counts may pass 64 bits; below 2^53 it is exact.
                let f = Int(roundingClamped: Double(age.count) * Double(female) / Double(female.addingClamped(male)))
                return PyramidChart.Row(bracket: age.bracket, male: age.count.subtractingClamped(f), female: f)
            }
            let chart = PyramidChart(
                id: id, title: labels["ageSexPyramid"] + ": " + index.groupLabel(t.group),
                summary: labels["chartPyramidDesc"] + " " + labels["pyramidNote"],
                maleLabel: labels["male"], femaleLabel: labels["female"], ageLabel: labels["age"], rows: rows
            )
            return chart.svg
        }
        return nil
    }

    private static func count(_ n: Int) -> String { n == 0 ? "–" : Numbers.people(n) }
}
