import PlanModel
import PlanRender
import Testing

@Suite struct ChartTests {
    static let bars = BarChart(
        id: "c1", title: "Requirements <by> sector", summary: "Bars.",
        bars: [.init(label: "Protection", value: 24_650_000, valueText: "USD 24.7 million"), .init(label: "Education", value: 6_500_000, valueText: "USD 6.5 million")]
    )

    @Test func barChartIsAccessible() {
        let svg = Self.bars.svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains(#"role="img" aria-labelledby="c1-title" aria-describedby="c1-desc""#))
        #expect(svg.contains("<title id=\"c1-title\">Requirements &lt;by&gt; sector</title>"))
        #expect(svg.contains("<desc id=\"c1-desc\">Bars. Protection: USD 24.7 million; Education: USD 6.5 million.</desc>"))
        #expect(svg.contains(">Protection</text>") && svg.contains(">USD 6.5 million</text>"))
        #expect(!svg.contains("<script"))
    }

    @Test func barLengthsAreProportional() {
        let svg = Self.bars.svg
        let widths = svg.split(separator: "<rect").dropFirst().compactMap { rect -> Double? in
            guard let r = rect.range(of: "width=\"") else { return nil }
            return Double(rect[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(widths.count == 2)
        #expect(abs(widths[1] / widths[0] - 6_500_000.0 / 24_650_000.0) < 0.01)
    }

    @Test func chartsAreTheSameBytesEveryTime() {
        #expect(Self.bars.svg == Self.bars.svg)
        #expect(SVGNumber.format(12.25) == "12.3")
        #expect(SVGNumber.format(-3) == "-3")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func pyramidPutsMalesLeftFemalesRightAndOldestOnTop() {
        let chart = PyramidChart(
            id: "p", title: "Pyramid", summary: "S.", maleLabel: "Male", femaleLabel: "Female", ageLabel: "Age",
            rows: [
                .init(bracket: AgeBracket(lower: 0, upper: 4), male: 100, female: 120, maleText: "41%", femaleText: "49%"),
                .init(bracket: AgeBracket(lower: 60, upper: nil), male: 10, female: 12, maleText: "4%", femaleText: "5%"),
            ]
        )
        let svg = chart.svg
        let old = svg.range(of: ">60+</text>")!, young = svg.range(of: ">0-4</text>")!
        #expect(old.lowerBound < young.lowerBound)
        #expect(svg.contains(Palette.male) && svg.contains(Palette.female))
        #expect(svg.contains("0-4: Male 41%, Female 49%"))
        #expect(PyramidChart(id: "e", title: "", summary: "", maleLabel: "", femaleLabel: "", ageLabel: "", rows: []).svg == "")
    }

    @Test func paletteColoursContrastWithThePage() {
        #expect(Palette.bars.count == 8)
        #expect(Palette.colour(8) == Palette.colour(0))
        for colour in Palette.bars { #expect(Palette.contrast(colour) >= 3, "bar colour \(colour)") }
        for colour in Palette.text { #expect(Palette.contrast(colour) >= 4.5, "text colour \(colour)") }
        // The contrast computation itself: black 21:1, white 1:1, Okabe-Ito's yellow far below 3:1.
        #expect(abs(Palette.contrast("#000000") - 21) < 0.01)
        #expect(abs(Palette.contrast("#ffffff") - 1) < 0.01)
        #expect(Palette.contrast("#F0E442") < 1.5)
    }

    @Test func aSmallBarStaysVisibleWithItsValue() {
        let chart = BarChart(id: "b", title: "T", summary: "S.", bars: [
            .init(label: "Big", value: 1_000_000_000, valueText: "USD 1 billion"), .init(label: "Tiny", value: 10, valueText: "USD 10"),
        ])
        let svg = chart.svg
        #expect(svg.contains("width=\"4\" height=\"19\""))
        #expect(svg.contains(">USD 10</text>"))
        #expect(svg.contains("aria-describedby=\"b-desc\""))
    }
}
