import Foundation

/// The map of a plan's countries: each shaded by its requirements (four classes, darker is
/// more) and labelled with its name and amount, its neighbours drawn in grey for orientation,
/// drawn from ``WorldOutlines`` in an equirectangular projection scaled at the map's middle
/// latitude (distortion is small at the size of a refugee response's region).
///
/// Colour is never the only carrier: every plan country carries its amount as text, the
/// description lists every country with its amount, and the legend gives each class's range.
/// Countries too small for the outlines' scale are named under the map.
struct RegionalMap: Sendable {
    /// One plan country.
    struct Area: Sendable, Hashable {
        /// ISO 3166-1 alpha-3 code.
        var code: String
        /// The country's name in the document's language.
        var name: String
        /// Its requirements in US dollars.
        var value: Int64
        /// The amount as shown (`USD 12.3 million`).
        var valueText: String
    }

    /// A code-derived id prefix, unique in the document.
    var id: String
    var title: String
    /// The map's description for assistive technology (the data are appended to it).
    var summary: String
    var areas: [Area]
    /// Text of the legend: `range(low, high)` writes a class's range (`low == high` for one amount).
    var range: @Sendable (Int64, Int64) -> String
    /// The note for countries not drawn (`Not drawn at this scale: %@`), `%@` replaced.
    var notDrawn: String
    var colon: String
    var outlines: WorldOutlines = .shipped

    /// Fill colours of the four requirement classes, light to dark; each has at least 3:1
    /// contrast against white (WCAG 1.4.11), like the bars.
    static let classColours = ["#5B8FC7", "#3A6FB0", "#1F4E8C", "#0B2E59"]
    /// Neighbouring countries, drawn for orientation only.
    static let contextFill = "#E4E4E4"
    /// A plan country with no requirement.
    static let noRequirementFill = "#FFFFFF"

    private static let width = SVGFrame.width
    /// Labels and legend use the frame's text size, which stays readable when a phone scales the map down.
    private static let textSize = SVGFrame.fontSize
    private static let top = 28.0

    /// The map's description with its data (every country with its amount): the SVG's and
    /// the Word picture's alternative text.
    var description: String {
        summary + " " + areas.map { "\($0.name)\(colon) \($0.valueText)" }.joined(separator: "; ") + "."
    }

