import PlanModel

/// `planning-figures.csv`: one row per place x chapter x population group (long over places,
/// chapters and groups). `Level` is `place` for a place's consolidated figures (sector code
/// empty) and `chapter` for a sector chapter's figures as written; do not add the two levels.
/// Breakdown columns give people by sex and age for the targeted and the planned figure, from
/// the written shares (rounded to whole people); empty when a share is missing.
enum PlanningFiguresCSV {
    static func table(_ plan: Plan, index: PlanIndex) -> HXLTable {
        var brackets = Set(AgeBracket.standard)
        for place in plan.places {
            for s in place.sectors { for f in s.population { brackets.formUnion(f.age.map(\.bracket)) } }
        }
        let ages = brackets.sorted()
        var columns: [(String, String)] = [
            ("Plan", "#activity+appeal+name"), ("Country code", "#country+code"), ("Country", "#country+name"),
            ("Level", "#meta+level"), ("Sector code", "#sector+code"), ("Sub-sector code", "#subsector+code"),
            ("Population group", "#group+code"), ("Planned", "#population"), ("In need", "#inneed"), ("Targeted", "#targeted"),
        ]
        for (name, tag) in [("Targeted", "#targeted"), ("Planned", "#population")] {
            columns += [("\(name) female", tag + "+f"), ("\(name) male", tag + "+m")]
            columns += ages.map { ("\(name) age \($0)", tag + $0.hxlAttribute) }
        }
        var table = HXLTable(columns)
        for place in plan.places {
            let prefix = [plan.title, place.place.code, index.dataName(place.place)]
            for t in plan.consolidation.place(place.place)?.population ?? [] {
                let figures = PlanningFigures(group: t.group, planned: nonZero(t.planned), inNeed: nonZero(t.inNeed), targeted: nonZero(t.targeted), sex: t.sex, age: t.age)
                table.append(prefix + ["place", "", ""] + row(figures, ages: ages))
            }
            for sector in place.sectors {
                for f in sector.population {
                    table.append(prefix + ["chapter", sector.sector, sector.subsector ?? ""] + row(f, ages: ages))
                }
            }
        }
        return table
    }

    private static func row(_ f: PlanningFigures, ages: [AgeBracket]) -> [String] {
        var out = [f.group.rawValue, value(f.planned), value(f.inNeed), value(f.targeted)]
        for total in [f.targeted, f.planned] {
            out.append(share(total, f.sex?.female))
            out.append(share(total, f.sex?.male))
            out += ages.map { bracket in share(total, f.age.first { $0.bracket == bracket }?.share) }
        }
        return out
    }

    /// Consolidated figures use 0 for "not given".
    private static func nonZero(_ n: Int) -> Int? { n == 0 ? nil : n }

    private static func value(_ n: Int?) -> String { n.map(String.init) ?? "" }

    /// People in a share of `total`, half up; empty when either is missing.
    private static func share(_ total: Int?, _ percent: Percent?) -> String {
        guard let total, let percent, total > 0 else { return "" }
        return String(Int64(roundingClamped: Double(total) * percent.value / 100))
    }
}
