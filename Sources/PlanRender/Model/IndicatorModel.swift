import Foundation
import PlanModel

/// An indicator as a table row, in the document's language: the outcome area's name and the
/// unit from the labels (`outcomeArea.OA4`, `unit.percent`), values written with the locale.
enum IndicatorModel {
    static func row(_ indicator: Indicator, index: PlanIndex) -> TemplateFields {
        let labels = index.labels
        let area = indicator.outcomeArea.map { code -> String in
            let key = "outcomeArea." + code, name = labels[key]
            return name == key ? (OutcomeArea.named(code).map { "\(code) \($0.name)" } ?? code) : "\(code) \(name)"
        } ?? "–"
        let unit = indicator.unit.map { unit -> String in
            let key = "unit." + unit, name = labels[key]
            return name == key ? unit : name
        } ?? "–"
        return [
            "id": .text(indicator.id), "name": .text(indicator.name ?? "–"), "outcomeArea": .text(area),
            "outcomeAreaCode": .text(indicator.outcomeArea ?? ""), "unit": .text(unit),
            "baseline": .text(indicator.baseline.map { value($0, index: index) } ?? "–"),
            "target": .text(indicator.target.map { value($0, index: index) } ?? "–"),
        ].merging(ProgressModel.row(indicator, index: index)) { _, new in new }
    }

    /// A baseline or target as the locale writes it: `1 500`, `3,5`, `75 %` in French.
    static func value(_ value: IndicatorValue, index: PlanIndex) -> String {
        text(value, numbers: index.numbers)
    }

    /// A baseline or target as the locale writes it. A whole number (most of them) is written
    /// with the pattern ``Numbers`` read once from the same locale data, which writes what the
    /// formatter writes (`IndicatorValueTextTests`) at a fraction of its cost (about 12,000
    /// instructions a value); any other goes through Foundation's formatter.
    static func text(_ value: IndicatorValue, numbers: Numbers) -> String {
        switch value {
        case .percent(let p):
            guard p.value.isFinite else { return "–" }
            if let whole = wholeNumber(p.value, below: 1e9) { return numbers.percent(whole) }
            return (p.value / 100).formatted(.percent.precision(.fractionLength(0...2)).locale(numbers.locale))
        case .number(let n):
            guard n.isFinite else { return "–" }
            if let whole = wholeNumber(n, below: 1e15) { return numbers.grouped(whole) }
            return n.formatted(.number.precision(.fractionLength(0...6)).locale(numbers.locale))
        }
    }

    /// `value` as an integer when it is a whole number from 0 (not -0) up to `limit`.
    private static func wholeNumber(_ value: Double, below limit: Double) -> Int64? {
        guard value.sign == .plus, value < limit, value.rounded(.towardZero) == value else { return nil }
        return Int64(value)
    }

    /// Every indicator of the places, with the place and sector it belongs to, in document order:
    /// the rows of the sectors' indicator tables (`places` as ``PlaceModel`` made them, shared by
    /// the documents), each with `place` (the place's name) and `sector` (the sector's title)
    /// added, instead of formatting every indicator again for the annex of each document.
    static func annexRows(_ places: [TemplateValue]) -> [TemplateValue] {
        var rows: [TemplateValue] = []
        for place in places {
            guard case .list(let sectors) = place.child("sectors") else { continue }
            let placeName = place.child("name") ?? ""
            for sector in sectors {
                guard case .list(let indicators) = sector.child("indicators") else { continue }
                let sectorTitle = sector.child("title") ?? ""
                for case .object(var row) in indicators {
                    row["place"] = placeName
                    row["sector"] = sectorTitle
                    rows.append(.object(row))
                }
            }
        }
        return rows
    }
}
