import PlanDiagnostics

/// Rules about funding records (`rrp compile --funding FILE`, `funding: files:` in the plan
/// file): every record that is not counted as funding received is reported, with its file and
/// line, never left out silently.
public enum FundingRules {
    /// A plan file whose `funding:` block is `funding` (indented lines), with TCD and CMR, the
    /// education sector, UNHCR, NRC and the government partner CNARR, and a TCD education chapter
    /// requiring USD 1,500,000.
    static func plan(_ funding: String) -> String {
        "==> plan.md <==\n---\nplan: Illustrative Plan\ntype: regional\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD, CMR\n"
            + "sectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n"
            + "  NRC:\n    name: Norwegian Refugee Council\n    type: ingo\n  CNARR:\n    name: Commission Nationale d'Accueil\n    type: government\n"
            + "funding:\n\(funding)---\n"
            + "==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nrequirements:\n  UNHCR: USD 1,000,000\n  NRC: USD 500,000\n---\n"
    }

    /// An example: the plan above reading `funding.csv`, an HXL table whose data rows are `rows`.
    static func hxl(_ rows: String, mapping: String = "") -> String {
        plan("  files: funding.csv\n" + mapping)
            + "==> funding.csv <==\nOrganisation,Country,Sector,Funding (USD),Date\n#org,#country+code,#sector,#value+funding+total+usd,#date\n" + rows
    }

    /// An example: the plan above reading `fts.json`, an FTS flow export with `flows`.
    static func fts(_ flows: String) -> String {
        plan("  files: fts.json\n") + "==> fts.json <==\n{\"data\": {\"flows\": [\n" + flows + "\n]}}\n"
    }

    /// One FTS flow to NRC in Chad, education, with `fields` (status, boundary...) added.
    static func flow(_ id: String, _ fields: String) -> String {
        "{\"id\": \(id), \"amountUSD\": 250000, \(fields)\"date\": \"2026-03-01T00:00:00Z\", \"destinationObjects\": [{\"type\": \"Organization\", \"name\": \"Norwegian Refugee Council (NRC)\"}, {\"type\": \"Location\", \"name\": \"Chad\"}, {\"type\": \"GlobalCluster\", \"name\": \"Education\"}]}"
    }

    /// `funding.unmatched-organisation`.
    public static let unmatchedOrganisation = Rule(
        id: "funding.unmatched-organisation", severity: .warning,
        summary: "Funding record's organisation is not an appealing partner of the plan",
        explanation: "A funding record counts when its receiving organisation is one of the plan's appealing partners: its ID (`NRC`), its name (`Norwegian Refugee Council`, compared without case, accents or punctuation), `Name (ACRONYM)` as FTS writes it, or a name listed for it under `funding: organisations:` in the plan file. Funding of an implementing partner counts for the partner it implements for. A record for any other organisation (a government partner, an organisation outside the plan, a misspelt name) is not counted: add the name under `funding: organisations:` when it is a partner's, or leave the record out of the file.",
        triggering: [hxl("UNHCR,TCD,education,250000,2026-03-01\n↓Norwegian Refugee Counsel,TCD,education,100000,2026-03-02\n↓CNARR,TCD,education,5000,2026-03-02\n")],
        nonTriggering: [
            hxl("UNHCR,TCD,education,250000,2026-03-01\nNorwegian Refugee Council (NRC),TCD,education,100000,2026-03-02\n"),
            hxl("Norwegian Refugee Counsel,TCD,education,100000,2026-03-02\n", mapping: "  organisations:\n    NRC: Norwegian Refugee Counsel\n"),
        ]
    )

    /// `funding.unmatched-country`.
    public static let unmatchedCountry = Rule(
        id: "funding.unmatched-country", severity: .warning,
        summary: "Funding record's country is not a country of the plan",
        explanation: "A record's country (an ISO 3166 alpha-3 code or the country's English name) must be one of the plan's `countries:`. Funding for another country belongs to another plan's response and is not counted. A record without a country counts for the plan as a whole (shown as 'not specified' by country).",
        triggering: [hxl("UNHCR,↓NGA,education,250000,2026-03-01\n")],
        nonTriggering: [hxl("UNHCR,TCD,education,250000,2026-03-01\nNRC,,education,100000,2026-03-01\n")]
    )

    /// `funding.unmatched-sector`.
    public static let unmatchedSector = Rule(
        id: "funding.unmatched-sector", severity: .warning,
        summary: "Funding record's sector matches no sector of the plan",
        explanation: "A record's sector or FTS global cluster must be a sector of the plan: its ID, its name, a sub-sector's ID or name, or a name listed for it under `funding: sectors:` in the plan file (`education: Education in Emergencies`). A record with another sector is not counted; a record without one counts for its partner and country (shown as 'not specified' by sector).",
        triggering: [hxl("UNHCR,TCD,↓Camp Coordination,250000,2026-03-01\n")],
        nonTriggering: [hxl("UNHCR,TCD,Camp Coordination,250000,2026-03-01\n", mapping: "  sectors:\n    education: Camp Coordination\n")]
    )

    /// `funding.pledge`.
    public static let pledge = Rule(
        id: "funding.pledge", severity: .note,
        summary: "Pledge is not counted as funding received",
        explanation: "FTS counts paid contributions and commitments as funding; a pledge is a non-binding announcement, and the same money appears again as a commitment or a payment once it is made. Pledges are therefore not counted, and each is reported as a note so that the totals can be traced.",
        triggering: [fts(flow("1", "\"status\": ↓\"pledge\", "))],
        nonTriggering: [fts(flow("1", "\"status\": \"paid\", ") + ",\n" + flow("2", "\"status\": \"commitment\", "))]
    )

