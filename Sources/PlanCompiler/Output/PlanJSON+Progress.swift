import PlanModel

extension PlanJSON {
    /// The version of the `progress` object (docs/json-schema.md, "Progress"), incremented on
    /// any change that removes or changes the meaning of one of its keys (2: `latest` and `date`
    /// may be absent, for an indicator reported per country whose values do not add up).
    public static let progressVersion = 2

    /// `progress`: the latest result of each indicator (present only when indicator results
    /// were read).
    static func progress(_ w: inout JSONWriter, _ p: Progress) {
        w.beginObject()
        w.field("asOf", p.asOf?.description)
        w.field("excludedResults", p.excluded)
        w.array("indicators", p.indicators) { w, i in
            w.beginObject()
            if !i.countries.isEmpty {
                w.array("countries", i.countries) { w, c in
                    w.beginObject()
                    w.field("country", c.country)
                    w.field("date", c.date.description)
                    w.key("latest")
                    w.number(IndicatorValue.plainDigits(c.latest) ?? "0")
                    w.field("results", c.results)
                    w.endObject()
                }
                if let total = i.countriesTotal {
                    w.key("countriesTotal")
                    w.number(IndicatorValue.plainDigits(total) ?? "0")
                }
            }
            if let date = i.date { w.field("date", date.description) }
            w.field("indicator", i.indicator)
            if let latest = i.latest {
                w.key("latest")
                w.number(IndicatorValue.plainDigits(latest) ?? "0")
            }
            if i.latestIsCountriesTotal { w.field("latestIsCountriesTotal", true) }
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
