import PlanDiagnostics
import Foundation

extension DSLRules {
    /// `dsl.invalid-money`.
    public static let invalidMoney = rule("dsl.invalid-money", "Money is a currency code and an amount, such as 'USD 3,450,000' or 'USD 45.2M'",
         "Write the ISO 4217 code, a space, and the amount: in full with separators between groups of three digits ('USD 3,450,000'), or rounded with a scale ('USD 45.2M', 'USD 49.25 million', 'USD 1.2 billion'). The amount is kept exactly, with the precision it was written with, so a rounded headline can be compared with the computed total. Amounts are whole currency units.",
         triggering: [sector("requirements:\n  UNHCR: USD 3,45,000\n"), sector("requirements:\n  UNHCR: 3,450,000\n"), sector("requirements:\n  UNHCR: USD 12.50\n")],
         nonTriggering: [sector("requirements:\n  UNHCR: USD 3,450,000\n  NRC: USD 45.2M\n  CRT: USD 1.2 billion\n")])

    /// `dsl.invalid-count`.
    public static let invalidCount = rule("dsl.invalid-count", "A count is a whole number, such as '1,250,000'",
         "People and partners are counted in whole numbers, written in full, with or without separators between groups of three digits.",
         triggering: [sector("population:\n  refugees:\n    planned: 1.25M\n"), sector("population:\n  refugees:\n    planned: 12,50,000\n")],
         nonTriggering: [sector("population:\n  refugees:\n    planned: 1,250,000\n    targeted: 900000\n")])

    /// `dsl.invalid-percent`.
    public static let invalidPercent = rule("dsl.invalid-percent", "A percentage is a number followed by '%', such as '62%'",
         "Write the number and the percent sign with no space between them.",
         triggering: [sector("indicators:\n  - id: PRT-01\n    baseline: 62 %\n")],
         nonTriggering: [sector("indicators:\n  - id: PRT-01\n    baseline: 62%\n    target: 95.5%\n")])

    /// `dsl.invalid-date`.
    public static let invalidDate = rule("dsl.invalid-date", "A date is 'YYYY-MM-DD' or a month 'YYYY-MM', and must exist",
         "Dates are written the ISO way so that they read the same in every language. A month stands for the whole month.",
         triggering: [plan().replacingOccurrences(of: "2026-12-31", with: "2026-02-30"), plan().replacingOccurrences(of: "2026-01-01", with: "2026-13-01")],
         nonTriggering: [plan(), plan().replacingOccurrences(of: "2026-01-01 to 2026-12-31", with: "2026-01 to 2026-06")])

    /// `dsl.invalid-period`.
    public static let invalidPeriod = rule("dsl.invalid-period", "A period is 'start to end'",
         "Write the first and last dates (or months) joined by ' to ', as in '2026-01-01 to 2026-12-31'.",
         triggering: [plan().replacingOccurrences(of: " to ", with: " - ")],
         nonTriggering: [plan()])

    /// `dsl.period-reversed`.
    public static let periodReversed = rule("dsl.period-reversed", "A period may not end before it starts",
         "The end of a period is its last day (the month's last day when only a month is written); it must not come before the first day.",
         triggering: [plan().replacingOccurrences(of: "2026-01-01 to 2026-12-31", with: "2026-12-31 to 2026-01-01")],
         nonTriggering: [plan().replacingOccurrences(of: "2026-01-01 to 2026-12-31", with: "2026-01 to 2026-01")])

    /// `dsl.invalid-country-code`.
    public static let invalidCountryCode = rule("dsl.invalid-country-code", "A country is an ISO 3166-1 alpha-3 code",
         "Countries are written as their three-letter ISO code ('TCD', 'NOR'), in capitals; the full list is built in. Where a chapter may belong to a sub-region, a lower-case identifier is read as the sub-region's ID, and 'regional' marks the regional level.",
         triggering: [plan("", countries: "countries: TCD, NO\n"), "---\nchapter: country\ncountry: tcd\n---\n"],
         nonTriggering: [plan("", countries: "countries: TCD, NOR\n"), "---\nchapter: sector\ncountry: southern-cone\nsector: protection\n---\n"])

    /// `dsl.invalid-identifier`.
    public static let invalidIdentifier = rule("dsl.invalid-identifier", "An identifier is letters, digits and hyphens",
         "Sectors, sub-sectors, sub-regions, versions and units are lower-case words joined by hyphens ('child-protection'). Partners, indicators and outcome areas are codes of letters and digits joined by '-', '_' or '.' ('UNHCR', 'PRT-01', 'OA1').",
         triggering: ["---\nchapter: sector\ncountry: TCD\nsector: Child Protection\n---\n", sector("subsector: GBV\n")],
         nonTriggering: [sector("subsector: child-protection\n")])

