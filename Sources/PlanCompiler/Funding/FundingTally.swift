import PlanDiagnostics
import PlanModel
import PlanSyntax

/// Decides for each funding record whether it counts, reports the ones that do not, and adds
/// up the ones that do by place, sector, partner and partner type.
struct FundingTally {
    private let plan: Plan
    private var matcher: FundingMatcher
    /// The partners' IDs and names, for "did you mean".
    private let partnerNames: EditDistance.Candidates
    private var partners: [String: Partner] = [:]
    /// What each organisation name a record gives stands for, found once per name.
    private var organisations: [String: Organisation] = [:]
    /// Where the first record of each flow ID (and of each row of a table without IDs) is.
    private var seen: [Identity: (source: SharedSourceFile, start: Int, end: Int)] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// The unmatched organisations' findings still without their "did you mean" (their
    /// positions in `diagnostics`, and the names): see ``addHints()``.
    private var unhinted: [(index: Int, name: String)] = []
    private var received: Int64 = 0
    private var counted = 0
    private var excluded = 0
    private var asOf: PlanDate?
    /// What counted, by place, sector and partner (the totals by each are their sums).
    private var cells: [CellKey: Int64] = [:]

    private struct CellKey: Hashable {
        var place: String
        var sector: String
        var partner: String
    }

    /// What makes two records one: the flow ID, or for a table without IDs the row's values.
    private enum Identity: Hashable {
        case id(String)
        case row(String)
    }

    /// What an organisation name stands for.
    private enum Organisation {
        /// No partner's name, ID or mapping.
        case unknown
        /// A mapping to an ID that is not a partner's.
        case unknownID
        /// The partner, by its position in the plan's partners: the lead of a partner that
        /// implements for one.
        case partner(Int)
    }

    init(plan: Plan, settings: FundingSettings) {
        self.plan = plan
        matcher = FundingMatcher(plan: plan, settings: settings)
        partnerNames = EditDistance.Candidates(FundingMatcher.partnerNames(plan))
        for partner in plan.partners { partners[partner.id] = partner }
    }

    /// Room for `count` records' IDs, made once.
    mutating func reserve(_ count: Int) {
        seen.reserveCapacity(count)
        cells.reserveCapacity(count)
    }

    /// What `name` stands for (found once per name).
    private mutating func resolve(_ name: String) -> Organisation {
        if let known = organisations[name] { return known }
        let found: Organisation
        if let id = matcher.partner(name) {
            if let partner = partners[id] {
                let lead = partner.implementingFor.flatMap { partners[$0] }?.id ?? partner.id
                found = plan.partners.lastIndex { $0.id == lead }.map(Organisation.partner) ?? .unknownID
            } else {
                found = .unknownID
            }
        } else {
            found = .unknown
        }
        organisations[name] = found
        return found
    }

    /// Counts `record`, or reports why it does not count.
    mutating func add(_ record: FundingRecord) {
        switch evaluate(record) {
        case .excluded(let diagnostic):
            excluded += 1
            diagnostics.append(diagnostic)
        case .unmatched(let diagnostic, let name):
            excluded += 1
            unhinted.append((diagnostics.count, name))
            diagnostics.append(diagnostic)
        case .counted(let counted):
            self.counted += 1
            received = received.addingClamped(counted.amount)
            if let date = counted.date, asOf.map({ $0 < date }) ?? true { asOf = date }
            // One look-up: the cell is updated in place.
            Self.add(counted.amount, to: &cells[CellKey(place: counted.place, sector: counted.sector, partner: counted.partner), default: 0])
        }
    }

    private static func add(_ amount: Int64, to total: inout Int64) {
        total = total.addingClamped(amount)
    }

    /// A record that counts: its amount and where it goes.
    private struct Counted {
        var amount: Int64
        var date: PlanDate?
        var place: String
        var sector: String
        var partner: String
    }

    /// Whether a record counts, and if not, the finding that says why.
    private enum Verdict {
        case counted(Counted)
        case excluded(Diagnostic)
        /// Excluded for an organisation no partner has: the finding's "did you mean" comes last.
        case unmatched(Diagnostic, organisation: String)
    }

