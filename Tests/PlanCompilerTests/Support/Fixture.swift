import PlanCompiler
import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Builds plans from headers written in Swift, so that the compiler is tested without the
/// front-matter parser. Each file gets a body and a header; every located value points at line 2.
struct Fixture {
    var files: [(path: String, body: String, header: ChapterHeader)] = []

    static let at = SourceRange(start: SourceLocation(line: 2, column: 1, offset: 4), end: SourceLocation(line: 2, column: 5, offset: 8))

    static func loc<T>(_ value: T) -> Located<T> { Located(value, at: at) }

    mutating func add(_ path: String, _ header: ChapterHeader, body: String = "") {
        files.append((path, body, header))
    }

    /// Compiles the files: each is `---\n#\n---\n` followed by its body.
    func compile() -> PlanCompilation {
        let sources = files.map { SourceFile(path: $0.path, text: "---\n#\n---\n" + $0.body) }
        let headers = Dictionary(files.map { ($0.path, $0.header) }, uniquingKeysWith: { a, _ in a })
        return PlanCompiler.compile(files: sources, folder: "plan", parser: { chapter in (headers[chapter.file.path], []) })
    }

    static func plan(
        kind: PlanKind = .regional, period: Period = Period(start: PlanDate(year: 2026, month: 1), end: PlanDate(year: 2026, month: 12)),
        version: String = "launch", countries: [String] = ["TCD", "CMR"], sectors: [SectorDeclaration] = defaultSectors,
        partners: [PartnerDeclaration] = defaultPartners, headline: Headline? = nil, subRegions: [SubRegionDeclaration] = []
    ) -> ChapterHeader {
        .plan(PlanHeader(
            title: loc("Illustrative Test Plan"), kind: loc(kind), period: loc(period), version: loc(version), language: loc("en"),
            countries: countries.map { loc(CountryCode($0)) }, subRegions: subRegions, sectors: sectors, partners: partners,
            headline: headline, illustrative: true
        ))
    }

    static let defaultSectors = [
        SectorDeclaration(id: loc("protection"), name: loc("Protection"), subsectors: [loc("gbv"), loc("child-protection")], outcomeAreas: [loc("OA1"), loc("OA4")]),
        SectorDeclaration(id: loc("education"), name: loc("Education"), outcomeAreas: [loc("OA11")]),
    ]

    static let defaultPartners = [
        partner("UNHCR", .un), partner("NRC", .ingo), partner("CRT", .redCross, local: true),
        partner("ALN", .nngo, implementingFor: "NRC"), partner("MSP", .government), partner("RLO1", .rlo),
    ]

    static func partner(_ id: String, _ type: PartnerType, local: Bool = false, implementingFor: String? = nil) -> PartnerDeclaration {
        PartnerDeclaration(id: loc(id), name: loc(id + " name"), type: loc(type), local: local, implementingFor: implementingFor.map { loc($0) })
    }

    static func sector(
        _ place: ChapterPlace, _ sector: String, subsector: String? = nil, population: [PopulationFigures] = [],
        indicators: [IndicatorDeclaration] = [], requirements: [(String, [(Int?, Int64)])] = []
    ) -> ChapterHeader {
        .sector(SectorHeader(
            place: loc(place), sector: loc(sector), subsector: subsector.map { loc($0) }, population: population,
            indicators: indicators,
            requirements: requirements.map { line in
                RequirementLine(partner: loc(line.0), amounts: line.1.map { YearAmount(year: $0.0.map { loc($0) }, money: loc(Money(amount: $0.1))) })
            }
        ))
    }

    static func country(_ place: ChapterPlace, headline: Headline? = nil) -> ChapterHeader {
        .country(CountryHeader(place: loc(place), headline: headline))
    }
}

extension PlanCompilation {
    /// IDs of the diagnostics, sorted.
    var ids: [String] { diagnostics.map(\.id.rawValue).sorted() }

    func count(_ id: String) -> Int { diagnostics.filter { $0.id == id }.count }
}
