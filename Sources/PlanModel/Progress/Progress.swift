/// Progress on the monitoring framework, computed by the compiler from indicator results
/// (HXL tables, ActivityInfo exports) matched to the plan's indicators and places. Only results
/// that count are in it: every other result was reported.
///
/// One ``IndicatorProgress`` per indicator with at least one result, in the plan's order
/// (places, then sector chapters, then indicators as written).
public struct Progress: Sendable, Hashable, Codable {
    /// The files read, as named (command line or `progress: files:`), in reading order.
    public var sources: [String]
    /// The latest date of a counted result: what the progress figures are as of.
    public var asOf: PlanDate?
    /// How many results were counted.
    public var results: Int
    /// How many results were read but not counted (each reported).
    public var excluded: Int
    public var indicators: [IndicatorProgress]

    public init(sources: [String], asOf: PlanDate?, results: Int, excluded: Int, indicators: [IndicatorProgress]) {
        self.sources = sources
        self.asOf = asOf
        self.results = results
        self.excluded = excluded
        self.indicators = indicators
    }

    /// The progress of the indicator `id`, if any result was counted for it.
    public func indicator(_ id: String) -> IndicatorProgress? { indicators.first { $0.indicator == id } }
}

/// The latest result of one indicator in its place, and how far it has come. A regional or
/// sub-regional indicator may also be reported per country (``countries``); its countries'
/// latest values are added up (``countriesTotal``) only when its unit counts people or things
/// (see docs/progress.md): percentages and ratios of different populations do not add up.
public struct IndicatorProgress: Sendable, Hashable, Codable {
    /// The indicator's ID (unique within the plan).
    public var indicator: String
    /// The indicator's place code: an ISO 3166 alpha-3 code, a sub-region ID or `regional`.
    public var place: String
    /// The latest value: a percentage's number (`52` for 52%) or a count. The latest result
    /// reported for the whole place; without one, the countries' total when they add up
    /// (``latestIsCountriesTotal``); `nil` when the indicator was reported per country only and
    /// its values do not add up.
    public var latest: Double?
    /// Whether the indicator is measured in percent (``latest`` is a percentage).
    public var percent: Bool
    /// The date of the latest value (of the latest country result for a countries' total).
    public var date: PlanDate?
    /// How many results were counted for the indicator (for the place and its countries).
    public var results: Int
    /// How far the latest value has come from the baseline to the target, in percent (see
    /// ``share(latest:baseline:target:)``); `nil` without a target, or when the target equals
    /// the baseline.
    public var progress: Double?
    /// The latest result in each country, for an indicator of the regional level or of a
    /// sub-region reported per country; by country code; empty otherwise.
    public var countries: [CountryProgress]
    /// The sum of ``countries``' latest values, when the indicator's unit adds up (people,
    /// households, items); `nil` for percentages, ratios and other units, and without countries.
    public var countriesTotal: Double?
    /// Whether ``latest`` is ``countriesTotal`` (no result was reported for the whole place).
    public var latestIsCountriesTotal: Bool

    public init(
        indicator: String, place: String, latest: Double?, percent: Bool, date: PlanDate?, results: Int, progress: Double?,
        countries: [CountryProgress] = [], countriesTotal: Double? = nil, latestIsCountriesTotal: Bool = false
    ) {
        self.indicator = indicator
        self.place = place
        self.latest = latest
        self.percent = percent
        self.date = date
        self.results = results
        self.progress = progress
        self.countries = countries
        self.countriesTotal = countriesTotal
        self.latestIsCountriesTotal = latestIsCountriesTotal
    }

    /// The bound of ``progress``: a result a thousand times the way is still a number every
    /// output can write.
    public static let progressLimit = 100_000.0

    /// `(latest − baseline) ÷ (target − baseline) × 100`: 0 at the baseline, 100 at the target,
    /// for indicators that go up and for those that go down (a target below the baseline);
    /// below 0 when the value moved away from the target, above 100 past it. `nil` when the
    /// target equals the baseline (no way to measure) or a value is not finite; clamped to
    /// ±``progressLimit``. A missing baseline counts as 0.
    public static func share(latest: Double, baseline: Double?, target: Double) -> Double? {
        let base = baseline ?? 0
        let way = target - base
        guard latest.isFinite, base.isFinite, target.isFinite, way.isFinite, way != 0 else { return nil }
        let share = (latest - base) / way * 100
        guard !share.isNaN else { return nil }
        return min(progressLimit, max(-progressLimit, share))
    }
}

/// `progress:` in the plan file: the indicator-result files kept in the plan folder (see
/// docs/progress.md).
public struct ProgressSettings: Sendable, Hashable {
    /// `files:` paths relative to the plan folder, as written.
    public var files: [Located<String>]

    public init(files: [Located<String>] = []) {
        self.files = files
    }
}
