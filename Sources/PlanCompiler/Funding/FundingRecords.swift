/// The funding records of one file, and the names they give (receiving organisations,
/// countries, sectors) in one list for the whole file: a record points at its runs of names in
/// it (``FundingRecord/names``) instead of holding three lists of its own, so that reading 50,000
/// flows makes no list per flow.
///
/// A reader adds a record's names as it meets them (``add(_:as:)``), then the record
/// (``append(_:)``), which puts the names in their order when they came in another.
struct FundingRecords: RandomAccessCollection, Sendable {
    /// What a name is, in the order a record's names are kept: the receiving organisations (of
    /// FTS's destination objects, then of its flat fields), the countries (the same), then the
    /// global clusters, or the clusters when there is no global one.
    enum Kind: UInt8 {
        case organisation, flatOrganisation, location, flatLocation, globalCluster, flatGlobalCluster, cluster, other
    }

    /// The records, in the file's order.
    private(set) var records: [FundingRecord] = []
    /// The names of every record, a record's runs one after the other.
    private(set) var names: [FundingRecord.Field] = []
    /// The kinds of the names added since the last record.
    private var pending: [Kind] = []
    /// Whether those came in their order (the FTS API writes them so).
    private var inOrder = true

    var startIndex: Int { records.startIndex }
    var endIndex: Int { records.endIndex }

    /// The record at `position` with its names (the tally reads ``records`` and ``names``).
    subscript(position: Int) -> Entry {
        Entry(record: records[position], names: names)
    }

    /// Adds a name of the record being read (an `.other` one is not kept).
    mutating func add(_ name: FundingRecord.Field, as kind: Kind) {
        guard kind != .other else { return }
        if let last = pending.last, last.rawValue > kind.rawValue { inOrder = false }
        names.append(name)
        pending.append(kind)
    }

    /// Forgets the names added since the last record (a reader that reads the record again).
    mutating func discardNames() {
        names.removeLast(pending.count)
        pending.removeAll(keepingCapacity: true)
        inOrder = true
    }

    /// Appends `record` with the names added since the last one.
    mutating func append(_ record: consuming FundingRecord) {
        let start = names.count - pending.count
        if !inOrder {
            // A stable sort of the record's names by kind (a few names, rarely out of order).
            let order = pending.indices.sorted { (pending[$0].rawValue, $0) < (pending[$1].rawValue, $1) }
            let sortedNames = order.map { names[start + $0] }
            let sortedKinds = order.map { pending[$0] }
            names.replaceSubrange(start..., with: sortedNames)
            pending = sortedKinds
        }
        var countries = start
        var sectors = start
        var clusters = start
        for (offset, kind) in pending.enumerated() {
            if kind.rawValue < Kind.location.rawValue { countries = start + offset + 1 }
            if kind.rawValue < Kind.globalCluster.rawValue { sectors = start + offset + 1 }
            if kind.rawValue < Kind.cluster.rawValue { clusters = start + offset + 1 }
        }
        // Clusters count only when no global cluster is given.
        if clusters > sectors { names.removeLast(names.count - clusters) }
        record.names = FundingRecord.NameRuns(start: start, countries: countries, sectors: sectors, end: names.count)
        records.append(record)
        pending.removeAll(keepingCapacity: true)
        inOrder = true
    }

    /// Appends the records and names of `other` (the records' runs moved past this file's names).
    mutating func append(contentsOf other: FundingRecords) {
        guard !records.isEmpty else { return self = other }
        let offset = names.count
        names += other.names
        records.reserveCapacity(records.count + other.records.count)
        for var record in other.records {
            record.names.move(by: offset)
            records.append(record)
        }
    }

    /// A record with its lists of names.
    struct Entry {
        var record: FundingRecord
        var organisations: ArraySlice<FundingRecord.Field>
        var countries: ArraySlice<FundingRecord.Field>
        var sectors: ArraySlice<FundingRecord.Field>

        init(record: FundingRecord, names: [FundingRecord.Field]) {
            self.record = record
            organisations = names[record.names.organisations]
            countries = names[record.names.countries]
            sectors = names[record.names.sectors]
        }

        var start: Int { record.start }
        var end: Int { record.end }
        var id: FundingRecord.Field? { record.id }
        var amount: FundingRecord.Field? { record.amount }
        var status: FundingRecord.Field? { record.status }
        var boundary: FundingRecord.Field? { record.boundary }
        var date: FundingRecord.Field? { record.date }
    }
}
