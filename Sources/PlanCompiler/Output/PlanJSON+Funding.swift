import PlanModel

extension PlanJSON {
    /// The version of the `funding` object (docs/json-schema.md, "funding"), incremented on any
    /// change that removes or changes the meaning of one of its keys.
    public static let fundingVersion = 1

    /// `funding`: funding received against the requirements (present only when funding records
    /// were read).
    static func funding(_ w: inout JSONWriter, _ f: Funding) {
        w.beginObject()
        w.field("asOf", f.asOf?.description)
        w.array("byPartner", f.byPartner, fundingTotal)
        w.array("byPartnerType", f.byPartnerType, fundingTotal)
        w.array("byPlace", f.byPlace, fundingTotal)
        w.array("bySector", f.bySector, fundingTotal)
        w.key("cells")
        w.value { fundingCells(f.cells, into: &$0) }
        w.fraction("coverage", f.coverage)
        w.field("excludedRecords", f.excluded)
        w.field("gap", f.gap)
        w.field("received", f.received)
        w.field("records", f.records)
        w.field("required", f.required)
        w.field("sources", strings: f.sources)
        w.field("version", fundingVersion)
        w.endObject()
    }

    private static func fundingTotal(_ w: inout JSONWriter, _ t: FundingTotal) {
        w.beginObject()
        w.fraction("coverage", t.coverage)
        w.field("gap", t.gap)
        w.field("key", t.key)
        w.field("received", t.received)
        w.field("required", t.required)
        w.endObject()
    }
}
