import Foundation

/// The digits that correct a translation's figure: the original's value, in the scale the
/// translation wrote (`58 millions` for `58.4 million` becomes `58,4 millions`), formatted the
/// way the translation's language writes numbers (CLDR, through Foundation's number formatter).
enum FigureCorrection {
    /// The digits to write in place of `stated`'s (``ProseFigures/Figure/digitsLength``), or
    /// `nil` when `stated` is not written in digits or the value does not fit its scale.
    static func digits(for expected: ProseFigures.Figure, in stated: ProseFigures.Figure, language: String) -> String? {
        guard stated.digitsLength > 0, expected.isPercent == stated.isPercent else { return nil }
        var scale: Decimal = 1
        for _ in 0..<stated.exponent { scale *= 10 }
        let mantissa = expected.value / scale
        // A value that the translation's scale cannot write in a few decimals (`1.2 million` as
        // `0,0012 milliard`) is better corrected by hand.
        guard mantissa >= Decimal(string: "0.01")!, mantissa * 1000 == (mantissa * 1000).rounded else { return nil }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = 3
        return formatter.string(from: NSDecimalNumber(decimal: mantissa))
    }
}

private extension Decimal {
    /// The value rounded to a whole number.
    var rounded: Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
