import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Decides for each indicator result whether it counts, reports the ones that do not, and keeps
/// the latest value of each indicator (the one with the latest date): for its place, and for an
/// indicator of the regional level or of a sub-region, in each of its countries too.
struct ProgressTally {
    /// An indicator of the plan and the place of its chapter.
    private struct Target {
        var indicator: Indicator
        var place: ChapterPlace
        var kind: ProgressValues.Kind
        /// Whether its countries' results add up to a total (``ProgressValues/isAdditive(_:)``).
        var additive: Bool
    }

    /// The latest counted result so far.
    private struct Latest {
        var value: Double
        var date: PlanDate
        var results: Int

        mutating func add(_ value: Double, on date: PlanDate) {
            results += 1
            if self.date < date { (self.value, self.date) = (value, date) }
        }
    }

    private let plan: Plan
    /// The plan's indicators in the plan's order, and the position of each ID.
    private var targets: [Target] = []
    /// The position of each indicator ID (looked up by ``TextTable``'s hash of the bytes, once a
    /// result).
    private var positions = TextTable<Int>()
    /// The plan's countries (position by code), for the results of a regional indicator.
    private let countryCodes: [String]
    private let countryPositions: [String: Int]
    /// Each sub-region's countries (positions).
    private let subRegionCountries: [String: Set<Int>]
    /// "Did you mean" among the plan's indicator IDs.
    private let nearMiss: NearMissCandidates
    /// The hint given for each unknown code, found once; at most ``hintBudget`` are looked for
    /// (a file for another plan has thousands of codes, each compared with every indicator).
    private var hints: [String: String] = [:]
    static let hintBudget = 500
    private var matcher: FundingMatcher
    /// Where the first result of each indicator, country and date is: the packed key's position
    /// in ``seen`` is that of its first read in ``firstReads``.
    private var seen = NumberTable()
    private var firstReads: [FirstRead] = []

    /// One indicator (its position) in its place (`country` −1) or one of its countries, on one
    /// date, packed in one word (hashed once per result): 24 bits of position, 16 of country, 24 of
    /// date (a plan's indicators and countries, and years up to 32,767, fit).
    private struct ResultKey {
        var packed: UInt64

        init(indicator: Int, country: Int, date: PlanDate) {
            let day = UInt64(date.day ?? 0), month = UInt64(date.month), year = UInt64(UInt16(clamping: date.year))
            packed = UInt64(UInt32(truncatingIfNeeded: indicator) & 0xFF_FFFF) << 40 | UInt64(UInt16(truncatingIfNeeded: country + 1)) << 24
                | (year << 9 | month << 5 | day)
        }
    }
    /// Where a result is: its file (a position in ``files``) and bytes.
    private struct FirstRead {
        var file: Int
        var start: Int
        var end: Int
    }
    /// The files results were read from, in reading order.
    private var files: [SharedSourceFile] = []
    /// The latest result of each indicator for its place, by position.
    private var latest: [Latest?]
    /// The latest result of a regional or sub-regional indicator in each country, by position.
    private var countryLatest: [Int: [Int: Latest]] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    private var counted = 0
    private var excluded = 0
    private var asOf: PlanDate?

    init(plan: Plan) {
        self.plan = plan
        var ids: [String] = []
        for place in plan.places {
            for sector in place.sectors {
                for indicator in sector.indicators where positions[indicator.id] == nil {
                    positions[indicator.id] = targets.count
                    targets.append(Target(indicator: indicator, place: place.place, kind: ProgressValues.kind(indicator),
                                          additive: ProgressValues.isAdditive(indicator)))
                    ids.append(indicator.id)
                }
            }
        }
        latest = Array(repeating: nil, count: targets.count)
        let codes = plan.countries.map(\.code)
        let countryPositions = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        countryCodes = codes
        self.countryPositions = countryPositions
        subRegionCountries = Dictionary(plan.subRegions.map { region in
            (region.id, Set(region.countries.compactMap { countryPositions[$0.code] }))
        }, uniquingKeysWith: { a, _ in a })
        nearMiss = NearMissCandidates(ids)
        matcher = FundingMatcher(countriesOf: plan)
    }

