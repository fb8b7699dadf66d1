import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Decides for each indicator result whether it counts, reports the ones that do not, and keeps
/// the latest value of each indicator (the one with the latest date).
struct ProgressTally {
    /// An indicator of the plan and the place of its chapter.
    private struct Target {
        var indicator: Indicator
        var place: ChapterPlace
        var kind: ProgressValues.Kind
        var order: Int
    }

    /// The latest counted result of an indicator so far.
    private struct Latest {
        var value: Double
        var date: PlanDate
        var results: Int
    }

    private let plan: Plan
    private var targets: [String: Target] = [:]
    /// "Did you mean" among the plan's indicator IDs.
    private let nearMiss: NearMissCandidates
    /// The hint given for each unknown code, found once; at most ``hintBudget`` are looked for
    /// (a file for another plan has thousands of codes, each compared with every indicator).
    private var hints: [String: String] = [:]
    static let hintBudget = 500
    private var matcher: FundingMatcher
    /// Where the first result of each indicator and date is.
    private var seen: [ResultKey: (source: SourceFile, start: Int, end: Int)] = [:]

    /// One indicator on one date.
    private struct ResultKey: Hashable {
        var indicator: String
        var date: PlanDate
    }
    private var latest: [String: Latest] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private var counted = 0
    private var excluded = 0
    private var asOf: PlanDate?

    init(plan: Plan) {
        self.plan = plan
        var ids: [String] = []
        for place in plan.places {
            for sector in place.sectors {
                for indicator in sector.indicators where targets[indicator.id] == nil {
                    targets[indicator.id] = Target(indicator: indicator, place: place.place, kind: ProgressValues.kind(indicator), order: ids.count)
                    ids.append(indicator.id)
                }
            }
        }
        nearMiss = NearMissCandidates(ids)
        matcher = FundingMatcher(plan: plan, settings: FundingSettings())
    }

    /// Counts `record`, or reports why it does not count.
    mutating func add(_ record: ProgressRecord) {
        switch evaluate(record) {
        case .excluded(let diagnostic):
            excluded += 1
            diagnostics.append(diagnostic)
        case .counted(let id, let value, let date):
            counted += 1
            if asOf.map({ $0 < date }) ?? true { asOf = date }
            var entry = latest[id] ?? Latest(value: value, date: date, results: 0)
            entry.results += 1
            if entry.date < date || entry.results == 1 { (entry.value, entry.date) = (value, date) }
            latest[id] = entry
        }
    }

    private enum Verdict {
        case counted(id: String, value: Double, date: PlanDate)
        case excluded(Diagnostic)
    }

    private mutating func evaluate(_ r: ProgressRecord) -> Verdict {
        func report(_ rule: Rule, _ field: ProgressRecord.Field?, _ summary: String, notes: [DiagnosticNote] = []) -> Verdict {
            .excluded(rule.diagnostic(file: r.file, range: r.range(of: field), summary: summary, notes: notes))
        }
        // Which indicator?
        guard let code = r.indicator else { return report(ProgressRules.unknownIndicator, nil, "Result has no indicator code: not counted") }
        guard let target = targets[code.text] else {
            let hint = hints[code.text] ?? (hints.count < Self.hintBudget ? nearMiss.didYouMean(code.text) : "")
            if hints.count < Self.hintBudget { hints[code.text] = hint }
            return report(ProgressRules.unknownIndicator, code, "'\(code.text)' is not an indicator of the plan: result not counted" + hint)
        }
        // Readable?
        guard let valueField = r.value else { return report(ProgressRules.invalidValue, nil, "Result for \(code.text) has no value: not counted") }
        let value: ProgressValues.Value
        switch ProgressValues.value(valueField.text) {
        case .failure(let e): return report(ProgressRules.invalidValue, valueField, "Result for \(code.text): \(e.message); not counted")
        case .success(let v): value = v
        }
        guard let dateField = r.date else { return report(ProgressRules.invalidDate, nil, "Result for \(code.text) has no date: not counted (the latest value is the one with the latest date)") }
        let date: PlanDate
        switch FundingValues.date(dateField.text) {
        case .failure(let e): return report(ProgressRules.invalidDate, dateField, "Result for \(code.text): \(e.message); not counted")
        case .success(let d): date = d
        }
        // In the indicator's place?
        if let country = r.country, country.text.lowercased() != target.place.code.lowercased() {
            let place = target.place
            guard let matched = matcher.country(country.text) else {
                return report(ProgressRules.unknownCountry, country, "'\(country.text)' is not a country of the plan: result for \(code.text) not counted")
            }
            if case .country(let own) = place, own.code == matched {
                // The indicator's country, by name.
            } else if case .country(let own) = place {
                return report(ProgressRules.unknownCountry, country, "\(code.text) is an indicator of \(own.code), not \(matched): result not counted")
            } else {
                return report(ProgressRules.unknownCountry, country,
                              "\(code.text) is an indicator of the \(place.code) level, not of \(matched): report it without a country; result not counted")
            }
        }
        // The unit the indicator is measured in?
        switch target.kind {
        case .percent where value.number > 100:
            return report(ProgressRules.unitMismatch, valueField, "\(code.text) is a percentage but the result is \(valueField.text), more than 100%: not counted")
        case .count where value.percent:
            let unit = target.indicator.unit ?? "number"
            return report(ProgressRules.unitMismatch, valueField, "\(code.text) is measured in \(unit), but the result is a percentage (\(valueField.text)): not counted")
        default: break
        }
        // In the plan's period?
        if !plan.period.contains(Period(start: date, end: date)) {
            return report(ProgressRules.outsidePeriod, dateField, "Result for \(code.text) dated \(date) is outside the plan's period \(plan.period): not counted")
        }
        // Read twice?
        let identity = ResultKey(indicator: code.text, date: date)
        if let first = seen[identity] {
            return report(ProgressRules.duplicate, dateField, "A second result for \(code.text) dated \(date): only the first one read counts",
                          notes: [DiagnosticNote("First result here", file: first.source.path, range: first.source.range(from: first.start, to: first.end))])
        }
        seen[identity] = (r.source, r.start, r.end)
        return .counted(id: code.text, value: value.number, date: date)
    }

    /// The latest value of each indicator with a counted result, in the plan's order.
    func progress(sources: [String]) -> Progress {
        let indicators = latest.compactMap { id, entry -> (Int, IndicatorProgress)? in
            guard let target = targets[id] else { return nil }
            let share = ProgressValues.number(target.indicator.target).flatMap {
                IndicatorProgress.share(latest: entry.value, baseline: ProgressValues.number(target.indicator.baseline), target: $0)
            }
            return (target.order, IndicatorProgress(indicator: id, place: target.place.code, latest: entry.value, percent: target.kind == .percent, date: entry.date,
                                                    results: entry.results, progress: share))
        }.sorted { $0.0 < $1.0 }.map(\.1)
        return Progress(sources: sources, asOf: asOf, results: counted, excluded: excluded, indicators: indicators)
    }
}
