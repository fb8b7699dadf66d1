import PlanModel

extension PlanJSON {
    static func consolidation(_ c: Consolidation) -> JSONValue {
        .object([
            ("total", .integer(c.total)), ("byYear", years(c.byYear)), ("unallocated", .integer(c.unallocated)),
            ("bySector", .array(c.bySector.map(sectorTotal))),
            ("byPartner", .array(c.byPartner.map { .object([("partner", .string($0.partner)), ("type", .string($0.type.rawValue)), ("local", .bool($0.local)), ("amount", .integer($0.amount))]) })),
            ("byPartnerType", .array(c.byPartnerType.map { .object([("type", .string($0.type.rawValue)), ("amount", .integer($0.amount)), ("partners", .int($0.partners))]) })),
            ("cells", .array(c.cells.map { .object([("place", .string($0.place.code)), ("sector", .string($0.sector)), ("partner", .string($0.partner)), ("amount", .integer($0.amount)), ("byYear", years($0.byYear))]) })),
            ("partners", .object([
                ("count", .int(c.partnerCount)), ("appealing", .array(c.appealingPartners.map(JSONValue.string))),
                ("local", .array(c.localPartners.map(JSONValue.string))), ("localShare", .fraction(c.localPartnerShare)),
            ])),
            ("localRequirements", .integer(c.localRequirements)), ("localRequirementShare", .fraction(c.localRequirementShare)),
            ("population", .array(c.population.map(populationTotal))),
            ("places", .array(c.places.map(placeConsolidation))),
        ])
    }

    static func placeConsolidation(_ p: PlaceConsolidation) -> JSONValue {
        .object([
            ("place", .string(p.place.code)), ("total", .integer(p.total)), ("byYear", years(p.byYear)),
            ("bySector", .array(p.bySector.map(sectorTotal))), ("partners", .array(p.partners.map(JSONValue.string))),
            ("partnerCount", .int(p.partners.count)), ("localPartners", .array(p.localPartners.map(JSONValue.string))),
            ("population", .array(p.population.map(populationTotal))), ("unallocated", .integer(p.unallocated)),
        ])
    }

    static func sectorTotal(_ s: SectorTotal) -> JSONValue {
        .object([("sector", .string(s.sector)), ("amount", .integer(s.amount)), ("byYear", years(s.byYear))])
    }

    static func years(_ amounts: [AnnualAmount]) -> JSONValue {
        .array(amounts.map { .object([("year", $0.year.map { .int($0) } ?? .null), ("amount", .integer($0.amount))]) })
    }

    static func populationTotal(_ t: PopulationTotal) -> JSONValue {
        .object([
            ("group", .string(t.group.rawValue)), ("planned", .int(t.planned)), ("inNeed", .int(t.inNeed)), ("targeted", .int(t.targeted)),
            ("sex", t.sex.map(sex)), ("age", .array(t.age.map(age))),
            ("breakdown", t.breakdown.map { b in
                .object([
                    ("female", b.female.map { .int($0) }), ("male", b.male.map { .int($0) }),
                    ("byAge", .array(b.byAge.map { .object([("bracket", .string($0.bracket.description)), ("count", .int($0.count))]) })),
                ])
            }),
        ])
    }

    static func figures(_ f: PlanningFigures) -> JSONValue {
        .object([
            ("group", .string(f.group.rawValue)), ("planned", f.planned.map { .int($0) }), ("inNeed", f.inNeed.map { .int($0) }),
            ("targeted", f.targeted.map { .int($0) }), ("sex", f.sex.map(sex)), ("age", .array(f.age.map(age))),
        ])
    }

    static func sex(_ s: SexSplit) -> JSONValue {
        .object([("female", percent(s.female)), ("male", percent(s.male))])
    }

    static func age(_ a: AgeShare) -> JSONValue {
        .object([("bracket", .string(a.bracket.description)), ("share", percent(a.share))])
    }

    /// A percentage as a number in percent, with the decimals it was written with (`56`, `12.5`).
    static func percent(_ p: Percent) -> JSONValue {
        .decimal(String(p.description.dropLast()))
    }

    static func indicator(_ i: Indicator) -> JSONValue {
        .object([
            ("id", .string(i.id)), ("name", .str(i.name)), ("outcomeArea", .str(i.outcomeArea)), ("unit", .str(i.unit)),
            ("baseline", i.baseline.map(indicatorValue)), ("target", i.target.map(indicatorValue)),
        ])
    }

    static func indicatorValue(_ v: IndicatorValue) -> JSONValue {
        switch v {
        case .percent(let p): .object([("kind", .string("percent")), ("value", percent(p))])
        case .number(let n):
            .object([("kind", .string("number")), ("value", n == n.rounded() && abs(n) < 1e15 ? .integer(Int64(n)) : .decimal(String(n)))])
        }
    }
}
