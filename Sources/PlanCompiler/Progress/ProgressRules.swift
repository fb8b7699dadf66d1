import PlanDiagnostics

/// Rules about indicator results (`rrp compile --progress FILE`, `progress: files:` in the plan
/// file): every result that is not counted towards an indicator's progress is reported, with
/// its file, line and column, never left out silently.
public enum ProgressRules {
    /// A plan file whose `progress:` block is `progress` (indented lines), with TCD and CMR and a
    /// TCD education chapter whose indicators are TCD-EDU-01 (percent, 46% to 65%) and
    /// TCD-EDU-02 (people, 0 to 12,000).
    static func plan(_ progress: String) -> String {
        "==> plan.md <==\n---\nplan: Illustrative Plan\ntype: regional\nperiod: 2026-01 to 2026-12\nversion: launch\nlanguage: en\ncountries: TCD, CMR\n"
            + "sectors:\n  education:\n    name: Education\npartners:\n  UNHCR:\n    name: United Nations High Commissioner for Refugees\n    type: un\n"
            + "progress:\n\(progress)---\n"
            + "==> TCD/education.md <==\n---\nchapter: sector\ncountry: TCD\nsector: education\nindicators:\n"
            + "  - id: TCD-EDU-01\n    name: Refugee children enrolled in primary school\n    outcome-area: OA11\n    unit: percent\n    baseline: 46%\n    target: 65%\n"
            + "  - id: TCD-EDU-02\n    name: Teachers trained\n    outcome-area: OA11\n    unit: people\n    baseline: 0\n    target: 12,000\n"
            + "requirements:\n  UNHCR: USD 1,000,000\n---\n"
    }

    /// An example: the plan above reading `progress.csv`, an HXL table whose data rows are `rows`.
    static func hxl(_ rows: String) -> String {
        plan("  files: progress.csv\n")
            + "==> progress.csv <==\nIndicator,Country,Reached,Date,Partner\n#indicator+code,#country+code,#reached,#date,#org\n" + rows
    }

    /// `progress.unknown-indicator`.
    public static let unknownIndicator = Rule(
        id: "progress.unknown-indicator", severity: .warning,
        summary: "Result is reported for an indicator the plan does not have",
        explanation: "A result counts towards the indicator whose ID (`#indicator+code`, or the indicator code column of an ActivityInfo export) it names: an `id:` of the `indicators:` of a sector chapter. A result for another code (a misspelt ID, an indicator of last year's plan, a partner's own indicator) is not counted: correct the code, or add the indicator to its sector chapter.",
        triggering: [hxl("TCD-EDU-01,TCD,52%,2026-06-30,UNICEF\n↓TCD-EDU-03,TCD,40%,2026-06-30,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-01,TCD,52%,2026-06-30,UNICEF\nTCD-EDU-02,TCD,3400,2026-06-30,UNICEF\n")]
    )

    /// `progress.unknown-country`.
    public static let unknownCountry = Rule(
        id: "progress.unknown-country", severity: .warning,
        summary: "Result's country is not the indicator's country",
        explanation: "Each indicator belongs to the sector chapter of one place. A result's country (an ISO 3166 alpha-3 code or the country's English name), when given, must be that place: a country outside the plan, or another country of the plan, is not counted. A result for an indicator of the regional level or of a sub-region leaves the country empty (a result for the whole place), or names one of the place's countries (a result in that country: each country's latest value is shown, and added up across countries when the indicator counts people or things); a country outside the sub-region is not counted. A result without a country counts for its indicator's place.",
        triggering: [hxl("TCD-EDU-01,↓NGA,52%,2026-06-30,UNICEF\nTCD-EDU-01,↓CMR,52%,2026-07-31,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-01,TCD,52%,2026-06-30,UNICEF\nTCD-EDU-01,Chad,54%,2026-07-31,UNICEF\nTCD-EDU-02,,3400,2026-06-30,UNICEF\n")]
    )

    /// `progress.invalid-value`.
    public static let invalidValue = Rule(
        id: "progress.invalid-value", severity: .error,
        summary: "Result's value is not a number",
        explanation: "A result's value is a number of 0 or more, written in digits with an optional decimal part and `,` between groups of three (`3400`, `3,400`, `12.5`), or a percentage (`52%` or `52`, for an indicator measured in percent). Words, ranges and other signs are not read: correct the value; the result is not counted until it can be read.",
        triggering: [hxl("TCD-EDU-02,TCD,↓about 3000,2026-06-30,UNICEF\n↓TCD-EDU-02,TCD,,2026-07-31,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-02,TCD,\"3,400\",2026-06-30,UNICEF\nTCD-EDU-01,TCD,52.5,2026-06-30,UNICEF\n")]
    )

