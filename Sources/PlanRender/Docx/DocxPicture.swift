/// A picture in a Word document: an SVG image, shown inline in its own paragraph with a title
/// and a description as alternative text. Word 2016 and later read the SVG from the picture's
/// `asvg:svgBlip` extension (as Word itself writes an SVG picture); LibreOffice (7.4) reads only
/// the picture's `a:blip`, which is the same SVG (not the PNG fallback Word writes: RRPKit
/// has no rasteriser), so Word before 2016 shows the picture's frame without the image.
struct DocxPicture {
    var svg: [UInt8]
    /// The picture's size in EMUs (914400 an inch), as shown.
    var width: Int
    var height: Int
    var title: String
    var description: String

    /// The Office 2016 extension that holds an SVG beside a picture's fallback.
    static let svgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
    static let svgNamespace = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
    static let pictureNamespace = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    /// The SVG's size in its own units (its `width` and `height`, else its view box); `nil`
    /// when it gives none.
    static func size(ofSVG svg: String) -> (width: Double, height: Double)? {
        guard let tag = DocxXMLScan.startTag("svg", in: Substring(svg)) else { return nil }
        if let w = DocxXMLScan.attribute("width", tag).flatMap(Double.init), let h = DocxXMLScan.attribute("height", tag).flatMap(Double.init), w > 0, h > 0 {
            return (w, h)
        }
        let box = DocxXMLScan.attribute("viewBox", tag)?.split(separator: " ").compactMap { Double($0) } ?? []
        guard box.count == 4, box[2] > 0, box[3] > 0 else { return nil }
        return (box[2], box[3])
    }

    /// The `w:drawing` of the picture whose SVG is the relationship `svgID`, as drawing
    /// `number` of the document.
    func write(_ w: inout XMLWriter, number: Int, svg svgID: String) {
        w.element("w:drawing") { w in
            w.element("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) { w in
                w.empty("wp:extent", ["cx": "\(width)", "cy": "\(height)"])
                w.empty("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
                w.empty("wp:docPr", ["id": "\(number)", "name": "Picture \(number)", "title": title, "descr": description])
                w.element("wp:cNvGraphicFramePr") { w in w.empty("a:graphicFrameLocks", ["xmlns:a": DocxNamespace.a, "noChangeAspect": "1"]) }
                w.element("a:graphic", ["xmlns:a": DocxNamespace.a]) { w in
                    w.element("a:graphicData", ["uri": Self.pictureNamespace]) { w in
                        w.element("pic:pic", ["xmlns:pic": Self.pictureNamespace]) { w in
                            w.element("pic:nvPicPr") { w in
                                w.empty("pic:cNvPr", ["id": "\(number)", "name": "picture\(number).svg", "descr": description])
                                w.empty("pic:cNvPicPr")
                            }
                            w.element("pic:blipFill") { w in
                                w.element("a:blip", ["r:embed": svgID]) { w in
                                    w.element("a:extLst") { w in
                                        w.element("a:ext", ["uri": Self.svgExtension]) { w in
                                            w.empty("asvg:svgBlip", ["xmlns:asvg": Self.svgNamespace, "r:embed": svgID])
                                        }
                                    }
                                }
                                w.element("a:stretch") { w in w.empty("a:fillRect") }
                            }
                            w.element("pic:spPr") { w in
                                w.element("a:xfrm") { w in
                                    w.empty("a:off", ["x": "0", "y": "0"])
                                    w.empty("a:ext", ["cx": "\(width)", "cy": "\(height)"])
                                }
                                w.element("a:prstGeom", ["prst": "rect"]) { w in w.empty("a:avLst") }
                            }
                        }
                    }
                }
            }
        }
    }
}
