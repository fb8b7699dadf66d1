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

    /// The CSV bytes: headers, hashtags when `hxl`, then the rows; RFC 4180 with CRLF.
    func csv(hxl: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 2))
        CSVField.appendRecord(columns.map(\.header), to: &out)
        if hxl { CSVField.appendRecord(columns.map(\.tag), to: &out) }
        for row in rows { CSVField.appendRecord(row, to: &out) }
        return out
    }
}
