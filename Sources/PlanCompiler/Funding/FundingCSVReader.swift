import PlanModel
import PlanSyntax

/// Reads a funding table in CSV: FTS's flow download (columns found by their header names:
/// `Flow ID`, `Amount (USD)`, `Destination org.`, `Destination location`, `Destination global
/// cluster`, `Flow status`, `Boundary`, `Flow date`, or the API's flat names `amountUSD`,
/// `destOrganization`, `destLocations`, `destGlobalClusters`...), or an HXL-tagged table
/// (columns found by their hashtags: `#org`, `#country+code`, `#sector`,
/// `#value+funding+total+usd`, `#date`, `#status`). Lines above the header row (a title) are
/// skipped. See docs/funding.md.
enum FundingCSVReader {
    /// What a column holds.
    enum Column: CaseIterable {
        case id, amount, organisation, country, sector, status, boundary, date
    }

    /// Header names (lower-case, letters and digits only) of each column in FTS's exports.
    static let headerNames: [String: Column] = [
        "flowid": .id, "id": .id,
        "amountusd": .amount, "usdamount": .amount, "amount": .amount,
        "destinationorg": .organisation, "destinationorganization": .organisation, "destinationorganisation": .organisation,
        "destorganization": .organisation, "recipientorganization": .organisation, "organization": .organisation, "organisation": .organisation,
        "destinationlocation": .country, "destinationlocations": .country, "destinationcountry": .country, "destlocations": .country,
        "country": .country, "countrycode": .country, "iso3": .country,
        "destinationglobalcluster": .sector, "destinationglobalclusters": .sector, "destglobalclusters": .sector, "destinationcluster": .sector,
        "globalcluster": .sector, "cluster": .sector, "sector": .sector,
        "flowstatus": .status, "status": .status, "contributionstatus": .status,
        "boundary": .boundary, "flowboundary": .boundary,
        "flowdate": .date, "date": .date, "decisiondate": .date,
    ]

    /// The records of `file`, or why no header row was found.
    static func records(_ file: SourceFile) -> Result<FundingRecords, FundingFileError> {
        let rows = CSVRecords.parse(file.bytes)
        let shared = SharedSourceFile(file)
        // HXL: a row of hashtags, under a row of headers or first.
        if let tagRow = rows.prefix(25).firstIndex(where: isHashtagRow) {
            let columns = hxlColumns(rows[tagRow])
            guard columns[.amount] != nil, columns[.organisation] != nil else {
                return .failure(FundingFileError(offset: rows[tagRow].first?.start ?? 0,
                                                 message: "has HXL hashtags but no '#org' and '#value+funding+total+usd' columns"))
            }
            return .success(records(rows[(tagRow + 1)...], columns: columns, file: shared))
        }
        for (index, row) in rows.prefix(25).enumerated() {
            var columns: [Column: [Int]] = [:]
            for (i, cell) in row.enumerated() {
                if let column = headerNames[FundingNames.compact(cell.text)] { columns[column, default: []].append(i) }
            }
            if columns[.amount] != nil, columns[.organisation] != nil {
                return .success(records(rows[(index + 1)...], columns: columns, file: shared))
            }
        }
        return .failure(FundingFileError(offset: 0, message: "has no header row naming an amount (USD) and a destination organisation, and no HXL hashtags"))
    }

    static func isHashtagRow(_ row: [CSVRecords.Field]) -> Bool {
        let cells = row.map { $0.text.trimmingSpaces }.filter { !$0.isEmpty }
        return !cells.isEmpty && cells.allSatisfy { $0.hasPrefix("#") }
    }

    /// Columns by HXL hashtag: base tag and attributes, in any order.
    static func hxlColumns(_ row: [CSVRecords.Field]) -> [Column: [Int]] {
        var columns: [Column: [Int]] = [:]
        for (i, cell) in row.enumerated() {
            let parts = cell.text.trimmingSpaces.lowercased().split(separator: "+").map(String.init)
            guard let base = parts.first else { continue }
            let attributes = Set(parts.dropFirst())
            let column: Column?
            switch base {
            case "#org": column = attributes.isDisjoint(with: ["funder", "source", "donor"]) && !attributes.contains("type") ? .organisation : nil
            case "#country": column = attributes.contains("name") && columns[.country] != nil ? nil : .country
            case "#sector": column = .sector
            case "#value": column = attributes.contains("funding") && !attributes.contains("required") && !attributes.contains("pct") ? .amount : nil
            case "#date": column = .date
            case "#status": column = .status
            case "#activity": column = attributes.contains("id") ? .id : nil
            default: column = nil
            }
            if let column { columns[column, default: []].append(i) }
        }
        // A code column wins over a name column of the same country.
        if let countries = columns[.country], countries.count > 1 {
            let coded = countries.filter { row[$0].text.lowercased().contains("+code") }
            if !coded.isEmpty { columns[.country] = coded }
        }
        return columns
    }

    /// The records of `rows`, whose columns are `columns`.
    private static func records(_ rows: ArraySlice<[CSVRecords.Field]>, columns: [Column: [Int]], file: SharedSourceFile) -> FundingRecords {
        var records = FundingRecords()
        for row in rows {
            let record = record(row, columns: columns, file: file, names: &records)
            records.append(record)
        }
        return records
    }

    /// The record of `row`, its names added to `names`.
    private static func record(_ row: [CSVRecords.Field], columns: [Column: [Int]], file: SharedSourceFile, names: inout FundingRecords) -> FundingRecord {
        let first = row.first?.start ?? 0
        let last = row.last?.end ?? first
        var record = FundingRecord(shared: file, start: first, end: max(first, last))
        func fields(_ column: Column, as kind: FundingRecords.Kind) {
            for i in columns[column] ?? [] where i < row.count {
                let cell = row[i]
                for text in split(cell.text) { names.add(FundingRecord.Field(text: text, start: cell.start, end: cell.end), as: kind) }
            }
        }
        func single(_ column: Column) -> FundingRecord.Field? {
            guard let i = columns[column]?.first, i < row.count else { return nil }
            return row[i].trimmed
        }
        record.id = single(.id)
        record.amount = single(.amount)
        record.status = single(.status)
        record.boundary = single(.boundary)
        record.date = single(.date)
        fields(.organisation, as: .organisation)
        fields(.country, as: .location)
        fields(.sector, as: .globalCluster)
        return record
    }

    /// The values of a cell that lists several, separated by `;` or `|` (FTS joins the
    /// locations and clusters of one flow so); empty values left out.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }
}
