import PlanDiagnostics
import PlanModel

/// The plan file's registries resolved into plan values, with their reference checks.
///
/// Lookups by ID go through indexes built once, so that checking every chapter and every
/// requirement line costs time in proportion to their number, whatever the registries' sizes.
struct Registry: Sendable {
    private(set) var partners: [Partner] = []
    private(set) var sectors: [Sector] = []
    private(set) var subRegions: [SubRegion] = []
    private(set) var countries: [CountryCode] = []
    /// Every country a chapter may be written for: declared countries and sub-regions' countries.
    private(set) var knownCountries: Set<CountryCode> = []
    private var partnerIndex: [String: Int] = [:]
    private var sectorIndex: [String: Int] = [:]
    private var subRegionIndex: [String: Int] = [:]
    /// IDs of the partners some partner is declared `implementing-for`.
    private var implemented: Set<String> = []

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
        let declared = Set(partnerIDs)
        for declaration in header.partners {
            guard let target = declaration.implementingFor, !declared.contains(target.value) else { continue }
            diagnostics.append(PartnerRules.undeclared.diagnostic(
                file: file, range: target.range,
                summary: "Partner '\(target.value)' is used but not declared" + NearMiss.didYouMean(target.value, among: partnerIDs)
            ))
        }
        registry.sectors = header.sectors.map {
            Sector(
                id: $0.id.value, name: $0.name.value, subsectors: $0.subsectors.map(\.value), outcomeAreas: $0.outcomeAreas.map(\.value),
                subsectorNames: $0.subsectorNames.mapValues(\.value), names: $0.names.mapValues(\.value),
                subsectorNamesByLanguage: $0.subsectorNamesByLanguage.mapValues { $0.mapValues(\.value) }
            )
        }
        for area in header.sectors.flatMap(\.outcomeAreas) {
            if let d = IndicatorRules.checkOutcomeArea(area, file: file) { diagnostics.append(d) }
        }
        registry.countries = header.countries.map(\.value)
        registry.subRegions = header.subRegions.map { SubRegion(id: $0.id.value, name: $0.name.value, countries: $0.countries.map(\.value)) }
        registry.knownCountries = Set(registry.countries + registry.subRegions.flatMap(\.countries))
        registry.partnerIndex = firstIndexes(registry.partners.map(\.id))
        registry.sectorIndex = firstIndexes(registry.sectors.map(\.id))
        registry.subRegionIndex = firstIndexes(registry.subRegions.map(\.id))
        registry.implemented = Set(registry.partners.compactMap(\.implementingFor))
        return (registry, diagnostics)
    }

    /// The index of each ID's first occurrence (what a search from the start would find).
    private static func firstIndexes(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func sector(_ id: String) -> Sector? { sectorIndex[id].map { sectors[$0] } }

    /// The registry position of sector `id` (for ordering), if declared.
    func sectorPosition(_ id: String) -> Int? { sectorIndex[id] }

    func partner(_ id: String) -> Partner? { partnerIndex[id].map { partners[$0] } }

    func subRegion(_ id: String) -> SubRegion? { subRegionIndex[id].map { subRegions[$0] } }

    /// Whether some partner is declared `implementing-for` partner `id`.
    func hasImplementers(_ id: String) -> Bool { implemented.contains(id) }
}