    /// `funding.not-incoming`.
    public static let notIncoming = Rule(
        id: "funding.not-incoming", severity: .note,
        summary: "Internal or outgoing flow is not counted as funding received",
        explanation: "In an FTS export filtered on a plan or a country, `boundary` says how a flow crosses it: `incoming` flows bring money in; `internal` flows move money already counted between organisations of the response, and `outgoing` flows leave it. Counting them would count the same money twice, so only incoming flows (and flows without a boundary) count.",
        triggering: [fts(flow("1", "\"boundary\": ↓\"internal\", ") + ",\n" + flow("2", "\"boundary\": ↓\"outgoing\", "))],
        nonTriggering: [fts(flow("1", "\"boundary\": \"incoming\", "))]
    )

    /// `funding.duplicate`.
    public static let duplicate = Rule(
        id: "funding.duplicate", severity: .warning,
        summary: "Funding record is read twice",
        explanation: "Two records with the same flow ID (in one file or in two), or two identical rows of a table without IDs, are one flow read twice (an export downloaded twice, overlapping date ranges). It is counted once; the finding points at the second copy and notes the first. Remove the copy, or give genuinely different contributions their own IDs or dates.",
        triggering: [
            fts(flow("7", "") + ",\n" + flow("↓7", "")),
            hxl("UNHCR,TCD,education,250000,2026-03-01\n↓UNHCR,TCD,education,250000,2026-03-01\n"),
        ],
        nonTriggering: [fts(flow("7", "") + ",\n" + flow("8", ""))]
    )

    /// `funding.outside-period`.
    public static let outsidePeriod = Rule(
        id: "funding.outside-period", severity: .warning,
        summary: "Funding record is dated outside the plan's period",
        explanation: "A record counts towards the plan when its date falls inside the plan's `period:`. Funding dated before or after it belongs to an earlier or later plan (an FTS export for several years) and is not counted.",
        triggering: [hxl("UNHCR,TCD,education,250000,↓2025-12-31\n")],
        nonTriggering: [hxl("UNHCR,TCD,education,250000,2026-12-31\nNRC,TCD,education,1000,\n")]
    )

    /// `funding.invalid-record`.
    public static let invalidRecord = Rule(
        id: "funding.invalid-record", severity: .error,
        summary: "Funding record cannot be read",
        explanation: "Every record needs an amount in USD (digits, with an optional decimal part; whole dollars are counted, halves rounded up), no larger than USD 10^15 and not negative; a date, when present, as `YYYY-MM-DD` (a time after it, as FTS writes, is ignored); a status, when present, of `paid`, `commitment` or `pledge`; a boundary, when present, of `incoming`, `outgoing` or `internal`; and an organisation. Correct the record: it is not counted until it can be read.",
        triggering: [hxl("UNHCR,TCD,education,↓about 250000,2026-03-01\nNRC,TCD,education,1000,↓March 2026\n↓,TCD,education,1000,2026-03-01\n")],
        nonTriggering: [hxl("UNHCR,TCD,education,250000.50,2026-03-01T00:00:00Z\n")]
    )

    /// `funding.unknown-format`.
    public static let unknownFormat = Rule(
        id: "funding.unknown-format", severity: .error,
        summary: "Funding file is not an FTS export or an HXL funding table",
        explanation: "A funding file is read as an FTS flow export in JSON (`data.flows`, as the FTS API returns it), as FTS's CSV download (a header row naming the amount in USD and the destination organisation), or as an HXL-tagged CSV (`#org`, `#value+funding+total+usd`, and optionally `#country+code`, `#sector`, `#date`). A file in none of these shapes is an error: nothing in it is counted. See docs/funding.md for the columns.",
        triggering: [plan("  files: funding.csv\n") + "==> funding.csv <==\n↓Who,How much\nUNHCR,250000\n"],
        nonTriggering: [plan("  files: funding.csv\n") + "==> funding.csv <==\nFlow ID,Destination org.,Amount (USD),Flow status\n1,UNHCR,250000,paid\n"]
    )

    /// `funding.file-outside-folder`.
    public static let fileOutsideFolder = Rule(
        id: "funding.file-outside-folder", severity: .error,
        summary: "Funding file named in the plan file is outside the plan folder",
        explanation: "`funding: files:` names files inside the plan folder, relative to it, so that the plan compiles the same way wherever it is checked out. A file elsewhere is not read: move it into the plan folder, or give it with `rrp compile --funding FILE`.",
        triggering: [plan("  files: ↓../funding.csv\n") + "==> ../funding.csv <==\n#org,#value+funding+total+usd\nUNHCR,250000\n"],
        nonTriggering: [plan("  files: funding/fts.csv\n") + "==> funding/fts.csv <==\n#org,#value+funding+total+usd\nUNHCR,250000\n"]
    )

    /// `funding.unknown-id`.
    public static let unknownID = Rule(
        id: "funding.unknown-id", severity: .error,
        summary: "Funding mapping names a partner or sector the plan does not declare",
        explanation: "The keys of `funding: organisations:` are partner IDs of `partners:`, and the keys of `funding: sectors:` are sector IDs of `sectors:`. A key the plan does not declare would send money nowhere: correct it.",
        triggering: [plan("  organisations:\n    ↓NCR: Norwegian Refugee Council Chad\n")],
        nonTriggering: [plan("  organisations:\n    NRC: Norwegian Refugee Council Chad\n")]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [
        unmatchedOrganisation, unmatchedCountry, unmatchedSector, pledge, notIncoming, duplicate, outsidePeriod, invalidRecord, unknownFormat,
        fileOutsideFolder, unknownID,
    ]
}