    /// `progress.invalid-date`.
    public static let invalidDate = Rule(
        id: "progress.invalid-date", severity: .error,
        summary: "Result has no date, or its date cannot be read",
        explanation: "The latest value of an indicator is the result with the latest date, so every result needs one: `YYYY-MM-DD`, or `YYYY-MM` for a monthly report (as ActivityInfo's month fields write it). A result without a readable date is not counted.",
        triggering: [hxl("TCD-EDU-02,TCD,3400,↓June 2026,UNICEF\n↓TCD-EDU-02,TCD,3500,,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-02,TCD,3400,2026-06,UNICEF\nTCD-EDU-02,TCD,3500,2026-07-15,UNICEF\n")]
    )

    /// `progress.unit-mismatch`.
    public static let unitMismatch = Rule(
        id: "progress.unit-mismatch", severity: .warning,
        summary: "Result's value does not match the indicator's unit",
        explanation: "An indicator measured in percent (`unit: percent`, or a target written with `%`) takes values from 0 to 100; a value above 100 is a count reported against a percentage. An indicator that counts people or things (`unit: people`, `number`..., or a target written as a number) takes a number; a value written with `%` is a rate reported against a count. Either way the value means something else than the target: it is not counted. Report the value in the indicator's unit.",
        triggering: [hxl("TCD-EDU-01,TCD,↓3400,2026-06-30,UNICEF\nTCD-EDU-02,TCD,↓45%,2026-06-30,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-01,TCD,100%,2026-06-30,UNICEF\nTCD-EDU-02,TCD,3400,2026-06-30,UNICEF\n")]
    )

    /// `progress.outside-period`.
    public static let outsidePeriod = Rule(
        id: "progress.outside-period", severity: .warning,
        summary: "Result is dated outside the plan's period",
        explanation: "A result counts towards the plan's indicators when its date falls inside the plan's `period:`. A result dated before or after it measures an earlier or later plan (a baseline survey, next year's first report) and is not counted.",
        triggering: [hxl("TCD-EDU-01,TCD,50%,↓2025-12-31,UNICEF\n")],
        nonTriggering: [hxl("TCD-EDU-01,TCD,50%,2026-01-01,UNICEF\nTCD-EDU-01,TCD,58%,2026-12-31,UNICEF\n")]
    )

    /// `progress.duplicate`.
    public static let duplicate = Rule(
        id: "progress.duplicate", severity: .warning,
        summary: "Two results for one indicator, place and date",
        explanation: "Each indicator has one value per date in its place. A second result for the same indicator and date (in one file or in two: an export downloaded twice, two partners reporting the same figure) would make the latest value depend on the order of the rows. The first result read counts; the finding points at the second and notes the first. Remove the copy, or add the partners' figures up into one result.",
        triggering: [hxl("TCD-EDU-02,TCD,3400,2026-06-30,UNICEF\nTCD-EDU-02,TCD,3500,↓2026-06-30,NRC\n")],
        nonTriggering: [hxl("TCD-EDU-02,TCD,3400,2026-06-30,UNICEF\nTCD-EDU-02,TCD,3500,2026-07-31,UNICEF\n")]
    )

    /// `progress.unknown-format`.
    public static let unknownFormat = Rule(
        id: "progress.unknown-format", severity: .error,
        summary: "Progress file is not an HXL results table or an ActivityInfo export",
        explanation: "A progress file is read as an HXL-tagged CSV (`#indicator+code`, `#reached` or `#indicator+value`, and optionally `#country+code`, `#date`, `#org`) or as an ActivityInfo form export in CSV (a header row naming the indicator code and the value: `Indicator code`, `Value`...). A file in neither shape is an error: nothing in it is counted. See docs/progress.md for the columns.",
        triggering: [plan("  files: progress.csv\n") + "==> progress.csv <==\n↓What,How many\nteachers,3400\n"],
        nonTriggering: [plan("  files: progress.csv\n") + "==> progress.csv <==\nIndicator.Code,Country,Value,Month\nTCD-EDU-02,TCD,3400,2026-06\n"]
    )

    /// `progress.file-outside-folder`.
    public static let fileOutsideFolder = Rule(
        id: "progress.file-outside-folder", severity: .error,
        summary: "Progress file named in the plan file is outside the plan folder",
        explanation: "`progress: files:` names files inside the plan folder, relative to it, so that the plan compiles the same way wherever it is checked out. A file elsewhere is not read: move it into the plan folder, or give it with `rrp compile --progress FILE`.",
        triggering: [plan("  files: ↓../progress.csv\n") + "==> ../progress.csv <==\n#indicator+code,#reached\nTCD-EDU-02,3400\n"],
        nonTriggering: [plan("  files: monitoring/progress.csv\n") + "==> monitoring/progress.csv <==\n#indicator+code,#reached,#date\nTCD-EDU-02,3400,2026-06-30\n"]
    )

    /// Every rule of this family, for ``PlanRules/all``.
    public static let all = [
        unknownIndicator, unknownCountry, invalidValue, invalidDate, unitMismatch, outsidePeriod, duplicate, unknownFormat, fileOutsideFolder,
    ]
}
