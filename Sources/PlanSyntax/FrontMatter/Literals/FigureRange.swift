import PlanModel

/// The bounds of written figures (``FigureLimits``): a figure out of range is a located
/// `dsl.figure-out-of-range`, so that no later sum, conversion or output has to guess.
enum FigureRange {
    static let id = DSLRules.figureOutOfRange

    /// An amount: `value` is `nil` when it did not even fit in 64 bits.
    static func amount(_ value: Int64?, at s: LiteralBytes) throws(LiteralFailure) -> Int64 {
        guard let value, value <= FigureLimits.maximumAmount else {
            throw LiteralFailure(id, s.startIndex, s.endIndex, "Amounts go up to USD \(Money.grouped(FigureLimits.maximumAmount)): this one is larger")
        }
        return value
    }

    /// A count of people or partners: `value` is `nil` when it did not even fit in 64 bits.
    static func count(_ value: Int64?, at s: LiteralBytes) throws(LiteralFailure) -> Int {
        guard let value, value <= Int64(FigureLimits.maximumCount) else {
            throw LiteralFailure(id, s.startIndex, s.endIndex, "Counts go up to \(Money.grouped(Int64(FigureLimits.maximumCount))): this one is larger")
        }
        return Int(value)
    }

    /// A percentage or decimal number: at most ``FigureLimits/maximumDigits`` significant
    /// digits, so that a double holds it exactly enough to write it back as written.
    static func decimal(_ groups: DigitGroups, at s: LiteralBytes) throws(LiteralFailure) {
        let digits = groups.integer.drop { $0 == UInt8(ascii: "0") }.count + (groups.fraction?.count ?? 0)
        guard digits <= FigureLimits.maximumDigits else {
            throw LiteralFailure(id, s.startIndex, groups.end, "A number has at most \(FigureLimits.maximumDigits) digits (decimals included): this one has \(digits)")
        }
    }
}
