import PlanModel
import PlanSyntax

/// One funding record as a reader found it, before matching: the texts of the fields that
/// matter, each with where it was written, so that every finding points at its record.
struct FundingRecord: Sendable {
    /// A field's text and the byte offsets of its cell or value in the file (turned into lines
    /// and columns only for a finding).
    typealias Field = CSVRecords.Field

    /// The funding file, shared by the records of one file: one reference to count per record
    /// instead of the file's four.
    var shared: SharedSourceFile
    /// The funding file.
    var source: SourceFile { shared.file }
    /// The byte offsets of the whole record: a CSV row, or the start of a flow object.
    var start: Int
    var end: Int
    /// `Flow ID` / `id`: two records with one ID are one flow.
    var id: Field?
    var amount: Field?
    /// Where the record's names are in its file's ``FundingRecords/names``: the receiving
    /// organisations (FTS: destination objects of type Organization), the countries (ISO 3166
    /// alpha-3 codes or English names), the sectors or global clusters.
    var names = NameRuns()
    /// `paid`, `commitment` or `pledge` (absent: paid).
    var status: Field?
    /// `incoming`, `outgoing` or `internal` (absent: incoming).
    var boundary: Field?
    var date: Field?

    /// A record's three runs of names, one after the other in its file's list of names.
    struct NameRuns: Sendable {
        var start = 0
        var countriesStart = 0
        var sectorsStart = 0
        var end = 0

        init() {}

        init(start: Int, countries: Int, sectors: Int, end: Int) {
            (self.start, countriesStart, sectorsStart, self.end) = (start, countries, sectors, end)
        }

        var organisations: Range<Int> { start..<countriesStart }
        var countries: Range<Int> { countriesStart..<sectorsStart }
        var sectors: Range<Int> { sectorsStart..<end }

        /// The runs `offset` names further on (the list they are in was appended to another).
        mutating func move(by offset: Int) {
            start += offset
            countriesStart += offset
            sectorsStart += offset
            end += offset
        }
    }

    /// The file's path, as named.
    var file: String { source.path }

    /// Where `field` (the whole record when `nil`) is, in lines and columns.
    func range(of field: Field?) -> SourceRange {
        source.range(from: field?.start ?? start, to: field?.end ?? end)
    }
}