    /// `dsl.invalid-language`.
    public static let invalidLanguage = rule("dsl.invalid-language", "A language is a BCP 47 code such as 'en' or 'fr'",
         "Write the language code in lower case: 'en', 'fr', 'es', 'ar', 'pt'; a region may follow ('es-419').",
         triggering: [country("language: French\n"), country("language: FR\n")],
         nonTriggering: [country("language: fr\n"), country("language: es-419\n")])

    /// `dsl.invalid-flag`.
    public static let invalidFlag = rule("dsl.invalid-flag", "A flag is 'yes' or 'no'",
         "Only keys that are flags ('illustrative', 'local') take 'yes' or 'no', and they take nothing else: 'true', 'on' or 'Yes' are not words of the plan language.",
         triggering: [plan("illustrative: true\n")],
         nonTriggering: [plan("illustrative: yes\n")])

    /// `dsl.invalid-year`.
    public static let invalidYear = rule("dsl.invalid-year", "A year is four digits, such as '2026'",
         "Requirements per year are written as one 'YEAR: amount' line per calendar year under the partner.",
         triggering: [sector("requirements:\n  UNHCR:\n    26: USD 20M\n")],
         nonTriggering: [sector("requirements:\n  UNHCR:\n    2025: USD 20M\n    2026: USD 25M\n")])

    /// `dsl.invalid-number`.
    public static let invalidNumber = rule("dsl.invalid-number", "An indicator value is a number or a percentage",
         "Baselines and targets are numbers ('1,200', '3.5') or percentages ('62%').",
         triggering: [sector("indicators:\n  - id: PRT-01\n    target: most\n")],
         nonTriggering: [sector("indicators:\n  - id: PRT-01\n    baseline: 1,200\n    target: 3.5\n")])

    /// Typed values: money, numbers, dates, codes, identifiers, flags.
    /// `dsl.figure-out-of-range`.
    public static let figureOutOfRange = rule("dsl.figure-out-of-range", "A figure is larger, or has more digits, than a plan can hold",
         "Amounts go up to USD 1,000,000,000,000,000 (10^15), counts of people and partners up to 10,000,000,000 (10^10), and percentages and decimal numbers have at most 15 digits, decimals included. The limits are far above any real plan; they keep every sum the compiler makes exact and every number in the outputs valid (the totals obey the same limits: see `budget.total-out-of-range` and `population.total-out-of-range`). A figure beyond them is a typing mistake: check its digits.",
         triggering: [sector("requirements:\n  UNHCR: USD 9,000,000,000,000,000,000\n"), sector("requirements:\n  UNHCR: USD 2,000,000 billion\n"),
                      sector("population:\n  refugees:\n    planned: 20,000,000,000\n"), sector("indicators:\n  - id: PRT-01\n    baseline: 12.0000000000000001%\n"),
                      sector("indicators:\n  - id: PRT-01\n    target: 1000000000000000000000\n")],
         nonTriggering: [sector("requirements:\n  UNHCR: USD 1,000,000,000,000,000\npopulation:\n  refugees:\n    planned: 10,000,000,000\nindicators:\n  - id: PRT-01\n    baseline: 12.25%\n    target: 999,999,999,999,999\n")])

    static let literals: [Rule] = [invalidMoney, invalidCount, invalidPercent, invalidDate, invalidPeriod, periodReversed, invalidCountryCode, invalidIdentifier, invalidLanguage, invalidFlag, invalidYear, invalidNumber, figureOutOfRange]

    /// `dsl.invalid-age-breakdown`.
    public static let invalidAgeBreakdown = rule("dsl.invalid-age-breakdown", "An age breakdown is 'bracket share' pairs, youngest first",
         "Write each bracket ('0-4', '18-59', '60+') followed by its share ('18%'), separated by commas, from the youngest to the oldest bracket without overlaps. Whether the shares add up to 100% is checked by the compiler.",
         triggering: [sector("population:\n  refugees:\n    age: 0-4 18%, 0-11 20%\n"), sector("population:\n  refugees:\n    age: 0-4: 18%\n")],
         nonTriggering: [sector("population:\n  refugees:\n    age: 0-4 18%, 5-11 20%, 12-17 16%, 18-59 41%, 60+ 5%\n")])

    /// `dsl.invalid-sex-split`.
    public static let invalidSexSplit = rule("dsl.invalid-sex-split", "A sex split is 'female X%, male Y%'",
         "Give both shares, each once.",
         triggering: [sector("population:\n  refugees:\n    sex: female 56%\n"), sector("population:\n  refugees:\n    sex: women 56%, men 44%\n")],
         nonTriggering: [sector("population:\n  refugees:\n    sex: female 56%, male 44%\n")])

    /// Demographic breakdowns.
    static let demographics: [Rule] = [invalidAgeBreakdown, invalidSexSplit]
}
