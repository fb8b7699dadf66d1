/// Word charts from the charts' data in the template values (``ChartData``).
extension DocxChart {
    /// A bar chart from `{title, description, multicolour, bars}`; amounts of a million or more
    /// are labelled in millions with one decimal (the title then says `USD million`).
    static func bars(_ data: TemplateValue, millionsLabel: String) -> DocxChart {
        let bars = data.items("bars")
        let values = bars.map { Int64($0.text("value")) ?? 0 }
        let inMillions = (values.max() ?? 0) >= 1_000_000
        let colours = data.flag("multicolour") ? bars.indices.map(Palette.colour) : nil
        return DocxChart(
            title: data.text("title") + (inMillions ? " (\(millionsLabel))" : ""),
            description: data.text("description"),
            categories: bars.map { $0.text("label") },
            series: [Series(name: data.text("title"), colour: Palette.colour(0), values: values.map { "\($0)" }, pointColours: colours)],
            numberFormat: inMillions ? "#,##0.0,," : "#,##0"
        )
    }

    /// A pyramid from `{title, description, maleLabel, femaleLabel, rows}`: shares of the
    /// group, males as negative values shown without their sign.
    static func pyramid(_ data: TemplateValue) -> DocxChart {
        let rows = data.items("rows")
        let males = rows.map { Int64($0.text("male")) ?? 0 }, females = rows.map { Int64($0.text("female")) ?? 0 }
        let whole = (males + females).reduce(Int64(0)) { $0.addingReportingOverflow($1).overflow ? $0 : $0 + $1 }
        return DocxChart(
            title: data.text("title"), description: data.text("description"),
            categories: rows.map { $0.text("bracket") },
            series: [
                Series(name: data.text("maleLabel"), colour: Palette.male, values: males.map { "-" + fraction($0, of: whole) }),
                Series(name: data.text("femaleLabel"), colour: Palette.female, values: females.map { fraction($0, of: whole) }),
            ],
            numberFormat: "0%;0%", isPyramid: true
        )
    }

    /// `part / whole` as a decimal with six places, in integer arithmetic (the same bytes on
    /// every machine).
    static func fraction(_ part: Int64, of whole: Int64) -> String {
        guard whole > 0, part > 0 else { return "0" }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 1_000_000)
        let millionths = overflow ? Int64((Double(part) / Double(whole) * 1_000_000).rounded()) : (scaled + whole / 2) / whole
        let units = millionths / 1_000_000, rest = String(millionths % 1_000_000)
        return "\(units)." + String(repeating: "0", count: 6 - rest.count) + rest
    }
}
