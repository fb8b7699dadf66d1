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
            return ["hasProgress": true, "hasLatest": false, "latest": .text("–"), "latestDate": .text(""), "progress": .text("–")]
        }
        let latest: IndicatorValue = result.percent ? .percent(Percent(result.latest)) : .number(result.latest)
        return [
            "hasProgress": true, "hasLatest": true, "latest": .text(IndicatorModel.value(latest, index: index)),
            "latestDate": .text(result.date.description),
            "progress": .text(result.progress.map { index.numbers.percent(Int64($0.rounded(.toNearestOrAwayFromZero))) } ?? "–"),
        ]
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
