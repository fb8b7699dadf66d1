import PlanDiagnostics
import PlanModel

/// The plan file's registries resolved into plan values, with their reference checks.
struct Registry: Sendable {
    var partners: [Partner] = []
    var sectors: [Sector] = []
    var subRegions: [SubRegion] = []
    var countries: [CountryCode] = []

    /// Resolves the registries of `header` (declared in `file`).
    static func resolve(_ header: PlanHeader, file: String) -> (registry: Registry, diagnostics: [Diagnostic]) {
        var registry = Registry()
        var diagnostics: [Diagnostic] = []
        registry.partners = header.partners.map {
            Partner(
                id: $0.id.value, name: $0.name.value, type: $0.type.value,
                local: $0.local || $0.type.value == .nngo || $0.type.value == .rlo, implementingFor: $0.implementingFor?.value
            )
        }
        let partnerIDs = registry.partners.map(\.id)
        for declaration in header.partners {
            guard let target = declaration.implementingFor, !partnerIDs.contains(target.value) else { continue }
            diagnostics.append(PartnerRules.undeclared.diagnostic(
                file: file, range: target.range,
                summary: "Partner '\(target.value)' is used but not declared" + NearMiss.didYouMean(target.value, among: partnerIDs)
            ))
        }
        registry.sectors = header.sectors.map {
            Sector(
                id: $0.id.value, name: $0.name.value, subsectors: $0.subsectors.map(\.value), outcomeAreas: $0.outcomeAreas.map(\.value),
                subsectorNames: $0.subsectorNames.mapValues(\.value)
            )
        }
        for area in header.sectors.flatMap(\.outcomeAreas) {
            if let d = IndicatorRules.checkOutcomeArea(area, file: file) { diagnostics.append(d) }
        }
        registry.countries = header.countries.map(\.value)
        registry.subRegions = header.subRegions.map { SubRegion(id: $0.id.value, name: $0.name.value, countries: $0.countries.map(\.value)) }
        return (registry, diagnostics)
    }

    /// Every country a chapter may be written for: declared countries and sub-regions' countries.
    var knownCountries: Set<CountryCode> { Set(countries + subRegions.flatMap(\.countries)) }

    func sector(_ id: String) -> Sector? { sectors.first { $0.id == id } }

    func partner(_ id: String) -> Partner? { partners.first { $0.id == id } }
}
