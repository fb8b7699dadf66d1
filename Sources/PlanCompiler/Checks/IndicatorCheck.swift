import PlanDiagnostics
import PlanModel

/// Checks every indicator of every sector chapter.
enum IndicatorCheck: PlanCheck {
    static func check(_ context: CheckContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var first: [String: (file: String, range: SourceRange)] = [:]
        for chapter in context.sectorChapters {
            let path = chapter.source.file.path
            for indicator in chapter.header.indicators {
                let id = indicator.id.value
                let missing = [("unit", indicator.unit == nil), ("baseline", indicator.baseline == nil), ("target", indicator.target == nil)]
                    .filter(\.1).map(\.0)
                if !missing.isEmpty {
                    out.append(IndicatorRules.incomplete.diagnostic(
                        file: path, range: indicator.id.range,
                        summary: "Indicator '\(id)' has no \(missing.joined(separator: ", no "))"
                    ))
                }
                for (key, value) in [("baseline", indicator.baseline), ("target", indicator.target)] {
                    guard let value, case .percent(let p) = value.value, p.value < 0 || p.value > 100 else { continue }
                    out.append(IndicatorRules.percentRange.diagnostic(
                        file: path, range: value.range,
                        summary: "Indicator '\(id)' has a \(key) of \(p), outside 0% to 100%"
                    ))
                }
                if let baseline = indicator.baseline, let target = indicator.target, baseline.value == target.value {
                    out.append(IndicatorRules.targetEqualsBaseline.diagnostic(
                        file: path, range: target.range,
                        summary: "Indicator '\(id)' has a target equal to its baseline (\(target.value)): no change is planned"
                    ))
                }
                if let area = indicator.outcomeArea, let d = IndicatorRules.checkOutcomeArea(area, file: path) { out.append(d) }
                if let previous = first[id] {
                    out.append(IndicatorRules.duplicateID.diagnostic(
                        file: path, range: indicator.id.range,
                        summary: "Indicator ID '\(id)' is used twice in the plan",
                        notes: [DiagnosticNote("'\(id)' is first used here", file: previous.file, range: previous.range)]
                    ))
                } else {
                    first[id] = (path, indicator.id.range)
                }
            }
        }
        return out
    }
}
