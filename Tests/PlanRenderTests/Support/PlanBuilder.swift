import PlanModel

/// Builds `Plan` values in Swift for renderer tests that must not depend on the compiler: an
/// RMRP-style plan with a sub-region, a multi-year budget and a country without chapters.
enum PlanBuilder {
    static func narrative(_ file: String, _ text: String) -> Narrative {
        Narrative(file: file, markdown: text, bodyStart: 0, sections: [])
    }

    static func rmrp(kind: PlanKind = .rmrp) -> Plan {
        let cone = ChapterPlace.subRegion("southern-cone")
        let col = ChapterPlace.country(CountryCode("COL"))
        let sector = SectorPlan(
            place: cone, sector: "protection", language: "es",
            population: [PlanningFigures(group: .refugees, planned: 1000, targeted: 800, sex: SexSplit(female: Percent(50), male: Percent(50)))],
            requirements: [Requirement(partner: "ONGA", amounts: [AnnualAmount(year: 2025, amount: 100), AnnualAmount(year: 2026, amount: 50)])],
            narrative: narrative("cone/protection.md", "Texto ilustrativo.\n")
        )
        let cell = RequirementCell(place: cone, sector: "protection", partner: "ONGA", amount: 150,
                                   byYear: [AnnualAmount(year: 2025, amount: 100), AnnualAmount(year: 2026, amount: 50)])
        let consolidation = Consolidation(
            total: 150, places: [PlaceConsolidation(place: cone, total: 150, bySector: [SectorTotal(sector: "protection", amount: 150)], partners: ["ONGA"], localPartners: ["ONGA"])],
            bySector: [SectorTotal(sector: "protection", amount: 150)], byPartner: [PartnerTotal(partner: "ONGA", type: .nngo, local: true, amount: 150)],
            cells: [cell], appealingPartners: ["ONGA"], localPartners: ["ONGA"], localRequirements: 150
        )
        return Plan(
            title: "Plan Regional de Respuesta para Refugiados y Migrantes", kind: kind,
            period: Period(start: PlanDate(year: 2025, month: 1), end: PlanDate(year: 2026, month: 12)), version: "launch", language: "es",
            illustrative: false, file: "plan.md", partners: [Partner(id: "ONGA", name: "ONG A", type: .nngo, local: true)],
            sectors: [Sector(id: "protection", name: "Protección")],
            subRegions: [SubRegion(id: "southern-cone", name: "Cono Sur", countries: [CountryCode("ARG")])], countries: [CountryCode("COL")],
            overview: narrative("plan.md", "# Panorama regional\n\nTexto.\n"),
            places: [PlacePlan(place: col, name: "Colombia", language: "es"), PlacePlan(place: cone, name: "Cono Sur", language: "es", sectors: [sector])],
            consolidation: consolidation
        )
    }
}
