/// Small accumulators of the funding tally (`FundingTally`): a record's one value, and sums by number.

/// The one value among those added (a record's country or sector): `nil` when none was added or
/// when two differ (the record is then "not specified" by it).
struct OnlyValue<Value: Equatable> {
    private var first: Value?
    private var several = false

    mutating func add(_ value: Value) {
        if let first { several = several || first != value } else { first = value }
    }

    var only: Value? { several ? nil : first }
}

/// Amounts added up by number (of a place, sector or partner), and which numbers had any.
struct Sums {
    private var totals: [Int64]
    private var added: [Bool]

    init(count: Int) {
        totals = [Int64](repeating: 0, count: count)
        added = [Bool](repeating: false, count: count)
    }

    mutating func add(_ amount: Int64, at number: Int32) {
        totals[Int(number)] = totals[Int(number)].addingClamped(amount)
        added[Int(number)] = true
    }

    /// The totals of the numbers that had any, by their keys (`keys[number]`); when two numbers
    /// have one key, their totals are added.
    func keyed(by keys: [String]) -> [String: Int64] {
        var out: [String: Int64] = [:]
        for (number, key) in keys.enumerated() where added[number] {
            out[key, default: 0] = out[key, default: 0].addingClamped(totals[number])
        }
        return out
    }
}
