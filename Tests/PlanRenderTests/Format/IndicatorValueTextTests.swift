import Foundation
import PlanModel
@testable import PlanRender
import Testing

/// Indicator baselines and targets that are whole numbers are written with the pattern
/// ``Numbers`` read from the locale data instead of asking Foundation's formatter each time; the
/// bytes must be exactly the formatter's, in locales with other separators, group sizes,
/// minimum groupings and digits. Fractions, negative values and huge values still go through the
/// formatter (and are compared too, so a change to the routing cannot go unnoticed).
@Suite struct IndicatorValueTextTests {
    static let catalog = RenderFixture.templates.labels

    static func formatter(_ value: IndicatorValue, _ locale: Locale) -> String {
        switch value {
        case .percent(let p): (p.value / 100).formatted(.percent.precision(.fractionLength(0...2)).locale(locale))
        case .number(let n): n.formatted(.number.precision(.fractionLength(0...6)).locale(locale))
        }
    }

    @Test(arguments: ["en", "fr", "es", "de-CH", "hi", "ar-EG", "pt", "zh"])
    func writesWhatFoundationsFormatterWrites(_ language: String) {
        let numbers = Numbers(labels: Labels(language: language, catalog: Self.catalog))
        var numbersShown: [Double] = [0, 1, 7, 12, 999, 1000, 1234, 1500, 9999, 10_000, 12_345, 250_000, 999_999, 1_000_000, 45_000_000, 123_456_789_012]
        numbersShown += [0.5, 3.5, 0.25, 1234.5, -0, -3, -1500, 1e15, 2.5e16]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<200 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbersShown.append(Double(state >> UInt64(20 + state % 40)))
        }
        let percents: [Double] = [0, 1, 5, 7, 33, 50, 75, 78, 99, 100, 150, 1250, 0.5, 12.25, -4, 1e9]
        for n in numbersShown {
            #expect(IndicatorModel.text(.number(n), numbers: numbers) == Self.formatter(.number(n), numbers.locale), "\(language) \(n)")
        }
        for p in percents {
            let value = IndicatorValue.percent(Percent(p))
            #expect(IndicatorModel.text(value, numbers: numbers) == Self.formatter(value, numbers.locale), "\(language) \(p)%")
        }
    }

    @Test func valuesThatAreNotNumbersAreADash() {
        let numbers = Numbers(labels: Labels(language: "en", catalog: Self.catalog))
        #expect(IndicatorModel.text(.number(.nan), numbers: numbers) == "–")
        #expect(IndicatorModel.text(.percent(Percent(.infinity)), numbers: numbers) == "–")
        #expect(IndicatorModel.text(.number(1500), numbers: numbers) == "1,500")
        #expect(IndicatorModel.text(.percent(Percent(75)), numbers: numbers) == "75%")
    }
}
