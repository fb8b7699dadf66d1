import PlanModel

/// Combines planning figures: the maximum over one place's sector chapters, the sum over places
/// (see ``PopulationTotal`` for the reasoning).
enum PopulationCombiner {
    /// One place's figures by group, from its sector chapters.
    static func combine(_ sectors: [SectorPlan]) -> [PopulationTotal] {
        var byGroup: [PopulationGroup: [PlanningFigures]] = [:]
        // By index: a sector plan (its narrative above all) is a large value to copy.
        for index in sectors.indices {
            for figures in sectors[index].population { byGroup[figures.group, default: []].append(figures) }
        }
        return byGroup.keys.sorted().map { group in
            let rows = byGroup[group]!
            let chosen = rows.max { ($0.planned ?? -1, $0.targeted ?? -1) < ($1.planned ?? -1, $1.targeted ?? -1) }!
            let basis = chosen.planned ?? chosen.targeted ?? 0
            return PopulationTotal(
                group: group, planned: rows.compactMap(\.planned).max() ?? 0, inNeed: rows.compactMap(\.inNeed).max() ?? 0,
                targeted: rows.compactMap(\.targeted).max() ?? 0, sex: chosen.sex, age: chosen.age,
                breakdown: breakdown(of: basis, sex: chosen.sex, age: chosen.age)
            )
        }
    }

    /// The sum of several places' figures by group.
    static func sum(_ places: [[PopulationTotal]]) -> [PopulationTotal] {
        var byGroup: [PopulationGroup: PopulationTotal] = [:]
        for total in places.joined() {
            var t = byGroup[total.group] ?? PopulationTotal(group: total.group)
            t.planned = t.planned.addingClamped(total.planned)
            t.inNeed = t.inNeed.addingClamped(total.inNeed)
            t.targeted = t.targeted.addingClamped(total.targeted)
            t.breakdown = add(t.breakdown, total.breakdown)
            byGroup[total.group] = t
        }
        return byGroup.keys.sorted().map { byGroup[$0]! }
    }

    /// People by sex and age for `count`, rounded to whole people.
    static func breakdown(of count: Int, sex: SexSplit?, age: [AgeShare]) -> DemographicCounts? {
        guard sex != nil || !age.isEmpty else { return nil }
        func share(_ p: Percent) -> Int { Int(roundingClamped: Double(count) * p.value / 100) }
        return DemographicCounts(
            female: sex.map { share($0.female) }, male: sex.map { share($0.male) },
            byAge: age.map { AgeCount(bracket: $0.bracket, count: share($0.share)) }
        )
    }

    private static func add(_ a: DemographicCounts?, _ b: DemographicCounts?) -> DemographicCounts? {
        guard let a else { return b }
        guard let b else { return a }
        func plus(_ x: Int?, _ y: Int?) -> Int? { x == nil && y == nil ? nil : (x ?? 0).addingClamped(y ?? 0) }
        var ages: [AgeBracket: Int] = [:]
        for c in a.byAge + b.byAge { ages[c.bracket, default: 0] = ages[c.bracket, default: 0].addingClamped(c.count) }
        return DemographicCounts(
            female: plus(a.female, b.female), male: plus(a.male, b.male),
            byAge: ages.keys.sorted().map { AgeCount(bracket: $0, count: ages[$0]!) }
        )
    }
}
