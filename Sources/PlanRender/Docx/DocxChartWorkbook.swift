/// The workbook embedded with each chart (`word/embeddings/chartN.xlsx`): the chart's table
/// on `Sheet1` (categories in column A, one series per column from B, the series' names in row
/// 1), which Word opens for "Edit Data". The chart's series refer to its cells and carry the
/// same values in their caches, which is what Word and LibreOffice draw.
struct DocxChartWorkbook {
    var chart: DocxChart

    /// The sheet's name in cell references.
    static let sheet = "Sheet1"

    /// `Sheet1!$B$1`, `Sheet1!$A$2:$A$7`.
    static func reference(column: Int, rows: ClosedRange<Int>) -> String {
        let letter = String(UnicodeScalar(UInt8(65 + column)))
        let first = "$\(letter)$\(rows.lowerBound)"
        return sheet + "!" + (rows.count == 1 ? first : first + ":$\(letter)$\(rows.upperBound)")
    }

    /// The workbook's bytes (a ZIP, written as deterministically as the document's); `deflated`
    /// holds the parts of the compile deflated before.
    func bytes(deflated: DocxDeflateCache? = nil) throws -> [UInt8] {
        let main = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        var types = XMLWriter()
        types.element("Types", ["xmlns": DocxNamespace.contentTypes]) { w in
            w.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
            w.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
            w.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": main + "sheet.main+xml"])
            w.empty("Override", ["PartName": "/xl/worksheets/sheet1.xml", "ContentType": main + "worksheet+xml"])
        }
        var workbook = XMLWriter()
        workbook.element("workbook", ["xmlns": Self.spreadsheet, "xmlns:r": DocxNamespace.r]) { w in
            w.element("sheets") { w in w.empty("sheet", ["name": Self.sheet, "sheetId": "1", "r:id": "rId1"]) }
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", types.text),
            ("_rels/.rels", DocxRelationships.xml([.init(id: "rId1", type: DocxNamespace.Relationship.officeDocument, target: "xl/workbook.xml", external: false)])),
            ("xl/workbook.xml", workbook.text),
            ("xl/_rels/workbook.xml.rels", DocxRelationships.xml([.init(id: "rId1", type: Self.worksheetRelationship, target: "worksheets/sheet1.xml", external: false)])),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        return try DocxArchive.zip(parts.map { DocxPackage.Part(name: $0.0, bytes: Array($0.1.utf8)) }, deflated: deflated)
    }

    private static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let worksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

    private var sheetXML: String {
        var w = XMLWriter()
        w.element("worksheet", ["xmlns": Self.spreadsheet]) { w in
            w.element("sheetData") { w in
                let header = [""] + chart.series.map(\.name)
                row(&w, 1, header.map { .text($0) })
                for (index, category) in chart.categories.enumerated() {
                    let values = chart.series.map { index < $0.values.count ? Cell.number($0.values[index]) : .text("") }
                    row(&w, index + 2, [.text(category)] + values)
                }
            }
        }
        return w.text
    }

    private enum Cell {
        case text(String)
        case number(String)
    }

    private func row(_ w: inout XMLWriter, _ number: Int, _ cells: [Cell]) {
        w.element("row", ["r": "\(number)"]) { w in
            for (column, cell) in cells.enumerated() {
                let name = String(UnicodeScalar(UInt8(65 + column))) + "\(number)"
                switch cell {
                case .text(let text):
                    w.element("c", ["r": name, "t": "inlineStr"]) { w in w.element("is") { w in w.element("t", text: text) } }
                case .number(let value):
                    w.element("c", ["r": name]) { w in w.element("v", text: value) }
                }
            }
        }
    }
}