    /// The map as an SVG element, empty when no plan country has an outline.
    var svg: String {
        let drawn = areas.filter { outlines.countries[$0.code] != nil }
        guard !drawn.isEmpty else { return "" }
        // The view: the plan countries' main land (rings at least a tenth of the country's
        // largest, so that overseas islands do not zoom the map out), with a margin.
        var box = Box.empty
        for area in drawn {
            let rings = outlines.countries[area.code] ?? []
            let boxes = rings.map(Box.init(ring:))
            let largest = boxes.map(\.area).max() ?? 0
            for b in boxes where b.area >= largest / 10 { box = box.union(b) }
        }
        let margin = max(max(box.maxX - box.minX, box.maxY - box.minY) * 0.08, 150)
        box = box.inset(-margin)
        let midLatitude = (box.minY + box.maxY) / 2 / 100
        let xScale = cos(midLatitude * .pi / 180)
        // Fit the box into the frame, keeping the height between 0.45 and 0.9 of the width.
        var spanX = (box.maxX - box.minX) * xScale, spanY = box.maxY - box.minY
        let mapHeightLimit = (0.45 * Self.width, 0.9 * Self.width)
        if spanY / spanX * Self.width > mapHeightLimit.1 {
            let wanted = spanY * Self.width / mapHeightLimit.1
            box = box.widened(by: (wanted - spanX) / xScale / 2)
            spanX = wanted
        } else if spanY / spanX * Self.width < mapHeightLimit.0 {
            let wanted = spanX * mapHeightLimit.0 / Self.width
            box = box.heightened(by: (wanted - spanY) / 2)
            spanY = wanted
        }
        let scale = Self.width / spanX
        let mapHeight = spanY * scale
        func project(_ lon: Int32, _ lat: Int32) -> (Double, Double) {
            ((Double(lon) - box.minX) * xScale * scale, Self.top + (box.maxY - Double(lat)) * scale)
        }
        func path(_ rings: [WorldOutlines.Ring]) -> String {
            var d = ""
            for ring in rings {
                var i = 0
                while i + 1 < ring.count {
                    let (x, y) = project(ring[i], ring[i + 1])
                    d += (i == 0 ? "M" : "L") + SVGNumber.format(x) + " " + SVGNumber.format(y)
                    i += 2
                }
                d += "Z"
            }
            return d
        }
        let classes = Self.classBreaks(drawn.map(\.value))
        let planCodes = Set(drawn.map(\.code))
        var body = "<g clip-path=\"url(#\(id)-clip)\">\n"
        body += "<clipPath id=\"\(id)-clip\"><rect x=\"0\" y=\"\(SVGNumber.format(Self.top))\" width=\"\(SVGNumber.format(Self.width))\" height=\"\(SVGNumber.format(mapHeight))\"/></clipPath>\n"
        body += "<rect x=\"0\" y=\"\(SVGNumber.format(Self.top))\" width=\"\(SVGNumber.format(Self.width))\" height=\"\(SVGNumber.format(mapHeight))\" fill=\"#F4F8FB\"/>\n"
        // Neighbours first, in code order, then the plan's countries on top of them.
        for (code, rings) in outlines.countries.sorted(by: { $0.key < $1.key }) where !planCodes.contains(code) {
            guard rings.contains(where: { Box(ring: $0).intersects(box) }) else { continue }
            body += "<path d=\"\(path(rings))\" fill=\"\(Self.contextFill)\" stroke=\"#FFFFFF\" stroke-width=\"0.6\" fill-rule=\"evenodd\"/>\n"
        }
        for area in drawn {
            let fill = area.value > 0 ? Self.classColours[Self.classIndex(area.value, breaks: classes)] : Self.noRequirementFill
            body += "<path d=\"\(path(outlines.countries[area.code] ?? []))\" fill=\"\(fill)\" stroke=\"#FFFFFF\" stroke-width=\"0.8\" fill-rule=\"evenodd\"><title>\(HTMLEscape.escape(area.name + colon + " " + area.valueText))</title></path>\n"
        }
        body += "</g>\n"
        // Labels: at the middle of each country's largest ring, moved off earlier labels.
        var placed: [Box] = []
        for area in drawn.sorted(by: { $0.value > $1.value }) {
            guard let ring = (outlines.countries[area.code] ?? []).max(by: { Box(ring: $0).area < Box(ring: $1).area }) else { continue }
            let anchor = Self.centre(of: ring)
            var (x, y) = project(Int32(clamping: Int(anchor.0.rounded())), Int32(clamping: Int(anchor.1.rounded())))
            let textWidth = max(SVGNumber.textWidth(area.name, fontSize: Self.textSize + 0.5), SVGNumber.textWidth(area.valueText, fontSize: Self.textSize))
            x = min(max(x, textWidth / 2 + 2), Self.width - textWidth / 2 - 2)
            y = min(max(y, Self.top + 15), Self.top + mapHeight - 18)
            var label = Box(minX: x - textWidth / 2, minY: y - 13, maxX: x + textWidth / 2, maxY: y + 17)
            for shift in [0.0, 31, -31, 62, -62] {
                let moved = label.offset(dy: shift)
                if !placed.contains(where: { $0.intersects(moved) }) || shift == -62 {
                    label = moved
                    y += shift
                    break
                }
            }
            placed.append(label)
            body += Self.haloText(area.name, x: x, y: y, size: Self.textSize, weight: "bold")
            body += Self.haloText(area.valueText, x: x, y: y + 15, size: Self.textSize, weight: nil)
        }
        // Legend: one swatch per class with its range, then the credit.
        var legendY = Self.top + mapHeight + 20
        var legendX = 0.0
        for index in classes.indices {
            // Each class's range is that of the amounts in it, so that ranges never overlap.
            let members = drawn.map(\.value).filter { $0 > 0 && Self.classIndex($0, breaks: classes) == index }
            guard let low = members.min(), let high = members.max() else { continue }
            let text = range(low, high)
            let itemWidth = 18 + SVGNumber.textWidth(text, fontSize: Self.textSize) + 14
            if legendX + itemWidth > Self.width, legendX > 0 {
                legendX = 0
                legendY += 20
            }
            body += SVGFrame.rect(x: legendX, y: legendY - 10, width: 12, height: 12, fill: Self.classColours[index])
            body += "<text x=\"\(SVGNumber.format(legendX + 18))\" y=\"\(SVGNumber.format(legendY))\" fill=\"\(Palette.ink)\">\(HTMLEscape.escape(text))</text>\n"
            legendX += itemWidth
        }
        let missing = areas.filter { outlines.countries[$0.code] == nil }.map(\.name)
        if !missing.isEmpty {
            legendY += 20
            body += "<text x=\"0\" y=\"\(SVGNumber.format(legendY))\" fill=\"\(Palette.ink)\">\(HTMLEscape.escape(notDrawn.replacingOccurrences(of: "%@", with: missing.joined(separator: ", "))))</text>\n"
        }
        let frame = SVGFrame(id: id, title: title, description: description, width: Self.width, height: legendY + 8)
        return frame.wrap(body)
    }

