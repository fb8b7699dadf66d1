import PlanRender
import Testing

/// Renderers on a plan built in Swift (no compiler): a sub-region, two years, Spanish.
@Suite struct SwiftBuiltPlanTests {
    static let files = try! PlanRenderer(templates: RenderFixture.templates).render(PlanBuilder.rmrp())
        .reduce(into: [String: String]()) { $0[$1.name] = String(decoding: $1.bytes, as: UTF8.self) }

    @Test func subRegionsGetTheirDocumentAndEmptyCountriesNone() {
        #expect(Set(Self.files.keys) == ["regional.html", "regional.md", "country-southern-cone.html", "country-southern-cone.md",
                                         "requirements.csv", "planning-figures.csv", "planning-figures-chapters.csv", "indicators.csv"])
    }

    @Test func labelsAndPeriodAreSpanish() {
        let html = Self.files["regional.html"]!
        #expect(html.contains("<html lang=\"es\" dir=\"ltr\">") && html.contains("De un vistazo") && html.contains("enero 2025 – diciembre 2026"))
        #expect(!html.contains("class=\"banner\""))
        #expect(html.contains("<h2>Cono Sur</h2>"))
    }

    @Test func multiYearRequirementsGetOneRowPerYear() {
        let rows = Self.files["requirements.csv"]!.components(separatedBy: "\r\n").filter { $0.contains("ONGA") }
        #expect(rows == [
            "Plan Regional de Respuesta para Refugiados y Migrantes,,,southern-cone,Cono Sur,protection,Protección,ONGA,ONG A,nngo,2025,100",
            "Plan Regional de Respuesta para Refugiados y Migrantes,,,southern-cone,Cono Sur,protection,Protección,ONGA,ONG A,nngo,2026,50",
        ])
    }

    @Test func aCountryPlanHasOneDocumentWithAnOverview() throws {
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html])).render(PlanBuilder.rmrp(kind: .country))
        #expect(files.map(\.name) == ["regional.html"])
        let html = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(html.contains("<section id=\"overview\" class=\"part\">\n<h2>Panorama</h2>"))
        #expect(html.contains("<a href=\"#overview\">Panorama</a>"))
    }

    @Test func aTitleThatSaysIllustrativeGetsTheBanner() throws {
        var plan = PlanBuilder.rmrp()
        plan.title = "Plan ilustrativo de respuesta"
        let files = try PlanRenderer(templates: RenderFixture.templates, options: RenderOptions(formats: [.html])).render(plan)
        let html = String(decoding: files.first { $0.name == "regional.html" }!.bytes, as: UTF8.self)
        #expect(html.contains("<p class=\"banner\" role=\"note\">Datos ilustrativos"))
    }

    @Test func emptyIndicatorsStillGiveAValidFile() {
        #expect(Self.files["indicators.csv"]!.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
        #expect(Self.files["regional.html"]!.contains("Ninguno declarado."))
    }
}
