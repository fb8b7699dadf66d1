import PlanModel

/// A written figure compared with the rounded figures it should add up to.
///
/// Every figure carries its own rounding: `USD 42.1 million` may be anything within USD 50,000
/// of 42,100,000. The tolerance of a comparison is therefore half the written precision of the
/// written figure plus half the precision of each figure it is compared with; an exact amount
/// (precision 1, `USD 3,450,000`) carries no rounding. Sums clamp at the 64-bit limits (a total
/// that large is reported by `budget.total-out-of-range`), so the comparison is always made.
struct FigureComparison: Sendable {
    /// The figure as written (a headline, a chapter total).
    let written: Money
    /// The sum of the figures it is compared with (lines, plus a declared remainder).
    let computed: Int64
    /// Twice the tolerance, so that halves stay whole.
    let doubleTolerance: Int64

    /// One amount counted against a written figure: its year (`nil`: the whole period) and the
    /// precision it was written with.
    struct Part: Sendable {
        var year: Int?
        var amount: Int64
        var precision: Int64
    }

    init(written: Money, parts: [Part]) {
        var computed: Int64 = 0
        var tolerance = Self.rounding(written.precision)
        for part in parts {
            computed = computed.addingClamped(part.amount)
            tolerance = tolerance.addingClamped(Self.rounding(part.precision))
        }
        self.written = written
        self.computed = computed
        self.doubleTolerance = tolerance
    }

    /// The written figure minus the computed one (positive: the written figure is higher);
    /// `nil` when it does not fit.
    var difference: Int64? {
        let (d, overflow) = written.amount.subtractingReportingOverflow(computed)
        return overflow ? nil : d
    }

    /// Whether the figures agree within the tolerance (a difference that does not fit never does).
    var agrees: Bool {
        guard let d = difference else { return false }
        let (twice, overflow) = d.magnitude.multipliedReportingOverflow(by: 2)
        return !overflow && twice <= UInt64(doubleTolerance)
    }

    /// "USD 50,000" or "USD 0.5": the tolerance as a sentence part.
    var toleranceText: String {
        "USD \(Money.grouped(doubleTolerance / 2))" + (doubleTolerance % 2 == 1 ? ".5" : "")
    }

    /// Both figures, the tolerance and the difference, for a diagnostic's note.
    func numbers(_ writtenName: String, _ computedName: String) -> String {
        let gap = difference.map { "USD \(Money.grouped(Int64(clamping: $0.magnitude)))" } ?? "beyond 64-bit range"
        return "\(writtenName) \(written), \(computedName) USD \(Money.grouped(computed)); tolerance \(toleranceText) (half the written precision of every figure compared), difference \(gap)"
    }

    /// Twice the rounding of one figure: its precision, none for an exact amount.
    private static func rounding(_ precision: Int64) -> Int64 { precision > 1 ? precision : 0 }
}
