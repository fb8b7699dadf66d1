/// The keys of each chapter kind and of their blocks: what the schema accepts, what unknown-key
/// suggestions are drawn from, and what docs/DSL.md lists.
public enum ChapterKeys {
    /// The clearance keys every chapter kind accepts (`status:`, `cleared-by:`, `cleared-on:`).
    public static let clearance = ClearanceSchema.keys
    /// Top-level keys of the plan file.
    public static let plan = ["plan", "type", "period", "version", "language", "countries", "sub-regions", "sectors", "partners",
                              "headline", "illustrative", "lint", "sections", "funding", "code", "revision", "progress", "published"] + clearance
    /// Required top-level keys of the plan file (`countries` may be replaced by `sub-regions`).
    public static let planRequired = ["plan", "type", "period", "version", "language", "sectors", "partners"]
    /// Top-level keys of a country chapter.
    public static let country = ["chapter", "country", "language", "title", "period", "headline", "total-requirement"] + clearance
    /// Required top-level keys of a country chapter.
    public static let countryRequired = ["chapter", "country"]
    /// Top-level keys of a sector chapter.
    public static let sector = ["chapter", "country", "sector", "subsector", "language", "population", "locations", "assumptions",
                                "indicators", "requirements", "total-requirement"] + clearance
    /// The keys of a sector chapter that hold its plan data, not its place or language.
    public static let sectorData: Set<String> = ["population", "locations", "assumptions", "indicators", "requirements", "total-requirement"]
    /// Required top-level keys of a sector chapter.
    public static let sectorRequired = ["chapter", "country", "sector"]
    /// Top-level keys of a translated chapter.
    public static let translation = ["chapter", "of", "language", "title"] + clearance
    /// Required top-level keys of a translated chapter.
    public static let translationRequired = ["chapter", "of", "language"]
    /// Top-level keys of the foreword.
    public static let foreword = ["chapter", "language", "title", "signed-by"] + clearance
    /// Keys of one sector in the plan's `sectors:` block.
    public static let sectorDeclaration = ["name", "subsectors", "outcome-areas"]
    /// Keys of one partner in the plan's `partners:` block.
    public static let partner = ["name", "type", "local", "implementing-for"]
    /// Keys of one sub-region in the plan's `sub-regions:` block.
    public static let subRegion = ["name", "countries"]
    /// Keys of `headline:`.
    public static let headline = ["requirements", "for", "unallocated", "partners", "population"]
    /// Keys of `headline: unallocated:`.
    public static let unallocated = ["amount", "reason", "for"]
    /// Required keys of `headline: unallocated:`.
    public static let unallocatedRequired = ["amount", "reason"]
    /// Keys of `revision:`.
    public static let revision = ["name", "date", "previous"]
    /// Keys of `funding:`.
    public static let funding = ["files", "organisations", "sectors"]
    /// Keys of `progress:`.
    public static let progress = ["files"]
    /// Keys of `lint:`.
    public static let lint = ["agencies", "allow", "disable", "brands"]
    /// Keys of one population group under `population:`.
    public static let populationFigures = ["planned", "in-need", "targeted", "sex", "age"]
    /// Keys of one item of `indicators:`.
    public static let indicator = ["id", "name", "outcome-area", "unit", "baseline", "target"]

    /// The chapter kinds other than `kind` whose top level knows `key`, for "belongs in" hints.
    static func elsewhere(_ key: String, notIn kind: String) -> String? {
        let kinds = [("a plan file", plan), ("a country chapter", country), ("a sector chapter", sector), ("a translation", translation), ("a foreword", foreword)]
        let names = kinds.filter { $0.0 != kind && $0.1.contains(key) }.map(\.0)
        return names.isEmpty ? nil : names.joined(separator: " or ")
    }
}
