import PlanModel
import PlanSyntax

/// Reads a table of indicator results in CSV, parsed by ``CSVRecords`` like the funding tables:
///
/// - an HXL-tagged table: columns found by their hashtags, `#indicator+code`, `#country+code`,
///   the value in `#reached`, `#indicator+value` (`+num`) or `#value`, `#date`, and optionally
///   `#org`;
/// - an ActivityInfo form export: one column per form field, headed by the field's label as the
///   form designer names it (ActivityInfo's "Form import/export spreadsheet format": `FieldCode`,
///   `FieldName`; quantities written `1100.50`, dates `YYYY-MM-DD`, months `YYYY-MM`, per
///   "Preparing the Records for import", activityinfo.org/support/docs). A reference field is
///   exported under its form's name and the field (`Indicator.Code`). The labels read are listed
///   in ``headerNames``; a form whose fields are named otherwise is read once its header row
///   names an indicator code and a value (docs/progress.md).
///
/// Lines above the header row (a title, the export's date) are skipped.
enum ProgressCSVReader {
    /// What a column holds.
    enum Column: CaseIterable {
        case indicator, country, value, date, organisation
    }

    /// Header names (lower-case, letters and digits only, as ``FundingNames/compact(_:)``
    /// writes them) of each column in ActivityInfo exports and hand-made tables.
    static let headerNames: [String: Column] = [
        "indicatorcode": .indicator, "indicator": .indicator, "indicatorid": .indicator, "indicatorcodecode": .indicator, "code": .indicator,
        "countrycode": .country, "country": .country, "iso3": .country, "countryiso3": .country, "countryiso": .country,
        "countryname": .country, "countryiso3code": .country,
        "value": .value, "reached": .value, "achieved": .value, "achievement": .value, "result": .value, "quantity": .value,
        "indicatorvalue": .value, "actual": .value, "total": .value, "totalreached": .value,
        "date": .date, "reportingdate": .date, "reportdate": .date, "month": .date, "reportingmonth": .date, "reportingperiod": .date,
        "period": .date, "enddate": .date,
        "partner": .organisation, "partnername": .organisation, "reportingpartner": .organisation, "organisation": .organisation,
        "organization": .organisation, "org": .organisation,
    ]

    /// The records of `file` (made one at a time as they are read: a results table has tens of
    /// thousands), or why no header row was found.
    static func records(_ file: SourceFile) -> Result<ProgressTable, DataFileError> {
        let rows = CSVRecords.parse(file.bytes)
        if let tagRow = rows.prefix(25).firstIndex(where: FundingCSVReader.isHashtagRow) {
            let columns = hxlColumns(rows[tagRow])
            guard columns[.indicator] != nil, columns[.value] != nil else {
                return .failure(DataFileError(offset: rows[tagRow].first?.start ?? 0,
                                              message: "has HXL hashtags but no '#indicator+code' and '#reached' (or '#indicator+value') columns"))
            }
            return .success(ProgressTable(rows: rows[(tagRow + 1)...], columns: Positions(columns), file: SharedSourceFile(file)))
        }
        for (index, row) in rows.prefix(25).enumerated() {
            var columns: [Column: Int] = [:]
            for (i, cell) in row.enumerated() {
                // The first column of each kind wins (`Indicator.Code` before `Indicator.Name`).
                if let column = headerNames[FundingNames.compact(cell.text)], columns[column] == nil { columns[column] = i }
            }
            if columns[.indicator] != nil, columns[.value] != nil {
                return .success(ProgressTable(rows: rows[(index + 1)...], columns: Positions(columns), file: SharedSourceFile(file)))
            }
        }
        return .failure(DataFileError(offset: 0, message: "has no header row naming an indicator code and a value, and no HXL hashtags"))
    }

    /// Columns by HXL hashtag, base tag and attributes in any order; the first column of each
    /// kind wins, except that a `+code` column wins over a country name.
    static func hxlColumns(_ row: [CSVRecords.Field]) -> [Column: Int] {
        var columns: [Column: Int] = [:]
        var countryIsCode = false
        for (i, cell) in row.enumerated() {
            let parts = cell.text.trimmingSpaces.lowercased().split(separator: "+").map(String.init)
            guard let base = parts.first else { continue }
            let attributes = Set(parts.dropFirst())
            let column: Column?
            switch base {
            case "#indicator":
                // A plan's own columns (`#indicator+num+baseline`, `+target`, `+pct`) are not results.
                if !attributes.isDisjoint(with: ["baseline", "target", "pct", "progress"]) {
                    column = nil
                } else if !attributes.isDisjoint(with: ["value", "num", "reached"]) {
                    column = .value
                } else {
                    column = !attributes.isDisjoint(with: ["code", "id"]) ? .indicator : nil
                }
            case "#reached", "#value": column = .value
            case "#country":
                if attributes.contains("code"), !countryIsCode {
                    countryIsCode = true
                    columns[.country] = i
                    continue
                }
                column = .country
            case "#date": column = .date
            case "#org": column = .organisation
            default: column = nil
            }
            if let column, columns[column] == nil { columns[column] = i }
        }
        return columns
    }

    /// Whether a row holds anything: spreadsheets export rows of empty cells (`,,,,`) under a
    /// table; they hold no result, so there is nothing to report.
    static func hasData(_ row: [CSVRecords.Field]) -> Bool {
        row.contains { field in field.text.utf8.contains { $0 != 0x20 && $0 != 0x09 } }
    }

    /// The column of each kind, looked up once per table (`nil` for a kind the table lacks).
    struct Positions: Sendable {
        var indicator, country, value, date, organisation: Int?

        init(_ columns: [Column: Int]) {
            (indicator, country, value, date, organisation) = (columns[.indicator], columns[.country], columns[.value], columns[.date], columns[.organisation])
        }
    }

    static func record(_ row: [CSVRecords.Field], columns: Positions, file: SharedSourceFile) -> ProgressRecord {
        let first = row.first?.start ?? 0
        let last = row.last?.end ?? first
        var record = ProgressRecord(shared: file, start: first, end: max(first, last))
        func single(_ column: Int?) -> ProgressRecord.Field? {
            guard let i = column, i < row.count else { return nil }
            return row[i].trimmed
        }
        record.indicator = single(columns.indicator)
        record.country = single(columns.country)
        record.value = single(columns.value)
        record.date = single(columns.date)
        record.organisation = single(columns.organisation)
        return record
    }
}