    /// A label with a white halo, readable over any fill.
    private static func haloText(_ s: String, x: Double, y: Double, size: Double, weight: String?) -> String {
        let w = weight.map { " font-weight=\"\($0)\"" } ?? ""
        return "<text x=\"\(SVGNumber.format(x))\" y=\"\(SVGNumber.format(y))\" text-anchor=\"middle\" font-size=\"\(SVGNumber.format(size))\"\(w) fill=\"\(Palette.ink)\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">\(HTMLEscape.escape(s))</text>\n"
    }

    /// The lower bounds of up to four classes over the positive values (quantiles, distinct).
    static func classBreaks(_ values: [Int64]) -> [Int64] {
        let positive = values.filter { $0 > 0 }.sorted()
        guard let first = positive.first else { return [1] }
        var breaks = [first]
        let count = min(4, positive.count)
        for k in 1..<max(count, 1) {
            let b = positive[positive.count * k / count]
            if b > breaks[breaks.count - 1] { breaks.append(b) }
        }
        return breaks
    }

    /// The class of `value`: the last break not above it.
    static func classIndex(_ value: Int64, breaks: [Int64]) -> Int {
        breaks.lastIndex { $0 <= value } ?? 0
    }

    /// The area-weighted centre of a ring (its bounding box's middle if the ring is degenerate).
    static func centre(of ring: WorldOutlines.Ring) -> (Double, Double) {
        var a = 0.0, cx = 0.0, cy = 0.0
        let n = ring.count / 2
        for i in 0..<n {
            let j = (i + 1) % n
            let x0 = Double(ring[2 * i]), y0 = Double(ring[2 * i + 1]), x1 = Double(ring[2 * j]), y1 = Double(ring[2 * j + 1])
            let cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        }
        guard abs(a) > 1e-9 else {
            let b = Box(ring: ring)
            return ((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2)
        }
        return (cx / (3 * a), cy / (3 * a))
    }

    /// An axis-aligned box, in the outlines' units or in view-box units.
    struct Box: Sendable, Hashable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double

        static let empty = Box(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

        init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        init(ring: WorldOutlines.Ring) {
            var b = Box.empty
            var i = 0
            while i + 1 < ring.count {
                b.minX = min(b.minX, Double(ring[i]))
                b.maxX = max(b.maxX, Double(ring[i]))
                b.minY = min(b.minY, Double(ring[i + 1]))
                b.maxY = max(b.maxY, Double(ring[i + 1]))
                i += 2
            }
            self = b
        }

        var area: Double { max(maxX - minX, 0) * max(maxY - minY, 0) }

        func union(_ o: Box) -> Box {
            Box(minX: min(minX, o.minX), minY: min(minY, o.minY), maxX: max(maxX, o.maxX), maxY: max(maxY, o.maxY))
        }

        func intersects(_ o: Box) -> Bool {
            minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY
        }

        func inset(_ d: Double) -> Box { Box(minX: minX + d, minY: minY + d, maxX: maxX - d, maxY: maxY - d) }
        func widened(by d: Double) -> Box { Box(minX: minX - d, minY: minY, maxX: maxX + d, maxY: maxY) }
        func heightened(by d: Double) -> Box { Box(minX: minX, minY: minY - d, maxX: maxX, maxY: maxY + d) }
        func offset(dy: Double) -> Box { Box(minX: minX, minY: minY + dy, maxX: maxX, maxY: maxY + dy) }
    }
}
