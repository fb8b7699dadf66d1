import PlanModel

/// Planning-figure tables and the age and sex pyramid, as template values.
enum PopulationModel {
    /// One table row before formatting: `nil` where the figure is not given.
    private struct Row {
        var group: PopulationGroup
        var planned, inNeed, targeted, female, male: Int?
    }

    /// The table of consolidated figures: `{rows, hasInNeed, hasTargeted, hasSex}`, each row
    /// `{group, code, planned, inNeed, targeted, female, male}`; a column no row fills is
    /// flagged off so the templates drop it.
    static func table(_ totals: [PopulationTotal], index: PlanIndex) -> TemplateValue {
        table(totals.map { t in
            Row(group: t.group, planned: nonZero(t.planned), inNeed: nonZero(t.inNeed), targeted: nonZero(t.targeted),
                female: t.breakdown?.female, male: t.breakdown?.male)
        }, index: index)
    }

    /// The table of one chapter's figures as written; female and male are people, from the sex
    /// split applied to the planned figure (else the targeted one), as in the consolidated rows.
    static func table(_ figures: [PlanningFigures], index: PlanIndex) -> TemplateValue {
        table(figures.map { f in
            let base = f.planned ?? f.targeted
            func people(_ share: Percent?) -> Int? {
                guard let base, let share else { return nil }
                return Int(roundingClamped: Double(base) * share.value / 100)
            }
            return Row(group: f.group, planned: f.planned, inNeed: f.inNeed, targeted: f.targeted, female: people(f.sex?.female), male: people(f.sex?.male))
        }, index: index)
    }

    private static func table(_ rows: [Row], index: PlanIndex) -> TemplateValue {
        func count(_ n: Int?) -> TemplateValue { .text(n.flatMap(nonZero).map(index.numbers.people) ?? "–") }
        func has(_ column: KeyPath<Row, Int?>) -> TemplateValue { .bool(rows.contains { ($0[keyPath: column] ?? 0) != 0 }) }
        return [
            "rows": .list(rows.map { r in
                [
                    "group": .text(index.groupLabel(r.group)), "code": .text(r.group.rawValue),
                    "planned": count(r.planned), "inNeed": count(r.inNeed), "targeted": count(r.targeted),
                    "female": count(r.female), "male": count(r.male),
                ]
            }),
            "hasPlanned": has(\.planned), "hasInNeed": has(\.inNeed), "hasTargeted": has(\.targeted),
            "hasSex": .bool(rows.contains { ($0.female ?? 0) != 0 || ($0.male ?? 0) != 0 }),
        ]
    }

    /// The pyramid of the first group (in group order) whose breakdown has both sexes and ages,
    /// in shares of the group (whole percents: the sex split is spread evenly over the ages, so
    /// counts would claim a precision the data do not have); `nil` when no group has one.
    static func pyramid(_ totals: [PopulationTotal], id: String, index: PlanIndex) -> PyramidChart? {
        let labels = index.labels
        for t in totals.sorted(by: { $0.group < $1.group }) {
            guard let b = t.breakdown, let female = b.female, let male = b.male, female.addingClamped(male) > 0, !b.byAge.isEmpty else { continue }
            let people = Int64(b.byAge.clampedSum(\.count))
            guard people > 0 else { continue }
            let rows = b.byAge.sorted { $0.bracket < $1.bracket }.map { age -> PyramidChart.Row in
                // In doubles: the product of two counts may pass 64 bits; below 2^53 it is exact.
                let f = Int(roundingClamped: Double(age.count) * Double(female) / Double(female.addingClamped(male)))
                let m = age.count.subtractingClamped(f)
                return PyramidChart.Row(
                    bracket: age.bracket, male: m, female: f,
                    maleText: index.numbers.percent(Int64(m), of: people), femaleText: index.numbers.percent(Int64(f), of: people)
                )
            }
            let chart = PyramidChart(
                id: id, title: labels["ageSexPyramid"] + labels["colon"] + " " + index.groupLabel(t.group),
                summary: labels["chartPyramidDesc"] + " " + labels["pyramidNote"],
                maleLabel: labels["male"], femaleLabel: labels["female"], ageLabel: labels["age"], rows: rows, colon: labels["colon"]
            )
            return chart
        }
        return nil
    }

    private static func nonZero(_ n: Int) -> Int? { n == 0 ? nil : n }
}