    private mutating func evaluate(_ r: FundingRecord) -> Verdict {
        func report(_ rule: Rule, _ field: FundingRecord.Field?, _ summary: String, notes: [DiagnosticNote] = []) -> Verdict {
            .excluded(rule.diagnostic(file: r.file, range: r.range(of: field), summary: summary, notes: notes))
        }
        // Readable?
        guard let amountField = r.amount else { return report(FundingRules.invalidRecord, nil, "Funding record has no amount: not counted") }
        let amount: Int64
        switch FundingValues.amount(amountField.text) {
        case .failure(let e): return report(FundingRules.invalidRecord, amountField, "Funding record's \(e.message): not counted")
        case .success(let a): amount = a
        }
        var usd: String { "USD \(Money.grouped(amount))" }
        var date: PlanDate?
        if let field = r.date {
            switch FundingValues.date(field.text) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let d): date = d
            }
        }
        var status = FundingValues.Status.paid
        if let field = r.status {
            switch FundingValues.status(field.text) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let s): status = s
            }
        }
        var boundary = FundingValues.Boundary.incoming
        if let field = r.boundary {
            switch FundingValues.boundary(field.text) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let b): boundary = b
            }
        }
        guard let organisation = r.organisations.first(where: { FundingValues.hasText($0.text) }) else {
            return report(FundingRules.invalidRecord, r.organisations.first, "Funding record has no receiving organisation: \(usd) not counted")
        }
        // Counted twice?
        if status == .pledge { return report(FundingRules.pledge, r.status, "Pledge of \(usd) to '\(organisation.text)' is not counted as funding received") }
        if boundary != .incoming {
            return report(FundingRules.notIncoming, r.boundary, "\(boundary == .internal ? "Internal" : "Outgoing") flow of \(usd) to '\(organisation.text)' is not counted: only incoming flows are")
        }
        let identity = r.id.map { Identity.id($0.text) } ?? .row(([organisation.text, amountField.text, r.date?.text ?? "", r.status?.text ?? ""]
            + r.countries.map(\.text) + r.sectors.map(\.text)).joined(separator: "\u{1F}"))
        // One look-up: the first record of an ID is put back in the rare case of a second.
        if let first = seen.updateValue((r.shared, r.id?.start ?? r.start, r.id?.end ?? r.end), forKey: identity) {
            seen[identity] = first
            let what = r.id.map { "Flow \($0.text)" } ?? "Row"
            return report(FundingRules.duplicate, r.id ?? nil, "\(what) of \(usd) is read a second time: counted once",
                          notes: [DiagnosticNote("First read here", file: first.source.file.path, range: first.source.file.range(from: first.start, to: first.end))])
        }
        // In the plan?
        if let date, !plan.period.contains(Period(start: date, end: date)) {
            return report(FundingRules.outsidePeriod, r.date, "Funding of \(usd) dated \(date) is outside the plan's period \(plan.period): not counted")
        }
        var index: Int?
        for field in r.organisations {
            let found = resolve(field.text)
            if case .unknown = found { continue }
            if case .partner(let i) = found { index = i }
            break
        }
        guard let index else {
            let summary = "'\(organisation.text)' is not a partner of the plan: \(usd) not counted"
            return .unmatched(FundingRules.unmatchedOrganisation.diagnostic(file: r.file, range: r.range(of: organisation), summary: summary), organisation: organisation.text)
        }
        guard plan.partners[index].isAppealing else {
            let partner = plan.partners[index]
            return report(FundingRules.unmatchedOrganisation, organisation, "'\(organisation.text)' is \(partner.id), a \(partner.type.label.lowercased()) partner without requirements: \(usd) not counted")
        }
        var place = OnlyValue()
        for field in r.countries {
            guard let code = matcher.country(field.text) else {
                return report(FundingRules.unmatchedCountry, field, "'\(field.text)' is not a country of the plan: \(usd) not counted")
            }
            place.add(code)
        }
        var sector = OnlyValue()
        for field in r.sectors {
            guard let id = matcher.sector(field.text) else {
                let hint = NearMiss.didYouMean(field.text, among: plan.sectors.map(\.name))
                return report(FundingRules.unmatchedSector, field, "'\(field.text)' is not a sector of the plan: \(usd) not counted" + hint)
            }
            sector.add(id)
        }
        return .counted(Counted(
            amount: amount, date: date, place: place.only ?? Funding.unspecified, sector: sector.only ?? Funding.unspecified, partner: plan.partners[index].id
        ))
    }

    /// Ends the findings of unmatched organisations with their "did you mean" (or how to map the
    /// name): each distinct name's edit distances to every partner name and ID are measured
    /// once, half of the names on a thread of their own, since they are most of the cost of an
    /// unknown name. Called once every record is added.
    mutating func addHints() {
        var hints: [String: String] = [:]
        var names: [String] = []
        for (_, name) in unhinted where hints[name] == nil {
            hints[name] = ""
            names.append(name)
        }
        let candidates = partnerNames
        let half = names.count / 2
        let first = Array(names[..<half])
        let beside = half > 0 ? OwnThread { first.map { Self.hint($0, among: candidates) } } : nil
        let second = names[half...].map { Self.hint($0, among: candidates) }
        for (name, text) in zip(first, beside?.value ?? []) { hints[name] = text }
        for (name, text) in zip(names[half...], second) { hints[name] = text }
        for (index, name) in unhinted { diagnostics[index].summary += hints[name] ?? "" }
        unhinted = []
    }

    /// The end of an unmatched organisation's finding: the partner name or ID it is nearest to,
    /// or how to map it.
    private static func hint(_ name: String, among candidates: EditDistance.Candidates) -> String {
        NearMiss.suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? "; add it under 'funding: organisations:' if it is a partner's name"
    }

    /// The totals, with the requirements they are measured against, in the consolidation's
    /// orders (see ``Funding``).
    func funding(sources: [String]) -> Funding {
        let c = plan.consolidation
        var byPlace: [String: Int64] = [:]
        var bySector: [String: Int64] = [:]
        var byPartner: [String: Int64] = [:]
        for (key, amount) in cells {
            Self.add(amount, to: &byPlace[key.place, default: 0])
            Self.add(amount, to: &bySector[key.sector, default: 0])
            Self.add(amount, to: &byPartner[key.partner, default: 0])
        }
        func withUnspecified(_ totals: [FundingTotal], _ received: [String: Int64]) -> [FundingTotal] {
            let unspecified = received[Funding.unspecified] ?? 0
            return totals + (unspecified > 0 ? [FundingTotal(key: Funding.unspecified, required: 0, received: unspecified)] : [])
        }
        let placeTotals = c.places.map { FundingTotal(key: $0.place.code, required: $0.total, received: byPlace[$0.place.code] ?? 0) }
        let required = Dictionary(c.bySector.map { ($0.sector, $0.amount) }, uniquingKeysWith: { a, _ in a })
        let sectorTotals = plan.sectors.compactMap { s -> FundingTotal? in
            let total = FundingTotal(key: s.id, required: required[s.id] ?? 0, received: bySector[s.id] ?? 0)
            return total.required > 0 || total.received > 0 ? total : nil
        }
        var partnerRequired = Dictionary(c.byPartner.map { ($0.partner, $0.amount) }, uniquingKeysWith: { a, _ in a })
        for id in byPartner.keys where partnerRequired[id] == nil { partnerRequired[id] = 0 }
        let partnerTotals = partnerRequired.keys.sorted().map { FundingTotal(key: $0, required: partnerRequired[$0] ?? 0, received: byPartner[$0] ?? 0) }
        var typeRequired: [PartnerType: Int64] = [:]
        var typeReceived: [PartnerType: Int64] = [:]
        for total in partnerTotals {
            guard let type = partners[total.key]?.type else { continue }
            typeRequired[type, default: 0] = typeRequired[type, default: 0].addingClamped(total.required)
            typeReceived[type, default: 0] = typeReceived[type, default: 0].addingClamped(total.received)
        }
        let typeTotals = PartnerType.allCases.compactMap { type -> FundingTotal? in
            let total = FundingTotal(key: type.rawValue, required: typeRequired[type] ?? 0, received: typeReceived[type] ?? 0)
            return total.required > 0 || total.received > 0 ? total : nil
        }
        let placeOrder = Dictionary(c.places.enumerated().map { ($1.place.code, $0) }, uniquingKeysWith: { a, _ in a })
        let sectorOrder = Dictionary(plan.sectors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Partners in the order of their IDs, as numbers: thousands of cells are sorted by
        // place, sector and partner without comparing strings.
        let partnerIDs = byPartner.keys.sorted()
        let partnerOrder = Dictionary(uniqueKeysWithValues: partnerIDs.enumerated().map { ($1, $0) })
        let cellList = cells.map { (FundingCell(place: $0.key.place, sector: $0.key.sector, partner: $0.key.partner, received: $0.value),
                                    placeOrder[$0.key.place] ?? Int.max, sectorOrder[$0.key.sector] ?? Int.max, partnerOrder[$0.key.partner] ?? 0) }
            .sorted { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }.map(\.0)
        return Funding(
            sources: sources, asOf: asOf, required: c.total, received: received, records: counted, excluded: excluded,
            byPlace: withUnspecified(placeTotals, byPlace), bySector: withUnspecified(sectorTotals, bySector),
            byPartner: partnerTotals, byPartnerType: typeTotals, cells: cellList
        )
    }
}

/// The one value among those added (a record's country or sector): `nil` when none was added or
/// when two differ (the record is then "not specified" by it).
private struct OnlyValue {
    private var first: String?
    private var several = false

    mutating func add(_ value: String) {
        if let first { several = several || first != value } else { first = value }
    }

    var only: String? { several ? nil : first }
}
