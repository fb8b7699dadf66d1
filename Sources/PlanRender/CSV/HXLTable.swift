/// A CSV table with a header row, an optional HXL hashtag row under it, and data rows.
struct HXLTable {
    /// `(header, hashtag)` per column.
    var columns: [(header: String, tag: String)]
    var rows: [[String]] = []

    init(_ columns: [(String, String)]) {
        self.columns = columns.map { (header: $0.0, tag: $0.1) }
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a CSV row must have one field per column")
        rows.append(row)
    }

    /// The CSV text: headers, hashtags when `hxl`, then the rows; RFC 4180 with CRLF.
    func csv(hxl: Bool) -> String {
        var out = CSVField.record(columns.map(\.header))
        if hxl { out += CSVField.record(columns.map(\.tag)) }
        for row in rows { out += CSVField.record(row) }
        return out
    }
}
