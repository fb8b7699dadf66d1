import PlanModel

/// A stable, line-per-value text dump of a `ChapterHeader`, for golden files and for comparing
/// the meaning of two parses (`ranges: false`).
struct HeaderDump {
    private var lines: [String] = []
    private let ranges: Bool
    private var depth = 0

    static func dump(_ header: ChapterHeader?, ranges: Bool = true) -> String {
        var d = HeaderDump(ranges: ranges)
        switch header {
        case .none: d.line("nil")
        case .plan(let p): d.plan(p)
        case .country(let c): d.country(c)
        case .sector(let s): d.sector(s)
        case .translation(let t):
            d.line("translation")
            d.value("of", t.original)
            d.value("language", t.language)
            d.value("title", t.title)
        case .foreword(let f):
            d.line("foreword")
            d.value("language", f.language)
            d.value("title", f.title)
            d.list("signed-by", f.signedBy)
        }
        return d.lines.joined(separator: "\n") + "\n"
    }

    private init(ranges: Bool) { self.ranges = ranges }

    private mutating func line(_ text: String) {
        lines.append(String(repeating: "  ", count: depth) + text)
    }

    private mutating func value<T>(_ name: String, _ v: Located<T>?) {
        guard let v else { return }
        line("\(name): \(v.value)" + (ranges ? " @\(v.range)" : ""))
    }

    private mutating func list<T>(_ name: String, _ vs: [Located<T>]) {
        guard !vs.isEmpty else { return }
        line("\(name): " + vs.map { "\($0.value)" + (ranges ? " @\($0.range)" : "") }.joined(separator: " | "))
    }

    private mutating func block(_ name: String, _ body: (inout HeaderDump) -> Void) {
        line(name)
        depth += 1
        body(&self)
        depth -= 1
    }

    private mutating func plan(_ p: PlanHeader) {
        block("plan") { d in
            d.value("title", p.title); d.value("kind", p.kind); d.value("period", p.period); d.value("version", p.version)
            d.value("language", p.language); d.list("countries", p.countries)
            for r in p.subRegions { d.block("sub-region") { d in d.value("id", r.id); d.value("name", r.name); d.list("countries", r.countries) } }
            for s in p.sectors {
                d.block("sector") { d in
                    d.value("id", s.id); d.value("name", s.name); d.list("subsectors", s.subsectors)
                    for id in s.subsectorNames.keys.sorted() { d.value("subsector-name.\(id)", s.subsectorNames[id]) }
                    d.list("outcome-areas", s.outcomeAreas)
                }
            }
            for x in p.partners {
                d.block("partner") { d in
                    d.value("id", x.id); d.value("name", x.name); d.value("type", x.type.mapValue(\.rawValue)); d.line("local: \(x.local)")
                    d.value("implementing-for", x.implementingFor)
                }
            }
            if let h = p.headline { d.headline(h) }
            d.line("illustrative: \(p.illustrative)")
            d.list("lint.agencies", p.lint.agencies); d.list("lint.allow", p.lint.allow); d.list("lint.disable", p.lint.disabledRules)
            for key in p.sectionVocabulary.synonyms.keys.sorted(by: { $0.value < $1.value }) {
                d.list("sections.\(key.value)" + (d.ranges ? " @\(key.range)" : ""), p.sectionVocabulary.synonyms[key] ?? [])
            }
        }
    }

    private mutating func headline(_ h: Headline) {
        block("headline") { d in
            for a in h.requirements { d.value("year", a.year); d.value("requirements", a.money.mapValue(Self.money)) }
            if let r = h.unallocated { d.value("unallocated.year", r.year); d.value("unallocated", r.amount.mapValue(Self.money)); d.value("unallocated.reason", r.reason) }
            d.value("partners", h.partners); d.value("population", h.population)
        }
    }

    private mutating func country(_ c: CountryHeader) {
        block("country") { d in
            d.value("place", c.place.mapValue(Self.place)); d.value("language", c.language); d.value("title", c.title)
            d.value("period", c.period)
            if let h = c.headline { d.headline(h) }
        }
    }

    private mutating func sector(_ s: SectorHeader) {
        block("sector") { d in
            d.value("place", s.place.mapValue(Self.place)); d.value("sector", s.sector); d.value("subsector", s.subsector); d.value("language", s.language)
            for p in s.population {
                d.block("population") { d in
                    d.value("group", p.group.mapValue(\.rawValue)); d.value("planned", p.planned); d.value("in-need", p.inNeed); d.value("targeted", p.targeted)
                    d.value("sex", p.sex?.mapValue { "female \($0.female) male \($0.male)" })
                    d.value("age", p.age?.mapValue { $0.map { "\($0.bracket) \($0.share)" }.joined(separator: ", ") })
                }
            }
            d.list("locations", s.locations); d.list("assumptions", s.assumptions)
            for i in s.indicators {
                d.block("indicator" + (d.ranges ? " @\(i.range)" : "")) { d in
                    d.value("id", i.id); d.value("name", i.name); d.value("outcome-area", i.outcomeArea); d.value("unit", i.unit)
                    d.value("baseline", i.baseline); d.value("target", i.target)
                }
            }
            for a in s.totalRequirement { d.value("total-requirement.year", a.year); d.value("total-requirement", a.money.mapValue(Self.money)) }
            for r in s.requirements {
                d.block("requirement") { d in
                    d.value("partner", r.partner)
                    for a in r.amounts { d.value("year", a.year); d.value("amount", a.money.mapValue(Self.money)) }
                }
            }
        }
    }

    private static func money(_ m: Money) -> String { "\(m) (precision \(m.precision))" }

    private static func place(_ p: ChapterPlace) -> String {
        switch p {
        case .country(let c): "country \(c)"
        case .subRegion(let id): "sub-region \(id)"
        case .regional: "regional"
        }
    }
}

extension Located {
    /// The same location with a transformed value.
    func mapValue<U>(_ transform: (Value) -> U) -> Located<U> { Located<U>(transform(value), at: range) }
}
