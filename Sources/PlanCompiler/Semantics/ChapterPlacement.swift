import PlanDiagnostics
import PlanModel

/// Checks that each chapter belongs to a declared place and sector, and that no place has two
/// chapters for the same thing. Returns the chapters that were accepted.
struct ChapterPlacement {
    let registry: Registry

    func check(_ place: Located<ChapterPlace>, file: String) -> Diagnostic? {
        switch place.value {
        case .regional:
            return nil
        case .country(let code):
            if registry.knownCountries.contains(code) { return nil }
            return ResolutionRules.undeclaredPlace.diagnostic(
                file: file, range: place.range,
                summary: "Chapter is for \(code.code) (\(code.name)), which the plan does not declare",
                fixIts: []
            )
        case .subRegion(let id):
            if registry.subRegion(id) != nil { return nil }
            let ids = registry.subRegions.map(\.id)
            return ResolutionRules.undeclaredPlace.diagnostic(
                file: file, range: place.range,
                summary: "Chapter is for sub-region '\(id)', which the plan does not declare" + NearMiss.didYouMean(id, among: ids)
            )
        }
    }

    func check(_ header: SectorHeader, file: String) -> Diagnostic? {
        guard let sector = registry.sector(header.sector.value) else {
            let ids = registry.sectors.map(\.id)
            return ResolutionRules.undeclaredSector.diagnostic(
                file: file, range: header.sector.range,
                summary: "Chapter is for sector '\(header.sector.value)', which the plan does not declare" + NearMiss.didYouMean(header.sector.value, among: ids),
                fixIts: NearMiss.suggestion(for: header.sector.value, among: ids).map { [FixIt("Replace with '\($0)'", range: header.sector.range, replacement: $0)] } ?? []
            )
        }
        guard let sub = header.subsector, !sector.subsectors.contains(sub.value) else { return nil }
        return ResolutionRules.undeclaredSubsector.diagnostic(
            file: file, range: sub.range,
            summary: "Chapter is for sub-sector '\(sub.value)', which sector '\(sector.id)' does not declare" + NearMiss.didYouMean(sub.value, among: sector.subsectors),
            fixIts: NearMiss.suggestion(for: sub.value, among: sector.subsectors).map { [FixIt("Replace with '\($0)'", range: sub.range, replacement: $0)] } ?? []
        )
    }

    /// A `plan.duplicate-chapter` error at `range` in `file`, pointing back at the first chapter.
    static func duplicate(what: String, file: String, range: SourceRange, first: String, firstRange: SourceRange) -> Diagnostic {
        ResolutionRules.duplicateChapter.diagnostic(
            file: file, range: range,
            summary: "Two chapters for \(what)",
            notes: [DiagnosticNote("The first chapter for \(what) is here", file: first, range: firstRange)]
        )
    }
}
