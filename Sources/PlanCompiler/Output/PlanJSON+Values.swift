import PlanModel

extension PlanJSON {
    static func consolidation(_ w: inout JSONWriter, _ c: Consolidation) {
        w.beginObject()
        w.array("byPartner", c.byPartner) { w, p in
            w.beginObject()
            w.field("amount", p.amount)
            w.field("local", p.local)
            w.field("partner", p.partner)
            w.field("type", p.type.rawValue)
            w.endObject()
        }
        w.array("byPartnerType", c.byPartnerType) { w, t in
            w.beginObject()
            w.field("amount", t.amount)
            w.field("partners", t.partners)
            w.field("type", t.type.rawValue)
            w.endObject()
        }
        w.array("bySector", c.bySector, sectorTotal)
        years(&w, c.byYear)
        w.array("cells", c.cells) { w, cell in
            w.beginObject()
            w.field("amount", cell.amount)
            years(&w, cell.byYear)
            w.field("partner", cell.partner)
            w.field("place", cell.place.code)
            w.field("sector", cell.sector)
            w.endObject()
        }
        w.fraction("localRequirementShare", c.localRequirementShare)
        w.field("localRequirements", c.localRequirements)
        w.field("notBrokenDown", c.notBrokenDown)
        w.object("partners", c) { w, c in
            w.beginObject()
            w.field("appealing", strings: c.appealingPartners)
            w.field("count", c.partnerCount)
            w.field("local", strings: c.localPartners)
            w.fraction("localShare", c.localPartnerShare)
            w.endObject()
        }
        w.array("places", c.places, placeConsolidation)
        w.array("population", c.population, populationTotal)
        w.field("total", c.total)
        w.field("unallocated", c.unallocated)
        w.endObject()
    }

    static func placeConsolidation(_ w: inout JSONWriter, _ p: PlaceConsolidation) {
        w.beginObject()
        w.array("bySector", p.bySector, sectorTotal)
        years(&w, p.byYear)
        w.field("localPartners", strings: p.localPartners)
        w.field("notBrokenDown", p.notBrokenDown)
        w.field("partnerCount", p.partners.count)
        w.field("partners", strings: p.partners)
        w.field("place", p.place.code)
        w.array("population", p.population, populationTotal)
        w.field("total", p.total)
        w.field("unallocated", p.unallocated)
        w.endObject()
    }

    static func sectorTotal(_ w: inout JSONWriter, _ s: SectorTotal) {
        w.beginObject()
        w.field("amount", s.amount)
        years(&w, s.byYear)
        w.field("sector", s.sector)
        w.endObject()
    }

    /// `"byYear": [{"amount": ..., "year": 2026 | null}]`.
    static func years(_ w: inout JSONWriter, _ amounts: [AnnualAmount]) {
        w.array("byYear", amounts) { w, a in
            w.beginObject()
            w.field("amount", a.amount)
            w.key("year")
            if let year = a.year { w.integer(year) } else { w.null() }
            w.endObject()
        }
    }

    static func populationTotal(_ w: inout JSONWriter, _ t: PopulationTotal) {
        group(&w, t.group, age: t.age, breakdown: t.breakdown, inNeed: t.inNeed, planned: t.planned, sex: t.sex, targeted: t.targeted)
    }

    static func figures(_ w: inout JSONWriter, _ f: PlanningFigures) {
        group(&w, f.group, age: f.age, breakdown: nil, inNeed: f.inNeed, planned: f.planned, sex: f.sex, targeted: f.targeted)
    }

    /// One population group's figures (chapter or combined); absent values are left out.
    static func group(
        _ w: inout JSONWriter, _ group: PopulationGroup, age ages: [AgeShare], breakdown: DemographicCounts?, inNeed: Int?,
        planned: Int?, sex sexSplit: SexSplit?, targeted: Int?
    ) {
        w.beginObject()
        w.array("age", ages, age)
        w.object("breakdown", breakdown) { w, b in
            w.beginObject()
            w.array("byAge", b.byAge) { w, a in
                w.beginObject()
                w.field("bracket", a.bracket.description)
                w.field("count", a.count)
                w.endObject()
            }
            w.field("female", b.female)
            w.field("male", b.male)
            w.endObject()
        }
        w.field("group", group.rawValue)
        w.field("inNeed", inNeed)
        w.field("planned", planned)
        w.object("sex", sexSplit, sex)
        w.field("targeted", targeted)
        w.endObject()
    }

    static func sex(_ w: inout JSONWriter, _ s: SexSplit) {
        w.beginObject()
        percent(&w, "female", s.female)
        percent(&w, "male", s.male)
        w.endObject()
    }

    static func age(_ w: inout JSONWriter, _ a: AgeShare) {
        w.beginObject()
        w.field("bracket", a.bracket.description)
        percent(&w, "share", a.share)
        w.endObject()
    }

    /// A percentage as a number in percent, with the decimals it was written with (`56`, `12.5`).
    static func percent(_ w: inout JSONWriter, _ key: String, _ p: Percent) {
        w.key(key)
        w.number(String(p.description.dropLast()))
    }

    static func indicator(_ w: inout JSONWriter, _ i: Indicator) {
        w.beginObject()
        w.object("baseline", i.baseline, indicatorValue)
        w.field("id", i.id)
        w.field("name", i.name)
        w.field("outcomeArea", i.outcomeArea)
        w.object("target", i.target, indicatorValue)
        w.field("unit", i.unit)
        w.endObject()
    }

    static func indicatorValue(_ w: inout JSONWriter, _ v: IndicatorValue) {
        w.beginObject()
        switch v {
        case .percent(let p):
            w.field("kind", "percent")
            percent(&w, "value", p)
        case .number(let n):
            w.field("kind", "number")
            w.key("value")
            if let digits = IndicatorValue.plainDigits(n) { w.number(digits) } else { w.null() }
        }
        w.endObject()
    }
}
