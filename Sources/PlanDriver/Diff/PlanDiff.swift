import PlanModel

/// What changed between two versions of a plan, in money and people: requirements by country,
/// sector and partner (added, removed, changed, with the difference and the new total), planning
/// figures, indicators and their targets, and the chapters whose text changed. Computed from two
/// compiled plans; only changes are listed, each list in the new plan's order (then the old
/// plan's for what was removed).
public struct PlanDiff: Sendable, Equatable {
    /// An amount of money in each version (`nil`: not there).
    public struct Money: Sendable, Equatable {
        /// The place code, sector ID or partner ID.
        public var key: String
        /// Its display name.
        public var name: String
        public var old: Int64?
        public var new: Int64?

        /// New minus old (a missing side counts as 0), clamped.
        public var difference: Int64 { (new ?? 0).subtractingClamped(old ?? 0) }
        public var change: Change { Change(old: old != nil, new: new != nil) }
    }

    /// A planning figure in each version.
    public struct Figure: Sendable, Equatable {
        /// The place code.
        public var place: String
        /// The population group.
        public var group: String
        /// `planned`, `inNeed` or `targeted`.
        public var figure: String
        public var old: Int?
        public var new: Int?

        public var difference: Int { (new ?? 0).subtractingClamped(old ?? 0) }
        public var change: Change { Change(old: old != nil, new: new != nil) }
    }

    /// An indicator (or one of its values) in each version.
    public struct IndicatorValueChange: Sendable, Equatable {
        public var place: String
        /// The sector, or `sector/subsector`.
        public var sector: String
        public var indicator: String
        /// `indicator` (the indicator itself added or removed), `baseline` or `target`.
        public var field: String
        public var old: String?
        public var new: String?

        public var change: Change { Change(old: old != nil, new: new != nil) }
    }

    /// A chapter whose text changed, was added or was removed.
    public struct Chapter: Sendable, Equatable {
        /// The file's path inside the plan folder.
        public var file: String
        public var change: Change
        /// For a changed chapter, the headings of the sections whose text changed (an empty
        /// heading for text before the first heading).
        public var sections: [String]
    }

    /// Whether something was added, removed or changed.
    public enum Change: String, Sendable, Equatable {
        case added, removed, changed

        init(old: Bool, new: Bool) { self = old && new ? .changed : (new ? .added : .removed) }
    }

    /// The plan total in each version.
    public var total: Money
    public var byPlace: [Money]
    public var bySector: [Money]
    public var byPartner: [Money]
    public var figures: [Figure]
    public var indicators: [IndicatorValueChange]
    public var chapters: [Chapter]

    /// Whether nothing that the diff compares changed.
    public var isEmpty: Bool {
        total.old == total.new && byPlace.isEmpty && bySector.isEmpty && byPartner.isEmpty && figures.isEmpty && indicators.isEmpty && chapters.isEmpty
    }

