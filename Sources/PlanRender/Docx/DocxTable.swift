/// A table of a Word document: an optional caption, a header row repeated on every page
/// (`w:tblHeader`), body rows, and a total row in bold with a rule above. Figures are
/// right-aligned (`TableFigure`); no row breaks across pages (`w:cantSplit`), and a small table
/// is kept on one page with its caption (`w:keepNext` on every row but the last).
struct DocxTable {
    /// One cell: its text, whether it is a figure, an optional note in italics after the text,
    /// and how many grid columns it spans.
    struct Cell {
        var text: String
        var numeric = false
        var note: String?
        var span = 1

        static func text(_ text: String) -> Cell { Cell(text: text) }
        static func figure(_ text: String) -> Cell { Cell(text: text, numeric: true) }
    }

    var caption: String?
    var header: [Cell]?
    var rows: [[Cell]]
    var total: [Cell]?
    /// Relative column widths; the first column (names) wider by default.
    var weights: [Int]?

    /// A table of at most this many rows is kept on one page.
    static let smallRows = 15

    /// The number of grid columns.
    var columnCount: Int {
        ([header ?? [], total ?? []] + rows).map { $0.reduce(0) { $0 + $1.span } }.max() ?? 0
    }

    func write(into body: inout DocxBody) {
        let columns = columnCount
        guard columns > 0 else { return }
        let allRows = (header.map { [$0] } ?? []) + rows + (total.map { [$0] } ?? [])
        let keepTogether = allRows.count <= Self.smallRows
        if let caption { body.paragraph(caption, DocxParagraphStyle("Caption", keepNext: true)) }
        let weights = self.weights?.count == columns ? self.weights! : contentWeights(allRows, columns: columns)
        let sum = max(weights.reduce(0, +), 1)
        let compact = columns >= Self.compactColumns
        let widths = weights.map { $0 * body.page.textWidth / sum }
        body.raw { w in
            // Written piece by piece (a table's properties are the same but for the look).
            w.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"RRPTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
            // The look's bits: first row 0x20, last row 0x40, no bands 0x200 and 0x400.
            w.raw("<w:tblLook w:val=\"06")
            switch (header != nil, total != nil) {
            case (true, true): w.raw("6")
            case (true, false): w.raw("2")
            case (false, true): w.raw("4")
            case (false, false): w.raw("0")
            }
            w.raw("0\" w:firstRow=\"")
            w.raw(header == nil ? "0" : "1")
            w.raw("\" w:lastRow=\"")
            w.raw(total == nil ? "0" : "1")
            w.raw("\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
            for width in widths {
                w.raw("<w:gridCol w:w=\"")
                w.number(width)
                w.raw("\"/>")
            }
            w.raw("</w:tblGrid>")
        }
        for (index, row) in allRows.enumerated() {
            let isHeader = header != nil && index == 0
            let isTotal = total != nil && index == allRows.count - 1
            let keepNext = keepTogether && index < allRows.count - 1
            writeRow(row, isHeader: isHeader, isTotal: isTotal, keepNext: keepNext, compact: compact, into: &body)
        }
        body.raw { $0.close("w:tbl") }
        // Word needs a paragraph between two tables; it also spaces the table from what follows.
        body.paragraph(DocxParagraphStyle("TableText")) { _ in }
    }

    /// A header cell's shading, in the headings' colour.
    private static let headerShading = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(DocxStyles.accent)\"/>"

    /// A table of this many columns or more is set in ``compactSize`` (a matrix of sectors).
    static let compactColumns = 7
    /// 8 pt, in half-points.
    static let compactSize = 16

    /// Column weights from the content: a figure column as wide as its widest figure (figures
    /// never wrap), a text column as its longest word or up to 24 characters of its longest
    /// text, a header as its longest word; each two characters more for the margins.
    private func contentWeights(_ rows: [[Cell]], columns: Int) -> [Int] {
        var weights = Array(repeating: 3, count: columns)
        for (index, row) in rows.enumerated() {
            let isHeader = header != nil && index == 0
            var column = 0
            for cell in row {
                defer { column += cell.span }
                guard cell.span == 1, column < columns else { continue }
                var (length, longestWord) = Self.measure(cell.text)
                if let note = cell.note {
                    let more = Self.measure(note)
                    length += 1 + more.length
                    longestWord = max(longestWord, more.longestWord)
                }
                // Two characters more for the cell margins and bold header text.
                let needed = (isHeader ? longestWord : cell.numeric ? length : max(longestWord, min(length, 24))) + 2
                weights[column] = max(weights[column], needed)
            }
        }
        return weights
    }

    /// The length of `text` and of its longest word (split at spaces and hyphens), in
    /// characters (Unicode scalars: UTF-8 bytes that do not continue a character).
    private static func measure(_ text: String) -> (length: Int, longestWord: Int) {
        var text = text
        return text.withUTF8 { utf8 in
            var length = 0, word = 0, longest = 0
            for byte in utf8 where byte & 0xC0 != 0x80 {
                length += 1
                if byte == 32 || byte == 45 {
                    longest = max(longest, word)
                    word = 0
                } else {
                    word += 1
                }
            }
            return (length, max(longest, word))
        }
    }

    /// A row: each cell's properties only where it has some (a span, the header's shading, the
    /// total's rule), since the fixed layout takes the columns' widths from the grid
    /// (`w:tblGrid`); a `w:tcW` on every cell was a tenth of a regional document's XML.
    private func writeRow(_ row: [Cell], isHeader: Bool, isTotal: Bool, keepNext: Bool, compact: Bool, into body: inout DocxBody) {
        body.raw { $0.raw(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>") }
        let run = DocxRunStyle(bold: isHeader || isTotal, colour: isHeader ? "FFFFFF" : nil, size: compact ? Self.compactSize : nil)
        let noteRun = DocxRunStyle(bold: run.bold, italic: true, colour: run.colour, size: run.size)
        for cell in row {
            body.raw { w in
                guard cell.span > 1 || isHeader || isTotal else {
                    w.raw("<w:tc>")
                    return
                }
                w.raw("<w:tc><w:tcPr>")
                if cell.span > 1 {
                    w.raw("<w:gridSpan w:val=\"")
                    w.number(cell.span)
                    w.raw("\"/>")
                }
                // Direct formatting as well as the table style's: LibreOffice and older
                // readers show the header and total rows as Word does.
                if isHeader { w.raw(Self.headerShading) }
                if isTotal { w.raw("<w:tcBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"404040\"/></w:tcBorders>") }
                w.raw("</w:tcPr>")
            }
            body.tableParagraph(figure: cell.numeric, keepNext: keepNext) { body in
                body.run(cell.text, run)
                if let note = cell.note { body.run(" " + note, noteRun) }
            }
            body.raw { $0.raw("</w:tc>") }
        }
        body.raw { $0.raw("</w:tr>") }
    }
}
