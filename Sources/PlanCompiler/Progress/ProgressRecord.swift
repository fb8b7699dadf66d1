import PlanModel
import PlanSyntax

/// One indicator result as a reader found it, before matching: the texts of the cells that
/// matter, each with where it was written, so that every finding points at its cell.
struct ProgressRecord: Sendable {
    typealias Field = CSVRecords.Field

    /// The results file, shared by the records of one table: one reference to count per record
    /// instead of the file's four.
    var shared: SharedSourceFile
    /// The results file.
    var source: SourceFile { shared.file }
    /// The byte offsets of the whole row.
    var start: Int
    var end: Int
    /// `#indicator+code`: the indicator's ID in the plan.
    var indicator: Field?
    /// `#country+code`: an ISO 3166 alpha-3 code or the country's English name.
    var country: Field?
    /// `#reached`, `#value` or `#indicator+value`: a number, a percentage with or without `%`.
    var value: Field?
    /// `#date`: when the value was measured.
    var date: Field?
    /// `#org`: who reported it (kept for the reader; not matched).
    var organisation: Field?

    /// The file's path, as named.
    var file: String { source.path }

    /// Where `field` (the whole row when `nil`) is, in lines and columns.
    func range(of field: Field?) -> SourceRange {
        source.range(from: field?.start ?? start, to: field?.end ?? end)
    }
}
