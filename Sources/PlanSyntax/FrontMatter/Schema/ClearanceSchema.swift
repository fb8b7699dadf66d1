import PlanModel

/// The clearance keys every chapter kind accepts: `status: draft | review | cleared`,
/// `cleared-by:` (who cleared it) and `cleared-on:` (a date).
enum ClearanceSchema {
    static let keys = ["status", "cleared-by", "cleared-on"]

    /// Reads `entry` into `clearance` when it is a clearance key; `false` for any other key.
    static func read(_ entry: FrontMatterEntry, into clearance: inout Clearance, reader: inout SchemaReader) -> Bool {
        switch entry.key {
        case "status":
            clearance.status = reader.literal(entry, expecting: "a clearance status") {
                PlanSchema.choice($0, ClearanceStatus.self, what: "a clearance status")
            }
        case "cleared-by": clearance.clearedBy = reader.text(entry)
        case "cleared-on": clearance.clearedOn = reader.literal(entry, expecting: "a date", DateLiteral.parse)
        default: return false
        }
        return true
    }
}
