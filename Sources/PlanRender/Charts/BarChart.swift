/// A horizontal bar chart: one row per item with its label on the left, the bar, and the value
/// written after the bar. Used for requirements by sector, by country and by partner type.
public struct BarChart: Sendable, Hashable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// The item (a sector, country or partner type name).
        public var label: String
        /// The amount the bar length is proportional to.
        public var value: Int64
        /// The value as shown (`USD 1.2 million`).
        public var valueText: String

        public init(label: String, value: Int64, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// A code-derived id prefix, unique in the document.
    public var id: String
    /// The visible and accessible title.
    public var title: String
    /// The chart's description for assistive technology (the data are appended to it).
    public var summary: String
    /// The bars, drawn top down in this order.
    public var bars: [Bar]
    /// One palette colour per bar instead of one colour for all.
    public var multicolour: Bool
    /// The colon between an item and its value in the description (`:`, ` :` in French).
    public var colon: String

    public init(id: String, title: String, summary: String, bars: [Bar], multicolour: Bool = false, colon: String = ":") {
        self.id = id
        self.title = title
        self.summary = summary
        self.bars = bars
        self.multicolour = multicolour
        self.colon = colon
    }

    /// The chart as an SVG element (empty when there is nothing to draw).
    public var svg: String {
        guard !bars.isEmpty else { return "" }
        let width = SVGFrame.width, rowHeight = 28.0, top = 32.0, barHeight = 19.0, font = SVGFrame.fontSize
        let labelWidth = min(max(bars.map { SVGNumber.textWidth(Self.clip($0.label), fontSize: font) }.max() ?? 0, 60) + 8, 200)
        let valueWidth = (bars.map { SVGNumber.textWidth($0.valueText, fontSize: font) }.max() ?? 0) + 12
        let span = max(width - labelWidth - valueWidth, 60)
        let maximum = max(bars.map(\.value).max() ?? 1, 1)
        var body = ""
        for (i, bar) in bars.enumerated() {
            let y = top + Double(i) * rowHeight
            // A positive amount is never a sliver: at least ``minimumBar`` wide, its value beside it.
            let length = bar.value <= 0 ? 0 : max(Double(bar.value) / Double(maximum) * span, Self.minimumBar)
            let colour = multicolour ? Palette.colour(i) : Palette.colour(0)
            body += SVGFrame.text(Self.clip(bar.label), x: labelWidth - 8, y: y + 14, anchor: "end")
            body += SVGFrame.rect(x: labelWidth, y: y, width: length, height: barHeight, fill: colour)
            body += SVGFrame.text(bar.valueText, x: labelWidth + length + 6, y: y + 14)
        }
        let frame = SVGFrame(id: id, title: title, description: accessibleDescription, width: width, height: top + Double(bars.count) * rowHeight + 4)
        return frame.wrap(body)
    }

    /// The description for assistive technology: the summary, then each bar's label and value.
    public var accessibleDescription: String {
        summary + " " + bars.map { "\($0.label)\(colon) \($0.valueText)" }.joined(separator: "; ") + "."
    }

    /// The shortest bar drawn for a positive amount, in view-box units (a bar of 1 unit is
    /// invisible on paper and on a phone).
    public static let minimumBar = 4.0

    /// Long labels are cut to 28 characters with an ellipsis (the full text is in the description).
    static func clip(_ label: String) -> String { label.count > 28 ? String(label.prefix(27)) + "…" : label }
}
