/// A chart's data as template values (`sectorChartData`, `pyramidData`...), beside its SVG:
/// what the Word documents draw as native charts. HTML and Markdown templates may use them too.
enum ChartData {
    /// `{title, description, multicolour, bars: [{label, value, valueText}]}`; `value` is the
    /// amount in whole units, as digits.
    static func bars(_ chart: BarChart) -> TemplateValue {
        [
            "title": .text(chart.title), "description": .text(chart.accessibleDescription), "multicolour": .bool(chart.multicolour),
            "bars": .list(chart.bars.map { ["label": .text($0.label), "value": .text("\($0.value)"), "valueText": .text($0.valueText)] }),
        ]
    }

    /// `{title, description, maleLabel, femaleLabel, rows: [{bracket, male, female}]}`, the
    /// youngest bracket first; `male` and `female` are counts, as digits.
    static func pyramid(_ chart: PyramidChart) -> TemplateValue {
        [
            "title": .text(chart.title), "description": .text(chart.accessibleDescription),
            "maleLabel": .text(chart.maleLabel), "femaleLabel": .text(chart.femaleLabel),
            "rows": .list(chart.rows.map { ["bracket": .text($0.bracket.description), "male": .text("\($0.male)"), "female": .text("\($0.female)")] }),
        ]
    }
}
