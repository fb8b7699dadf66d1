import PlanModel

extension PlanJSON {
    /// The version of the `progress` object (docs/json-schema.md, "Progress"), incremented on
    /// any change that removes or changes the meaning of one of its keys.
    public static let progressVersion = 1

    /// `progress`: the latest result of each indicator (present only when indicator results
    /// were read).
    static func progress(_ w: inout JSONWriter, _ p: Progress) {
        w.beginObject()
        w.field("asOf", p.asOf?.description)
        w.field("excludedResults", p.excluded)
        w.array("indicators", p.indicators) { w, i in
            w.beginObject()
            w.field("date", i.date.description)
            w.field("indicator", i.indicator)
            w.key("latest")
            w.number(IndicatorValue.plainDigits(i.latest) ?? "0")
            w.field("percent", i.percent)
            w.field("place", i.place)
            if let share = i.progress, let digits = IndicatorValue.plainDigits((share * 100).rounded() / 100) {
                w.key("progress")
                w.number(digits)
            }
            w.field("results", i.results)
            w.endObject()
        }
        w.field("results", p.results)
        w.field("sources", strings: p.sources)
        w.field("version", progressVersion)
        w.endObject()
    }
}
