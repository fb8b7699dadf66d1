import Foundation

/// A Word section's page: its size (`w:pgSz`) and margins (`w:pgMar`), in twentieths of a
/// point. The built-in page is A4 with 2 cm margins; a reference document (`--reference-doc`)
/// gives its own (its last section's, the one Word applies to the end of the document).
public struct DocxPageSetup: Sendable, Hashable {
    public var width = 11906
    public var height = 16838
    public var landscape = false
    public var top = 1134, right = 1134, bottom = 1134, left = 1134
    public var header = 567, footer = 567, gutter = 0

    /// A4 with 2 cm margins.
    public static let a4 = DocxPageSetup()

    /// The width between the margins: what tables and charts are sized to.
    public var textWidth: Int { max(width - left - right - gutter, 1440) }

    /// The page of the last `w:sectPr` of a document part's XML; `nil` when it has no page size,
    /// or sizes no page could have (under an inch, over 22 inches, margins wider than the page).
    static func last(in documentXML: String) -> DocxPageSetup? {
        guard let start = documentXML.range(of: "<w:sectPr", options: .backwards) else { return nil }
        let section = documentXML[start.lowerBound...]
        guard let size = DocxXMLScan.startTag("w:pgSz", in: section) else { return nil }
        var page = DocxPageSetup()
        let limit = 1440...31680
        guard let width = DocxXMLScan.integer("w:w", size), let height = DocxXMLScan.integer("w:h", size),
              limit.contains(width), limit.contains(height) else { return nil }
        page.width = width
        page.height = height
        page.landscape = DocxXMLScan.attribute("w:orient", size) == "landscape"
        if let margins = DocxXMLScan.startTag("w:pgMar", in: section) {
            func margin(_ name: String, _ fallback: Int) -> Int {
                // Word writes a negative top or bottom margin for text that may run into the header.
                DocxXMLScan.integer(name, margins).map { min(abs($0), 15840) } ?? fallback
            }
            page.top = margin("w:top", page.top)
            page.bottom = margin("w:bottom", page.bottom)
            page.left = margin("w:left", page.left)
            page.right = margin("w:right", page.right)
            page.header = margin("w:header", page.header)
            page.footer = margin("w:footer", page.footer)
            page.gutter = margin("w:gutter", page.gutter)
            guard page.left + page.right + page.gutter < width - 720, page.top + page.bottom < height - 720 else { return nil }
        }
        return page
    }

    /// `w:pgSz` and `w:pgMar` of the documents' section.
    func write(_ w: inout XMLWriter) {
        if landscape {
            w.empty("w:pgSz", ["w:w": "\(width)", "w:h": "\(height)", "w:orient": "landscape"])
        } else {
            w.empty("w:pgSz", ["w:w": "\(width)", "w:h": "\(height)"])
        }
        w.empty("w:pgMar", [
            "w:top": "\(top)", "w:right": "\(right)", "w:bottom": "\(bottom)", "w:left": "\(left)",
            "w:header": "\(header)", "w:footer": "\(footer)", "w:gutter": "\(gutter)",
        ])
    }
}
