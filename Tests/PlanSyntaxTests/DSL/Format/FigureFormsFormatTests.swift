import PlanSyntax
import Testing

/// `rrp fmt` on the forms real plans need: headlines by year or for one year, a declared
/// remainder, chapter totals before partners (sector and country), a country's own period.
@Suite struct FigureFormsFormatTests {
    /// A plan file's lines before its headline, already canonical.
    static let registry = """
        ---
        plan: Two-year plan
        type: regional
        period: 2019-01 to 2020-12
        version: launch
        language: en
        countries: TCD
        sectors:
          protection:
            name: Protection
        partners:
          UNHCR:
            name: UNHCR
            type: un

        """

    @Test func multiYearHeadlineAndRemainderBecomeCanonical() throws {
        let messy = Self.registry + """
        headline:
            requirements:
                2019:   USD 296400000
                2020: USD 310M
            unallocated:
                amount: USD 20
                reason:   Bank charges
                for: 2019
            partners: 1000
        ---

        """
        let expected = Self.registry + """
        headline:
          requirements:
            2019: USD 296,400,000
            2020: USD 310M
          unallocated:
            amount: USD 20
            reason: Bank charges
            for: 2019
          partners: 1,000
        ---

        """
        let once = try #require(FormatterTests.formatted(messy))
        #expect(once == expected)
        #expect(FormatterTests.formatted(once) == once)
    }

    @Test func countryTotalAndPeriodBecomeCanonical() throws {
        let messy = """
        ---
        chapter: country
        country: TCD
        period:   2020-01 to 2020-12
        total-requirement:
              2020:  USD 58400000
        headline:
           requirements: USD 58.4 million
           for:  2020
           partners:  38
        ---

        """
        let expected = """
        ---
        chapter: country
        country: TCD
        period: 2020-01 to 2020-12
        total-requirement:
          2020: USD 58,400,000
        headline:
          requirements: USD 58.4 million
          for: 2020
          partners: 38
        ---

        """
        let once = try #require(FormatterTests.formatted(messy))
        #expect(once == expected)
        #expect(FormatterTests.formatted(once) == once)
    }

    @Test func sectorTotalKeepsItsPrecision() throws {
        let messy = "---\nchapter: sector\ncountry: TCD\nsector: protection\ntotal-requirement:   USD 42.1M\n---\n"
        let once = try #require(FormatterTests.formatted(messy))
        #expect(once == "---\nchapter: sector\ncountry: TCD\nsector: protection\ntotal-requirement: USD 42.1M\n---\n")
    }

    @Test func aFigureErrorIsRefusedNotRewritten() {
        let broken = "---\nchapter: country\ncountry: TCD\ntotal-requirement: USD 58.4 zillion\n---\n"
        #expect(FormatterTests.formatted(broken) == nil)
    }
}
