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

    /// Rows of one chapter's figures as written.
    static func rows(_ figures: [PlanningFigures], index: PlanIndex) -> [[String: Any]] {
        figures.map { f in
            [
                "group": index.groupLabel(f.group), "code": f.group.rawValue,
                "planned": f.planned.map(count) ?? "–", "inNeed": f.inNeed.map(count) ?? "–", "targeted": f.targeted.map(count) ?? "–",
                "female": f.sex.map { $0.female.description } ?? "–", "male": f.sex.map { $0.male.description } ?? "–",
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