    /// Makes room for `count` more results (one table is read at once).
    mutating func reserve(_ count: Int) {
        if seen.count == 0 { seen = NumberTable(capacity: count) }
        firstReads.reserveCapacity(firstReads.count + count)
    }

    /// Counts each result of `table` in order, or reports why it does not count.
    mutating func add(contentsOf table: ProgressTable) {
        for record in table { add(record) }
    }

    /// Counts `record`, or reports why it does not count.
    mutating func add(_ record: ProgressRecord) {
        guard let result = evaluate(record) else { return }
        counted += 1
        let (position, date, value) = (result.position, result.date, result.value)
        if asOf.map({ $0 < date }) ?? true { asOf = date }
        if let country = result.country {
            countryLatest[position, default: [:]][country, default: Latest(value: value, date: date, results: 0)].add(value, on: date)
        } else if latest[position] == nil {
            latest[position] = Latest(value: value, date: date, results: 1)
        } else {
            latest[position]!.add(value, on: date)
        }
    }

    /// A result that counts: for the indicator at `position`, for its place (`country` nil) or
    /// one of its countries.
    private struct Counted {
        var position: Int
        var country: Int?
        var value: Double
        var date: PlanDate
    }

    /// The result `r` if it counts; else `nil`, its finding reported.
    private mutating func evaluate(_ r: ProgressRecord) -> Counted? {
        func report(_ rule: Rule, _ field: ProgressRecord.Field?, _ summary: String, notes: [DiagnosticNote] = []) -> Counted? {
            excluded += 1
            diagnostics.append(rule.diagnostic(file: r.file, range: r.range(of: field), summary: summary, notes: notes))
            return nil
        }
        // Which indicator?
        guard let code = r.indicator else { return report(ProgressRules.unknownIndicator, nil, "Result has no indicator code: not counted") }
        guard let position = positions[code.text] else {
            let hint = hints[code.text] ?? (hints.count < Self.hintBudget ? nearMiss.didYouMean(code.text) : "")
            if hints.count < Self.hintBudget { hints[code.text] = hint }
            return report(ProgressRules.unknownIndicator, code, "'\(code.text)' is not an indicator of the plan: result not counted" + hint)
        }
        let place = targets[position].place, kind = targets[position].kind
        // Readable?
        guard let valueField = r.value else { return report(ProgressRules.invalidValue, nil, "Result for \(code.text) has no value: not counted") }
        let value: ProgressValues.Value
        switch ProgressValues.value(valueField.text) {
        case .failure(let e): return report(ProgressRules.invalidValue, valueField, "Result for \(code.text): \(e.message); not counted")
        case .success(let v): value = v
        }
        guard let dateField = r.date else { return report(ProgressRules.invalidDate, nil, "Result for \(code.text) has no date: not counted (the latest value is the one with the latest date)") }
        let date: PlanDate
        switch FundingValues.date(dateField.text) {
        case .failure(let e): return report(ProgressRules.invalidDate, dateField, "Result for \(code.text): \(e.message); not counted")
        case .success(let d): date = d
        }
        // In the indicator's place, or one of its countries?
        var inCountry: Int?
        if let country = r.country, !Self.sameIgnoringCase(country.text, place.code) {
            guard let matched = matcher.country(country.text), let matchedPosition = countryPositions[matched] else {
                return report(ProgressRules.unknownCountry, country, "'\(country.text)' is not a country of the plan: result for \(code.text) not counted")
            }
            switch place {
            case .country(let own) where own.code == matched:
                break // the indicator's country, by name
            case .country(let own):
                return report(ProgressRules.unknownCountry, country, "\(code.text) is an indicator of \(own.code), not \(matched): result not counted")
            case .regional:
                inCountry = matchedPosition
            case .subRegion(let id):
                guard subRegionCountries[id]?.contains(matchedPosition) == true else {
                    return report(ProgressRules.unknownCountry, country,
                                  "\(code.text) is an indicator of the \(id) sub-region, which does not include \(matched): result not counted")
                }
                inCountry = matchedPosition
            }
        }
        // The unit the indicator is measured in?
        switch kind {
        case .percent where value.number > 100:
            return report(ProgressRules.unitMismatch, valueField, "\(code.text) is a percentage but the result is \(valueField.text), more than 100%: not counted")
        case .count where value.percent:
            let unit = targets[position].indicator.unit ?? "number"
            return report(ProgressRules.unitMismatch, valueField, "\(code.text) is measured in \(unit), but the result is a percentage (\(valueField.text)): not counted")
        default: break
        }
        // In the plan's period?
        if !plan.period.contains(Period(start: date, end: date)) {
            return report(ProgressRules.outsidePeriod, dateField, "Result for \(code.text) dated \(date) is outside the plan's period \(plan.period): not counted")
        }
        // Read twice?
        let identity = ResultKey(indicator: position, country: inCountry ?? -1, date: date)
        let (seenAt, isNew) = seen.insert(identity.packed)
        if !isNew {
            let first = firstReads[seenAt]
            let whereTo = inCountry.map { " in \(countryCodes[$0])" } ?? ""
            return report(ProgressRules.duplicate, dateField, "A second result for \(code.text)\(whereTo) dated \(date): only the first one read counts",
                          notes: [DiagnosticNote("First result here", file: files[first.file].file.path,
                                                 range: files[first.file].file.range(from: first.start, to: first.end))])
        }
        if files.last !== r.shared { files.append(r.shared) }
        firstReads.append(FirstRead(file: files.count - 1, start: r.start, end: r.end))
        return Counted(position: position, country: inCountry, value: value.number, date: date)
    }

