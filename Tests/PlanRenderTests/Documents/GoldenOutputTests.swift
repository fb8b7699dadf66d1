import PlanRender
import TestSupport
import Testing

/// The fixture's Markdown document and CSV files, byte for byte (re-record with
/// `RRP_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests` after an intended change).
@Suite struct GoldenOutputTests {
    static let files = try! RenderFixture.render(RenderOptions(formats: [.md, .csv]))

    @Test(arguments: ["regional.md", "country-TCD.md", "requirements.csv", "planning-figures.csv", "planning-figures-chapters.csv", "indicators.csv"])
    func outputMatchesGolden(_ name: String) throws {
        let actual = try #require(Self.files[name])
        let failure = Golden.check(actual, against: PackagePaths.path("Tests/PlanRenderTests/Fixtures/golden/" + name))
        #expect(failure == nil, "\(failure ?? "")")
    }
}
