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
    private var organisations = TextTable<Organisation>()
    /// Where the first record of each flow ID (and of each row of a table without IDs) is: IDs
    /// written as numbers by their values (``NumberTable``, its positions those of
    /// ``numberFirstReads``), others by their texts.
    private var seenNumbers = NumberTable()
    private var numberFirstReads: [FirstRead] = []
    private var seenTexts: [Identity: FirstRead] = [:]
    /// The files records were read from, in reading order (a first read's `file`).
    private var files: [SharedSourceFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The unmatched organisations' findings still without their "did you mean" (their
    /// positions in `diagnostics`, and the names): see ``addHints()``.
    private var unhinted: [(index: Int, name: String)] = []
    private var received: Int64 = 0
    private var counted = 0
    private var excluded = 0
    private var asOf: PlanDate?
    /// What counted, by place, sector and partner (the totals by each are their sums): each
    /// cell's key and amount by its position in ``cellTable``.
    private var cellKeys: [CellKey] = []
    private var cellAmounts: [Int64] = []
    /// A cell's position by its place and sector (their pair's position in ``placeSectors``)
    /// and its partner, packed in one number.
    private var cellTable = NumberTable()
    /// The positions of the pairs of place and sector numbers that cells are counted under.
    private var placeSectors = NumberTable()
    /// The place codes and sector IDs the cells are counted under, by number.
    private var placeKeys = FundingKeys()
    private var sectorKeys = FundingKeys()
    /// The place (sector) number each country (sector) name of a record stands for, -1 for
    /// none: found once per name.
    private var placeOfName = TextTable<Int32>()
    private var sectorOfName = TextTable<Int32>()
    /// What the numbered texts (``CSVRecords/Field/number``) of the file being counted stand
    /// for, by number: found by the tables above (or read, for values) once per text.
    private var organisationOfNumber = NumberedValues<Organisation>()
    private var placeOfNumber = NumberedValues<Int32>()
    private var sectorOfNumber = NumberedValues<Int32>()
    private var dates = NumberedValues<Result<PlanDate, FundingValueError>>()
    private var statuses = NumberedValues<Result<FundingValues.Status, FundingValueError>>()
    private var boundaries = NumberedValues<Result<FundingValues.Boundary, FundingValueError>>()
    /// The file whose numbers they are.
    private var numberedFile: SharedSourceFile?

    /// A cell by numbers: of its place and sector (``placeKeys``, ``sectorKeys``) and of its
    /// partner (its position in the plan's partners).
    private struct CellKey {
        var place: Int32
        var sector: Int32
        var partner: Int32
    }

    /// What makes two records one: the flow ID, or for a table without IDs the row's values.
    private enum Identity: Hashable {
        /// An ID written as a number without leading zeros (FTS's are), looked up as one.
        case number(Int)
        case id(String)
        case row(String)

        /// The identity of the flow ID `text`: two texts have the same identity when they are
        /// the same text.
        static func of(id text: String) -> Identity {
            var text = text
            let number = text.withUTF8 { bytes -> Int? in
                var number = 0
                for (digits, byte) in bytes.enumerated() {
                    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18, digits == 0 || number > 0 else { return nil }
                    number = number * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return bytes.isEmpty ? nil : number
            }
            return number.map(Identity.number) ?? .id(text)
        }
    }

    /// Where a first record is: its file (a position in ``files``) and bytes.
    private struct FirstRead {
        var file: Int32
        var start: Int
        var end: Int
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
        seenNumbers = NumberTable(capacity: count)
        numberFirstReads.reserveCapacity(count)
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

    /// Counts each of `records` in order, or reports why it does not count.
    mutating func add(contentsOf records: FundingRecords) {
        // Each record taken from the file's list with the list of names its runs are in (each
        // is still copied once on its way to `evaluate`, about 10 M instructions for 50,000:
        // measured, docs/benchmark.md; the tally's own tables could alias the list's memory).
        records.names.withUnsafeBufferPointer { names in
            records.records.withUnsafeBufferPointer { list in
                for index in list.indices { add(list[index], names: names) }
            }
        }
    }

    /// Counts `record`, whose names are in `names`, or reports why it does not count.
    private mutating func add(_ record: borrowing FundingRecord, names: UnsafeBufferPointer<FundingRecord.Field>) {
        if record.shared !== numberedFile { forgetNumbers(of: record.shared) }
        switch evaluate(record, names: names) {
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
            // The pair of place and sector, then the cell: two look-ups of numbers.
            let pair = placeSectors.insert(UInt64(UInt32(bitPattern: counted.place)) << 32 | UInt64(UInt32(bitPattern: counted.sector))).position
            let (cell, isNew) = cellTable.insert(UInt64(pair) << 32 | UInt64(UInt32(bitPattern: counted.partner)))
            if isNew {
                cellKeys.append(CellKey(place: counted.place, sector: counted.sector, partner: counted.partner))
                cellAmounts.append(counted.amount)
            } else {
                Self.add(counted.amount, to: &cellAmounts[cell])
            }
        }
    }

    /// Forgets what the numbers of the texts of the records counted so far stood for: `file`'s
    /// records are next.
    private mutating func forgetNumbers(of file: SharedSourceFile) {
        numberedFile = file
        organisationOfNumber.removeAll()
        placeOfNumber.removeAll()
        sectorOfNumber.removeAll()
        dates.removeAll()
        statuses.removeAll()
        boundaries.removeAll()
    }

    private static func add(_ amount: Int64, to total: inout Int64) {
        total = total.addingClamped(amount)
    }

    /// A record that counts: its amount and where it goes (by numbers: see ``CellKey``).
    private struct Counted {
        var amount: Int64
        var date: PlanDate?
        var place: Int32
        var sector: Int32
        var partner: Int32
    }

    /// What the organisation name `field` stands for: by its number when it has one.
    private mutating func organisation(_ field: FundingRecord.Field) -> Organisation {
        if let known = organisationOfNumber[field] { return known }
        let found = resolve(field.text)
        organisationOfNumber[field] = found
        return found
    }

    /// The number of the place the country name `field` stands for, -1 for none: by the
    /// field's number when it has one.
    private mutating func place(_ field: FundingRecord.Field) -> Int32 {
        if let known = placeOfNumber[field] { return known }
        let number = place(field.text)
        placeOfNumber[field] = number
        return number
    }

    /// The number of the sector `field` stands for, -1 for none: by the field's number when it
    /// has one.
    private mutating func sector(_ field: FundingRecord.Field) -> Int32 {
        if let known = sectorOfNumber[field] { return known }
        let number = sector(field.text)
        sectorOfNumber[field] = number
        return number
    }

    /// The number of the place `name` (a country's code or name) stands for, -1 for none.
    private mutating func place(_ name: String) -> Int32 {
        if let known = placeOfName[name] { return known }
        let number = matcher.country(name).map { placeKeys.number($0) } ?? -1
        placeOfName[name] = number
        return number
    }

    /// The number of the sector `name` stands for, -1 for none.
    private mutating func sector(_ name: String) -> Int32 {
        if let known = sectorOfName[name] { return known }
        let number = matcher.sector(name).map { sectorKeys.number($0) } ?? -1
        sectorOfName[name] = number
        return number
    }

    /// Whether a record counts, and if not, the finding that says why.
    private enum Verdict {
        case counted(Counted)
        case excluded(Diagnostic)
        /// Excluded for an organisation no partner has: the finding's "did you mean" comes last.
        case unmatched(Diagnostic, organisation: String)
    }

    private mutating func evaluate(_ r: borrowing FundingRecord, names: UnsafeBufferPointer<FundingRecord.Field>) -> Verdict {
        let organisations = names[r.names.organisations]
        let countries = names[r.names.countries]
        let sectors = names[r.names.sectors]
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
        // A date, status or boundary that many records repeat is read once (a value that cannot
        // be read gives the same message for every record that has it).
        var date: PlanDate?
        if let field = r.date {
            switch dates.value(field, FundingValues.date) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let d): date = d
            }
        }
        var status = FundingValues.Status.paid
        if let field = r.status {
            switch statuses.value(field, FundingValues.status) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let s): status = s
            }
        }
        var boundary = FundingValues.Boundary.incoming
        if let field = r.boundary {
            switch boundaries.value(field, FundingValues.boundary) {
            case .failure(let e): return report(FundingRules.invalidRecord, field, "Funding record's \(e.message): \(usd) not counted")
            case .success(let b): boundary = b
            }
        }
        guard let organisation = organisations.first(where: { FundingValues.hasText($0.text) }) else {
            return report(FundingRules.invalidRecord, organisations.first, "Funding record has no receiving organisation: \(usd) not counted")
        }
        // Counted twice?
        if status == .pledge { return report(FundingRules.pledge, r.status, "Pledge of \(usd) to '\(organisation.text)' is not counted as funding received") }
        if boundary != .incoming {
            return report(FundingRules.notIncoming, r.boundary, "\(boundary == .internal ? "Internal" : "Outgoing") flow of \(usd) to '\(organisation.text)' is not counted: only incoming flows are")
        }
        let identity = r.id.map { Identity.of(id: $0.text) } ?? .row(([organisation.text, amountField.text, r.date?.text ?? "", r.status?.text ?? ""]
            + countries.map(\.text) + sectors.map(\.text)).joined(separator: "\u{1F}"))
        // One look-up: a second record of an ID finds the first one's place.
        if files.last !== r.shared { files.append(r.shared) }
        let read = FirstRead(file: Int32(truncatingIfNeeded: files.count - 1), start: r.id?.start ?? r.start, end: r.id?.end ?? r.end)
        var first: FirstRead?
        if case .number(let number) = identity {
            let (position, isNew) = seenNumbers.insert(UInt64(number))
            if isNew { numberFirstReads.append(read) } else { first = numberFirstReads[position] }
        } else {
            first = seenTexts[identity]
            if first == nil { seenTexts[identity] = read }
        }
        if let first {
            let source = files[Int(first.file)].file
            let what = r.id.map { "Flow \($0.text)" } ?? "Row"
            return report(FundingRules.duplicate, r.id ?? nil, "\(what) of \(usd) is read a second time: counted once",
                          notes: [DiagnosticNote("First read here", file: source.path, range: source.range(from: first.start, to: first.end))])
        }
        // In the plan?
        if let date, !plan.period.contains(Period(start: date, end: date)) {
            return report(FundingRules.outsidePeriod, r.date, "Funding of \(usd) dated \(date) is outside the plan's period \(plan.period): not counted")
        }
        var index: Int?
        for field in organisations {
            let found = self.organisation(field)
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
        var place = OnlyValue<Int32>()
        for field in countries {
            let number = self.place(field)
            guard number >= 0 else {
                return report(FundingRules.unmatchedCountry, field, "'\(field.text)' is not a country of the plan: \(usd) not counted")
            }
            place.add(number)
        }
        var sector = OnlyValue<Int32>()
        for field in sectors {
            let number = self.sector(field)
            guard number >= 0 else {
                let hint = NearMiss.didYouMean(field.text, among: plan.sectors.map(\.name))
                return report(FundingRules.unmatchedSector, field, "'\(field.text)' is not a sector of the plan: \(usd) not counted" + hint)
            }
            sector.add(number)
        }
        return .counted(Counted(
            amount: amount, date: date, place: place.only ?? placeKeys.number(Funding.unspecified), sector: sector.only ?? sectorKeys.number(Funding.unspecified),
            partner: Int32(truncatingIfNeeded: index)
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
        // Summed by numbers, then keyed by the places', sectors' and partners' keys (those of
        // the cells only).
        var placeSums = Sums(count: placeKeys.keys.count)
        var sectorSums = Sums(count: sectorKeys.keys.count)
        var partnerSums = Sums(count: plan.partners.count)
        for (key, amount) in zip(cellKeys, cellAmounts) {
            placeSums.add(amount, at: key.place)
            sectorSums.add(amount, at: key.sector)
            partnerSums.add(amount, at: key.partner)
        }
        let byPlace = placeSums.keyed(by: placeKeys.keys)
        let bySector = sectorSums.keyed(by: sectorKeys.keys)
        let byPartner = partnerSums.keyed(by: plan.partners.map(\.id))
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
        // Each number's rank looked up once, not once per cell.
        let placeRank = placeKeys.keys.map { placeOrder[$0] ?? Int.max }
        let sectorRank = sectorKeys.keys.map { sectorOrder[$0] ?? Int.max }
        let partnerRank = plan.partners.map { partnerOrder[$0.id] ?? 0 }
        let ranks = cellKeys.map { key in (placeRank[Int(key.place)], sectorRank[Int(key.sector)], partnerRank[Int(key.partner)]) }
        let cellList = RankOrder.positions(ranks).map { position in
            let key = cellKeys[position]
            return FundingCell(place: placeKeys.keys[Int(key.place)], sector: sectorKeys.keys[Int(key.sector)], partner: plan.partners[Int(key.partner)].id,
                               received: cellAmounts[position])
        }
        return Funding(
            sources: sources, asOf: asOf, required: c.total, received: received, records: counted, excluded: excluded,
            byPlace: withUnspecified(placeTotals, byPlace), bySector: withUnspecified(sectorTotals, bySector),
            byPartner: partnerTotals, byPartnerType: typeTotals, cells: cellList
        )
    }
}