    /// Whether `text` is `code` in any case (ASCII), without copying either.
    static func sameIgnoringCase(_ text: String, _ code: String) -> Bool {
        guard text.utf8.count == code.utf8.count else { return false }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        // Byte by byte from the two texts' storage (20,000 results compare their country).
        var text = text, code = code
        return text.withUTF8 { a in
            code.withUTF8 { b in
                for i in 0..<a.count where lower(a[i]) != lower(b[i]) { return false }
                return true
            }
        }
    }

    /// The latest value of each indicator with a counted result, in the plan's order.
    func progress(sources: [String]) -> Progress {
        var indicators: [IndicatorProgress] = []
        for (position, target) in targets.enumerated() {
            let own = latest[position]
            let countries = (countryLatest[position] ?? [:]).map { country, entry in
                CountryProgress(country: countryCodes[country], latest: entry.value, date: entry.date, results: entry.results)
            }.sorted { $0.country < $1.country }
            guard own != nil || !countries.isEmpty else { continue }
            let total = target.additive && !countries.isEmpty ? countries.reduce(0) { $0 + $1.latest } : nil
            let isTotal = own == nil && total != nil
            let value = own?.value ?? total
            let date = own?.date ?? (isTotal ? countries.map(\.date).max() : nil)
            let share = value.flatMap { value in
                ProgressValues.number(target.indicator.target).flatMap {
                    IndicatorProgress.share(latest: value, baseline: ProgressValues.number(target.indicator.baseline), target: $0)
                }
            }
            indicators.append(IndicatorProgress(
                indicator: target.indicator.id, place: target.place.code, latest: value, percent: target.kind == .percent, date: date,
                results: (own?.results ?? 0) + countries.reduce(0) { $0 + $1.results }, progress: share,
                countries: countries, countriesTotal: total, latestIsCountriesTotal: isTotal
            ))
        }
        return Progress(sources: sources, asOf: asOf, results: counted, excluded: excluded, indicators: indicators)
    }
}
