import PlanModel

/// Sums amounts by year while keeping the total. Sums clamp instead of trapping
/// (``FixedWidthInteger/addingClamped(_:)``): `TotalsCheck` reports a total out of range.
struct AmountAccumulator: Sendable {
    private(set) var total: Int64 = 0
    private var years: [Int?: Int64] = [:]

    mutating func add(_ amount: AnnualAmount) {
        total = total.addingClamped(amount.amount)
        years[amount.year, default: 0] = years[amount.year, default: 0].addingClamped(amount.amount)
    }

    mutating func add(_ amounts: [AnnualAmount]) {
        amounts.forEach { add($0) }
    }

    /// By year, undated first, then ascending.
    var byYear: [AnnualAmount] {
        years.map { AnnualAmount(year: $0.key, amount: $0.value) }.sorted()
    }
}
