/// A native Word chart (a DrawingML chart part, `word/charts/chartN.xml`) with its data written
/// in the part (literal categories and values), so Word and LibreOffice draw it and a reviewer
/// can restyle it: the horizontal bar charts of the documents (requirements by sector, country
/// and partner type, funding by sector) and the population pyramid (two series, males to the
/// left as negative values shown without their sign).
///
/// The data are in a workbook embedded with the chart (``DocxChartWorkbook``), which Word's
/// "Edit Data" opens, and in the chart's caches, which are what Word and LibreOffice draw.
struct DocxChart: Hashable, Sendable {
    /// One series: its name, colour (hex RGB) and one value per category (written as is: an
    /// integer or a decimal with a point).
    struct Series: Hashable, Sendable {
        var name: String
        var colour: String
        var values: [String]
        /// One colour per point (multicolour bar charts).
        var pointColours: [String]?
    }

    var title: String
    /// The alternative text: what the chart shows and its data, as the SVG's description.
    var description: String
    var categories: [String]
    var series: [Series]
    /// The Excel number format of the data labels (`#,##0.0,,` for millions, `0%;0%`).
    var numberFormat: String
    /// A pyramid: two overlapping series, the youngest category at the bottom, a legend.
    var isPyramid = false

    var isEmpty: Bool { categories.isEmpty || series.isEmpty }

    /// Width and height in EMUs (914400 per inch): the text width, and a row per category.
    var size: (Int, Int) {
        let width = 5_940_000
        let rows = max(categories.count, 1)
        return (width, min(640_000 + rows * 290_000 + (isPyramid ? 300_000 : 0), 8_000_000))
    }

    /// The chart part.
    func xml(language: String) -> String {
        var w = XMLWriter()
        w.open("c:chartSpace", ["xmlns:c": DocxNamespace.c, "xmlns:a": DocxNamespace.a, "xmlns:r": DocxNamespace.r])
        w.empty("c:date1904", ["val": "0"])
        w.empty("c:lang", ["val": language])
        w.empty("c:roundedCorners", ["val": "0"])
        w.element("c:chart") { w in
            w.element("c:title") { w in
                w.element("c:tx") { w in
                    w.element("c:rich") { w in
                        w.empty("a:bodyPr")
                        w.element("a:p") { w in
                            w.element("a:pPr") { w in w.empty("a:defRPr", ["sz": "1100", "b": "1"]) }
                            w.element("a:r") { w in
                                w.empty("a:rPr", ["lang": language, "sz": "1100", "b": "1"])
                                w.element("a:t", text: title)
                            }
                        }
                    }
                }
                w.empty("c:overlay", ["val": "0"])
            }
            w.empty("c:autoTitleDeleted", ["val": "0"])
            w.element("c:plotArea") { w in
                w.empty("c:layout")
                barChart(&w)
                axes(&w)
            }
            if isPyramid {
                w.element("c:legend") { w in
                    w.empty("c:legendPos", ["val": "b"])
                    w.empty("c:overlay", ["val": "0"])
                }
            }
            w.empty("c:plotVisOnly", ["val": "1"])
            w.empty("c:dispBlanksAs", ["val": "gap"])
        }
        w.element("c:txPr") { w in
            w.empty("a:bodyPr")
            w.element("a:p") { w in
                w.element("a:pPr") { w in
                    w.element("a:defRPr", ["sz": "900"]) { w in
                        w.empty("a:latin", ["typeface": "Arial"])
                    }
                }
                w.empty("a:endParaRPr", ["lang": language])
            }
        }
        // The embedded workbook (``DocxChartWorkbook``), the chart part's one relationship.
        w.element("c:externalData", ["r:id": "rId1"]) { w in w.empty("c:autoUpdate", ["val": "0"]) }
        w.close("c:chartSpace")
        return w.text
    }

