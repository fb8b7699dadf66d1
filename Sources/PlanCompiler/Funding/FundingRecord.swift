import PlanModel

/// One funding record as a reader found it, before matching: the texts of the fields that
/// matter, each with where it was written, so that every finding points at its record.
struct FundingRecord: Sendable {
    /// A field's text and where it is in the file.
    struct Field: Sendable {
        var text: String
        var range: SourceRange
    }

    /// The funding file, as named.
    var file: String
    /// The whole record: a CSV row, or a flow object of an FTS JSON export.
    var range: SourceRange
    /// `Flow ID` / `id`: two records with one ID are one flow.
    var id: Field?
    var amount: Field?
    /// The receiving organisations (FTS: destination objects of type Organization).
    var organisations: [Field] = []
    /// The countries (ISO 3166 alpha-3 codes or English names).
    var countries: [Field] = []
    /// The sectors or global clusters.
    var sectors: [Field] = []
    /// `paid`, `commitment` or `pledge` (absent: paid).
    var status: Field?
    /// `incoming`, `outgoing` or `internal` (absent: incoming).
    var boundary: Field?
    var date: Field?
}
