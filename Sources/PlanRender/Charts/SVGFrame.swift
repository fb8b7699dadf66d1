/// The accessible outer element every chart shares: `role="img"`, a `<title>` referenced by
/// `aria-labelledby` and a `<desc>` (the long description with the data) by `aria-describedby`,
/// a fixed view box and the chart's own text style.
struct SVGFrame {
    /// A code-derived id prefix, unique in the document (`chart-sector-TCD`).
    var id: String
    var title: String
    var description: String
    var width: Double
    var height: Double

    /// The text size of labels and values, in view-box units. Charts are ``width`` units wide so
    /// that on a 390 px phone, scaled to the screen, this is still about 9.7 px.
    static let fontSize = 13.0
    /// The view-box width of every chart.
    static let width = 480.0

    /// The complete `<svg>` element around `body`.
    func wrap(_ body: String) -> String {
        let w = SVGNumber.format(width), h = SVGNumber.format(height)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \(w) \(h)" width="\(w)" height="\(h)" \
            role="img" aria-labelledby="\(id)-title" aria-describedby="\(id)-desc" font-family="Helvetica, Arial, sans-serif" font-size="\(SVGNumber.format(Self.fontSize))">
            <title id="\(id)-title">\(HTMLEscape.escape(title))</title>
            <desc id="\(id)-desc">\(HTMLEscape.escape(description))</desc>
            <text x="0" y="16" font-size="15" font-weight="bold" fill="\(Palette.ink)">\(HTMLEscape.escape(title))</text>
            \(body)</svg>
            """
    }

    /// A `<text>` element.
    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", weight: String? = nil, fill: String = Palette.ink) -> String {
        let w = weight.map { " font-weight=\"\($0)\"" } ?? ""
        return "<text x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" text-anchor=\"\(anchor)\"\(w) fill=\"\(fill)\">\(HTMLEscape.escape(s))</text>\n"
    }

    /// A `<rect>` element.
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" width=\"\(SVGNumber.format(width))\" height=\"\(SVGNumber.format(height))\" fill=\"\(fill)\"/>\n"
    }
}