    private func barChart(_ w: inout XMLWriter) {
        w.element("c:barChart") { w in
            w.empty("c:barDir", ["val": "bar"])
            w.empty("c:grouping", ["val": "clustered"])
            w.empty("c:varyColors", ["val": "0"])
            for (index, s) in series.enumerated() {
                w.element("c:ser") { w in
                    w.empty("c:idx", ["val": "\(index)"])
                    w.empty("c:order", ["val": "\(index)"])
                    let rows = 2...(categories.count + 1)
                    w.element("c:tx") { w in
                        w.element("c:strRef") { w in
                            w.element("c:f", text: DocxChartWorkbook.reference(column: index + 1, rows: 1...1))
                            strings(&w, "c:strCache", [s.name])
                        }
                    }
                    fill(&w, s.colour)
                    w.empty("c:invertIfNegative", ["val": "0"])
                    for (point, colour) in (s.pointColours ?? []).enumerated() {
                        w.element("c:dPt") { w in
                            w.empty("c:idx", ["val": "\(point)"])
                            w.empty("c:invertIfNegative", ["val": "0"])
                            w.empty("c:bubble3D", ["val": "0"])
                            fill(&w, colour)
                        }
                    }
                    w.element("c:dLbls") { w in
                        w.empty("c:numFmt", ["formatCode": numberFormat, "sourceLinked": "0"])
                        w.element("c:spPr") { w in
                            w.empty("a:noFill")
                            w.element("a:ln") { w in w.empty("a:noFill") }
                        }
                        w.empty("c:dLblPos", ["val": "outEnd"])
                        let flags: [(StaticString, Bool)] = [
                            ("c:showLegendKey", false), ("c:showVal", true), ("c:showCatName", false), ("c:showSerName", false), ("c:showPercent", false), ("c:showBubbleSize", false),
                        ]
                        for (name, on) in flags {
                            w.empty(name, ["val": on ? "1" : "0"])
                        }
                    }
                    w.element("c:cat") { w in
                        w.element("c:strRef") { w in
                            w.element("c:f", text: DocxChartWorkbook.reference(column: 0, rows: rows))
                            strings(&w, "c:strCache", categories)
                        }
                    }
                    w.element("c:val") { w in
                        w.element("c:numRef") { w in
                            w.element("c:f", text: DocxChartWorkbook.reference(column: index + 1, rows: rows))
                            w.element("c:numCache") { w in
                                w.element("c:formatCode", text: numberFormat)
                                w.empty("c:ptCount", ["val": "\(s.values.count)"])
                                for (i, value) in s.values.enumerated() {
                                    w.element("c:pt", ["idx": "\(i)"]) { w in w.element("c:v", text: value) }
                                }
                            }
                        }
                    }
                }
            }
            w.empty("c:gapWidth", ["val": isPyramid ? "30" : "60"])
            if isPyramid { w.empty("c:overlap", ["val": "100"]) }
            w.empty("c:axId", ["val": "100"])
            w.empty("c:axId", ["val": "200"])
        }
    }

    private func axes(_ w: inout XMLWriter) {
        w.element("c:catAx") { w in
            // Bars ranked largest first read top down; a pyramid has its youngest at the bottom.
            axis(&w, id: "100", crossing: "200", orientation: isPyramid ? "minMax" : "maxMin", deleted: false, position: "l", format: "General", labels: "low")
            w.empty("c:auto", ["val": "1"])
            w.empty("c:lblAlgn", ["val": "ctr"])
            w.empty("c:lblOffset", ["val": "100"])
            w.empty("c:noMultiLvlLbl", ["val": "0"])
        }
        w.element("c:valAx") { w in
            // The values are written on the bars; the axis itself would only repeat them.
            axis(&w, id: "200", crossing: "100", orientation: "minMax", deleted: true, position: "b", format: numberFormat, labels: "nextTo")
            w.empty("c:crossBetween", ["val": "between"])
        }
    }

    /// What a category and a value axis share, in the schema's order.
    private func axis(
        _ w: inout XMLWriter, id: String, crossing: String, orientation: String, deleted: Bool, position: String, format: String, labels: String
    ) {
        w.empty("c:axId", ["val": id])
        w.element("c:scaling") { w in w.empty("c:orientation", ["val": orientation]) }
        w.empty("c:delete", ["val": deleted ? "1" : "0"])
        w.empty("c:axPos", ["val": position])
        w.empty("c:numFmt", ["formatCode": format, "sourceLinked": "0"])
        w.empty("c:majorTickMark", ["val": "none"])
        w.empty("c:minorTickMark", ["val": "none"])
        w.empty("c:tickLblPos", ["val": labels])
        w.empty("c:crossAx", ["val": crossing])
        w.empty("c:crosses", ["val": "autoZero"])
    }

    /// A string cache: the texts the chart shows, as in the workbook.
    private func strings(_ w: inout XMLWriter, _ name: StaticString, _ texts: [String]) {
        w.element(name) { w in
            w.empty("c:ptCount", ["val": "\(texts.count)"])
            for (i, text) in texts.enumerated() {
                w.element("c:pt", ["idx": "\(i)"]) { w in w.element("c:v", text: text) }
            }
        }
    }

    private func fill(_ w: inout XMLWriter, _ colour: String) {
        w.element("c:spPr") { w in
            w.element("a:solidFill") { w in w.empty("a:srgbClr", ["val": colour.hasPrefix("#") ? String(colour.dropFirst()) : colour]) }
        }
    }
}