    /// Compares `old` with `new`.
    public init(old: Plan, new: Plan) {
        let o = old.consolidation, n = new.consolidation
        total = Money(key: "total", name: "Total", old: o.total, new: n.total)
        func names(_ plan: Plan) -> (place: (String) -> String, sector: (String) -> String, partner: (String) -> String) {
            let places = Dictionary(plan.places.map { ($0.place.code, $0.title ?? $0.name) }, uniquingKeysWith: { a, _ in a })
            let sectors = Dictionary(plan.sectors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let partners = Dictionary(plan.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return ({ places[$0] ?? $0 }, { sectors[$0] ?? $0 }, { partners[$0] ?? $0 })
        }
        let oldNames = names(old), newNames = names(new)
        byPlace = Self.money(o.places.map { ($0.place.code, $0.total) }, n.places.map { ($0.place.code, $0.total) }) { newNames.place($0) == $0 ? oldNames.place($0) : newNames.place($0) }
        bySector = Self.money(o.bySector.map { ($0.sector, $0.amount) }, n.bySector.map { ($0.sector, $0.amount) }) { newNames.sector($0) == $0 ? oldNames.sector($0) : newNames.sector($0) }
        byPartner = Self.money(o.byPartner.map { ($0.partner, $0.amount) }, n.byPartner.map { ($0.partner, $0.amount) }) { newNames.partner($0) == $0 ? oldNames.partner($0) : newNames.partner($0) }
        figures = Self.figures(o, n)
        indicators = Self.indicators(old, new)
        chapters = Self.chapters(old, new)
    }

    /// Changed amounts, keyed, in the new order then the removed ones in the old order.
    private static func money(_ old: [(String, Int64)], _ new: [(String, Int64)], name: (String) -> String) -> [Money] {
        let before = Dictionary(old, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new, uniquingKeysWith: { a, _ in a })
        var out: [Money] = []
        for (key, amount) in new where before[key] != amount { out.append(Money(key: key, name: name(key), old: before[key], new: amount)) }
        for (key, amount) in old where after[key] == nil { out.append(Money(key: key, name: name(key), old: amount, new: nil)) }
        return out
    }

    private static func figures(_ o: Consolidation, _ n: Consolidation) -> [Figure] {
        func table(_ c: Consolidation) -> [(key: String, place: String, group: String, values: [(String, Int)])] {
            c.places.flatMap { place in
                place.population.map { p in
                    (place.place.code + "/" + p.group.rawValue, place.place.code, p.group.rawValue,
                     [("planned", p.planned), ("inNeed", p.inNeed), ("targeted", p.targeted)])
                }
            }
        }
        let before = Dictionary(table(o).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let afterTable = table(n)
        let after = Dictionary(afterTable.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Figure] = []
        for row in afterTable {
            let old = before[row.key].map { Dictionary($0.values, uniquingKeysWith: { a, _ in a }) }
            for (figure, value) in row.values where old?[figure] != value && (value != 0 || old != nil) {
                out.append(Figure(place: row.place, group: row.group, figure: figure, old: old?[figure], new: value))
            }
        }
        for row in table(o) where after[row.key] == nil {
            for (figure, value) in row.values where value != 0 { out.append(Figure(place: row.place, group: row.group, figure: figure, old: value, new: nil)) }
        }
        return out
    }

    private static func indicators(_ old: Plan, _ new: Plan) -> [IndicatorValueChange] {
        typealias Row = (key: String, place: String, sector: String, indicator: Indicator)
        func table(_ plan: Plan) -> [Row] {
            plan.places.flatMap { place in
                place.sectors.flatMap { s in
                    let sector = s.subsector.map { s.sector + "/" + $0 } ?? s.sector
                    return s.indicators.map { (place.place.code + "|" + sector + "|" + $0.id, place.place.code, sector, $0) }
                }
            }
        }
        let before = Dictionary(table(old).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let afterTable = table(new)
        let after = Set(afterTable.map(\.key))
        var out: [IndicatorValueChange] = []
        for row in afterTable {
            guard let was = before[row.key]?.indicator else {
                out.append(IndicatorValueChange(place: row.place, sector: row.sector, indicator: row.indicator.id, field: "indicator", old: nil, new: row.indicator.name ?? row.indicator.id))
                continue
            }
            for (field, o, n) in [("baseline", was.baseline, row.indicator.baseline), ("target", was.target, row.indicator.target)] where o != n {
                out.append(IndicatorValueChange(place: row.place, sector: row.sector, indicator: row.indicator.id, field: field, old: o?.description, new: n?.description))
            }
        }
        for row in table(old) where !after.contains(row.key) {
            out.append(IndicatorValueChange(place: row.place, sector: row.sector, indicator: row.indicator.id, field: "indicator", old: row.indicator.name ?? row.indicator.id, new: nil))
        }
        return out
    }

    private static func chapters(_ old: Plan, _ new: Plan) -> [Chapter] {
        func narratives(_ plan: Plan) -> [Narrative] {
            [plan.overview] + plan.places.flatMap { place in (place.narrative.map { [$0] } ?? []) + place.sectors.map(\.narrative) }
        }
        let before = Dictionary(narratives(old).map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let afterList = narratives(new)
        let after = Set(afterList.map(\.file))
        var out: [Chapter] = []
        for narrative in afterList {
            guard let was = before[narrative.file] else {
                out.append(Chapter(file: narrative.file, change: .added, sections: []))
                continue
            }
            guard was.markdown != narrative.markdown else { continue }
            out.append(Chapter(file: narrative.file, change: .changed, sections: changedSections(was, narrative)))
        }
        for narrative in narratives(old) where !after.contains(narrative.file) { out.append(Chapter(file: narrative.file, change: .removed, sections: [])) }
        return out
    }

    /// The headings (all levels, in the new text's order) whose own text changed, added or
    /// removed; `""` for the text before the first heading.
    static func changedSections(_ old: Narrative, _ new: Narrative) -> [String] {
        func texts(_ n: Narrative) -> [(String, String)] {
            var out: [(String, String)] = [("", n.slice(n.bodyStart, n.preambleEnd))]
            for section in n.allSections {
                let end = section.children.first?.range.start.offset ?? section.range.end.offset
                out.append((section.heading, n.slice(section.range.start.offset, end)))
            }
            return out
        }
        let before = Dictionary(texts(old), uniquingKeysWith: { a, _ in a })
        let afterList = texts(new)
        let after = Set(afterList.map(\.0))
        var out = afterList.filter { before[$0.0] != $0.1 }.map(\.0)
        out += texts(old).map(\.0).filter { !after.contains($0) }
        return out
    }
}
