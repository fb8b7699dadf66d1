import PlanDiagnostics
import Testing

/// A foreword file (`chapter: foreword`) is a signed message from its first line: its first
/// person is the signatory's, as under a "Foreword" heading; the same words in a country
/// chapter speak in one organization's voice.
@Suite struct ForewordFileTests {
    static let body = "We thank the host governments and call on donors to stand with the people our partners serve.\n"

    @Test func aForewordFileMaySayWe() {
        let findings = LintHarness.lint("---\nchapter: foreword\nsigned-by:\n  - A. Name, Regional Refugee Coordinator\n---\n" + Self.body)
        #expect(!findings.contains { $0.id == "language.first-person" }, "\(findings.map(\.summary))")
    }

    @Test func aCountryChapterMayNot() {
        let findings = LintHarness.lint("---\nchapter: country\ncountry: TCD\n---\n" + Self.body)
        #expect(findings.contains { $0.id == "language.first-person" })
    }
}
