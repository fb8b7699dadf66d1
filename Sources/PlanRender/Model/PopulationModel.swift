import PlanModel

/// Planning-figure tables and the age and sex pyramid, as template values.
enum PopulationModel {
    /// Rows `{group, planned, inNeed, targeted, female, male}` of consolidated figures.
    static func rows(_ totals: [PopulationTotal], index: PlanIndex) -> [[String: Any]] {
        totals.map { t in
            [
                "group": index.groupLabel(t.group), "code": t.group.rawValue,
                "planned": count(t.planned), "inNeed": count(t.inNeed), "targeted": count(t.targeted),
                "female": t.breakdown?.female.map(count) ?? "–", "male": t.breakdown?.male.map(count) ?? "–",
            ]
        }
    }

    /// Rows of one chapter's figures as written; female and male are people, from the sex split
    /// applied to the planned figure (else the targeted one), as in the consolidated rows.
    static func rows(_ figures: [PlanningFigures], index: PlanIndex) -> [[String: Any]] {
        figures.map { f in
            let base = f.planned ?? f.targeted
            func people(_ share: Percent?) -> String {
                guard let base, let share else { return "–" }
                return count(Int((Double(base) * share.value / 100).rounded()))
            }
            return [
                "group": index.groupLabel(f.group), "code": f.group.rawValue,
                "planned": f.planned.map(count) ?? "–", "inNeed": f.inNeed.map(count) ?? "–", "targeted": f.targeted.map(count) ?? "–",
                "female": people(f.sex?.female), "male": people(f.sex?.male),
            ]
        }
    }

    /// The pyramid of the first group (in group order) whose breakdown has both sexes and ages;
    /// `nil` when no group has one.
    static func pyramid(_ totals: [PopulationTotal], id: String, index: PlanIndex) -> String? {
        let labels = index.labels
        for t in totals.sorted(by: { $0.group < $1.group }) {
            guard let b = t.breakdown, let female = b.female, let male = b.male, female + male > 0, !b.byAge.isEmpty else { continue }
            let rows = b.byAge.sorted { $0.bracket < $1.bracket }.map { age -> PyramidChart.Row in
                let f = (age.count * female * 2 + (female + male)) / (2 * (female + male))
                return PyramidChart.Row(bracket: age.bracket, male: age.count - f, female: f)
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
