import PlanModel

/// Monitoring progress in a document: per indicator, the latest value with its date and the
/// progress from the baseline to the target (columns of the indicator tables, shown when the
/// compile read indicator results), and the note under the monitoring framework (as of, sources,
/// results not counted). `hasProgress` is false without `--progress`.
enum ProgressModel {
    /// The progress columns of one indicator row: `latest` (`52 %` in French), `latestDate`,
    /// `progress` (a whole percent of the way, `–` where there is no result or no way to
    /// measure).
    static func row(_ indicator: Indicator, index: PlanIndex) -> TemplateFields {
        guard index.plan.progress != nil else { return ["hasProgress": false] }
        guard let result = index.progress[indicator.id] else {
            return ["hasProgress": true, "hasLatest": false, "latest": .text("–"), "latestDate": .text(""), "progress": .text("–"), "hasCountries": false]
        }
        func written(_ number: Double) -> String {
            IndicatorModel.value(result.percent ? .percent(Percent(number)) : .number(number), index: index)
        }
        var fields: TemplateFields = [
            "hasProgress": true, "hasLatest": .bool(result.latest != nil), "latest": .text(result.latest.map(written) ?? "–"),
            "latestDate": .text(result.date?.description ?? ""),
            "progress": .text(result.progress.map { index.numbers.percent(Int64($0.rounded(.toNearestOrAwayFromZero))) } ?? "–"),
            "hasCountries": .bool(!result.countries.isEmpty),
        ]
        if !result.countries.isEmpty {
            fields["byCountry"] = .text(byCountry(result, index: index, written: written))
        }
        return fields
    }

    /// The latest result in each country of a regional or sub-regional indicator reported per
    /// country, on one line in the order of their names: `Chad 3,400 (2026-06-30) · Niger 1,200
    /// (2026-05-31)`, then the countries' total when the unit adds up, else the reason there is none.
    static func byCountry(_ result: IndicatorProgress, index: PlanIndex, written: (Double) -> String) -> String {
        let labels = index.labels
        let countries = result.countries.map { c in (name: index.placeName(.country(CountryCode(c.country))), c) }
            .sorted { ($0.name, $0.1.country) < ($1.name, $1.1.country) }
            .map { "\($0.name) \(written($0.1.latest)) (\($0.1.date))" }.joined(separator: " · ")
        let tail: String
        if let total = result.countriesTotal {
            tail = "\(labels["progressCountriesTotal"])\(labels["colon"]) \(written(total))."
        } else {
            tail = labels[result.percent ? "progressPercentNotAdded" : "progressUnitNotAdded"]
        }
        return "\(labels["progressByCountry"])\(labels["colon"]) \(countries). \(tail)"
    }

    /// The note under the monitoring framework.
    static func make(_ plan: Plan) -> TemplateFields {
        guard let progress = plan.progress else { return ["hasProgress": false] }
        let value: TemplateValue = [
            "asOf": .text(progress.asOf?.description ?? ""), "hasAsOf": .bool(progress.asOf != nil),
            "sources": .text(progress.sources.map(FundingModel.fileName).joined(separator: ", ")),
            "excluded": .text("\(progress.excluded)"), "hasExcluded": .bool(progress.excluded > 0),
        ]
        return ["hasProgress": true, "progress": value]
    }
}
