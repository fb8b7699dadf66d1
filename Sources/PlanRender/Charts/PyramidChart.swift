import PlanModel

/// A population pyramid: one row per age bracket, oldest at the top, male bars to the left of
/// the axis and female bars to the right, each bar labelled with its value as shown (a share).
public struct PyramidChart: Sendable, Hashable {
    /// One age bracket.
    public struct Row: Sendable, Hashable {
        /// The age bracket.
        public var bracket: AgeBracket
        /// Males in the bracket.
        public var male: Int
        /// Females in the bracket.
        public var female: Int
        /// The males as shown (a share of the group: `6%`).
        public var maleText: String
        /// The females as shown.
        public var femaleText: String

        public init(bracket: AgeBracket, male: Int, female: Int, maleText: String, femaleText: String) {
            self.bracket = bracket
            self.male = male
            self.female = female
            self.maleText = maleText
            self.femaleText = femaleText
        }
    }

    /// A code-derived id prefix, unique in the document.
    public var id: String
    /// The visible and accessible title.
    public var title: String
    /// The description for assistive technology (the data are appended).
    public var summary: String
    /// Column label for males, in the document language.
    public var maleLabel: String
    /// Column label for females, in the document language.
    public var femaleLabel: String
    /// Label of the age axis.
    public var ageLabel: String
    /// Youngest first (drawn bottom up).
    public var rows: [Row]
    /// The colon between a bracket and its values in the description (`:`, ` :` in French).
    public var colon: String

    public init(id: String, title: String, summary: String, maleLabel: String, femaleLabel: String, ageLabel: String, rows: [Row], colon: String = ":") {
        self.colon = colon
        self.id = id
        self.title = title
        self.summary = summary
        self.maleLabel = maleLabel
        self.femaleLabel = femaleLabel
        self.ageLabel = ageLabel
        self.rows = rows
    }

    /// The chart as an SVG element (empty without rows).
    public var svg: String {
        guard !rows.isEmpty else { return "" }
        let width = SVGFrame.width, top = 54.0, rowHeight = 28.0, barHeight = 19.0, axisWidth = 60.0
        let side = (width - axisWidth) / 2 - 46
        let centre = width / 2
        let maximum = Double(max(rows.map { max($0.male, $0.female) }.max() ?? 1, 1))
        var body = SVGFrame.text(maleLabel, x: centre - axisWidth / 2 - 4, y: 40, anchor: "end", weight: "bold", fill: Palette.male)
        body += SVGFrame.text(ageLabel, x: centre, y: 40, anchor: "middle", weight: "bold")
        body += SVGFrame.text(femaleLabel, x: centre + axisWidth / 2 + 4, y: 40, weight: "bold", fill: Palette.female)
        for (i, row) in rows.reversed().enumerated() {
            let y = top + Double(i) * rowHeight
            let m = Double(row.male) / maximum * side, f = Double(row.female) / maximum * side
            body += SVGFrame.rect(x: centre - axisWidth / 2 - m, y: y, width: m, height: barHeight, fill: Palette.male)
            body += SVGFrame.text(row.maleText, x: centre - axisWidth / 2 - m - 6, y: y + 14, anchor: "end")
            body += SVGFrame.text(row.bracket.description, x: centre, y: y + 14, anchor: "middle")
            body += SVGFrame.rect(x: centre + axisWidth / 2, y: y, width: f, height: barHeight, fill: Palette.female)
            body += SVGFrame.text(row.femaleText, x: centre + axisWidth / 2 + f + 6, y: y + 14)
        }
        let frame = SVGFrame(
            id: id, title: title, description: accessibleDescription,
            width: width, height: top + Double(rows.count) * rowHeight + 4
        )
        return frame.wrap(body)
    }

    /// The description for assistive technology: the summary, then each bracket's shares.
    public var accessibleDescription: String {
        summary + " " + rows.map { "\($0.bracket)\(colon) \(maleLabel) \($0.maleText), \(femaleLabel) \($0.femaleText)" }.joined(separator: "; ") + "."
    }
}
