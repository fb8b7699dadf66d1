import PlanModel

/// The planning figures at two levels, one file each, so that adding up a column of a file
/// never counts a person twice:
///
/// - `planning-figures.csv`: one row per country (or sub-region) x population group, the place's
///   consolidated figures (the maximum over its chapters). Summing a column over the file gives
///   the plan's figure; the regional level, which the plan's totals leave out, is not in it.
/// - `planning-figures-chapters.csv`: one row per sector chapter x population group, the figures
///   as each chapter writes them (the same people appear in several sectors: do not add them up
///   across sectors).
///
/// Breakdown columns give people by sex and age for the targeted and the planned figure, from
/// the written shares (rounded to whole people); empty when a share is missing.
enum PlanningFiguresCSV {
    /// `planning-figures.csv`.
    static func places(_ plan: Plan, index: PlanIndex) -> HXLTable {
        let ages = brackets(plan)
        var table = HXLTable([("Plan", "#activity+appeal+name")] + PlaceColumns.headers + figureColumns(ages))
        for place in plan.places where place.place != .regional {
            let prefix = [plan.title] + PlaceColumns.values(place.place, index: index)
            for t in plan.consolidation.place(place.place)?.population ?? [] {
                let figures = PlanningFigures(group: t.group, planned: nonZero(t.planned), inNeed: nonZero(t.inNeed), targeted: nonZero(t.targeted), sex: t.sex, age: t.age)
                table.append(prefix + row(figures, ages: ages))
            }
        }
        return table
    }

    /// `planning-figures-chapters.csv`.
    static func chapters(_ plan: Plan, index: PlanIndex) -> HXLTable {
        let ages = brackets(plan)
        var table = HXLTable(
            [("Plan", "#activity+appeal+name")] + PlaceColumns.headers
                + [("Sector code", "#sector+code"), ("Sub-sector code", "#subsector+code")] + figureColumns(ages)
        )
        for place in plan.places {
            let prefix = [plan.title] + PlaceColumns.values(place.place, index: index)
            for sector in place.sectors {
                for f in sector.population {
                    table.append(prefix + [sector.sector, sector.subsector ?? ""] + row(f, ages: ages))
                }
            }
        }
        return table
    }

    /// The standard age brackets and any other a chapter uses, in age order.
    private static func brackets(_ plan: Plan) -> [AgeBracket] {
        var brackets = Set(AgeBracket.standard)
        for place in plan.places {
            for s in place.sectors { for f in s.population { brackets.formUnion(f.age.map(\.bracket)) } }
        }
        return brackets.sorted()
    }

    private static func figureColumns(_ ages: [AgeBracket]) -> [(String, String)] {
        var columns = [("Population group", "#group+code"), ("Planned", "#population"), ("In need", "#inneed"), ("Targeted", "#targeted")]
        for (name, tag) in [("Targeted", "#targeted"), ("Planned", "#population")] {
            columns += [("\(name) female", tag + "+f"), ("\(name) male", tag + "+m")]
            columns += ages.map { ("\(name) age \($0)", tag + $0.hxlAttribute) }
        }
        return columns
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
