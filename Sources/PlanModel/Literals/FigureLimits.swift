/// The largest figures a plan holds, written or added up (docs/DSL.md, "Figures and their
/// limits").
///
/// The front-matter parser rejects a written figure above its limit, and the compiler reports a
/// total above it, so every amount and count fits in 64 bits with room to spare, every figure in
/// `plan.json` is exact in any JSON reader (below 2^53), and every decimal is held exactly
/// enough by a double to be written back as it was written.
public enum FigureLimits {
    /// USD 1,000,000,000,000,000 (10^15): the largest amount of money.
    public static let maximumAmount: Int64 = 1_000_000_000_000_000
    /// 10,000,000,000 (10^10): the largest count of people or partners.
    public static let maximumCount: Int = 10_000_000_000
    /// 15: the most significant digits of a percentage or a decimal number (integer digits
    /// without leading zeros, plus every decimal).
    public static let maximumDigits = 15
}
